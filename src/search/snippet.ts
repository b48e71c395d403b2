/**
 * Snippets: what ts_headline returns, turned into plain text with the offsets of the matched
 * words, and drawn for a terminal (bold) or a pipe (**word**). Control characters mark the
 * matches inside PostgreSQL because the minutes' own text is full of « » and brackets.
 */
export const START = '\u0002';
export const STOP = '\u0003';
export const FRAGMENT = '\u001f';

/** The ts_headline options: two fragments around the best covers, of a line's length or so. */
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=20, MinWords=8, FragmentDelimiter=${FRAGMENT}`;

/** For a short text shown whole (an item's title): every match marked. */
export const HIGHLIGHT_ALL_OPTIONS = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;

export interface Snippet {
  text: string;
  /** [start, end) character offsets in `text` of each matched word. */
  highlights: [number, number][];
}

const ELLIPSIS = ' … ';

/** The snippet of a ts_headline result: whitespace runs (line breaks, OCR spacing) made one space, fragments joined by an ellipsis. */
export function parseHeadline(headline: string): Snippet {
  let text = '';
  const highlights: [number, number][] = [];
  let open: number | null = null;
  const fragments = headline.split(FRAGMENT).map((f) => f.replace(/\s+/g, ' ').trim()).filter((f) => f !== '');
  fragments.forEach((fragment, i) => {
    if (i > 0) text += ELLIPSIS;
    for (const ch of fragment) {
      if (ch === START) open = text.length;
      else if (ch === STOP) {
        if (open !== null && text.length > open) highlights.push([open, text.length]);
        open = null;
      } else text += ch;
    }
  });
  return { text, highlights };
}

/** The snippet with its matches marked: ANSI bold for a terminal, else **word**. */
export function renderSnippet(snippet: Snippet, tty: boolean): string {
  const [on, off] = tty ? ['\u001b[1m', '\u001b[22m'] : ['**', '**'];
  let out = '';
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    out += snippet.text.slice(at, start) + on + snippet.text.slice(start, end) + off;
    at = end;
  }
  return out + snippet.text.slice(at);
}

/** The first `max` characters of the snippet (an ellipsis ending a cut one), its highlights clipped to them. */
export function truncateSnippet(snippet: Snippet, max: number): Snippet {
  if (snippet.text.length <= max) return snippet;
  const end = max - 1;
  return {
    text: `${snippet.text.slice(0, end)}…`,
    highlights: snippet.highlights.filter(([start]) => start < end).map(([start, stop]) => [start, Math.min(stop, end)] as [number, number]),
  };
}

/**
 * The input's lines as laid out: normalization makes each run of spaces one, and with them
 * goes which column of a table a mark stood in. Extraction asks for a line of the normalized
 * text and gets it back with its spacing, when the input holds it unchanged but for spaces.
 */

/**
 * The text of a line as the input laid it out, its runs of spaces kept, or null when the input
 * does not hold it so: which column a mark or a name stood in is read from it.
 */
export type LineLayout = (line: string) => string | null;

/** A line's text with its spacing dropped: what a normalized line and its laid-out source share. */
const keyOf = (line: string) => line.replace(/[ \t\u00a0\u202f]+/g, ' ').trim();

/**
 * The lookup over `pages` (the texts as loaded). The index is built on the first question: most
 * documents have no table aligned with spaces and never ask.
 */
export function lineLayout(pages: readonly string[]): LineLayout {
  let index: Map<string, string> | null = null;
  return (line) => {
    if (!index) {
      index = new Map();
      for (const page of pages) for (const raw of spacedLines(page)) index.set(keyOf(raw), raw.replace(/\t/g, '    '));
    }
    return index.size ? (index.get(keyOf(line)) ?? null) : null;
  };
}

/**
 * The lines of a page that spacing lays out (a run of spaces or a tab between two words); others
 * are the normalized line itself. Found from the runs themselves: most pages have few or none.
 */
function spacedLines(page: string): string[] {
  const lines: string[] = [];
  let lastStart = -1;
  for (const run of ['  ', '\t']) {
    for (let at = page.indexOf(run); at >= 0; at = page.indexOf(run, at + 1)) {
      const start = page.lastIndexOf('\n', at) + 1;
      if (start === lastStart) continue;
      let end = page.indexOf('\n', at);
      if (end < 0) end = page.length;
      const raw = page.slice(start, end).replace(/\r$/, '');
      if (/\S(?: {2,}|\t)\S/.test(raw)) lines.push(raw);
      lastStart = start;
      at = end;
    }
  }
  return lines;
}

/** A run of at least this many spaces between two words of a laid-out line parts two columns. */
const COLUMN_GAP = 3;
/** A family name in capitals opening the next column: not a civility ("MM."), not a commune in title case. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]+(?![\p{L}.])/u;
/** A civility opening a cell: the members' column. */
const CIVILITY_CELL = /^(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames)(?![\p{L}])/u;

/** What the layout of a list's lines says of its names (see listColumns). */
export interface ListColumns {
  /** Spaces that stand for a gap between two columns of names: they part names as a comma does. */
  gaps: Set<number>;
  /** [start, end) of the cells that label a row ("RAVELLE-LE-HAUT      M. Didier THIÉBAUT, …"): no members. */
  labels: Array<readonly [number, number]>;
}

/**
 * How the lines of text[from, to) were laid out in columns, read from the input (LineLayout):
 * the gaps between names in columns read across ("MM. MAUCLAIR    DROUOT      PERRIN"), before
 * a family name in capitals, normalization having made each gap one space; and the first cell
 * of a row that a column of members' names with their civilities follows (a commune, a group).
 */
export function listColumns(text: string, from: number, to: number, layout: LineLayout | undefined): ListColumns {
  const columns: ListColumns = { gaps: new Set(), labels: [] };
  if (!layout) return columns;
  // A row opening on a civility: the first column is members' names, no row's label ("MM. BOUVREUIL
  // Roger      Mme VAUTRIN Colette" / "    CHAMBRETTE Jean-Claude      MM. GRANDCLAUDE Pierre").
  let namesFirst = false;
  // Whole lines: the layout is looked up by line, and a list may start after its heading's colon.
  for (let start = text.lastIndexOf('\n', from - 1) + 1; start < to; ) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const line = text.slice(start, end);
    const raw = line.includes(' ') ? layout(line) : null;
    if (raw) {
      // Walk both: the same characters but for the lengths of their runs of spaces.
      let i = line.length - line.trimStart().length;
      let j = raw.length - raw.trimStart().length;
      let cells = 0;
      const first = i;
      while (i < line.length && j < raw.length) {
        if (line[i] === ' ') {
          let width = 0;
          while (j < raw.length && (raw[j] === ' ' || raw[j] === '\t')) {
            width += raw[j] === '\t' ? 4 : 1;
            j++;
          }
          while (i < line.length && line[i] === ' ') i++;
          if (width >= COLUMN_GAP) {
            const next = line.slice(i, i + 40);
            const opensOnCivility = CIVILITY_CELL.test(line.slice(first).replace(/^[-–•][ \t]*/u, ''));
            if (cells++ === 0 && opensOnCivility) namesFirst = true;
            if (cells === 1 && !opensOnCivility && CIVILITY_CELL.test(next)) columns.labels.push([start + first, start + i - 1]);
            else if (/\p{L}/u.test(line[i - 2] ?? '') && CAPITALS_WORD.test(next)) columns.gaps.add(start + i - 1);
          }
          continue;
        }
        i++;
        j++;
      }
    }
    start = end + 1;
  }
  if (namesFirst) columns.labels.length = 0;
  return columns;
}

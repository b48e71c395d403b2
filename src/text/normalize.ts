/**
 * Normalization: page texts -> the one `text` every offset of the document points into.
 * Only changes that cannot move meaning: glyph variants, whitespace, line-end hyphenation,
 * and the furniture that repeats on every page (running headers, page numbers).
 */

/** Glyph variants that PDF text layers and OCR emit for plain characters, and their plain form. */
const GLYPHS: Readonly<Record<string, string>> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl',
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\t': ' ', '\v': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '', '\u00AD': '',
  '\u2212': '-', '\u2026': '...', '\r': '\n',
};
/** One pass over the text for all of them ("\r\n" first, so it becomes one line break). */
const GLYPH_RE = new RegExp(`\\r\\n|[${Object.keys(GLYPHS).join('')}]`, 'g');
const GLYPH_TEST = new RegExp(`[${Object.keys(GLYPHS).join('')}]`);

/** Lines that are page furniture wherever they stand ("Page 2 / 9", "- 3 -"). */
const FURNITURE: readonly RegExp[] = [
  /^.{0,160}\bpage\s*\d+\s*(?:\/|sur)\s*\d+\s*$/i,
  /^\s*-?\s*\d{1,3}\s*-?\s*$/,
  /^\s*page\s+\d+\s*$/i,
];

/** Page furniture is short and has a digit; only such lines pay for the patterns. */
function isFurniture(line: string): boolean {
  if (!/\d/.test(line) || line.length > 200) return false;
  return FURNITURE.some((re) => re.test(line));
}

function cleanLine(line: string): string {
  if (!line.includes('  ') && line.trim() === line) return line;
  return line.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
}

/** Joins a word hyphenated across a line end ("délibé-\nration"), never a compound name. */
function dehyphenate(text: string): string {
  const lowerLetter = (c: string | undefined) => c !== undefined && /[a-zà-ÿ]/.test(c);
  let out = '';
  let from = 0;
  for (let at = text.indexOf('-\n'); at >= 0; at = text.indexOf('-\n', at + 2)) {
    if (!lowerLetter(text[at - 1]) || !lowerLetter(text[at - 2]) || !lowerLetter(text[at + 2]) || !lowerLetter(text[at + 3])) continue;
    // Move the rest of the word up: "délibé-\nration suivante" -> "délibération\nsuivante".
    let wordEnd = at + 2;
    while (lowerLetter(text[wordEnd])) wordEnd++;
    out += text.slice(from, at) + text.slice(at + 2, wordEnd) + '\n';
    from = wordEnd;
    if (text[from] === ' ') from++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A key under which a running header is recognised on every page (digits vary). */
const headerKey = (line: string) => line.toLowerCase().replace(/\d+/g, '#').trim();

export function normalizePages(pages: readonly string[]): string[] {
  const cleaned = pages.map((page) => {
    // Composing is only needed where a combining mark is present.
    let t = /[\u0300-\u036f]/.test(page) ? page.normalize('NFC') : page;
    // The frequent ones (apostrophes, tabs from table cells) as plain replacements, the
    // rest in one pass with a lookup: a callback per apostrophe costs more than the scan.
    t = t.replaceAll('\u2019', "'").replaceAll('\t', ' ').replaceAll('\u00A0', ' ');
    if (GLYPH_TEST.test(t)) t = t.replace(GLYPH_RE, (g) => (g === '\r\n' ? '\n' : GLYPHS[g]!));
    if (t.includes('-\n')) t = dehyphenate(t);
    const lines = t.split('\n').map(cleanLine).filter((l) => !isFurniture(l));
    return lines;
  });
  // A line that opens or closes most pages is a running header/footer, not content.
  if (cleaned.length >= 3) {
    const seen = new Map<string, number>();
    for (const lines of cleaned) {
      const edge = new Set([...lines.filter(Boolean).slice(0, 2), ...lines.filter(Boolean).slice(-2)].map(headerKey));
      for (const k of edge) if (k.length > 3) seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    const repeated = new Set([...seen].filter(([, n]) => n >= Math.max(3, cleaned.length / 2)).map(([k]) => k));
    if (repeated.size) {
      for (let i = 1; i < cleaned.length; i++) {
        cleaned[i] = cleaned[i]!.filter((l) => !repeated.has(headerKey(l)));
      }
    }
  }
  return cleaned.map((lines) => lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, ''));
}

/** Pages joined with form feeds, as the contract's `text`; and where each page starts. */
export function joinPages(pages: readonly string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = '';
  pages.forEach((p, i) => {
    if (i > 0) text += '\f';
    pageStarts.push(text.length);
    text += p;
  });
  return { text, pageStarts };
}

/** 1-based page of an offset. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let page = 1;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i + 1;
  return page;
}

/**
 * The input's lines as laid out: normalization makes each run of spaces one, and with them
 * goes which column of a table a mark stood in. Extraction asks for a line of the normalized
 * text and gets it back with its spacing, when the input holds it unchanged but for spaces.
 */
import { fixLookalikes } from './ocr-cleanup.ts';
import { repairMojibake } from './mojibake.ts';

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
      for (const page of pages) {
        // Normalization repairs OCR's look-alikes ("Qua1ité") and mojibake: the laid-out line is keyed as repaired.
        const repaired = repairMojibake(page);
        for (const raw of spacedLines(repaired.includes('\t') ? withTabsAligned(repaired) : repaired)) {
          const fixed = fixLookalikes(raw);
          index.set(keyOf(fixed), fixed);
        }
      }
    }
    return index.size ? (index.get(keyOf(line)) ?? null) : null;
  };
}

/** Spaces after the widest cell of a column, where a tab parted it from the next. */
const TAB_GAP = 4;

/**
 * The page with its tabs as columns: a run of lines holding tabs is a table whose rows a tab
 * parts into cells (a web page or a spreadsheet copied as text), each cell padded to its
 * column's widest in the run, so that a mark stands under its label as the table showed it
 * ("Élu(e)\tPrésent(e)\tAbsent(e)" over "M. Paul RIVIÈRE\t\tX": the mark under "Absent(e)").
 * A lone line with tabs comes out as four spaces a tab.
 */
function withTabsAligned(page: string): string {
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.includes('\t')) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.includes('\t')) end++;
    const rows = lines.slice(i, end).map((l) => l.replace(/\r$/, '').split('\t'));
    const widths: number[] = [];
    for (const cells of rows) cells.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.length)));
    rows.forEach((cells, r) => (lines[i + r] = cells.map((c, k) => (k < cells.length - 1 ? c.padEnd(widths[k]! + TAB_GAP) : c)).join('')));
    i = end;
  }
  return lines.join('\n');
}

/**
 * The lines of a page that spacing lays out (a run of spaces or a tab between two words, or
 * before the first); others
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
      // Indented lines too: a cell wrapped onto a line of its own is told by where it starts.
      if (/\S(?: {2,}|\t)\S/.test(raw) || /^(?: {2,}|\t)\S/.test(raw)) lines.push(raw);
      lastStart = start;
      at = end;
    }
  }
  return lines;
}

/** A run of at least this many spaces between two words of a laid-out line parts two columns. */
const COLUMN_GAP = /\s{3,}/;

/**
 * The cells of a normalized line as the input laid them out, parted by runs of three spaces or
 * more (each one space in the normalized line): their [start, end) in `line`, in order; null where
 * the layout does not know the line.
 */
export function laidOutCells(line: string, layout: LineLayout): Array<readonly [number, number]> | null {
  const raw = line.includes(' ') ? layout(line) : null;
  if (!raw) return null;
  const cells: Array<readonly [number, number]> = [];
  let at = 0;
  for (const cell of raw.trim().split(COLUMN_GAP)) {
    // The normalized line writes the cell with single spaces.
    const written = cell.replace(/\s+/g, ' ');
    const start = line.indexOf(written, at);
    if (start < 0) return null;
    cells.push([start, start + written.length]);
    at = start + written.length;
  }
  return cells;
}

/** A family name in capitals opening the next column: not a civility ("MM."), not a commune in title case. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]+(?![\p{L}.])/u;
/** A cell in title case only, no word in capitals, no figure: a commune's or a group's name. */
const TITLE_CASE_CELL = /^(?!.*\p{Lu}{2})\p{Lu}[\p{L}'’ -]*$/u;
/** A civility opening a cell: the members' column. */
const CIVILITY_CELL = /^(?:[-–•][ \t]*)?(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames)(?![\p{L}])/u;

/** What the layout of a list's lines says of its names (see listColumns). */
export interface ListColumns {
  /** Spaces that stand for a gap between two columns of names: they part names as a comma does. */
  gaps: Set<number>;
  /** [start, end) of the cells that label a row ("RAVELLE-LE-HAUT      M. Didier THIÉBAUT, …"): no members. */
  labels: Array<readonly [number, number]>;
}

/**
 * How the lines of text[from, to) were laid out in columns (laidOutCells): the gaps between
 * names in columns read across ("MM. MAUCLAIR    DROUOT      PERRIN"), before a family name in
 * capitals; and the first cell of a row that a column of members' names with their civilities
 * follows (a commune, a group), unless a row opens on a civility (a first column of names:
 * "MM. BOUVREUIL Roger      Mme VAUTRIN Colette" / "    CHAMBRETTE Jean-Claude      MM. …").
 */
export function listColumns(text: string, from: number, to: number, layout: LineLayout | undefined): ListColumns {
  const columns: ListColumns = { gaps: new Set(), labels: [] };
  const leaders = text.includes('....') ? dotLeaderLabels(text, from, to) : [];
  if (!layout) {
    columns.labels.push(...leaders);
    return columns;
  }
  let namesFirst = false;
  // Whole lines: the layout is looked up by line, and a list may start after its heading's colon.
  for (let start = text.lastIndexOf('\n', from - 1) + 1; start < to; ) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const line = text.slice(start, end);
    const cells = laidOutCells(line, layout);
    if (cells && cells.length > 1) {
      const cellText = ([a, b]: readonly [number, number]) => line.slice(a, b);
      const opensOnCivility = CIVILITY_CELL.test(cellText(cells[0]!));
      namesFirst ||= opensOnCivility;
      // The row's label: a commune before its delegates with their civilities, or in title case
      // before names in capitals ("Pierrebrune      FAUCHER Jean-Luc, LACHAUD Martine").
      const labelled = CIVILITY_CELL.test(cellText(cells[1]!)) || (TITLE_CASE_CELL.test(cellText(cells[0]!)) && CAPITALS_WORD.test(cellText(cells[1]!)));
      if (!opensOnCivility && labelled) columns.labels.push([start + cells[0]![0], start + cells[0]![1]]);
      for (let k = 1; k < cells.length; k++) {
        if (k === 1 && columns.labels.at(-1)?.[0] === start + cells[0]![0]) continue;
        // "… 1ère Adjointe      Mme Sylvie AILLAUD": the next column's member opens on a civility.
        if (/\p{L}$/u.test(cellText(cells[k - 1]!)) && (CAPITALS_WORD.test(cellText(cells[k]!)) || CIVILITY_CELL.test(cellText(cells[k]!)))) columns.gaps.add(start + cells[k]![0] - 1);
      }
    }
    start = end + 1;
  }
  if (namesFirst) columns.labels.length = 0;
  columns.labels.push(...leaders.filter(([a]) => !columns.labels.some(([b]) => b === a)));
  return columns;
}

/** "ECURY-sur-COOLE ........... MM. DROUILLY Marcel, HENRIOT Paul": a row's label, its dot leaders to the names. */
const DOT_LEADER_LABEL = /^[ \t]*[^\s.][^\n.]{1,60}?[ \t]*\.{4,}[ \t]*(?=\S)/;

/** The labels of rows in text[from, to) led to their names by dots, as [start, end) with the leaders. */
function dotLeaderLabels(text: string, from: number, to: number): Array<readonly [number, number]> {
  const labels: Array<readonly [number, number]> = [];
  for (let start = text.lastIndexOf('\n', from - 1) + 1; start < to; ) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const m = DOT_LEADER_LABEL.exec(text.slice(start, end));
    if (m) labels.push([start + m[0].length - m[0].trimStart().length, start + m[0].length]);
    start = end + 1;
  }
  return labels;
}

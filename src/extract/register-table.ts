/**
 * A register of deliberations laid out as a table with spaces, each row's cells wrapped over
 * several lines in their own columns, as a text layer keeps them:
 *
 *   N°       Séance      Objet                     Décision                                Vote
 *   2000-01  10/03/2000  Compte administratif      Approuve le compte administratif 1999   Unanimité
 *                        1999                      (excédent de fonctionnement …
 *
 * Read across, each line mixes the subject's, the decision's and the vote's words; read by the
 * header's columns (from the layout), each row gives back its number, its subject, what was
 * decided and how it was voted.
 */
import { VOTE_BY_INITIALS } from '../text/cues.ts';
import type { Item, Outcome, Vote } from '../schema/minutes.ts';
import type { LineLayout } from '../text/layout.ts';
import { actionAt } from '../text/verbs.ts';

/** The header: a number's column first, then the subject's and the vote's or the decision's. */
const HEADER = /^[ \t]*N°[ \t].*\bObjet\b.*\b(?:Vote|Décision|Decision|Résultat|Resultat)s?\b/u;
const HEADER_ANYWHERE = new RegExp(HEADER.source, 'mu');
/** Each column's label, in the header as laid out. */
const COLUMN_LABELS: ReadonlyArray<readonly [RegExp, Column]> = [
  [/\bN°/u, 'number'],
  [/\b(?:Séance|Seance|Date)\b/u, 'date'],
  [/\bObjet\b/u, 'subject'],
  [/\b(?:Décision|Decision)s?\b/u, 'decision'],
  [/\b(?:Vote|Résultat|Resultat)s?\b/u, 'vote'],
  // "Code ACTES", "Matière": a column read for no field, that closes the subject's.
  [/\b(?:Code|Mati[èe]re|Nomenclature)\b/u, 'other'],
];
export type Column = 'number' | 'date' | 'subject' | 'decision' | 'vote' | 'other';

/** A row's number at the line's start: "2000-01", "2024/014", "12". */
const ROW_NUMBER = /^[ \t]*(\d{1,4}(?:[-/_]\d{1,4})?)(?=[ \t]{2,})/u;
/** A table's rule. */
const RULE = /^[\s\-=_|+]*$/;
/** Fewer rows than this are no register. */
const MIN_ROWS = 3;

export interface Row {
  number: string;
  cells: Record<Column, string[]>;
  start: number;
  end: number;
  /** Its decision's cell sums the point up ("Résumé de la décision"): what it says before the act is the report's. */
  summary?: boolean;
}

/** What such a table gives: its rows' items, and whether they span sittings (a register) or are one sitting's points. */
export interface PointsTable {
  items: Item[];
  /** The rows' dates differ: a register of several sittings, not a compte rendu's table of its points. */
  register: boolean;
}

/**
 * The items of such a table in `text` (its lines looked up in `layout`), none where there is no
 * table of three rows or more; read once, for the register and for one sitting's table alike.
 */
export function readPointsTable(text: string, layout: LineLayout): PointsTable {
  const none: PointsTable = { items: [], register: false };
  // Most documents hold "N°" and "Objet" but no such header: one search before the text is split.
  if (!text.includes('Objet') || !HEADER_ANYWHERE.test(text)) return none;
  const lines = text.split('\n');
  let columns: Array<{ column: Column; at: number }> | null = null;
  const rows: Row[] = [];
  let pos = 0;
  for (const line of lines) {
    const start = pos;
    pos += line.length + 1;
    if (HEADER.test(line)) {
      const raw = layout(line);
      const found = raw ? headerColumns(raw) : null;
      // The header printed again over the next page: the same columns.
      if (found) columns = found;
      continue;
    }
    if (!columns || RULE.test(line)) continue;
    const raw = layout(line);
    if (!raw) continue;
    const number = ROW_NUMBER.exec(raw);
    if (number && raw.indexOf(number[1]!) < columns[1]!.at) {
      rows.push({ number: number[1]!, cells: { number: [], date: [], subject: [], decision: [], vote: [], other: [] }, start, end: start + line.length });
    } else if (!rows.length || raw.trimStart().length === raw.length) {
      // A line that opens at the margin and holds no row's number: the table is over, or a page's furniture.
      continue;
    }
    const row = rows[rows.length - 1]!;
    row.end = start + line.length;
    for (const [k, { column, at }] of columns.entries()) {
      const to = columns[k + 1]?.at ?? raw.length;
      const cell = raw.slice(Math.max(0, at - 1), to).trim();
      if (cell) row.cells[column].push(cell);
    }
  }
  if (rows.length < MIN_ROWS) return none;
  // A register spans sittings: its rows' dates differ. A list of one sitting's deliberations is read as that sitting's record.
  const dates = new Set(rows.map((r) => r.cells.date.join(' ')).filter(Boolean));
  return { items: rows.map(itemOf), register: dates.size >= 2 };
}

/** The columns of a header as laid out, in order, where each starts; null without a subject. */
function headerColumns(raw: string): Array<{ column: Column; at: number }> | null {
  const found: Array<{ column: Column; at: number }> = [];
  for (const [re, column] of COLUMN_LABELS) {
    const m = re.exec(raw);
    if (m) found.push({ column, at: m.index });
  }
  found.sort((a, b) => a.at - b.at);
  return found.length >= 3 && found[0]!.column === 'number' && found.some((c) => c.column === 'subject') ? found : null;
}

/** Words of a wrapped cell joined, a hyphen cut at a line's end mended ("Cernon-le-" / "Haut"). */
const joined = (cells: readonly string[]) => cells.join(' ').replace(/(?<=\p{L}-) (?=\p{L})/gu, '').replace(/\s+/g, ' ').trim();

/**
 * A count in a vote's cell, its figure after its word ("Pour : 11", "Pour 14", "P: 9") or before it
 * ("18 pour"). A cell opening on a figure is read figure first, else word first, then the other
 * way: in "Pour : 39 Contre : 16" the figure before "Contre" is the votes for, in "18 pour 3 abst."
 * the figure after "pour" is the abstentions.
 */
const cellCount = (word: string, initial: string) => ({
  labelled: new RegExp(String.raw`${word}\p{L}*\.?\s*:?\s*(\d{1,3})(?!\d)|(?<![\p{L}])${initial}\s*:\s*(\d{1,3})`, 'iu'),
  figured: new RegExp(String.raw`(\d{1,3})\s*(?:voix\s+)?${word}`, 'iu'),
});
/** Each with its initial, as a grid abbreviates it: "P: 9 C: 0 A: 1". */
const CELL_COUNTS = { for: cellCount('pour', 'P'), against: cellCount('contre', 'C'), abstentions: cellCount('abst', 'A') } as const;
/** Those who took no part: "NPPV : 1", "1 NPPV", "2 ne prenant pas part au vote". */
const NOT_VOTING_COUNT = {
  labelled: /(?:nppv|ne\s+prenant\s+pas\s+part(?:\s+au\s+vote)?)\s*:\s*(\d{1,3})(?!\d)/iu,
  figured: /(\d{1,3})\s*(?:nppv|ne\s+prenant\s+pas\s+part)/iu,
};

/** The counts a table gives in cells of their own, written as one vote's cell voteOf reads back ("Pour : 20 Contre : 9 …"). */
export function countsCell(counts: { for?: string; against?: string; abstentions?: string; notVoting?: string }): string {
  return [
    counts.for !== undefined ? `Pour : ${counts.for}` : '',
    counts.against !== undefined ? `Contre : ${counts.against}` : '',
    counts.abstentions !== undefined ? `Abstentions : ${counts.abstentions}` : '',
    counts.notVoting !== undefined ? `NPPV : ${counts.notVoting}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** For, against and abstentions by their initials, slashes between. Case-sensitive. */
const INITIALS_CELL = new RegExp(String.raw`^[ \t]*${VOTE_BY_INITIALS}[ \t]*$`, 'u');

/** The vote a cell says: "Unanimité", "18 pour 3 abst.", "16 pour 4 contre", "P 24 / C 7 / A 0". */
export function voteOf(cell: string): Vote | null {
  // "P 24 / C 7 / A 0": the labels' initials before their counts.
  const initials = INITIALS_CELL.exec(cell);
  if (initials) cell = countsCell({ for: initials[1], against: initials[2], abstentions: initials[3] });
  const unanimous = /unanimit/iu.test(cell);
  const figureFirst = /^\s*\d/.test(cell);
  const count = ({ labelled, figured }: { labelled: RegExp; figured: RegExp }) => {
    for (const re of figureFirst ? [figured, labelled] : [labelled, figured]) {
      const m = re.exec(cell);
      if (m) return Number(m[1] ?? m[2]);
    }
    return null;
  };
  const vote: Vote = {
    unanimous,
    for: count(CELL_COUNTS.for),
    against: count(CELL_COUNTS.against),
    abstentions: count(CELL_COUNTS.abstentions),
    notVoting: count(NOT_VOTING_COUNT),
    againstNames: [],
    abstentionNames: [],
    span: null,
  };
  return unanimous || vote.for !== null || vote.against !== null ? vote : null;
}

/** Where a verb may stand in a decision's cell: at its start, after a stop or "et", after the body that acts ("le Conseil retient"). */
const VERB_PLACES = [/(?:^|[.;,]\s+(?:et\s+)?|\s+et\s+)(?=\p{L})/gu, /(?<![\p{L}])(?:le\s+conseil(?:\s+(?:municipal|communautaire|syndical|d[ée]partemental|r[ée]gional|g[ée]n[ée]ral))?|l['’]assembl[ée]e|le\s+(?:comit[ée](?:\s+syndical)?|bureau))\s+(?=\p{L})/giu];

/** What the decision's cell says was done, verb by verb ("Accepte l'adhésion … et demande aux communes …", "le Conseil retient …"), in the cell's order; and where the first verb stands. */
function actionsOf(cell: string): { actions: string[]; first: number } {
  const places = VERB_PLACES.flatMap((re) => [...cell.matchAll(re)].map((m) => m.index! + m[0].length)).sort((a, b) => a - b);
  const actions: string[] = [];
  let first = -1;
  for (const at of places) {
    const hit = actionAt(cell.slice(at));
    if (hit && !actions.includes(hit.action)) actions.push(hit.action);
    if (hit && first < 0) first = at;
  }
  return { actions, first };
}

/** A sentence's end, the next one opening on a capital. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu;

/**
 * Where the text decided opens in a cell summing up the point ("Vu le rapport de M. le Préfet. Le
 * déficit fourrager est estimé … Le Conseil général décide d'ouvrir …"): the sentence of its first
 * act; what the sentences before it say is the report's. The cell's start where it opens on the act.
 * Not asked of a decision's own cell, whose sentences before the act say how it was taken ("M. X,
 * intéressé, s'étant retiré, …").
 */
function actingSentence(cell: string, first: number): number {
  let from = 0;
  for (const m of cell.slice(0, Math.max(first, 0)).matchAll(SENTENCE_END)) from = m.index! + m[0].length;
  return from;
}

/** The acts that only take note. */
const NOTING_ACTS: ReadonlySet<string> = new Set(['prend acte', 'donne acte']);

export function itemOf(row: Row): Item {
  const decision = joined(row.cells.decision);
  const voteCell = joined(row.cells.vote);
  const counted = voteOf(voteCell) ?? (row.cells.vote.length ? null : voteOf(decision));
  // "ADOPTE A L'UNANIMITE" in the outcome's column over the counts "29 / 0 / 0 / 0": unanimous, counted.
  const vote = counted && !counted.unanimous && !counted.against && /unanimit/iu.test(decision) ? { ...counted, unanimous: true } : counted;
  const rejected = /rejet|refus/iu.test(voteCell) || (vote !== null && vote.against !== null && vote.for !== null && vote.against > vote.for);
  // "Retiré" in the vote's cell, or alone in the decision's (a column after the vote's saying in a word how it ended).
  const withdrawn = /retir/iu.test(voteCell) || /^retir\p{L}*\.?$/iu.test(decision);
  const { actions, first } = actionsOf(decision);
  const decided = row.summary ? decision.slice(actingSentence(decision, first)) : decision;
  const said = /adopt|approuv|accept/iu.test(voteCell) || /^(?:adopt|approuv|d[ée]sign[ée]|[ée]lue?s?$)/iu.test(decision);
  // "prend acte de l'abandon … et décide d'affecter …": noting that led to an act is no act of noting only.
  const noted = /prend\s+acte|pris\s+acte|donn[ée]\s+acte/iu.test(`${decision} ${voteCell}`) && !actions.some((a) => !NOTING_ACTS.has(a));
  const outcome: Outcome | null = rejected ? 'rejected' : noted ? 'noted' : withdrawn ? null : said || vote || actions.length ? 'adopted' : null;
  return {
    // A row without a number ("-") is a point the sitting did not number, withdrawn or added.
    number: row.number || null,
    title: joined(row.cells.subject),
    rapporteur: null,
    report: null,
    decision: decision || vote || outcome ? { visas: [], considerations: [], articles: actions.map((action) => ({ action, text: decided, span: null })), vote, outcome } : null,
    span: { start: row.start, end: row.end },
  };
}


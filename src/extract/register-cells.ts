/**
 * A table of the sitting's deliberations that text extraction gave one cell a line:
 *
 *   N°                                   N° acte
 *   Objet                                Date séance
 *   Décision                             Objet
 *   Vote                                 Rapporteur
 *   99/21                                Commission
 *   Budget 1999 - Décision modif. n° 2   Vote
 *   Virement de 6 500 F … Approuvée.     Décision
 *   P: 10 C: 0 A: 0                      81-41
 *                                        30/06/1981
 *                                        BUDGET REGIONAL 1981 - DECISION
 *                                        MODIFICATIVE N° 1
 *                                        M. BONIFAY Gérard
 *                                        Finances
 *                                        Pour : 39
 *                                        Contre : 16
 *                                        Abst. : 3
 *                                        ADOPTE
 *
 * The header's labels, one a line, say which cells a row holds and in which order. Each row opens
 * on its number alone on its line ("-" where it has none); a cell that may wrap runs until the
 * line that opens the next cell, known by its shape (a date, a civility, a vote's words, an
 * outcome's). The rows are the points of the minutes, whatever lists of members stand before the
 * table; the header printed again over the next page, after the page's furniture, goes on with them.
 */
import { VOTE_BY_INITIALS } from '../text/cues.ts';
import type { Item } from '../schema/minutes.ts';
import { countsCell, itemOf, type Column, type Row } from './register-table.ts';
import { trimmedLines, type TrimmedLine } from '../text/lines.ts';
import { readWrappedRows } from './wrapped-rows.ts';

type Cell = 'number' | 'rank' | 'date' | 'subject' | 'rapporteur' | 'other' | 'service' | 'decision' | 'text' | 'outcome' | 'vote' | 'note' | 'amount' | CountCell;
/** A vote's counts a column each, under "Pour" / "Contre" / "Abst." / "NPPV". */
type CountCell = 'for' | 'against' | 'abstentions' | 'notVoting';

/** A count of a vote alone on its line (a column each), or a row's rank. */
const COUNT_ALONE = /^\d{1,3}$/u;
/** A count's column left empty, a dash. */
const NO_COUNT = /^[-–—]$/u;
/** A count's cell opening: its figure, or the dash of none. */
const COUNT_OR_NONE = /^(?:\d{1,3}|[-–—])$/u;
/** A row's number alone on its line: "99/21", "2024-014", "12"; a dash where the row has none. */
// A series' letters may open it: "MOT 83-05", a motion among the acts; or stand between underscores,
// a service's code ("15_DFB_01", "V_2015_06_01", "22_VŒU_01"); or be glued to the year ("DEL2025_061").
const ROW_NUMBER = /^(?:(?:[A-Z]{2,5} )?(?:\p{Lu}{1,5}_?)?\d{1,4}(?:[-/_.](?:\p{Lu}{2,6}_)?\d{1,4}){0,2}|[-–—])$/u;
/** A number's shape, figures each one sign, a run of capitals one: rows of one table number alike ("83-10-07", "83-10-08"; "15_DFB_01", "15_PRES_01"). */
const shapeOf = (n: string) => n.replace(/\d/g, '9').replace(/\p{Lu}+/gu, 'A');
/** Whether `line` is the number opening a row numbered as `own` is; any number with a separator where the row has none. */
const isRowNumber = (line: string, own: string | undefined) => ROW_NUMBER.test(line) && (own ? shapeOf(line) === shapeOf(own) : /\d[-/_.]\d|\d_\p{Lu}+_\d/u.test(line));
/** How far a row that cannot be read may run before the next row's number, passed over to it. */
const UNREAD_ROW_LINES = 12;
/** The cell that closes a row of the first kind: how the vote went. */
const VOTE_CELL = new RegExp(String.raw`^(?:\d{1,3}\s*\/\s*\d{1,3}\s*\/\s*\d{1,3}$|${VOTE_BY_INITIALS}$|unanimit[ée]|[àa]\s+l['’]unanimit[ée]|p\s*:\s*\d|pour\s*:?\s*\d|\d{1,3}\s+(?:voix|pour)|adopt[ée]|rejet[ée]|refus[ée]|majorit[ée]|retir[ée])`, 'iu');
/** A vote's cell wrapped over lines, one count a line: "Pour : 39" / "Contre : 16" / "Abst. : 3". */
const VOTE_LINE = /^(?:(?:pour|contre|abst(?:entions?|\.)?|nppv|ne\s+prend|c\s*:|a\s*:)\s*:?\s*\d{1,3}\b|\d{1,3}\s+(?:voix\s+)?(?:pour|contre|abst))/iu;
/** The rest of an outcome's cell wrapped under it: "Adopté" / "à la majorité", "Prend acte" / "-". */
const VOTE_WRAPPED = /^(?:[àa]\s+l['’]\s?unanimit[ée]|[àa]\s+la\s+majorit[ée]|(?:[àa]\s+l['’]\s?)?unanimit[ée]|majorit[ée]|[-–—]|sans\s+vote)(?:\s+des\s+(?:membres\s+)?(?:pr[ée]sents|votants|suffrages\s+exprim[ée]s))?\.?$/iu;
/** A decision's column after the vote's, or standing for it, says how the point ended: "ADOPTE", "Adoptée à l'unanimité". */
// Or the opinion the body gave ("Avis favorable"), or that it took note ("Donné acte").
const OUTCOME_CELL = /^(?:(?:adopt|approuv|accept|rejet|refus|retir|ajourn|report)[ée]e?s?(?![\p{L}])|(?:pris|prend|donn[ée])\s+acte|avis\s+(?:d[ée])?favorable|(?:[àa]\s+l['’])?unanimit[ée])/iu;

/**
 * Each cell: its header label; the shape of the line that opens it, where it has one (what ends
 * the cell before it); whether it may wrap; and which of the row's cells it fills.
 */
const CELLS: ReadonlyArray<{ cell: Cell; label: RegExp; opens?: RegExp; wraps: boolean; into: Column }> = [
  // The row's rank before its act's number ("1" / "05-BS-001"), read for no field.
  // No label of its own: "N°" read as the number's, then taken for the rank's when "N° rapport" follows (headerAt).
  { cell: 'rank', label: /(?!)/u, opens: COUNT_ALONE, wraps: false, into: 'other' },
  { cell: 'number', label: /^(?:N°|Num[ée]ro)(?:\s+(?:d['’]\s?)?(?:acte|ordre|d[ée]lib(?:[ée]ration|\.)?|rapport))?$/iu, opens: ROW_NUMBER, wraps: false, into: 'number' },
  { cell: 'date', label: /^(?:Date(?:\s+(?:de\s+(?:la\s+)?)?s[ée]ance)?|S[ée]ance)$/iu, opens: /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/u, wraps: false, into: 'date' },
  { cell: 'subject', label: /^Objet$/iu, wraps: true, into: 'subject' },
  // Or the family name and its initials alone: "ALBERTINI G-P.", "CASANOVA M-D.", "PAYET J.-L.".
  // A family name of two letters stands before another word of it ("LE BRIS Y.", "DA SILVA M.").
  // Or the executive by its office ("Le Président", "Le Maire").
  { cell: 'rapporteur', label: /^Rapporteurs?$/iu, opens: /^(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame|[-–—]$|(?:Le|La)[ \t]+(?:(?:Vice-)?Pr[ée]sidente?|Maire)$|(?:\p{Lu}[\p{Lu}'’-]{2,}|\p{Lu}{2}(?=[ \t]\p{Lu}[\p{Lu}'’-]))(?:[ \t]\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}(?:\.?-\p{Lu}){0,2}\.$)/u, wraps: false, into: 'other' },
  // A commission's name may wrap ("Finances, budget et" / "évaluation").
  // Or who tabled a motion ("Déposé par" / "Ensemble des groupes").
  { cell: 'other', label: /^(?:Commission|Mati[èe]re|Nomenclature|Th[èe]me|Code(?:\s+\p{L}+)?|D[ée]pos[ée]e?s?\s+par|Auteurs?)$/iu, wraps: true, into: 'other' },
  // The service that brought the point ("Aménagement" / "du territoire"): its cell wraps, read for no field.
  { cell: 'service', label: /^(?:Direction|Service|P[ôo]le)$/iu, wraps: true, into: 'other' },
  // Or its summary ("Résumé de la décision"), an outcome's column labelled "Décision" after it.
  { cell: 'decision', label: /^(?:R[ée]sum[ée]\s+de\s+la\s+)?D[ée]cisions?$/iu, wraps: true, into: 'decision' },
  // "Texte": the act's text, after the vote's column as before it (a "Décision" there says how the point ended).
  { cell: 'text', label: /^Texte(?:\s+de\s+la\s+d[ée]lib[ée]ration)?$/iu, wraps: true, into: 'decision' },
  // The counts a column each, their figures one a line ("20" / "9" / "0" / "0"), absent where there was no vote.
  { cell: 'for', label: /^Pour$/iu, opens: COUNT_OR_NONE, wraps: false, into: 'vote' },
  { cell: 'against', label: /^Contre$/iu, opens: COUNT_OR_NONE, wraps: false, into: 'vote' },
  { cell: 'abstentions', label: /^Abst(?:entions?|\.)?$/iu, opens: COUNT_OR_NONE, wraps: false, into: 'vote' },
  { cell: 'notVoting', label: /^NPPV$/iu, opens: COUNT_OR_NONE, wraps: false, into: 'vote' },
  // The amount voted ("412 350,00", "Sans incidence" / "financière"), after the outcome: read for no field.
  { cell: 'amount', label: /^Montants?(?:\s+vot[ée]s?|\s+accord[ée]s?|\s+allou[ée]s?)?$/iu, wraps: true, into: 'other' },
  // A vote's cell may hold a dash (no vote: the point withdrawn), who was named (a designation), or
  // how minutes were approved ("Sans observation").
  { cell: 'vote', label: /^(?:Votes?|R[ée]sultats?)(?:\s+du\s+vote)?$/iu, opens: new RegExp(`${VOTE_CELL.source}|${OUTCOME_CELL.source}|^(?:[-–—]$|d[ée]sign[ée]|[ée]lus?(?![\\p{L}])|sans\\s+(?:vote|observations?)|pas\\s+de\\s+vote)`, 'iu'), wraps: true, into: 'vote' },
];
const CELL_OF = new Map(CELLS.map((c) => [c.cell, c]));
/** An outcome's cell, or a dash where there is none (a point withdrawn). */
const OUTCOME_OR_NONE = new RegExp(`${OUTCOME_CELL.source}|^[-–—]$`, 'iu');

/** The vote's counts' labels side by side: "Pour Contre Abst. NPPV". */
const COUNTS_LABELS_OPENING = /^Pour\s+Contre\s+Abst(?:entions?|\.)?(?:\s+NPPV)?/iu;

/**
 * A header printed on one line, its labels side by side ("N° Objet Rapporteur Résumé de la
 * décision Pour Contre Abst. Décision Observations"), as an archive's software exports it: each
 * label, in any order, and the cell it names. Its cells are one a line under it, as under a header
 * one label a line; the counts a column each ("60" / "37" / "2"), or "UNANIMITE" for them all.
 */
const INLINE_LABELS: ReadonlyArray<readonly [RegExp, Cell]> = [
  [/^N°/u, 'number'],
  [/^Objet/iu, 'subject'],
  [/^Rapporteurs?/iu, 'rapporteur'],
  [/^(?:R[ée]sum[ée]\s+de\s+la\s+d[ée]cision|D[ée]cisions?)/iu, 'decision'],
  [COUNTS_LABELS_OPENING, 'vote'],
  [/^(?:Votes?|R[ée]sultats?)/iu, 'vote'],
  [/^(?:Commission|Mati[èe]re)/iu, 'other'],
  [/^Observations?/iu, 'note'],
];
/** The counts for, against, abstaining (maybe not voting) on one line under "Pour Contre Abst.": "17 0 0", "- - -" where none voted. */
const COUNTS_SIDE_BY_SIDE = /^(\d{1,3}|[-–—])[ \t]+(\d{1,3}|[-–—])[ \t]+(\d{1,3}|[-–—])(?:[ \t]+(\d{1,3}|[-–—]))?$/u;
/**
 * "N° Objet Rapporteur Décision Pour Contre Abst.": the decision's label right before the counts' names
 * how the point ended ("Adoptée à" / "l'unanimité"), the counts side by side under the labels, and the
 * text decided follows them, a cell no label names.
 */
const OUTCOME_BEFORE_COUNTS = /(?:^|[ \t])Rapporteurs?[ \t]+D[ée]cisions?[ \t]+Pour[ \t]+Contre[ \t]+Abst/iu;
/** The rest of an outcome's words wrapped under its first: "l'unanimité", "la majorité" (after "Adoptée à"). */
const OUTCOME_WRAPPED = /^(?:(?:[àa]\s+)?l['’]\s?unanimit[ée]|(?:[àa]\s+)?(?:la\s+)?majorit[ée](?:\s+(?:absolue|relative))?)(?:\s+des\s+(?:membres\s+)?(?:pr[ée]sents|votants|suffrages\s+exprim[ée]s))?\.?$/iu;
/** A rapporteur's cell in such a table: the name, family name in capitals first ("CARLIER Henri"). */
const NAME_CELL = /^(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame|\p{Lu}[\p{Lu}'’-]+(?:[ -]\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}[\p{Ll}-])/u;
/** A vote's cell in such a table: its first count, or a word for all of them ("UNANIMITE"), or none ("-"). */
const INLINE_VOTE_CELL = new RegExp(`${COUNT_ALONE.source}|${COUNTS_SIDE_BY_SIDE.source}|${VOTE_CELL.source}|^(?:[-–—]$|sans\\s+vote)`, 'iu');
/** A line cut mid-phrase: on a dash, a hyphen, a comma, or a word that cannot end one ("de la", "du", "et"). */
const CUT_MID_PHRASE = /(?:[-–—,]|(?<![\p{L}])(?:de|du|des|la|le|les|et|à|au|aux|en|sur|pour|par|d['’]|l['’]))$/iu;
/** A line closing its sentence. */
const CLOSES_SENTENCE = /[.!?]$/u;
/** Fewer rows than this are no such table. */
const MIN_ROWS = 2;
/** How far past a row the header may stand again, over the page's furniture. */
const FURNITURE_LINES = 6;
/** No cell of such a table wraps over more lines than this. */
const MAX_CELL_LINES = 12;

/** The items of such a table in `text`, or [] where there is none. */
export function readRegisterCells(text: string): Item[] {
  // Most documents have no "N°" alone on a line a few labels over "Objet": one search before the text is split.
  if (!/(?:^|\n)[ \t]*(?:N°|Num[ée]ro)[^\n]{0,16}\n(?:[ \t]*\p{L}[\p{L}° ]{0,20}\n){0,3}[ \t]*Objet[ \t]*\n|(?:^|\n)[ \t]*N°[ \t]+Objet[ \t]+Rapporteurs?[ \t]+[^\n]*\n/iu.test(text)) return [];
  const lines = trimmedLines(text);
  const items: Item[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) continue;
    const rows = rowsFrom(lines, i + header.lines, header);
    // Rows without a number stand among numbered ones, not for a table of their own.
    if (rows.filter((r) => r.number).length < MIN_ROWS) continue;
    items.push(...rows.map(itemOf));
    // A second table under its own header after the first ("DÉLIBÉRATIONS" then "VŒUX"): its rows are points too.
    const last = rows.at(-1)!.end;
    while (i + 1 < lines.length && lines[i + 1]!.start < last) i++;
  }
  if (items.length) return items;
  // Or its rows a line each, the subject's cell wrapped around the row's line.
  return readWrappedRows(text);
}

/** The cells of a header opening at line `i`, in order, or null: a number's first, a subject, a vote or a decision. */
interface Header {
  cells: Cell[];
  /** How many lines it takes. */
  lines: number;
  /** Printed on one line (INLINE_LABELS). */
  inline: boolean;
  /** Its labels stop at the rapporteur's, the row's decision keyed on the lines under it ("Décision :"): the subject ends a line over that. */
  keyed?: boolean;
  /** Its decision's label a summary's ("Résumé de la décision"). */
  summary?: boolean;
}

function headerAt(lines: readonly TrimmedLine[], i: number): Header | null {
  const inline = inlineHeader(lines[i]?.text ?? '');
  const cells: Cell[] = inline ?? [];
  let k = i;
  if (!inline) {
    for (; k < lines.length; k++) {
      const text = lines[k]!.text;
      const found = CELLS.find((c) => c.label.test(text) && !cells.includes(c.cell));
      // "N°" then "N° rapport": the first the row's rank, the second its number.
      if (!found && cells.length === 1 && cells[0] === 'number' && CELL_OF.get('number')!.label.test(text)) {
        cells.splice(0, 1, 'rank', 'number');
        continue;
      }
      // "Résumé de la décision" then "Décision": the second says how the point ended.
      if (!found && cells.includes('decision') && !cells.includes('outcome') && CELL_OF.get('decision')!.label.test(text)) {
        cells.push('outcome');
        continue;
      }
      // One label over two cells, a line each under it: "Commission / Rapporteur".
      const shared = found ? null : sharedLabel(text, cells);
      if (shared) {
        cells.push(...shared);
        continue;
      }
      if (!found) break;
      cells.push(found.cell);
      // A label's aside on the line under it ("Vote" / "(P / C / A)", "Montant voté" / "(en euros)").
      if (LABEL_ASIDE.test(lines[k + 1]?.text ?? '')) k++;
    }
  }
  // Counts closing the header with no vote's or decision's label: the text decided follows them, a cell no label names.
  const textAfterCounts = !cells.includes('vote') && !cells.includes('decision') && COUNT_CELLS.has(cells.at(-1)!);
  // "N° acte" / "Objet" / "Rapporteur" over each row, the decision and its vote keyed under the rapporteur's line.
  const keyed = !inline && !cells.includes('vote') && !cells.includes('decision') && cells.at(-1) === 'rapporteur' && lines.slice(k + 2, k + 3 + MAX_CELL_LINES).some((l) => KEYED_DECISION.test(l.text));
  if ((cells[0] !== 'number' && !(cells[0] === 'rank' && cells[1] === 'number')) || !cells.includes('subject') || !(cells.includes('vote') || cells.includes('decision') || textAfterCounts || keyed) || cells.length < 3) return null;
  // A decision's column after the vote's, with no vote's, or before the counts', says how the point ended, not the text decided.
  const vote = cells.indexOf('vote');
  const counted = (n: number) => COUNT_CELLS.has(cells[n + 1]!);
  const outcomeFirst = !!inline && cells.includes('rapporteur') && OUTCOME_BEFORE_COUNTS.test(lines[i]!.text);
  const named = cells.map((c, n): Cell => (c === 'decision' && (n > vote || counted(n) || outcomeFirst) ? 'outcome' : c));
  const summary = lines.slice(i, i + (inline ? 1 : k - i)).some((l) => SUMMARY_LABEL.test(l.text));
  return { cells: textAfterCounts ? [...named, 'decision'] : outcomeFirst ? [...named, 'text'] : named, lines: inline ? 1 : k - i, inline: !!inline, ...(keyed ? { keyed } : {}), ...(summary ? { summary } : {}) };
}

/** Two labels or more over one column, parted by slashes ("Commission / Rapporteur"): the cells they name, in order; null where a part names none, or one the header has. */
function sharedLabel(text: string, cells: readonly Cell[]): Cell[] | null {
  if (!text.includes('/')) return null;
  const named = text.split(/\s+\/\s+/u).map((part) => CELLS.find((c) => c.label.test(part))?.cell);
  return named.length >= 2 && named.every((c): c is Cell => !!c && !cells.includes(c)) && new Set(named).size === named.length ? named : null;
}

/** A decision's label that says its cell sums the point up. */
const SUMMARY_LABEL = /(?:^|\s)R[ée]sum[ée]\s+de\s+la\s+d[ée]cision(?:\s|$)/iu;

const COUNT_CELLS: ReadonlySet<Cell> = new Set<Cell>(['for', 'against', 'abstentions', 'notVoting']);
/** An act's number under "N° rapport", any letters and figures between its separators ("05-BS-001"). */
const ACT_NUMBER = /^[A-Z0-9]+(?:[-_./][A-Z0-9]+)+$/u;
/** An outcome's cell wrapped in capitals ("ADOPTE A" / "L'UNANIMITE", "RETIRE DE" / "L'ORDRE DU JOUR"). */
const OUTCOME_GOES_ON = /^[\p{Lu}'’ -]{2,40}$/u;

/** A label's aside between brackets on its own line. */
const LABEL_ASIDE = /^\([^()]{1,30}\)$/u;
/** A vote's counts in one cell, in the order its label's aside gives and custom keeps: "12 / 0 / 2" for, against, abstaining. */
const COUNTS_BY_SLASHES = /^(\d{1,3})\s*\/\s*(\d{1,3})\s*\/\s*(\d{1,3})$/u;
/** The line after an amount's first: its words cut ("Sans incidence" / "financière") or an aside ("(garantie 50%)"). */
const AMOUNT_GOES_ON = /^[\p{Ll}(]/u;

/** The cells a header printed on one line names (INLINE_LABELS), or null where the line is not all labels. */
function inlineHeader(line: string): Cell[] | null {
  if (!line.startsWith('N°') || line.length > 160) return null;
  const cells: Cell[] = [];
  let rest = line;
  while (rest) {
    const hit = INLINE_LABELS.map(([re, cell]) => [re.exec(rest), cell] as const).find(([m]) => m);
    if (!hit) return null;
    cells.push(hit[1]);
    rest = rest.slice(hit[0]![0].length).trimStart();
  }
  return cells.length >= 4 ? cells : null;
}

/** The shape of the line opening a cell, where it has one. */
function opener(cell: Cell | undefined, inline = false): RegExp | undefined {
  if (inline && cell === 'rapporteur') return NAME_CELL;
  if (inline && cell === 'vote') return INLINE_VOTE_CELL;
  return cell === 'outcome' ? OUTCOME_OR_NONE : cell && cell !== 'note' ? CELL_OF.get(cell)?.opens : undefined;
}

function rowsFrom(lines: readonly TrimmedLine[], from: number, header: Header): Row[] {
  const rows: Row[] = [];
  let k = from;
  /** The lines passed over just before the row read next: a centred subject's first lines. */
  let head: TrimmedLine[] = [];
  while (k < lines.length) {
    // A row with no number (the minutes' approval, a report withdrawn): its subject opens it.
    // Not where a figure opens the line: the row's number glued to its subject ("1985-007 Compte administratif …").
    const numberless = header.cells[0] === 'number' && !header.inline && lines[k]?.text && !/^\S*\d/.test(lines[k]!.text) && !sameHeader(lines, k, header);
    const row = rowAt(lines, k, header) ?? rowOnOneLine(lines, k, header) ?? (numberless ? closedRow(lines, rowAt(lines, k, header, true), header) : null);
    if (row) {
      if ('centred' in row && row.centred) withCentredSubject(lines, row, head);
      head = [];
      rows.push(row.row);
      k = withKeyedLines(lines, row, header);
      continue;
    }
    // The page's foot and head, then the header again: the table goes on. Not past a row's number,
    // which is no furniture: that row comes first.
    const own = rows.at(-1)?.number || undefined;
    const window = lines.slice(k, k + FURNITURE_LINES + header.lines);
    const rowFirst = window.findIndex((l) => isRowNumber(l.text, own));
    const again = window.findIndex((_, d) => rows.length > 0 && (rowFirst < 0 || d < rowFirst) && sameHeader(lines, k + d, header));
    if (again >= 0) {
      // Printed again on one line ("N° Objet Rapporteur Résultat") where it first stood one label a line, or the other way.
      k += again + headerAt(lines, k + again)!.lines;
      continue;
    }
    // A row whose cells the export mixed ("83-10-03    M. BOUDARIAS" on one line): passed over to the next row's number.
    let skip = 1;
    while (rows.length && skip <= UNREAD_ROW_LINES && k + skip < lines.length && lines[k + skip]!.text && !isRowNumber(lines[k + skip]!.text, own)) skip++;
    if (!rows.length || skip > UNREAD_ROW_LINES || k + skip >= lines.length || !lines[k + skip]!.text) break;
    head = lines.slice(k, k + skip);
    k += skip;
  }
  return rows;
}

/** "Décision : Le Conseil régional approuve …" under a row: the text decided, which may wrap; or the label alone, the text on the lines under it. */
const KEYED_DECISION = /^D[ée]cision\s*:\s*(\S.*)?$/iu;
/** The other lines of a point's detail under its row, each with its label ("Commission : …", "Pour : BEC (36) ; …", "Ne prend pas part au vote : …"). */
const KEYED_LINE = /^(?:Commission|Rapporteur|Service|Direction|Pour|Contre|Abst(?:entions?|\.)?|Ne\s+prend(?:\s+pas)?\s+part\s+au\s+vote|NPPV|Vote|Observations?)\s*:\s/iu;
/** The vote's counts as a grid under a row: "Pour Contre Abst. NPPV" over "53 10 17 1" ("- - - -" where none voted). */
// The result's label may follow, and a registration's ("Résultat Enreg. S/Préf."): the figures' line then goes on with the outcome ("17 0 0 0 Adopté (unanimité) 2B/94/01187").
const COUNTS_LABELS = new RegExp(`${COUNTS_LABELS_OPENING.source}(?:\\s+R[ée]sultat(?:\\s+\\S.{0,30})?)?$`, 'iu');
const COUNTS_FIGURES = /^(?:\d{1,3}|[-–—])(?:\s+(?:\d{1,3}|[-–—])){2,3}(?:\s+(?=\p{L})(.*))?$/u;
const COUNT_KEYS: readonly CountCell[] = ['for', 'against', 'abstentions', 'notVoting'];
/** An outcome after the figures, with its aside: "Adopté (unanimité)", "Adopté (majorité)", "Rejeté". */
const OUTCOME_WORDS = /^(?:adopt|approuv|rejet|refus|retir|ajourn)[ée]e?s?(?:\s+\([^()]{1,30}\))?/iu;

/**
 * The lines a row of a table one cell a line may carry under its cells, each with its label, as a
 * software prints a point's detail ("Commission : …" / "Décision : Le Conseil régional approuve …"
 * / "Pour Contre Abst. NPPV" / "53 10 17 1" / "Pour : BEC (36) ; …"): the text decided and the
 * counts are the row's, the rest is passed over with it. The line after them all.
 */
function withKeyedLines(lines: readonly TrimmedLine[], read: { row: Row; next: number }, header: Header): number {
  const { row } = read;
  let k = read.next;
  const at = (n: number) => lines[n]?.text ?? '';
  while (k < lines.length && at(k) && !isRowNumber(at(k), row.number || undefined) && !sameHeader(lines, k, header)) {
    const text = at(k);
    const decided = KEYED_DECISION.exec(text);
    if (decided) {
      const said = decided[1] ? [decided[1]] : [];
      while (at(k + 1) && !KEYED_LINE.test(at(k + 1)) && !COUNTS_LABELS.test(at(k + 1)) && !isRowNumber(at(k + 1), row.number || undefined) && !sameHeader(lines, k + 1, header)) said.push(at(++k));
      row.cells.decision.push(said.join(' '));
    } else if (COUNTS_LABELS.test(text) && COUNTS_FIGURES.test(at(k + 1))) {
      const labels = COUNTS_LABELS_OPENING.exec(text)![0].split(/\s+/u);
      const line = COUNTS_FIGURES.exec(at(++k))!;
      const figures = (line[1] ? line[0].slice(0, -line[1].length) : line[0]).trim().split(/\s+/u);
      if (figures.every((f) => /^\d/.test(f))) row.cells.vote.push(countsCell(Object.fromEntries(figures.map((f, n) => [COUNT_KEYS[n], f]).slice(0, labels.length))));
      // The outcome after them, the registration's cell passed over.
      const outcome = line[1] ? OUTCOME_WORDS.exec(line[1]) : null;
      if (outcome) row.cells.vote.push(outcome[0]);
    } else if (!KEYED_LINE.test(text)) break;
    row.end = lines[k]!.end;
    k++;
  }
  return k;
}

/** A line going on with the cell wrapped over it: in small letters ("non bâti et taux relais …", "évaluation"). */
const GOES_ON_BELOW = /^\p{Ll}/u;

/**
 * A row whose subject is centred on it (rowAt's `centred`): its lines over the row, passed over
 * before its number (`head`), and under its last cell, in small letters; its span theirs too.
 */
function withCentredSubject(lines: readonly TrimmedLine[], read: { row: Row; next: number }, head: readonly TrimmedLine[]): void {
  let n = read.next;
  while (n < lines.length && GOES_ON_BELOW.test(lines[n]!.text)) n++;
  const below = lines.slice(read.next, n);
  read.row.cells.subject.push(...head.map((l) => l.text), ...below.map((l) => l.text));
  if (head.length) read.row.start = head[0]!.start;
  if (below.length) read.row.end = below.at(-1)!.end;
  read.next = n;
}

/** A row without a number, kept where it ends just before the next row's number, the header again, or the table's end. */
function closedRow(lines: readonly TrimmedLine[], row: { row: Row; next: number } | null, header: Header): { row: Row; next: number } | null {
  const after = lines[row?.next ?? -1]?.text;
  return row && (!after || ROW_NUMBER.test(after) || sameHeader(lines, row.next, header)) ? row : null;
}

function sameHeader(lines: readonly TrimmedLine[], at: number, header: Header): boolean {
  const found = headerAt(lines, at);
  return !!found && found.cells.length === header.cells.length && found.cells.every((c, i) => c === header.cells[i]);
}

/**
 * "02-09-08 Agriculture Aide à l'équipement des C.U.M.A. M. DAVIN Unanimité Adopté 38 200,00": a
 * row whose cells were short enough for the export to keep them on one line, in a table whose
 * rows are one cell a line. Read where the header has a rapporteur's column, whose civility (or
 * a family name and its initials, "PAYET J.-L.") ends the subject; the vote's words, or its counts
 * a column each ("27 3 0 0"), and the outcome's after it ("Adoptée", "Unanimité"). A service's cell
 * before the subject is not told apart from it.
 */
const ROW_ON_ONE_LINE = new RegExp(
  String.raw`^((?:\p{Lu}{1,5}_?)?\d{1,4}(?:[-/_.]\d{1,4}){0,2})[ 	]+(\S.*?)[ 	]+(?:(?:M\.|MM\.|Mmes?|Mlle)[ 	]+\p{Lu}[\p{L}'’-]+(?:[ 	]+\p{Lu}[\p{Lu}'’-]+)*|\p{Lu}[\p{Lu}'’-]{2,}(?:[ 	]\p{Lu}[\p{Lu}'’-]+)*[ 	]+\p{Lu}(?:\.?-\p{Lu}){0,2}\.)[ 	]+(.*?)[ 	]*(?<![\p{L}])((?:[Aa]dopt|ADOPT|[Aa]pprouv|APPROUV|[Rr]ejet|REJET|[Rr]efus|REFUS|[Rr]etir|RETIR|[Aa]journ|AJOURN)[éÉeE][eE]?[sS]?|[Uu]nanimit[ée]|UNANIMIT[ÉE])(?![\p{L}])`,
  'du',
);
/** A row's counts on its line, a space between ("27 3 0 0"), one for each count's column of the header. */
const COUNTS_ON_THE_LINE = /^\d{1,3}(?:[ \t]+\d{1,3}){1,3}$/u;
function rowOnOneLine(lines: readonly TrimmedLine[], k: number, header: Header): { row: Row; next: number } | null {
  if (header.inline || !header.cells.includes('rapporteur')) return null;
  const m = ROW_ON_ONE_LINE.exec(lines[k]?.text ?? '');
  if (!m) return null;
  const slashed = COUNTS_BY_SLASHES.exec(m[3]!);
  const countCells = header.cells.filter((c): c is CountCell => COUNT_CELLS.has(c));
  const figures = COUNTS_ON_THE_LINE.test(m[3]!) ? m[3]!.split(/[ \t]+/) : [];
  const vote = slashed
    ? countsCell({ for: slashed[1], against: slashed[2], abstentions: slashed[3] })
    : figures.length && figures.length === countCells.length
      ? countsCell(Object.fromEntries(figures.map((f, d) => [countCells[d]!, f])))
      : m[3]!;
  // "Unanimité" closing the row is how the vote went, not a text decided.
  const unanimous = /^unanimit/iu.test(m[4]!);
  const cells: Record<Column, string[]> = { number: [m[1]!], date: [], subject: [m[2]!], decision: unanimous ? [] : [m[4]!], vote: [vote, ...(unanimous ? [m[4]!] : [])].filter(Boolean), other: [] };
  return { row: { number: m[1]!, cells, start: lines[k]!.start, end: lines[k]!.end }, next: k + 1 };
}

/** The row opening at line `k`, and the line after it; null where no row opens there. */
function rowAt(lines: readonly TrimmedLine[], k: number, header: Header, numberless = false): { row: Row; next: number; centred?: boolean } | null {
  const cells: Record<Column, string[]> = { number: [], date: [], subject: [], decision: [], vote: [], other: [] };
  let centred = false;
  const cellsOf = numberless ? header.cells.slice(1) : header.cells;
  // A wrapped cell stops at the next row's number ("83-10-08"), whatever it waited for.
  const own = numberless ? undefined : lines[k]?.text;
  let at = k;
  for (let j = 0; j < cellsOf.length; j++) {
    const cell = cellsOf[j]!;
    const line = lines[at];
    // The counts a column each: all of them one a line, all on one line, or none (a point withdrawn, noted).
    if (COUNT_CELLS.has(cell)) {
      let n = j;
      while (n < cellsOf.length && COUNT_CELLS.has(cellsOf[n]!)) n++;
      const figures = lines.slice(at, at + n - j);
      // Or all on one line, a space between ("11 0 0"), as some exports print the row's counts.
      const row = lines[at]?.text.split(/[ \t]+/) ?? [];
      if (figures.length === n - j && figures.every((l) => COUNT_ALONE.test(l.text))) {
        cells.vote.push(countsCell(Object.fromEntries(figures.map((l, d) => [cellsOf[j + d] as CountCell, l.text]))));
        at += n - j;
      } else if (n - j >= 2 && row.length === n - j && row.every((f) => COUNT_ALONE.test(f))) {
        cells.vote.push(countsCell(Object.fromEntries(row.map((f, d) => [cellsOf[j + d] as CountCell, f]))));
        at += 1;
      } else if (figures.length === n - j && figures.every((l) => NO_COUNT.test(l.text))) {
        // A dash in each count's column: no vote (a debate noted, a point withdrawn).
        at += n - j;
      }
      j = n - 1;
      continue;
    }
    // A note closing the row may be empty: the next row's number, or the table's end, follows.
    // So may an amount (a point withdrawn has none); it goes on only where its words do.
    if (cell === 'amount') {
      let end = at;
      if (end < lines.length && lines[end]!.text && !ROW_NUMBER.test(lines[end]!.text) && !sameHeader(lines, end, header)) {
        end++;
        while (end < lines.length && end - at < 3 && (AMOUNT_GOES_ON.test(lines[end]!.text) || CUT_MID_PHRASE.test(lines[end - 1]!.text))) end++;
      }
      cells.other.push(...lines.slice(at, end).map((l) => l.text));
      at = end;
      continue;
    }
    if (cell === 'note') {
      let end = at;
      while (end < lines.length && end - at < MAX_CELL_LINES && lines[end]!.text && !ROW_NUMBER.test(lines[end]!.text) && !inlineHeader(lines[end]!.text)) end++;
      at = end;
      continue;
    }
    if (!line || !line.text) return null;
    // A subject centred on its row, its lines over and under the row's ("Vote des taux 2010 : …" /
    // "2010-022" / "M. MOREAU" / … / "non bâti et …"): none on the row's own line (rowsFrom gathers them).
    if (cell === 'subject' && !numberless && j + 1 < cellsOf.length && opener(cellsOf[j + 1], header.inline)?.test(line.text)) {
      centred = true;
      continue;
    }
    // A row without a number ends before one: a note under a row ("Le Président ayant quitté la salle …") opens none.
    if (numberless && isRowNumber(line.text, undefined)) return null;
    // A rank normalization took for a page's number ("1" alone under the header): the row opens on its act's number.
    if (cell === 'rank' && !COUNT_ALONE.test(line.text) && ACT_NUMBER.test(line.text)) continue;
    // Under a keyed header the rapporteur's cell is the line over the decision's label, whatever its shape ("Le Maire").
    const opens = cell === 'number' && cellsOf[0] === 'rank' ? ACT_NUMBER : header.keyed && cell === 'rapporteur' ? undefined : opener(cell, header.inline);
    if (opens && !opens.test(line.text)) return null;
    const into = cell === 'outcome' ? 'decision' : CELL_OF.get(cell)!.into;
    let end = at + 1;
    const next = opener(cellsOf[j + 1], header.inline);
    const wraps = cell !== 'outcome' && CELL_OF.get(cell)!.wraps;
    if (cell === 'vote' && header.inline && COUNT_ALONE.test(line.text)) {
      // The counts a column each: "60" / "37" / "2", for, against, abstaining.
      while (end < lines.length && end - at < 4 && COUNT_ALONE.test(lines[end]!.text)) end++;
      const [pour, contre, abst] = lines.slice(at, end).map((l) => l.text);
      cells.vote.push(countsCell({ for: pour, against: contre, abstentions: abst }));
      at = end;
      continue;
    }
    const sideBySide = cell === 'vote' && header.inline ? COUNTS_SIDE_BY_SIDE.exec(line.text) : null;
    if (sideBySide) {
      // "17 0 0" under "Pour Contre Abst.": the counts; "- - -", none voted.
      if (sideBySide.slice(1, 4).every((f) => COUNT_ALONE.test(f!))) cells.vote.push(countsCell({ for: sideBySide[1], against: sideBySide[2], abstentions: sideBySide[3], notVoting: sideBySide[4] && COUNT_ALONE.test(sideBySide[4]) ? sideBySide[4] : undefined }));
      at += 1;
      continue;
    }
    if (cell === 'outcome' && COUNT_CELLS.has(cellsOf[j + 1]!)) {
      // Before the counts: wrapped in capitals up to the first figure (a count, or the next row's rank).
      while (end < lines.length && end - at < 3 && OUTCOME_GOES_ON.test(lines[end]!.text)) end++;
    } else if (cell === 'outcome' && header.inline) {
      // "Adoptée à" / "l'unanimité": its words wrapped, before the counts.
      while (end < lines.length && end - at < 3 && OUTCOME_WRAPPED.test(lines[end]!.text)) end++;
    } else if (cell === 'vote' && j === cellsOf.length - 1) {
      // The row's last cell: its counts one a line, and no further.
      while (end < lines.length && (VOTE_LINE.test(lines[end]!.text) || VOTE_WRAPPED.test(lines[end]!.text))) end++;
    } else if (header.keyed && cell === 'subject' && cellsOf[j + 1] === 'rapporteur') {
      let d = at + 2;
      while (d < lines.length && d - at <= MAX_CELL_LINES && lines[d]!.text && !KEYED_DECISION.test(lines[d]!.text) && !isRowNumber(lines[d]!.text, own)) d++;
      if (d >= lines.length || !KEYED_DECISION.test(lines[d]!.text)) return null;
      end = d - 1;
    } else if (cell === 'vote' && NO_COUNT.test(line.text)) {
      // A dash alone: no vote, a cell that does not wrap (the dash is no phrase cut).
    } else if (cell === 'text' && !next) {
      // The row's text closing it, as long as its sentences run: to a line ending on a full stop, not past the next row's number.
      while (end < lines.length && end - at < MAX_CELL_LINES && lines[end]!.text && !isRowNumber(lines[end]!.text, own) && !CLOSES_SENTENCE.test(lines[end - 1]!.text)) end++;
    } else if (wraps && next) {
      while (end < lines.length && end - at < MAX_CELL_LINES && lines[end]!.text && !next.test(lines[end]!.text) && !isRowNumber(lines[end]!.text, own)) end++;
      if (end >= lines.length || !lines[end]!.text || !next.test(lines[end]!.text)) return null;
    } else if (wraps) {
      const known = beforeShapelessCell(lines, at, cellsOf, j, header.inline, own);
      if (known > at) end = known;
      else {
        // The next cell's first line has no shape of its own (the text decided): the cell goes on where its line is cut mid-phrase.
        while (end < lines.length && end - at < MAX_CELL_LINES && lines[end]!.text && !isRowNumber(lines[end]!.text, own) && (CUT_MID_PHRASE.test(lines[end - 1]!.text) || GOES_ON_BELOW.test(lines[end]!.text))) end++;
      }
    }
    const slashed = cell === 'vote' ? COUNTS_BY_SLASHES.exec(line.text) : null;
    cells[into].push(...lines.slice(at, end).map((l) => (l === line && slashed ? countsCell({ for: slashed[1], against: slashed[2], abstentions: slashed[3] }) : l.text)));
    at = end;
  }
  const number = cells.number[0] ?? '';
  return {
    row: { number: /^[-–—]$/u.test(number) ? '' : number, cells, start: lines[k]!.start, end: lines[at - 1]!.end, ...(header.summary ? { summary: true } : {}) },
    next: at,
    ...(centred ? { centred } : {}),
  };
}

/**
 * Where a wrapped cell ends whose next cell, a name, has no shape of its own, but the cell after that has
 * ("Objet" / "Commission" / "Rapporteur": "Fonds européens 2014-2020 - Programme opérationnel" /
 * "FEDER-FSE Bretagne - Modalités de gestion et" / "délégation au Président" / "Europe et
 * international" / "Mme Rozenn LE PAPE"): the shapeless cell is the last line before the shaped
 * one, and the lines over it in small letters it wrapped onto ("Finances, budget et" /
 * "évaluation"); the cell at `at` is the rest. `at` where that cannot be told.
 */
function beforeShapelessCell(lines: readonly TrimmedLine[], at: number, cellsOf: readonly Cell[], j: number, inline: boolean, own: string | undefined): number {
  const next = cellsOf[j + 1];
  const shaped = opener(cellsOf[j + 2], inline);
  // Only a short cell, a commission's or a service's name: a decision's text wraps over many lines.
  if ((next !== 'other' && next !== 'service') || opener(next, inline) || !shaped) return at;
  let r = at + 1;
  // A dash alone is a shaped cell left empty: it may be the shapeless one's too.
  while (r < lines.length && r - at <= MAX_CELL_LINES && lines[r]!.text && !isRowNumber(lines[r]!.text, own) && !(shaped.test(lines[r]!.text) && !/^[-–—]$/u.test(lines[r]!.text))) r++;
  if (r >= lines.length || r - at > MAX_CELL_LINES || r - at < 2 || !lines[r]!.text || !shaped.test(lines[r]!.text)) return at;
  let c = r - 1;
  while (c > at + 1 && GOES_ON_BELOW.test(lines[c]!.text)) c--;
  return c;
}

/** A line opening a row's vote or outcome cell. */
const DECISION_CELL = new RegExp(`${CELL_OF.get('vote')!.opens!.source}|${OUTCOME_OR_NONE.source}`, 'iu');

/**
 * Where the decision of a row read by readRegisterCells starts in text[start, end) when the row
 * decided nothing in words (a relevé's "Unanimité" / "Adopté"): its vote's or outcome's cell, the
 * first line after the row's first to open one, or where the vote follows the rapporteur in a row
 * on one line. -1 where there is none.
 */
export function decisionCellAt(text: string, start: number, end: number): number {
  const rows = trimmedLines(text, start, end);
  const one = rows.length === 1 ? ROW_ON_ONE_LINE.exec(rows[0]!.text) : null;
  if (one) return rows[0]!.start + (one.indices![3]![1] > one.indices![3]![0] ? one.indices![3]![0] : one.indices![4]![0]);
  const below = rows.find((l, n) => n > 0 && DECISION_CELL.test(l.text))?.start;
  if (below !== undefined) return below;
  // A row with no rapporteur's cell, its counts and its result closing its line ("2020-031 Vote des taux … 18 0 0 Adoptée",
  // or "2020-033 18 0 0 Adoptée" between its subject's lines): the decision from its counts.
  for (const l of rows) {
    const closing = COUNTS_THEN_RESULT.exec(l.text);
    if (closing) return l.start + closing.index + closing[0].length - closing[0].trimStart().length;
  }
  return -1;
}

/**
 * A row's counts (for, against, abstentions) and its result closing its line, in an outcome cell's words (OUTCOME_CELL).
 * Three: a subject may close on a figure ("… décision modificative n° 1 14 0 0 Adoptée").
 */
const COUNTS_THEN_RESULT = new RegExp(String.raw`(?:^|[ \t])\d{1,3}(?:[ \t]+\d{1,3}){2}[ \t]+${OUTCOME_CELL.source.slice(1)}[ \t]*$`, 'iu');

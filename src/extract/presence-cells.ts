/**
 * An attendance table that text extraction gave one cell a line: its column labels one a line
 * ("Conseiller municipal / Présence / Pouvoir donné à", "Délégué / Qualité / collectivité /
 * Présence"), then each member's cells one a line, the empty ones gone:
 *
 *   KELLER Anne, Maire        M. Didier AUBERTIN
 *   P                         Président – Montréjac
 *   ABDELLI Vincent           Présent
 *   E                         Mme Sylvie DOUHET
 *   Mme M. DELAUNAY           Vialle
 *                             Excusée – pouvoir à M. CHANUT
 *
 * A row opens on its member's name; its presence is a code the legend gives ("P = présent(e) –
 * E = excusé(e) – A = absent(e)") or words ("Présente", "Excusée – pouvoir à M. X", "Absent").
 */
import type { Person, Span } from '../schema/minutes.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { legendCodes } from './presence-legend.ts';
import { SUBSTITUTED_BY, TO_HOLDER } from '../text/cues.ts';
import { trimmedLines, type TrimmedLine } from '../text/lines.ts';
import { FAMILY_THEN_GIVEN, TITLE_CASE_WORD } from '../text/given-names.ts';

type Column = 'name' | 'given' | 'presence' | 'proxy' | 'note';
type Status = 'present' | 'excused' | 'absent';

/** The presence column's label: "Présence" ("PRES."), "Etat", "Émargement", its codes maybe after it ("Présence (P/E/A/D)"), or its codes alone ("P / A / E / R"). */
const PRESENCE_LABEL = String.raw`(?:pr[ée]sences?|pr[ée]s\.|statut|situation|sit\.|[ée]tat|[ée]margement)(?:[ \t]*\((?:[A-Z]{1,3}[ \t]*\/[ \t]*){1,5}[A-Z]{1,3}\))?|(?:[A-Z]{1,4}\.?[ \t]*\/[ \t]*){1,5}[A-Z]{1,4}\.?`;

/** Column labels alone on their line, and the column each names. */
const LABELS: ReadonlyArray<readonly [RegExp, Column]> = [
  [/^(?:noms?(?:\s+(?:et\s+)?pr[ée]noms?|\s*[-–—]\s*pr[ée]noms?)?|pr[ée]noms?\s+(?:et\s+)?noms?|d[ée]l[ée]gu[ée](?:\(e\))?s?(?:\s+titulaires?)?|membres?(?:\s+du\s+(?:bureau|comit[ée]|conseil))?|conseill[eè]re?s?(?:\((?:e|[eè]re)\))?(?:\s+(?:municipa(?:l|ux)|communautaires?|r[ée]giona(?:l|ux)|d[ée]partementa(?:l|ux)|g[ée]n[ée]ra(?:l|ux)))?|[ée]lu(?:\(e\))?s?|administrateurs?)$/iu, 'name'],
  // The given name in a column of its own, after the family name's ("Nom / Prénom / Fonction / Présence").
  [/^pr[ée]noms?$/iu, 'given'],
  [new RegExp(`^(?:${PRESENCE_LABEL})$`, 'iu'), 'presence'],
  // "Pouvoir donné à / Suppléé par": the holder of a proxy, or the substitute who sat; "Pouvoir à / Observations", the holder or a note.
  // "Mandataire / Suppléé par", "Délégation de vote à" too.
  [/^(?:(?:pouvoirs?|procurations?|mandats?|mandataires?|d[ée]l[ée]gations?\s+de\s+vote)(?:\s+(?:donn[ée]e?s?\s+)?[àa])?(?:\s*\/\s*(?:suppl[ée]ances?|suppl[ée]{1,2}e?\s+par|remplac[ée]e?\s+par|observations?))?|repr[ée]sent[ée]e?s?\s+par)$/iu, 'proxy'],
  // "Suppléant ayant siégé": the substitute who sat, where the presence's code says the member was replaced.
  [/^(?:d[ée]l[ée]gu[ée]e?s?\s+)?(?:suppl[ée]ante?s?|rempla[çc]ante?s?)(?:\s+(?:ayant\s+si[ée]g[ée]|pr[ée]sente?s?))?$/iu, 'proxy'],
  [/^(?:qualit[ée]s?|qual\.|fonctions?|communes?|cantons?|coll[èe]ges?|collectivit[ée]s?|groupes?|observations?)(?:\s*\/\s*[\p{L}]+)*$/iu, 'note'],
];

/** The cheap test first: a table's presence column is labelled alone on its line. */
const PRESENCE_LABEL_LINE = new RegExp(String.raw`\n[ \t]*(?:${PRESENCE_LABEL})[ \t]*\n`, 'iu');

const DEFAULT_CODES: ReadonlyMap<string, Code> = new Map([['P', 'present'], ['E', 'excused'], ['A', 'absent'], ['AE', 'excused']]);

/** A presence said in words ("Absent excusé" excused), and who holds the proxy after it. */
const SAID = new RegExp(String.raw`^(?:(pr[ée]sente?s?)(?![\p{L}])|((?:absente?s?[ \t]+)?excus[ée]e?s?)(?![\p{L}])|(absente?s?)(?![\p{L}])|(?=pouvoir|procuration|repr[ée]sent|pouv\.|proc\.))(?:[^\n]*?${TO_HOLDER}\s+(.+))?`, 'iu');

/** A code, then a name in capitals: the holder of the proxy the code says was given. */
const CODE_THEN_HOLDER = /^(\p{Lu}{1,4})\.?[ \t]+(?=\p{Lu}{2})/u;

/** A presence cell ending on "pouvoir à": its holder is on the next line. */
const HOLDER_NEXT = new RegExp(`${TO_HOLDER}$`, 'iu');

const REPRESENTED_ALONE = /^(?:repr[ée]sent[ée]e?s?|(?:a\s+donn[ée]\s+)?(?:pouvoir|procuration))$/iu;

/** Lines a table may pass over between two rows: a page break, a running header, the labels again. */
const MAX_GAP_LINES = 3;
/** Fewer rows than this are no table. */
const MIN_ROWS = 3;

type Line = TrimmedLine;

/** The table in text[from, to): its members with their statuses, and its span; null when there is none. */
export function presenceCells(text: string, from: number, to: number): { entries: ListEntry[]; span: Span } | null {
  const zone = text.slice(from, to);
  const marked = STATUS_COLUMNS_LINES.test(zone);
  const oneLine = !marked && LABELS_ON_ONE_LINE.test(zone);
  if (!marked && !oneLine && !PRESENCE_LABEL_LINE.test(zone)) return null;
  const lines = trimmedLines(text, from, to);
  const codes = codesOf(text, from, to);
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i) ?? (oneLine ? labelsOverCells(lines, i, codes) : null);
    const table = header && rowsAfter(text, lines, i, header, header.marks ? MARK_CODES : codes);
    if (table) return table;
  }
  return marked && !PRESENCE_LABEL_LINE.test(zone) ? null : columnsRead(text, lines, codes);
}

/**
 * A column a status, its cells marked "X" ("Présent / Absent excusé / Absent non excusé"), as one
 * a line: text extraction dropped the empty cells, so which column a mark stood in is lost. A
 * mark is then read as the first and commonest, presence, unless a proxy's holder follows it.
 */
const STATUS_COLUMN = /^(?:pr[ée]sente?s?|absente?s?(?:\s+(?:non\s+)?excus[ée]e?s?)?|excus[ée]e?s?)$/iu;
const STATUS_COLUMNS_LINES = /\n[ \t]*pr[ée]sente?s?[ \t]*\n[ \t]*(?:absente?s?|excus[ée]e?s?)[^\n]{0,20}\n/iu;
const MARK_CODES: ReadonlyMap<string, Code> = new Map([['X', 'marked'], ['x', 'marked'], ['✓', 'marked'], ['✔', 'marked']]);

/**
 * The table read column by column: the names' label and the names one a line, then, past other
 * columns (an office's, whose cells may wrap), the presences' label and as many presences. The
 * name and the presence of one rank are one row's.
 */
function columnsRead(text: string, lines: readonly Line[], codes: ReadonlyMap<string, Code>): { entries: ListEntry[]; span: Span } | null {
  for (let i = 0; i < lines.length; i++) {
    if (labelOf(lines[i]!.text) !== 'name') continue;
    // The labels may all come first, one a line ("Conseiller / Présence / Pouvoir à"), each column after.
    const stacked: Column[] = [];
    let k = i + 1;
    while (k < lines.length && stacked.length < MAX_COLUMNS && labelOf(lines[k]!.text)) stacked.push(labelOf(lines[k++]!.text)!);
    const people: Person[] = [];
    for (; k < lines.length; k++) {
      const person = lines[k]!.text && !labelOf(lines[k]!.text) && !presenceOf(lines[k]!, codes) ? personIn(text, lines[k]!) : null;
      if (!person) break;
      people.push(person);
    }
    if (people.length < MIN_ROWS) continue;
    // The other columns hold a cell a row, two where one wrapped.
    const reach = Math.min(lines.length, k + 2 * people.length + 2);
    // Under labels stacked first, the presences right after the names ("Présence" first of the others).
    let label = stacked[0] === 'presence' ? k - 1 : k;
    while (label < reach && label >= k && labelOf(lines[label]!.text) !== 'presence') label++;
    if (label >= reach) continue;
    const cells = lines.slice(label + 1, label + 1 + people.length);
    const presences = cells.map((cell) => presenceOf(cell, codes));
    // As many presences as names, and no more: a count that differs pairs no row rightly.
    if (cells.length < people.length || presences.some((p) => !p)) continue;
    const after = lines[label + 1 + people.length];
    if (after && presenceOf(after, codes)) continue;
    // A proxies' column stacked after: its cells, one a represented member's, in their order.
    let holderAt = label + 1 + people.length;
    let last = cells[cells.length - 1]!;
    const entries = people.map((person, n) => {
      const presence = presences[n]!;
      const cell = cells[n]!;
      let proxy = presence.holderAt === null ? null : (parsePersonList(text, presence.holderAt, cell.start + cell.text.length)[0]?.person ?? null);
      if (!proxy && stacked.includes('proxy') && REPRESENTED_ALONE.test(cell.text) && holderAt < lines.length) {
        proxy = personIn(text, lines[holderAt]!);
        if (proxy) last = lines[holderAt++]!;
      }
      return { person, status: listStatus(presence, proxy), proxy };
    });
    return { entries, span: { start: lines[i]!.start, end: last.start + last.text.length } };
  }
  return null;
}

/** The column a table's label alone on its line names ("Nom", "Prénom", "Commune", "Pouvoir donné à"), or null. */
export function labelOf(line: string): Column | null {
  return line.length <= 40 ? (LABELS.find(([re]) => re.test(line))?.[1] ?? null) : null;
}

/** A software export labels as many columns: commune, name, given name, office, presence, proxy. */
const MAX_COLUMNS = 6;

/**
 * The columns labelled from line i on, at most MAX_COLUMNS: a name's and a presence's among them, the
 * name's maybe after a commune's ("Commune / Délégué(e) / Présence").
 */
function headerAt(lines: readonly Line[], i: number): Header | null {
  const columns: Column[] = [];
  let marks = false;
  let k = i;
  for (; k < lines.length && columns.length < MAX_COLUMNS; k++) {
    const label = labelOf(lines[k]!.text);
    // A column a status, each marked (STATUS_COLUMN): together, the row's presence.
    let run = 0;
    while (!label && columns.includes('name') && !columns.includes('presence') && STATUS_COLUMN.test(lines[k + run]?.text ?? '')) run++;
    if (run >= 2) {
      columns.push('presence');
      marks = true;
      k += run - 1;
      continue;
    }
    // "Membre / Délégué titulaire": the first names the member body (a commune), the second its delegate.
    if (label === 'name' && columns.length === 1 && columns[0] === 'name') {
      columns.splice(0, 1, 'note', 'name');
      continue;
    }
    // "Suppléant ayant siégé / Présence / Pouvoir donné à": who sat before the presence, the holder after it.
    const substituteBefore = label === 'proxy' && columns.at(-1) === 'presence' && columns.includes('proxy') && columns.indexOf('proxy') < columns.indexOf('presence');
    // Cells of notes may be several ("Fonction / Commune"); any other column is labelled once.
    if (!label || (label !== 'note' && columns.includes(label) && !substituteBefore)) break;
    columns.push(label);
  }
  return columns.includes('name') && columns.includes('presence') && columns.indexOf('name') < columns.indexOf('presence') ? { columns, lines: k - i, marks } : null;
}

/** The cheap test first: the labels printed on one line, the name's first and the presence's among them ("Nom Prénom Qualité Présence Mandataire"). */
const LABELS_ON_ONE_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*noms?[ \t][^\n]*?(?<![\p{L}])(?:pr[ée]sences?|statut|situation)(?![\p{L}])[^\n]*\n`, 'iu');

/**
 * The labels printed on one line over a table whose cells text extraction gave one a line ("Nom Prénom Qualité
 * Présence Mandataire" / "DEVOS" / "Patrick" / "Maire" / "Présent"): the line read as labels, word after word
 * (the fewest words a label first: "Nom" / "Prénom", not "Nom Prénom"), and taken when the first row's
 * presence stands alone where the labels put it. Rows kept whole on their lines under such labels have
 * readers of their own (presence-table).
 */
function labelsOverCells(lines: readonly Line[], i: number, codes: ReadonlyMap<string, Code>): Header | null {
  const columns = labelsFrom(lines[i]!.text.split(/\s+/), 0);
  if (!columns || columns.length < 3 || columns.length > MAX_COLUMNS) return null;
  const name = columns.indexOf('name');
  const presence = columns.indexOf('presence');
  if (name < 0 || presence < name || columns.some((c, n) => c !== 'note' && columns.indexOf(c) !== n)) return null;
  const cell = lines[i + 1 + presence];
  return cell && presenceOf(cell, codes) && !presenceOf(lines[i + 1]!, codes) ? { columns, lines: 1, marks: false } : null;
}

/** The columns words[from…] label, each label the fewest words that make one; null when a word is no label's. */
function labelsFrom(words: readonly string[], from: number): Column[] | null {
  if (from === words.length) return [];
  for (let n = 1; n <= 4 && from + n <= words.length; n++) {
    const label = labelOf(words.slice(from, from + n).join(' '));
    const rest = label && labelsFrom(words, from + n);
    if (rest) return [label, ...rest];
  }
  return null;
}

interface Header {
  columns: Column[];
  /** How many lines its labels take. */
  lines: number;
  /** Its presence a column a status, marked (STATUS_COLUMN). */
  marks: boolean;
}

/** A code saying the member was replaced by their substitute: the substitute's cell follows, if the table has one. */
// 'marked': a mark whose column was lost (MARK_CODES); 'represented': excused, the proxy column names the holder.
type Code = Status | 'represented' | 'substituted' | 'marked';

/** The legend's codes ("P = présent(e) – E = excusé(e) – A = absent(e)"), else the usual ones; a member represented was excused, the proxy column says by whom. */
function codesOf(text: string, from: number, to: number): ReadonlyMap<string, Code> {
  const legend = legendCodes(text, from, to);
  return legend?.size ? legend : DEFAULT_CODES;
}

interface Presence {
  status: Status | null;
  /** The proxy's holder said in the same cell ("Excusée – pouvoir à M. CHANUT"), as written. */
  holderAt: number | null;
  /** "Suppléé par Mme Josiane RAVEAU": the substitute who sat, where the cell names them. */
  substituteAt?: number;
  /** The substitute who sat is named in the next column ("Suppléé" / "LOUVEAU Thierry"). */
  substituteNext?: boolean;
  /** A mark whose status column was lost: presence, unless the proxy column names a holder. */
  marked?: boolean;
  /**
   * The legend gives proxies a code of their own ("DV = délégation de vote") and this is another
   * ("AE = absent excusé"): the proxy column is empty on this row, and the cell after it opens the
   * next one, whatever its case ("Ajaccio VII", a canton).
   */
  holderless?: boolean;
}

/** "Suppléé par Mme X", "Remplacée par M. Y": the member's seat was taken by a substitute. */
const SUBSTITUTED = new RegExp(String.raw`^${SUBSTITUTED_BY}\s+(?=\S)`, 'iu');
const SUBSTITUTED_ALONE = /^(?:suppl[ée]{1,2}e?|remplac[ée]e?)$/iu;

const LEGEND_LINE = /^l[ée]gende(?![\p{L}])/iu;

/** A given name's cell: words in title case ("Dominique-Paul", "Marie Josée"). */
const GIVEN_CELL = new RegExp(String.raw`^${TITLE_CASE_WORD}(?: ${TITLE_CASE_WORD})?$`, 'u');

/** An observation on the row of a substitute who sat: "Remplace TORNIER H.", "En remplacement de M. X", "Suppléant de X". */
const OBSERVATION_NOTE = /^(?:remplace|en\s+remplacement\s+d[e'’]|suppl[ée]ante?\s+de)(?![\p{L}])/iu;
/** An observation naming the holder of the proxy the presence said was given: "à CHATEL F.", "pouvoir à M. X". */
const HOLDER_CELL = new RegExp(String.raw`^(?:${TO_HOLDER}|[àa](?![\p{L}]))\s*`, 'iu');

const NOTE_MARK = /\s*(?:\*{1,3}|\(\d\)|[¹²³])$/u;

/** Whether the legend gives proxies a code of their own ("DV = délégation de vote"): asked of every cell, read without copying the codes. */
function codesProxies(codes: ReadonlyMap<string, Code>): boolean {
  for (const code of codes.values()) if (code === 'represented') return true;
  return false;
}

/** The presence a cell says, or null when it says none. */
function presenceOf(line: Line, codes: ReadonlyMap<string, Code>): Presence | null {
  // "P*": the code with a note's mark, the note below the table ("* arrivée en cours de séance").
  const code = codes.get(line.text) ?? codes.get(line.text.replace(NOTE_MARK, ''));
  if (code === 'substituted') return { status: 'present', holderAt: null, substituteNext: true };
  if (code === 'marked') return { status: 'present', holderAt: null, marked: true };
  if (code === 'represented') return { status: 'excused', holderAt: null };
  if (code) return code === 'present' || !codesProxies(codes) ? { status: code, holderAt: null } : { status: code, holderAt: null, holderless: true };
  // "PV ALBERTINI": the code of a proxy given, its holder after it in the cell.
  const coded = CODE_THEN_HOLDER.exec(line.text);
  const given = coded && codes.get(coded[1]!);
  if (given && given !== 'substituted' && given !== 'marked') return { status: given === 'represented' ? 'excused' : given, holderAt: line.start + coded[0].length };
  const substitute = SUBSTITUTED.exec(line.text);
  if (substitute) return { status: 'present', holderAt: null, substituteAt: line.start + substitute[0].length };
  // "Suppléé" alone: the substitute is in the next column.
  if (SUBSTITUTED_ALONE.test(line.text)) return { status: 'present', holderAt: null, substituteNext: true };
  const m = SAID.exec(line.text);
  if (!m) return null;
  const status: Status | null = m[1] ? 'present' : m[2] ? 'excused' : m[3] ? 'absent' : null;
  // "Représentée" alone: the proxy column names the holder; a member represented was excused.
  if (!status && !m[4]) return REPRESENTED_ALONE.test(line.text) ? { status: 'excused', holderAt: null } : null;
  return { status, holderAt: m[4] ? line.start + m.index + m[0].length - m[4].length : null };
}

/** A commune's cell opening a row: capitals, no civility ("ESPINASSE SUR COUZE", "ST PRIEST D'AULHIAC"); a holder's has one, or a given name. */
const COMMUNE_CELL = /^(?!(?:M|MM|MME|MLLE)\.?\s)[^\p{Ll}]+$/u;

/** A note in brackets under a member's name, no column of the header's: "(SIVOM de la Borne)", "(1re Vice-présidente)". */
const BRACKETED_NOTE = /^\([^()]+\)$/u;

/** A row's status in the list: none for the present and for a member whose holder is named (represented). */
function listStatus(presence: Presence, proxy: Person | null): ListEntry['status'] {
  return proxy || presence.status === 'present' ? null : presence.status;
}

/** The one person a cell names, or null. */
function personIn(text: string, line: Line) {
  const people = parsePersonList(text, line.start, line.start + line.text.length);
  return people.length === 1 && /\p{Lu}{2}/u.test(people[0]!.person.surname) ? people[0]!.person : null;
}

/**
 * A row whose cells the export kept on one line: its rank maybe, the family name in capitals and
 * a given name, other cells (a canton), its presence last in a word or a code.
 */
const ROW_OPENING = String.raw`^(?:\d{1,3}[ \t]+)?(${FAMILY_THEN_GIVEN})[ \t]+(?:\S.*[ \t])?`;
const ROW_ON_ONE_LINE = new RegExp(String.raw`${ROW_OPENING}(\p{L}+)$`, 'u');
/** The same row of a member represented: the word, then the holder's name written as the member's ("… Bozio-Suttanu Représenté SUSINI Antoine-Dominique"). */
const REPRESENTED_ROW_ON_ONE_LINE = new RegExp(String.raw`${ROW_OPENING}(?:[Rr]epr[ée]sent[ée]e?|REPR[ÉE]SENT[ÉE]E?)[ \t]+(${FAMILY_THEN_GIVEN})$`, 'u');
function rowOnOneLine(text: string, line: Line, codes: ReadonlyMap<string, Code>): { person: Person; presence: Presence; proxy: Person | null } | null {
  const m = ROW_ON_ONE_LINE.exec(line.text);
  const presence = m && presenceOf({ start: line.start + line.text.length - m[2]!.length, end: line.start + line.text.length, text: m[2]! }, codes);
  if (!m || !presence) return representedRow(text, line);
  if (presence.holderAt !== null || presence.substituteNext || presence.substituteAt !== undefined) return null;
  const person = personAt(text, line.start + m[0].indexOf(m[1]!), m[1]!);
  return person ? { person, presence, proxy: null } : null;
}

/** A represented member's row on one line (REPRESENTED_ROW_ON_ONE_LINE): excused, the holder named. */
function representedRow(text: string, line: Line): { person: Person; presence: Presence; proxy: Person } | null {
  const m = REPRESENTED_ROW_ON_ONE_LINE.exec(line.text);
  const person = m && personAt(text, line.start + m[0].indexOf(m[1]!), m[1]!);
  const proxy = m && personAt(text, line.start + m[0].length - m[2]!.length, m[2]!);
  return person && proxy ? { person, presence: { status: 'excused', holderAt: null }, proxy } : null;
}

/** The person a row's cell names, `cell` at `at`. */
const personAt = (text: string, at: number, cell: string) => parsePersonList(text, at, at + cell.length)[0]?.person ?? null;

/** The rows under the header at lines[header]; the span runs from the header (its labels are no list headings). */
function rowsAfter(text: string, lines: readonly Line[], header: number, labels: Header, codes: ReadonlyMap<string, Code>): { entries: ListEntry[]; span: Span } | null {
  const entries: ListEntry[] = [];
  const { columns } = labels;
  const first = header + labels.lines;
  /** The cells between a row's name and its presence ("Qualité"). */
  const notesBefore = Math.max(0, columns.indexOf('presence') - columns.indexOf('name') - 1);
  /** The notes before the name, a row's first cells (its commune). */
  const leadingNotes = Math.max(0, columns.indexOf('name'));
  /** How many cells stand before the name's in a row ("Commune / Délégué"). */
  const namesAt = columns.indexOf('name');
  let end = -1;
  let gap = 0;
  /** Whether the last row read opened on a line holding its member's name alone, its other cells under it. */
  let nameAlone = false;
  /** Whether a presence stands at lines[j]. */
  const presenceAt = (j: number) => !!lines[j] && presenceOf(lines[j]!, codes) !== null;
  /**
   * Whether the cell at lines[j], after a row's presence, opens the next row rather than naming
   * this one's proxy: a name with the next row's presence under it (after its office's cell, where
   * the table has one); a commune's cell over the next row's name and presence ("Excusé" /
   * "ESPINASSE SUR COUZE" / "MONTEIL Pierre" / "Vice-Président" / "Présent"); a name over its office in
   * brackets and its presence ("Excusée" / "LIOGIER Patrice" / "(SIVOM de la Borne)" / "Présent").
   */
  const opensNextRow = (j: number) =>
    presenceAt(j + 1) ||
    presenceAt(j + 1 + notesBefore) ||
    (leadingNotes > 0 && COMMUNE_CELL.test(lines[j]!.text) && presenceAt(j + 1 + leadingNotes + notesBefore)) ||
    (!!lines[j + 1] && BRACKETED_NOTE.test(lines[j + 1]!.text) && presenceAt(j + 2 + notesBefore));
  /** Where a table with a given name's column has a row open: a family name, its given name's cell under it. */
  const rowOpensAt = (j: number) => columns.includes('given') && !!lines[j + 1] && !GIVEN_CELL.test(lines[j]?.text ?? '') && GIVEN_CELL.test(lines[j + 1]!.text);
  for (let i = first; i < lines.length; ) {
    const line = lines[i]!;
    // The legend under the table ("Légende : P = présent ; PV = a donné pouvoir …") closes it.
    if (LEGEND_LINE.test(line.text)) break;
    // Among rows a cell a line, one the export kept whole on its line ("15 FOUCHER Émile Sainte-Radegonde-d'Erve Présent"),
    // where rows open on their member's name (a commune's cell before it would read as the name's capitals).
    // Tables whose rows are all a line each have readers of their own, which know their proxies.
    // Asked first: a represented member's row names the holder too, two people on the line.
    const whole = namesAt === 0 && nameAlone ? rowOnOneLine(text, line, codes) : null;
    if (whole) {
      entries.push({ person: whole.person, status: listStatus(whole.presence, whole.proxy), proxy: whole.proxy });
      end = line.start + line.text.length;
      gap = 0;
      i++;
      continue;
    }
    let person = line.text && !presenceOf(line, codes) && !labelOf(line.text) ? personIn(text, line) : null;
    // Cells before the name's ("Commune"): a word in capitals alone over a name with its given name is the row's commune.
    if (person && namesAt > 0 && !person.givenName && !person.civility && lines[i + 1]) {
      const next = personIn(text, lines[i + 1]!);
      // Or over a name whose given name has a cell of its own ("BELVEZAC" / "BARRAT" / "Jean-Claude").
      if (next && (next.givenName || next.civility || rowOpensAt(i + 1))) person = null;
    }
    if (!person) {
      // The labels printed again over the next page are no gap; a row's cells before its name
      // (its commune) and a page's foot and head are.
      if (entries.length && !labelOf(line.text) && ++gap > MAX_GAP_LINES) break;
      if (!entries.length && i - first > MAX_GAP_LINES) return null;
      i++;
      continue;
    }
    let k = i + 1;
    let presence: Presence | null = null;
    let proxy = null;
    /** Whether the row's observation says the member was replaced by a substitute, who has a row of their own. */
    let replaced = false;
    let sat: Person | null = null;
    for (const column of columns.slice(columns.indexOf('name') + 1)) {
      const cell = lines[k];
      if (!cell) break;
      const said = presenceOf(cell, codes);
      if (column === 'proxy' && !presence) {
        // Before the presence, the substitute who sat, where the code under says one did ("LE GALL Solenn" / "PRIGENT Loïc" / "S").
        const who = !said && lines[k + 1] && presenceOf(lines[k + 1]!, codes)?.substituteNext ? personIn(text, cell) : null;
        if (who) {
          sat = who;
          k++;
        }
        continue;
      }
      // A note after the presence ("Observations") is often empty: a name there opens the next
      // row; "pouvoir à M. X" there names the holder of the proxy the code said was given.
      if (column === 'note' && presence && presence.status !== 'present' && said?.substituteNext) {
        // "Absent" / "Remplacé": the substitute who sat has a row of their own ("Suppléant … Remplace X").
        replaced = true;
        k++;
      } else if (column === 'note' && presence && !said && OBSERVATION_NOTE.test(cell.text)) k++;
      else if (column === 'proxy' && presence && presence.status !== 'present' && said?.substituteAt !== undefined) {
        // "E" / "suppléé par CHASSAING Pierre" in a column "Pouvoir à / Observations": the substitute who sat has a row of their own.
        replaced = true;
        k++;
      } else if (column === 'proxy' && presence?.status === 'present' && !said && OBSERVATION_NOTE.test(cell.text)) k++;
      else if (column === 'note' && presence && presence.status !== 'present' && !said && !proxy && HOLDER_CELL.test(cell.text)) {
        // "Pouvoir" / "à CHATEL F.": the observation names the holder.
        proxy = parsePersonList(text, cell.start + HOLDER_CELL.exec(cell.text)![0].length, cell.start + cell.text.length)[0]?.person ?? null;
        k++;
      } else if (column === 'note' && presence && said && said.status === null && said.holderAt !== null && presence.status !== 'present' && !proxy) {
        proxy = parsePersonList(text, said.holderAt, cell.start + cell.text.length)[0]?.person ?? null;
        k++;
      } else if (column === 'note' && presence && !said && personIn(text, cell)) continue;
      else if (column === 'note' && !said) k++;
      else if (column === 'given' && !said && GIVEN_CELL.test(cell.text)) {
        if (person.givenName === null) person = { ...person, givenName: cell.text };
        k++;
      }
      else if (column === 'presence') {
        // A page's foot and head may fall between a name and its presence.
        let j = k;
        while (j < k + 2 && lines[j + 1] && !presenceOf(lines[j]!, codes) && !personIn(text, lines[j]!)) j++;
        presence = presenceOf(lines[j]!, codes);
        if (presence) k = j + 1;
      } else if (column === 'proxy' && presence?.substituteNext && !said && !sat) {
        // Not the next row's first cell, a note before its name ("LA CHAPELLE-AUX-FRENES" / "MAUGER Daniel" / "S" / "P"):
        // the substitute's cell was empty, and is gone.
        const nextRow = leadingNotes > 0 && !!lines[k + 1] && !!personIn(text, lines[k + 1]!) && !!lines[k + 2 + notesBefore] && !!presenceOf(lines[k + 2 + notesBefore]!, codes);
        sat = nextRow ? null : personIn(text, cell);
        if (sat) k++;
      } else if (column === 'proxy' && presence && presence.status !== 'present' && said && said.status === null && said.holderAt !== null) {
        // "Pouvoir à M. Hervé GIRAUDEAU" in the proxy column; a name cut at its hyphen goes on
        // on the next line ("pouvoir à ARNOUX-" / "TESSIER P.").
        proxy = parsePersonList(text, said.holderAt, cell.start + cell.text.length)[0]?.person ?? null;
        const rest = proxy?.surname.endsWith('-') && lines[k + 1] ? /^\p{Lu}[\p{Lu}'’-]+/u.exec(lines[k + 1]!.text) : null;
        if (proxy && rest) {
          const end = lines[k + 1]!.start + rest[0].length;
          proxy = { ...proxy, surname: proxy.surname + rest[0], raw: text.slice(proxy.span!.start, end).replace(/-\s+/, '-'), span: { start: proxy.span!.start, end } };
          k++;
        }
        if (proxy) k++;
      } else if (column === 'proxy' && presence && (presence.status !== 'present' || presence.marked) && !presence.holderless && !said && lines[k + 1] && !opensNextRow(k) && !cell.text.includes(':') && !/\d/.test(cell.text)) {
        // A word in capitals alone, the next group's commune ("SAINTE-APOLLINE"), names no one; nor a label's line
        // under the table's last row ("Absent" / "Secrétaire de séance : Madame Lucie GAYRAUD"); nor a page's foot ("Mairie du … - PV CM du 27/11/2014").
        proxy = personIn(text, cell);
        // A family name alone is the holder where a row's name is followed by its given name's
        // cell, and this one by the next row's name over its given name ("R" / "CASTEL" / "DAUPHIN" / "Lucienne");
        // not where rows open on their commune's cell: there that word is the next row's commune ("Excusé" / "FRESNAY-LE-ROCHER" / "BLONDIN" / "Maurice").
        const holderAlone = leadingNotes === 0 && rowOpensAt(k + 1) && !!personIn(text, lines[k + 1]!);
        if (proxy && !proxy.civility && !proxy.givenName && !/\s/.test(proxy.raw.trim()) && !holderAlone) proxy = null;
        if (proxy) k++;
      }
    }
    // A line that reads as a name with no presence under it is a group's label ("BAZELLES-SUR-INDRE"), or the table is over.
    if (!presence) {
      if (++gap > MAX_GAP_LINES) break;
      i++;
      continue;
    }
    // "Excusé – pouvoir à" / "G. AUZIAS": the cell wrapped before its holder.
    if (presence.holderAt === null && !proxy && presence.status !== 'present' && HOLDER_NEXT.test(lines[k - 1]!.text) && lines[k]) {
      const holder = personIn(text, lines[k]!);
      if (holder) {
        proxy = holder;
        k++;
      }
    }
    const cellEnd = lines[k - 1]!.start + lines[k - 1]!.text.length;
    if (presence.holderAt !== null) proxy = parsePersonList(text, presence.holderAt, cellEnd)[0]?.person ?? null;
    const substitute = presence.substituteAt === undefined ? null : (parsePersonList(text, presence.substituteAt, cellEnd)[0]?.person ?? null);
    // A member the code says was replaced, the table naming no substitute: neither sat in our list.
    // One the observation says was replaced: the substitute's own row says who sat.
    if (!(presence.substituteNext && !sat && !substitute) && !replaced) entries.push({ person: substitute ?? sat ?? person, status: listStatus(presence, proxy), proxy });
    end = lines[k - 1]!.start + lines[k - 1]!.text.length;
    nameAlone = person.raw === line.text;
    gap = 0;
    i = k;
  }
  return entries.length >= MIN_ROWS ? { entries, span: { start: lines[header]!.start, end } } : null;
}

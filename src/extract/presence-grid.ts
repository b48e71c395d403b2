/**
 * An attendance table with a column for each status, as text extraction gives it: a header
 * row naming the columns ("NOM Prénom | Présent | Absent | Excusé | Pouvoir à"), then a row a
 * member with a mark ("X", "✓") in the column of their status and, in the proxy column, who
 * holds their proxy.
 *
 * Two shapes: cells between pipes (a markdown or ASCII table, OCR's "|_P_|_A_|" tables), where
 * each mark is read under its column; and columns aligned with spaces alone, where normalization
 * has made each run of spaces one: there a lone mark's column is read from the line as the input
 * laid it out (LineLayout) when it is known, and a row's status otherwise from what it says (a
 * proxy holder's name, "Excusé", "Absent"), a lone mark being the commonest status, presence.
 * A column of communes may come before the members' ("Commune  Délégué(e)  Présent  …").
 */
import type { Person, Span } from '../schema/minutes.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { SUBSTITUTED_BY as SUBSTITUTED_BY_WORDS, SUBSTITUTE_MARK } from '../text/cues.ts';
import { execAll } from '../text/matches.ts';
import { caseless } from '../text/caseless.ts';
import { oneSpace } from '../text/spaces.ts';
import type { LineLayout } from '../text/layout.ts';
import { legendCodes, type CodedStatus } from './presence-legend.ts';

type Status = 'present' | 'absent' | 'excused';
/**
 * `either`: one column for the absent and the excused ("Excusé/Absent"): absent unless the row
 * says excused. `said`: one column whose cells say the status in words ("Présence").
 */
export type Column = 'name' | Status | 'either' | 'proxy' | 'note' | 'said' | 'substitute';

/** Header labels and the column each names, read without markdown emphasis or OCR's underscores. */
// A label opening on a letter not yet in COLUMN_INITIALS (below) needs that letter added there.
const COLUMN_LABELS: ReadonlyArray<readonly [RegExp, Column]> = [
  [/^(?:noms?(?:\s*[-–—,/]?\s*(?:et\s+)?pr[ée]noms?)?|pr[ée]noms?\s+(?:et\s+)?noms?|d[ée]l[ée]gu[ée](?:\(e\))?s?(?:\(s\))?(?:\s+titulaires?)?|membres?(?:\s+du\s+(?:bureau|comit[ée]|conseil)(?:\s+(?:d['’]\s?(?:exploitation|administration|surveillance|orientation)|municipal|syndical|communautaire|d[ée]partemental|r[ée]gional))?)?|conseillers(?:\s+municipaux)?|[ée]lus|[ée]lu\(e\)s?|administrateurs?)$/iu, 'name'],
  [/^(?:pr[ée]sente?s?|p)$/iu, 'present'],
  [/^(?:absente?s?\s*(?:\/|ou)\s*excus[ée]e?s?|excus[ée]e?s?\s*(?:\/|ou)\s*absente?s?)$/iu, 'either'],
  [/^(?:absente?s?\s+excus[ée]e?s?|excus[ée]e?s?(?:\s*(?:\/|ou)\s*(?:pouvoirs?|procurations?))?|ae|e|exc)$/iu, 'excused'],
  [/^(?:absente?s?|a|abs)$/iu, 'absent'],
  // "Pouvoir à / Suppléé(e) par", "Pouvoir donné à / suppléance": one column for the proxy's holder or the substitute who sat.
  [/^(?:pouvoirs?|procurations?|mandats?)(?:\s+(?:donn[ée]e?s?\s+)?[àa])?(?:\s*\/\s*(?:suppl[ée]{2}(?:\(e\)|e)?\s+par|suppl[ée]ance))?$|^repr[ée]sent[ée]e?s?\s+par$|^suppl[ée]ants?\s+(?:si[ée]geants?|pr[ée]sents?)\s*\/\s*pouvoirs?$/iu, 'proxy'],
  // The substitutes beside the members, with their own presence column after them.
  [/^(?:d[ée]l[ée]gu[ée]s?\s+)?suppl[ée]ant(?:\(e\)|e)?s?$/iu, 'substitute'],
  [/^(?:observations?|remarques?|communes?|coll[èe]ges?|collectivit[ée]s?|cantons?|groupes?|fonctions?|qualit[ée]s?)$/iu, 'note'],
  // One column whose cells say the status in words ("présent", "excusée", "pouvoir à M. X").
  // "État" ("Etat"): a software export's column of the presence in words.
  [/^pr[ée]sences?$|^situation$|^[ée]tat$/iu, 'said'],
];

/**
 * The same labels found inside a header whose columns only spaces divide, longest first so
 * that "Absent / Excusé" is one column and "Pouvoir donné à" not a bare "pouvoir".
 */
// A label opening on a new letter needs it added to SPACED_INITIALS (below).
const SPACED_LABELS = /(?<![\p{L}])(?:absente?s?\s*(?:\/|ou)\s*excus[ée]e?s?|excus[ée]e?s?\s*(?:\/|ou)\s*absente?s?|absente?s?[ \t]{1,2}excus[ée]e?s?|pr[ée]sente?s?|pr[ée]sences?|excus[ée]e?s?|absente?s?|(?:pouvoirs?|procurations?)(?:\s+(?:donn[ée]e?s?\s+)?[àa])?(?:\s*\/\s*(?:suppl[ée]{2}(?:\(e\)|e)?\s+par|suppl[ée]ance))?|suppl[ée]ants?\s+(?:si[ée]geants?|pr[ée]sents?)\s*\/\s*pouvoirs?|(?:d[ée]l[ée]gu[ée]s?\s+)?suppl[ée]ant(?:\(e\)|e)?s?|[pea](?=[ \t]|$)|repr[ée]sent[ée]e?s?\s+par|cantons?|communes?|coll[èe]ges?|collectivit[ée]s?|groupes?|fonctions?|qualit[ée]s?|observations?|[ée]tat)(?![\p{L}])/giu;

/** The names' column opening a header aligned with spaces. */
// A word opening on a new letter needs it added to NAMES_INITIALS (below).
const NAMES_LABEL = /^[ \t]*(?:(communes?|collectivit[ée]s?|composition|qualit[ée]s?|fonctions?|coll[èe]ges?)[ \t]+)?(?:noms?(?:\s*[-–—,/]?\s*(?:et\s+)?pr[ée]noms?)?|pr[ée]noms?\s+(?:et\s+)?noms?|d[ée]l[ée]gu[ée](?:\(e\))?s?(?:\(s\))?(?:\s+titulaires?)?|membres?(?:\s+du\s+(?:bureau|comit[ée]|conseil)(?:\s+(?:d['’]\s?(?:exploitation|administration|surveillance|orientation)|municipal|syndical|communautaire|d[ée]partemental|r[ée]gional))?)?|conseillers(?:\s+municipaux)?|[ée]lu(?:\(e\))?s?)(?![\p{L}])/iu;

/** What marks a cell: a cross, a tick, "oui"; OCR reads a cross as "><" or "x". */
const MARK = /^(?:[xX✓✔×☒+]|><|oui)$/u;
/** A lone mark after a name in a row of a spaced table. */
const LEADING_MARK = /^[ \t]*(?:[xX✓✔×☒]|><)(?![\p{L}\d])/u;

/** A status said in words in a row, or in the note beside a mark: "Excusé", "(excusée)". */
const STATUS_SAID = /(?<![\p{L}])(excus[ée]e?s?|absente?s?)(?![\p{L}])/iu;
/** A note's substitute: "suppléée par M. Hervé PINSON": the member's seat was taken by them. */
const SUBSTITUTED_BY = new RegExp(String.raw`${SUBSTITUTED_BY_WORDS}\s+`, 'iu');
/** A note's proxy: "pouvoir à M. GAUDRY". */
const PROXY_TO = /(?:pouvoir|procuration|mandat)\s+(?:donn[ée]e?\s+)?[àa]\s+/iu;
/** A table's rule: "|___|___|", "|---|:--|". */
const RULE = /^[\s|:_=-]*$/;

/** Fewer rows than this are no table. */
const MIN_ROWS = 3;

const clean = (cell: string) => oneSpace(cell.includes('_') || cell.includes('**') ? cell.replace(/\*\*|_+/g, ' ') : cell).trim();
/** COLUMN_LABELS run on the lower-cased label (see caseless): the header test runs on every short line of the lists. */
const CASELESS_LABELS = COLUMN_LABELS.map(([re, column]) => [caseless(re), column] as const);
export const columnOf = (label: string): Column | null => {
  const lower = label.toLowerCase();
  return CASELESS_LABELS.find(([re]) => re.test(lower))?.[1] ?? null;
};
const isStatus = (c: Column | null) => c === 'present' || c === 'absent' || c === 'excused' || c === 'either' || c === 'said';

/** The cells of a piped line, each with its offset in the line; a leading pipe opens no cell. */
function cellsOf(line: string): Array<{ s: string; from: number }> {
  const cells: Array<{ s: string; from: number }> = [];
  let from = 0;
  for (const s of line.split('|')) {
    cells.push({ s, from });
    from += s.length + 1;
  }
  return line.trimStart().startsWith('|') ? cells.slice(1) : cells;
}

/** The header's column for each cell, when it is piped and names at least two status columns. */
function pipedHeader(line: string): Array<Column | null> | null {
  if (!line.includes('|')) return null;
  const columns = cellsOf(line).map((c) => columnOf(clean(c.s)));
  return columns.filter(isStatus).length >= 2 ? columns : null;
}

interface SpacedHeader {
  columns: Column[];
  /** A column of communes opens the rows, before the members' names. */
  communeFirst: boolean;
  /** Where each label starts in the header as laid out, when the layout is known. */
  starts: number[] | null;
  /** Two tables whose one column says the presence, side by side: each row holds two members. */
  sideBySide?: boolean;
  /** Where the names' column starts in the header as laid out, after a column of communes. */
  nameStart?: number | null;
  /** Two tables of marks side by side: where the right one starts as laid out, and each one's header. */
  halves?: { rightAt: number; left: SpacedHeader; right: SpacedHeader };
  /** The codes the table's legend gives its presence column ("P : présent(e) - E : excusé(e)"). */
  codes?: ReadonlyMap<string, CodedStatus> | null;
}

/** The labels of a header aligned with spaces, in order, and where each starts in `line`. */
export function spacedLabels(line: string, from: number): { columns: Column[]; starts: number[]; rest: string } | null {
  const columns: Column[] = [];
  const starts: number[] = [];
  SPACED_LABELS.lastIndex = from;
  let at = from;
  for (let m = SPACED_LABELS.exec(line); m; m = SPACED_LABELS.exec(line)) {
    // Only labels: any other word between them and this is a sentence, not a header.
    if (withoutGenderMarks(line.slice(at, m.index)).trim()) return null;
    columns.push(columnOf(m[0].replace(/\s+/g, ' ')) ?? 'note');
    starts.push(m.index);
    at = m.index + m[0].length;
  }
  return { columns, starts, rest: withoutGenderMarks(line.slice(at)) };
}

/** Whether the line's first word, in lower case, stands again further on in it (lower-cased). */
function repeatsFirstWord(line: string): boolean {
  const gap = line.search(/\s/);
  if (gap <= 0) return false;
  const lower = line.toLowerCase();
  // Lower-casing kept the length (no "İ" grew): unit for unit, so the first word lower-cased is
  // the lower-cased line's first units, not to be lower-cased again.
  const first = lower.length === line.length ? lower.slice(0, gap) : line.slice(0, gap).toLowerCase();
  return lower.indexOf(first, 1) > 0;
}

/**
 * Whether `line` may open on one of `initials` (lower-case ASCII letters) once the `skipped`
 * characters before it are passed over: false only where it opens on another ASCII character,
 * which no pattern opening on those letters matches, with the `i` flag or after lower-casing
 * (outside ASCII, case folding is left to the pattern). A line of skipped characters may.
 */
function mayOpenOn(line: string, initials: string, skipped: string, unsure = ''): boolean {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (skipped.includes(ch)) continue;
    return ch.charCodeAt(0) >= 0x80 || unsure.includes(ch) || initials.includes(ch.toLowerCase());
  }
  return true;
}
/** The letters NAMES_LABEL's words open on, after its blanks. */
const NAMES_INITIALS = 'cqfnpdme';
/** The letters SPACED_LABELS' labels open on. */
const SPACED_INITIALS = 'aepsdrcgfqo';
/** The letters COLUMN_LABELS' labels open on. */
const COLUMN_INITIALS = 'acdefgmnopqrs';
/** The ASCII characters trim() drops. */
const TRIMMED = ' \t\n\v\f\r';

/** "Présent(e)", "Excusé(e)s": the inclusive endings a label may carry, no word of their own. */
const GENDER_MARK = /^\((?:e|s|es)\)s?/iu;
const withoutGenderMarks = (gap: string) => (gap.includes('(') ? gap.trimStart().replace(GENDER_MARK, '') : gap);

/** The columns a header aligned with spaces names, in order, when it names at least two statuses and opens on the names' column. */
function spacedHeader(line: string, layout: LineLayout | undefined): SpacedHeader | null {
  if (line.includes('|') || line.length > 160) return null;
  // "NOM Prénom Présence NOM Prénom Présence": two tables side by side, each row two members'.
  // Split into words only when the first one comes again, as the second table's first does.
  const trimmed = line.trim();
  const words = repeatsFirstWord(trimmed) ? trimmed.split(/\s+/) : [];
  const half = words.length / 2;
  if (Number.isInteger(half) && half >= 2 && words.slice(0, half).join(' ').toLowerCase() === words.slice(half).join(' ').toLowerCase()) {
    const left = words.slice(0, half).join(' ');
    const single = spacedHeader(left, undefined);
    if (single && single.columns.length === 1 && single.columns[0] === 'said') return { ...single, sideBySide: true };
    // Marks side by side: where each half's columns stand is read from the layout.
    const raw = layout?.(line);
    const rightAt = raw ? raw.toLowerCase().indexOf(words[half]!.toLowerCase(), raw.search(/\S/) + words[0]!.length) : -1;
    if (!raw || rightAt < 0) return null;
    const leftRaw = raw.slice(0, rightAt);
    const rightRaw = raw.slice(rightAt);
    const leftHeader = spacedHeader(left, (l) => (l === left ? leftRaw : null));
    const rightHeader = spacedHeader(left, (l) => (l === left ? rightRaw : null));
    return leftHeader?.starts && rightHeader?.starts ? { ...leftHeader, halves: { rightAt, left: leftHeader, right: rightHeader } } : null;
  }
  // Without a names' label the line must be labels alone (spacedLabels from its start): one that
  // opens on no label's letter is no header, and the layout is not asked for its indent.
  const named = mayOpenOn(line, NAMES_INITIALS, ' \t') ? NAMES_LABEL.exec(line) : null;
  const lead = named ?? (mayOpenOn(line, SPACED_INITIALS, TRIMMED) ? unlabelledNames(line, layout) : null);
  if (!lead) return null;
  const labels = spacedLabels(line, lead[0].length);
  // "NOM Prénom  Qualité  Présent  Pouvoir à": one status and the proxies' column are a grid too, a row
  // marked present or naming who holds its member's proxy.
  const statuses = labels ? labels.columns.filter(isStatus).length : 0;
  if (!labels || (statuses < 2 && !labels.columns.includes('said') && !(statuses === 1 && labels.columns.includes('proxy'))) || labels.rest.trim()) return null;
  const raw = layout?.(line);
  const laid = raw ? spacedLabels(raw, NAMES_LABEL.exec(raw)?.[0].length ?? 0) : null;
  // As laid out, "Absent    Excusé" are two columns, which normalized spaces make one label.
  const split = laid && !laid.rest.trim() && laid.columns.length === labels.columns.length + 1 && laid.columns.filter(isStatus).length >= 2;
  const columns = split ? laid.columns : labels.columns;
  const starts = laid && laid.columns.length === columns.length ? laid.starts : null;
  // Where the names' label starts, past the communes' one and the spaces after it.
  const rawLead = raw && lead[1] ? NAMES_LABEL.exec(raw) : null;
  const afterCommunes = rawLead?.[1] ? rawLead.index + rawLead[0].indexOf(rawLead[1]) + rawLead[1].length : -1;
  const nameStart = afterCommunes >= 0 ? afterCommunes + raw!.slice(afterCommunes).search(/\S/) : null;
  return { columns, communeFirst: !!lead[1], starts, nameStart };
}

/**
 * A header whose names' column has no label, its status labels laid out over the marks
 * ("                PRÉSENT   ABSENT   PROCURATION DONNÉE À"): an empty lead, when the layout
 * shows the room left for the names.
 */
function unlabelledNames(line: string, layout: LineLayout | undefined): RegExpExecArray | null {
  const raw = layout?.(line);
  if (!raw || !/^ {8,}\S/.test(raw.replace(/\t/g, '    '))) return null;
  return /^/.exec(line);
}

/** The first person named in text[start, end), with a family name in capitals. */
function personIn(text: string, start: number, end: number): Person | null {
  return parsePersonList(text, start, end).map((e) => e.person).find((p) => /\p{Lu}{2}/u.test(p.surname)) ?? null;
}

/** What one row says. `skip`: a line that belongs to the table but names no member (a wrapped cell). */
type Row = { entries: ListEntry[] } | 'skip' | null;

function entryOf(person: Person, status: Status | null, proxy: Person | null): ListEntry | null {
  if (proxy) return { person, status: null, proxy };
  if (status === 'present') return { person, status: null, proxy: null };
  if (status === 'excused' || status === 'absent') return { person, status, proxy: null };
  return null;
}

/** A status column's mark, with what the row says ("X (excusé)") deciding an "Excusé/Absent" column. */
function statusOf(column: Column, rowText: string): Status {
  if (column === 'said') return 'present';
  if (column !== 'either') return column as Status;
  return /^excus/iu.test(STATUS_SAID.exec(rowText)?.[1] ?? '') ? 'excused' : 'absent';
}

/**
 * A name cell cut at a hyphen ("BOURGEOIS-") goes on in the next row's name cell ("MOINE
 * Sandrine"), the rest of that row empty: the member read from both.
 */
function wrappedName(text: string, cell: { start: number; end: number }, next: { start: number; end: number } | null): Person | null {
  const head = text.slice(cell.start, cell.end).trim();
  if (!next || !/\p{Lu}-$/u.test(head)) return null;
  const rest = personIn(text, next.start, next.end);
  const first = /^\S+/.exec(text.slice(next.start, next.end).trimStart())?.[0];
  if (!rest || !first || !/^\p{Lu}{2}/u.test(first)) return null;
  const before = parsePersonList(text, cell.start, cell.end).map((e) => e.person)[0];
  const surname = head.replace(/^(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:\p{Lu}[\p{Ll}'’-]+\s+)*/u, '') + rest.surname;
  return {
    raw: `${head}${text.slice(rest.span!.start, rest.span!.end).trim()}`,
    civility: before?.civility ?? rest.civility,
    givenName: rest.givenName ?? before?.givenName ?? null,
    surname,
    role: null,
    span: { start: cell.start + (text.slice(cell.start, cell.end).length - text.slice(cell.start, cell.end).trimStart().length), end: rest.span!.end },
  };
}

/** One row of a piped table: its member, or the substitute who sat for them. */
function pipedRow(text: string, at: number, line: string, columns: ReadonlyArray<Column | null>, nextLine: { at: number; line: string } | null): Row {
  const cells = cellsOf(line).map((c) => ({ ...c, start: at + c.from, end: at + c.from + c.s.length }));
  const named = columns.indexOf('name');
  // Without a names' column, the first cell that names a member (a commune's may come before it).
  const nameAt = named >= 0 ? named : cells.findIndex((c, i) => !isStatus(columns[i] ?? null) && columns[i] !== 'proxy' && personIn(text, c.start, c.end));
  const cell = cells[nameAt];
  if (!cell || !clean(cell.s)) return cells.some((c) => clean(c.s)) ? 'skip' : null;
  const nextCells = nextLine ? cellsOf(nextLine.line).map((c) => ({ start: nextLine.at + c.from, end: nextLine.at + c.from + c.s.length })) : null;
  const person = wrappedName(text, cell, nextCells?.[nameAt] ?? null) ?? personIn(text, cell.start, cell.end);
  if (!person) return 'skip';
  let status: Status | null = null;
  let proxy: Person | null = null;
  const rowText = cells.map((c) => c.s).join(' ');
  for (let i = 0; i < cells.length && i < columns.length; i++) {
    const column = columns[i];
    const c = cells[i]!;
    if (i === nameAt || !column || !clean(c.s)) continue;
    if (column === 'proxy') proxy ??= personIn(text, c.start, c.end);
    else if (isStatus(column) && MARK.test(clean(c.s).replace(/\s*\(.*$/, ''))) status ??= statusOf(column, rowText);
    else if (column === 'note') {
      const sub = SUBSTITUTED_BY.exec(c.s);
      if (sub) {
        const substitute = personIn(text, c.start + sub.index + sub[0].length, c.end);
        if (substitute) return { entries: [{ person: substitute, status: null, proxy: null }] };
      }
      const to = PROXY_TO.exec(c.s);
      if (to) proxy ??= personIn(text, c.start + to.index + to[0].length, c.end);
    }
  }
  const entry = entryOf(person, status, proxy);
  return entry ? { entries: [entry] } : 'skip';
}

/** A cross or a tick standing alone, as a mark in a cell. */
const MARK_TOKEN = /(?<![\p{L}\d.])(?:[xX✓✔×☒]|><)(?![\p{L}\d.])/gu;
/** The first such mark in a row (MARK_TOKEN without its global state). */
const FIRST_MARK = new RegExp(MARK_TOKEN.source, 'u');
/** The rest of a cell the layout wrapped: a short line in lower case, or closing a bracket. */
/** "MAGNIN-FEYSOT   Excusée" over "Bernadette": a member's given name the cell wrapped onto a line of its own. */
const WRAPPED_GIVEN_NAME = /^[ \t]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*$/u;
const WRAPPED_CELL = /^[ \t]*[\p{Ll}(][^\n]{0,60}$/u;
/** A civility then a mark further on: a member's row, even after a wrapped cell in lower case ("de Plouvaran M. Loïc QUÉRÉ X"). */
const SEATED_MEMBER = /(?:^|[ \t])(?:M\.|Mme|Mlle|Monsieur|Madame|Dr)[ \t][^\n]*?[ \t](?:[xX✓✔×☒]|><)(?![\p{L}\d.])/u;
/** A row that only labels the group of the rows under it: a commune, a college, a canton; no member named with a civility on it. */
/** A mark standing as a cell of its own: "CC du Pays de   DARRIGADE Jean-Pierre   X" is a member's row under its body's name, no group's label. */
const MARK_IN_ROW = /[ \t](?:[xX✓✔×☒]|><)(?=[ \t]|$)/u;
const GROUP_ROW = /^[ \t]*(?![^\n]*[ \t](?:M\.|Mme|Mlle|Monsieur|Madame|Dr)[ \t])(?:Commune(?:\s+d[ée]l[ée]gu[ée]e)?|Coll[èe]ge|Groupe|Canton|Communaut[ée]|Syndicat|Ville|Membres\s+(?:avec|ayant)\s+voix|Repr[ée]sentants?|Personnalit[ée]s|C[ACU](?=[ \t])|COMMUNE|COLL[ÈE]GE|GROUPE|CANTON|COMMUNAUT[ÉE]|SYNDICAT|VILLE|REPR[ÉE]SENTANTS?|PERSONNALIT[ÉE]S)(?![\p{L}])[^\d\n]{0,80}$/u;
/** A commune's name opening a row, before the member's civility: "BOURG-LÈS-VALENCE M. X", "Lisle-en-Ornain Mme Y". */
const COMMUNE_LEAD = /^[ \t]*(?!(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame|Dr)[ \t])[\p{L}(][\p{L}\p{M}'’() -]*?(?=[ \t]+(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame|Dr)[ \t])/u;

/**
 * One row of a table aligned with spaces: "HAMON Cédric X BRETON Odile", "FROMENT Gérard
 * Excusé", "GAMBIER Christophe X (excusé)", "CHEVALIER Ingrid X (18h47)". A note in brackets
 * says a status only when it is nothing else ("(quitte la séance …, pouvoir à …)" is no proxy
 * for the sitting: the member was there). Where the layout is known, a mark's column is the
 * label it stands under.
 */
function spacedRow(text: string, at: number, line: string, header: SpacedHeader, layout: LineLayout | undefined, next?: { at: number; line: string } | null): Row {
  const substitutes = header.columns.includes('substitute') && header.starts ? layout?.(line) : null;
  if (substitutes) return substituteRow(text, at, line, substitutes, header);
  const lead = header.communeFirst ? (COMMUNE_LEAD.exec(line)?.[0].length ?? communeCell(line, layout?.(line) ?? null, header)) : 0;
  // "Commune déléguée d'Ardoux-le-Vieux" over its members' rows: a group's label inside the table.
  // "âgées)" under "Membre nommé (retraités et personnes": a cell wrapped onto a line of its own.
  if ((GROUP_ROW.test(line) && !MARK_IN_ROW.test(line)) || (WRAPPED_CELL.test(line) && !SEATED_MEMBER.test(line)) || WRAPPED_GIVEN_NAME.test(line) || underLaterColumn(layout?.(line) ?? null, header)) return 'skip';
  // A column that says the presence in words: the name stops before them ("THIÉBAUT Véronique
  // Présente": "Présente" is no given name).
  const said = header.columns.includes('said') ? SAID_CELL.exec(line) : null;
  const code = header.codes ? codeIn(line, lead, header.codes) : null;
  // "HUET Guy-Marc   Conseiller municipal   PAYET Daniel" under "NOM Prénom   Qualité   Présent   Pouvoir à":
  // the name's cell ends where the office's column starts, and the holder is named past the office.
  const raw = header.columns[0] === 'note' && header.starts && !header.communeFirst ? (layout?.(line) ?? null) : null;
  const cells = raw ? rawCells(line, raw) : null;
  // Or, the layout unknown, the office's words themselves ("HOAREAU Marie-Josée 6ème Adjointe GRONDIN").
  const officeCell = !cells && header.columns.includes('note') ? OFFICE_CELL.exec(line.slice(lead)) : null;
  const officeAt = cells ? cellFrom(cells, header.starts![0]!) : officeCell ? lead + officeCell.index : -1;
  const pastOffice = cells && header.starts!.length > 1 ? cellFrom(cells, header.starts![1]!) : officeCell ? lead + officeCell.index + officeCell[0].length : -1;
  const nameEnd = code ? code.index : said && said.index > lead ? said.index : officeAt > lead ? officeAt : line.length;
  const first = parsePersonList(text, at + lead, at + nameEnd)[0]?.person;
  if (!first?.span || !/\p{Lu}{2}/u.test(first.surname) || text.slice(at + lead, first.span.start).trim()) return null;
  if (code) return codedRow(text, at, line, first, code, header, layout, next);
  const hasProxy = header.columns.includes('proxy');
  const restStart = first.span.end;
  const rest = text.slice(restStart, at + line.length);
  const bare = rest.replace(/\([^)]*\)?/g, (m) => ' '.repeat(m.length));
  const note = /\(([^)]*)\)?/.exec(rest)?.[1] ?? '';
  const placed = header.starts ? placedStatus(layout?.(line) ?? null, header) : undefined;
  const statusSaid = STATUS_SAID.exec(bare);
  const word = statusSaid?.[1];
  // "ROUSSEL Jean-Marc, Maire X": an office between the name and the mark.
  const office = /^[ \t]*,[^,()]*?(?=[ \t]+(?:[xX✓✔×☒]|><)(?![\p{L}\d]))/u.exec(bare)?.[0].length ?? 0;
  const mark = LEADING_MARK.exec(bare.slice(office));
  // A mark after an office's cell ("Elue      X      Mme ROLLAND"): the proxy's holder follows it.
  const laterMark = mark ? null : FIRST_MARK.exec(bare);
  const afterMark = mark ? office + mark[0].length : laterMark ? laterMark.index + laterMark[0].length : 0;
  // The proxy's cell may say what it holds: "Pouvoir à Mme HAMON", or "Suppléée par Mme VÉRON"
  // (the substitute sat: the row is theirs).
  const cellLead = hasProxy ? PROXY_CELL_LEAD.exec(bare.slice(afterMark)) : null;
  const holderAt = Math.max(restStart + afterMark + (cellLead?.[0].length ?? 0), pastOffice >= 0 ? at + pastOffice : 0);
  if (cellLead?.[1]) {
    const substitute = personIn(text, holderAt, restStart + bare.length);
    if (substitute) return { entries: [{ person: substitute, status: null, proxy: null }] };
  }
  // No mark, an office's cell before the holder ("Président du SICTOM de X   M. GOUJON"): the
  // holder is the one named with a civility, not a word in capitals of the office.
  const civility = !mark && !laterMark && hasProxy ? LAST_CIVILITY.exec(bare) : null;
  // "excusé   pouvoir à FOURCADE Pierre": the status's cell, then the proxy's.
  const proxyWords = !mark && !laterMark && !civility && !cellLead && hasProxy ? PROXY_TO.exec(bare) : null;
  const named = !hasProxy
    ? null
    : civility
      ? personIn(text, restStart + civility.index + civility[1]!.length, restStart + bare.length)
      : personIn(text, proxyWords ? restStart + proxyWords.index + proxyWords[0].length : holderAt, restStart + bare.length);
  let proxy = named && inProxyColumn(layout?.(line) ?? null, header, named) ? named : null;
  // "CADET Joséphine Conseillère" / "municipale X": the office wrapped in its cell, the mark or the holder after its end.
  const tail = officeCell && !mark && !laterMark && !proxy && next ? OFFICE_TAIL.exec(next.line) : null;
  const tailMark = !!tail && MARK.test(next!.line.slice(tail[0].length).trim());
  if (tail && !tailMark && hasProxy) proxy = personIn(text, next!.at + tail[0].length, next!.at + next!.line.length);
  let status: Status | null = null;
  // One column says it in words: "Présent", "Excusé", "Pouvoir à M. BRUGUIÈRE".
  const saidTo = header.columns.includes('said') ? PROXY_TO.exec(bare) : null;
  const saidProxy = saidTo ? personIn(text, restStart + saidTo.index + saidTo[0].length, restStart + bare.length) : null;
  if (saidProxy) return { entries: [{ person: first, status: null, proxy: saidProxy }] };
  // "FABRE Nathalie Conseiller municipal Représentée BLANC Josiane" under "Présence  Pouvoir à": represented, its holder in the proxy's column.
  const represented = said && hasProxy && !word && /^repr/iu.test(said[0]);
  const holder = represented ? personIn(text, at + said.index + said[0].length, restStart + bare.length) : null;
  if (holder) return { entries: [{ person: first, status: null, proxy: holder }] };
  if (header.columns.includes('said') && !word && /(?<![\p{L}])pr[ée]sente?s?(?![\p{L}])/iu.test(bare)) return { entries: [{ person: first, status: null, proxy: null }] };
  // "Absent excusé": excused ("Absent non excusé" is absent).
  if (word) status = /^excus/iu.test(word) || /(?<![\p{L}])absente?s?[ \t]+excus[ée]/iu.test(bare) ? 'excused' : 'absent';
  else if (proxy) status = null;
  // "X (excusé)" under "Absent(e)": the note says which absence.
  else if (placed) status = placed === 'either' || (placed === 'absent' && EXCUSED_NOTE.test(note)) ? statusOf('either', note) : placed;
  else if (mark && /^\s*(?:excus[ée]e?s?|absente?s?)\s*$/iu.test(note)) status = /^\s*excus/iu.test(note) ? 'excused' : 'absent';
  else if (mark || laterMark || tailMark) status = 'present';
  // A member's row with no mark in a table without an "Absent" column: not there, and not excused.
  else if (!header.columns.includes('absent') && !header.columns.includes('either') && !header.columns.includes('said')) status = 'absent';
  // "MENVIELLE Jean-Claude (suppléant)" in the proxy's column: the substitute sat for the member.
  if (proxy?.span && SUBSTITUTE_NOTE.test(text.slice(proxy.span.end, at + line.length))) return { entries: [{ person: proxy, status: null, proxy: null }] };
  // "BLANC Gérard Excusé GIRAUD Maurice" under "Présence  Pouvoir donné à": the status said, then in the proxy's column its holder.
  const afterWord = said && hasProxy && statusSaid && !cellLead ? statusSaid.index + statusSaid[0].length : -1;
  const heldBy = afterWord >= 0 && /^[ \t]+\p{Lu}{2}/u.test(bare.slice(afterWord)) ? personIn(text, restStart + afterWord, restStart + bare.length) : null;
  if (heldBy) return { entries: [{ person: first, status: null, proxy: heldBy }] };
  // "excusé   pouvoir à FOURCADE Pierre": away, and represented.
  const inProxyCell = !!proxy && hasProxy && PROXY_TO.test(bare);
  // "Excusée   Mme PIARD": the status said in its column, the holder named in the proxy's.
  const entry = entryOf(first, status, word && !inProxyCell && !(said && civility) ? null : proxy);
  return entry ? { entries: [entry] } : 'skip';
}

/** The cells of a row as laid out, parted by two spaces or more: where each starts in the input's line, and in the normalized one. */
function rawCells(line: string, raw: string): Array<{ start: number; end: number; rawAt: number }> | null {
  const cells: Array<{ start: number; end: number; rawAt: number }> = [];
  let at = 0;
  for (const m of execAll(/\S+(?: \S+)*/g, raw)) {
    const start = line.indexOf(m[0], at);
    if (start < 0) return null;
    cells.push({ start, end: start + m[0].length, rawAt: m.index! });
    at = start + m[0].length;
  }
  return cells;
}

/** Where, in the normalized line, the first of a row's `cells` laid out at or after `rawStart` (less a mark's centring) starts; -1 when none does. */
function cellFrom(cells: ReadonlyArray<{ start: number; rawAt: number }>, rawStart: number): number {
  return cells.find((c) => c.rawAt >= rawStart - 2)?.start ?? -1;
}

/**
 * A row of a table with the substitutes beside the members ("Délégués titulaires  P E A
 * Délégués suppléants  P  Pouvoir donné à"), read cell by cell where the layout puts them: the
 * substitute marked present sat (the member is in no list); else the member, by their mark, or
 * represented by the holder in the proxy's column. A row naming no member labels a group.
 */
function substituteRow(text: string, at: number, line: string, raw: string, header: SpacedHeader): Row {
  const cells = rawCells(line, raw);
  if (!cells) return null;
  const starts = header.starts!;
  const sub = header.columns.indexOf('substitute');
  const proxyColumn = header.columns.indexOf('proxy');
  const proxyAt = proxyColumn > sub ? starts[proxyColumn]! : Infinity;
  const columnAt = (rawAt: number) => {
    let k = -1;
    for (let i = 0; i < starts.length; i++) if (starts[i]! <= rawAt + 2) k = i;
    return k;
  };
  let member: Person | null = null;
  let substitute: Person | null = null;
  let holder: Person | null = null;
  let status: Status | null = null;
  let sat = false;
  for (const c of cells) {
    const k = columnAt(c.rawAt);
    if (MARK.test(line.slice(c.start, c.end))) {
      // A mark stands nearest its label's start: "P E A" leave no room for more.
      let near = 0;
      for (let i = 1; i < starts.length; i++) if (Math.abs(starts[i]! - c.rawAt) < Math.abs(starts[near]! - c.rawAt)) near = i;
      const column = header.columns[near];
      if (near > sub) sat ||= column === 'present';
      else if (column && isStatus(column)) status ??= statusOf(column, line);
      continue;
    }
    // A commune's cell, before where the names' column starts.
    if (header.nameStart != null && c.rawAt < header.nameStart - 2) continue;
    const person = personIn(text, at + c.start, at + c.end);
    if (!person) continue;
    if (c.rawAt >= proxyAt - 12) holder ??= person;
    else if (k >= sub) substitute ??= person;
    else member ??= person;
  }
  if (sat && substitute) return { entries: [{ person: substitute, status: null, proxy: null }] };
  if (!member) return cells.length === 1 ? 'skip' : null;
  const entry = entryOf(member, holder ? null : status, holder);
  return entry ? { entries: [entry] } : 'skip';
}

/**
 * A code of the legend standing alone in a row after its name: "BRETEAU Alain   Maire   P". The
 * first lookahead repeats that a code opens on a capital: it lets V8 skip to capitals instead of
 * trying the lookbehind at every offset (0.63 of the time, micro over corpus and fixture texts).
 */
const CODE_TOKEN = /(?=\p{Lu})(?<![\p{L}\d.'’-])\p{Lu}[\p{Lu}\p{Ll}]{0,2}(?![\p{L}\d.'’-])/gu;

function codeIn(line: string, from: number, codes: ReadonlyMap<string, CodedStatus>): RegExpExecArray | null {
  CODE_TOKEN.lastIndex = from;
  for (let m = CODE_TOKEN.exec(line); m; m = CODE_TOKEN.exec(line)) {
    // A code opening the row is no cell after a name.
    if (codes.has(m[0]) && line.slice(from, m.index).trim()) return m;
  }
  return null;
}

/**
 * A row whose presence column holds a code of the legend: present, or away, with the holder of
 * the proxy named anywhere else in the row (a skewed row may print it before the code), or alone
 * on the next line under the proxy's column (a cell the layout wrapped).
 */
function codedRow(text: string, at: number, line: string, first: Person, code: RegExpExecArray, header: SpacedHeader, layout: LineLayout | undefined, next: { at: number; line: string } | null | undefined): Row {
  const status = header.codes!.get(code[0])!;
  if (status === 'present') return { entries: [{ person: first, status: null, proxy: null }] };
  const codeAt = at + code.index;
  // The cell after the code may name the holder after its link ("Pouvoir à M. DUVERGER", "Remplacée par Mme X").
  const after = codeAt + code[0].length;
  const link = PROXY_CELL_LEAD.exec(text.slice(after, at + line.length));
  // Where a column stands between the name and the presence ("BRUNET Lucie NI E" under "Nom Prénom
  // Groupe Présence"), its cell (a group's initials) is no holder: one before the code is named in
  // full there ("BEAUDOUIN Eric  Conseiller  COUTANT Hervé  E").
  const noteBefore = header.columns.indexOf('note') >= 0 && header.columns.indexOf('note') < header.columns.indexOf('said');
  const before = personIn(text, first.span!.end, codeAt);
  const holder =
    (before && (!noteBefore || before.givenName || before.civility) ? before : null) ??
    personIn(text, after + (link?.[0].length ?? 0), at + line.length) ??
    (next && wrappedHolder(text, next, header, layout));
  // "S = remplacé par son suppléant": the substitute named in the row sat; the member is in no list.
  if (status === 'substituted') return holder ? { entries: [{ person: holder, status: null, proxy: null }] } : 'skip';
  if (holder) return { entries: [{ person: first, status: null, proxy: holder }] };
  return { entries: [{ person: first, status: status === 'absent' ? 'absent' : 'excused', proxy: null }] };
}

/** The next line when it holds a name alone, laid out under the proxy's column. */
function wrappedHolder(text: string, next: { at: number; line: string }, header: SpacedHeader, layout: LineLayout | undefined): Person | null {
  const column = header.columns.indexOf('proxy');
  const raw = layout?.(next.line);
  if (column < 0 || !raw || !header.starts) return null;
  const indent = raw.length - raw.trimStart().length;
  if (indent < header.starts[column]! - 12) return null;
  const people = parsePersonList(text, next.at, next.at + next.line.length);
  return people.length === 1 && /\p{Lu}{2}/u.test(people[0]!.person.surname) ? people[0]!.person : null;
}

/**
 * A line that, as laid out, starts under a column after the names' ("1ère Vice-présidente" under
 * "Qualité"): a cell the layout wrapped onto a line of its own, not a member's row.
 */
function underLaterColumn(raw: string | null, header: SpacedHeader): boolean {
  if (!raw || !header.starts?.length) return false;
  const indent = raw.length - raw.trimStart().length;
  return indent >= header.starts[0]! - 2;
}

/**
 * Whether a proxy's holder read in a row stands in the proxy's column as laid out ("SIAEP" in
 * "Président du SIAEP de la Bionne" under "Qualité" is no holder); true when the layout is unknown.
 */
function inProxyColumn(raw: string | null, header: SpacedHeader, holder: Person): boolean {
  const column = header.columns.indexOf('proxy');
  if (!raw || !header.starts || column < 0) return true;
  const at = raw.lastIndexOf(holder.surname);
  return at < 0 || at >= header.starts[column]! - 12;
}

/**
 * A member's office in a "Qualité" column's cell after the name, where no layout parts the cells:
 * "Maire", "6ème Adjointe", "Conseillère municipale", "Conseiller municipal délégué".
 */
const OFFICE_CELL = /[ \t]+(?:\d{1,2}(?:er|re|[èe]re|e|[èe]me)[ \t]+)?(?:Vice-[ \t]?)?(?:Maire|Adjointe?|Conseill(?:er|[èe]re)|[Pp]r[ée]sidente?|D[ée]l[ée]gu[ée]e?)(?:[ \t]+(?:municipale?|communautaire|d[ée]partementale?|d[ée]l[ée]gu[ée]e?))*(?![\p{L}])/u;
/** That office's words wrapped in its cell onto the next line ("municipale X", "municipal TECHER"). */
const OFFICE_TAIL = /^[ \t]*(?:municipale?|communautaire|d[ée]partementale?|d[ée]l[ée]gu[ée]e?)(?:[ \t]+(?:municipale?|d[ée]l[ée]gu[ée]e?))*(?=[ \t]|$)/u;

/** The last civility of a row's cells, after the member's name: where a proxy's holder is named. */
const LAST_CIVILITY = /([ \t])(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t](?![^\n]*[ \t](?:M\.|Mme|Mlle|Monsieur|Madame)[ \t])/u;

/**
 * The commune's cell opening a row, where the layout says where the names' column starts
 * ("LABOUSTÈRE       SOUBIRON Jean-Marc   X": no civility to tell the commune from the name).
 */
function communeCell(line: string, raw: string | null, header: SpacedHeader): number {
  if (!raw || header.nameStart === null || header.nameStart === undefined) return 0;
  const cell = raw.slice(0, header.nameStart).trim();
  if (!cell || raw.slice(header.nameStart - 1, header.nameStart).trim()) return 0;
  const at = line.indexOf(cell);
  return at === 0 ? cell.length : 0;
}

/** "(suppléant)", "(suppléante)" right after a name: that person is a substitute. */
const SUBSTITUTE_NOTE = new RegExp(String.raw`^[ \t]*${SUBSTITUTE_MARK}`, 'iu');

/** What opens a proxy's cell: "Pouvoir à", or "Suppléé(e) par" (group 1). */
const PROXY_CELL_LEAD = new RegExp(String.raw`^[ \t]*(?:(?:pouvoir|procuration|mandat)\s+(?:donn[ée]e?\s+)?[àa]\s+|(${SUBSTITUTED_BY_WORDS})\s+)`, 'iu');

/**
 * The presence a member's cell says, closing their half of a row side by side: "Présente",
 * "Excusé", "Pouvoir à J-M. HUMBERT" (the holder: initials, one family name in capitals).
 */
const SAID_CELL = /(?<![\p{L}])(?:pr[ée]sente?|excus[ée]e?|absente?|repr[ée]sent[ée]e?|pouvoir\s+[àa]\s+(?:\p{Lu}[\p{L}-]{0,3}\.\s*)*\p{Lu}[\p{Lu}'’-]+)(?![\p{L}])/iu;

/** A row of two tables side by side: the first member's half up to their presence, the other's after it. */
function sideBySideRow(text: string, at: number, line: string, header: SpacedHeader): Row {
  const cell = SAID_CELL.exec(line);
  if (!cell) return null;
  const cut = cell.index + cell[0].length;
  const first = spacedRow(text, at, line.slice(0, cut), header, undefined);
  if (!first || first === 'skip') return first;
  const lead = /^[\s|]*/.exec(line.slice(cut))![0].length;
  const rest = line.slice(cut + lead);
  const second = rest.trim() ? spacedRow(text, at + cut + lead, rest, header, undefined) : null;
  return { entries: [...first.entries, ...(second && second !== 'skip' ? second.entries : [])] };
}

/** A row of two tables of marks side by side, cut where the right one starts as laid out. */
function halvesRow(text: string, at: number, line: string, halves: NonNullable<SpacedHeader['halves']>, layout: LineLayout | undefined): Row {
  const raw = layout?.(line);
  if (!raw) return spacedRow(text, at, line, halves.left, undefined);
  const flat = (s: string) => oneSpace(s).trim();
  const leftRaw = raw.slice(0, halves.rightAt);
  const rightRaw = raw.slice(halves.rightAt);
  const leftLine = flat(leftRaw);
  const rightLine = flat(rightRaw);
  const entries: ListEntry[] = [];
  let read: Row = null;
  if (leftLine && line.startsWith(leftLine)) {
    read = spacedRow(text, at, leftLine, halves.left, (l) => (l === leftLine ? leftRaw : null));
    if (read && read !== 'skip') entries.push(...read.entries);
  }
  const rightFrom = rightLine ? line.indexOf(rightLine, leftLine.length) : -1;
  if (rightFrom >= 0) {
    const right = spacedRow(text, at + rightFrom, rightLine, halves.right, (l) => (l === rightLine ? rightRaw : null));
    if (right && right !== 'skip') entries.push(...right.entries);
    read ??= right;
  }
  return entries.length ? { entries } : read === null && !leftLine ? 'skip' : read;
}

/** A note beside a mark saying the member excused themselves ("X (excusée)"). */
const EXCUSED_NOTE = /^\s*excus[ée]e?s?\s*$/iu;

/** The status column the first mark of a row stands under, in the row as laid out; undefined when unknown. */
function placedStatus(raw: string | null, header: SpacedHeader): Status | 'either' | undefined {
  if (!raw || !header.starts) return undefined;
  for (const mk of execAll(MARK_TOKEN, raw)) {
    // The column whose label starts at or just after the mark's left (a mark is centred under its label).
    let k = -1;
    for (let i = 0; i < header.starts.length; i++) if (header.starts[i]! <= mk.index! + 2) k = i;
    const column = header.columns[k];
    if (column && isStatus(column)) return column as Status | 'either';
  }
  return undefined;
}

/**
 * A header broken one cell a line ("Collège", "Administrateur", "Présent", "Excusé / pouvoir"):
 * the line after its last label, when it names at least two statuses and a names' column.
 */
function stackedHeader(text: string, pos: number, to: number): number | null {
  const columns: Column[] = [];
  let at = pos;
  for (;;) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > to) end = to;
    const raw = text.slice(at, end);
    // clean() drops blanks and underscores before the label, and asterisks in pairs.
    const label = mayOpenOn(raw, COLUMN_INITIALS, TRIMMED + '_', '*') ? clean(raw) : '';
    const column = label && label.length <= 40 ? columnOf(label) : null;
    if (!column) break;
    columns.push(column);
    at = end + 1;
    if (end >= to) break;
  }
  return columns.length >= 3 && columns.includes('name') && (columns.filter(isStatus).length >= 2 || columns.includes('said')) ? at : null;
}

/** A status cell alone on its line: a mark, "Excusée", "Absent", "Pouvoir à M. X". */
const STATUS_CELL = /^[ \t]*(?:([xX✓✔×☒]|><|pr[ée]sente?s?)|(excus[ée]e?s?|absente?s?)|(?:excus[ée]e?s?[ \t]*[-–—,][ \t]*)?(?:pouvoir|procuration|mandat)\s+(?:donn[ée]e?\s+)?[àa](?:\s+(.+?))?)[ \t.]*$/iu;

/**
 * The rows of a table read one cell a line: a member's line, then their status's; a line that
 * is neither (a college: "Personnalités qualifiées") heads the members under it.
 */
function stackedRows(text: string, start: number, to: number): { entries: ListEntry[]; end: number } | null {
  const entries: ListEntry[] = [];
  let last = start;
  let member: Person | null = null;
  for (let pos = start; pos < to; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const line = text.slice(pos, end);
    if (!line.trim()) break;
    // "(Président)", "(CC du Plateau)" under a member: their office or body, a cell of their row.
    if (member && NOTE_CELL.test(line)) {
      last = end;
      pos = end + 1;
      continue;
    }
    // "Excusée" then "pouvoir à ARNAUD-" / "TEYSSIER P.": the proxy's cell after the status's.
    const previous = entries[entries.length - 1];
    const proxyCell = !member && previous && previous.status !== null && !previous.proxy ? LATER_PROXY_CELL.exec(line) : null;
    const later = previous && proxyCell ? cellHolder(text, pos + proxyCell[0].length, end, to) : null;
    if (previous && later) {
      entries[entries.length - 1] = { person: previous.person, status: null, proxy: later.holder };
      last = later.end;
      pos = later.end + 1;
      continue;
    }
    const cell = member ? STATUS_CELL.exec(line) : null;
    if (cell && member) {
      let entry: ListEntry | null = null;
      if (cell[1]) entry = entryOf(member, 'present', null);
      else if (cell[2]) entry = entryOf(member, /^excus/iu.test(cell[2]) ? 'excused' : 'absent', null);
      else {
        // "Pouvoir à M. X", or "Excusée – pouvoir à" over "S. LEMARCHAND".
        const found = cellHolder(text, cell[3] ? pos + line.lastIndexOf(cell[3]) : end, end, to);
        entry = entryOf(member, found ? null : 'excused', found?.holder ?? null);
        if (found) end = found.end;
      }
      if (entry) entries.push(entry);
      member = null;
      last = end;
    } else {
      const first = parsePersonList(text, pos, end)[0]?.person;
      member = first?.span && /\p{Lu}{2}/u.test(first.surname) && !text.slice(pos, first.span.start).trim() ? first : null;
      if (member) last = end;
    }
    pos = end + 1;
  }
  return entries.length >= MIN_ROWS ? { entries, end: last } : null;
}

/**
 * The holder a proxy's cell names from `from` to its line's end: "ARNAUD-" there going on over
 * the next line ("TEYSSIER P."), or, when the cell stops at "pouvoir à", the name alone on the
 * next line. With where the cell ends.
 */
function cellHolder(text: string, from: number, lineEnd: number, to: number): { holder: Person; end: number } | null {
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0 || nextEnd > to) nextEnd = to;
  const next = lineEnd < to ? { start: lineEnd + 1, end: nextEnd } : null;
  if (!text.slice(from, lineEnd).trim()) {
    const holder = next && personIn(text, next.start, next.end);
    return holder ? { holder, end: nextEnd } : null;
  }
  const wrapped = wrappedName(text, { start: from, end: lineEnd }, next);
  if (wrapped) return { holder: wrapped, end: nextEnd };
  const holder = personIn(text, from, lineEnd);
  return holder ? { holder, end: lineEnd } : null;
}

/** A cell in brackets alone on its line: a member's office or body. */
const NOTE_CELL = /^[ \t]*\([^()\n]{1,80}\)[ \t]*$/u;
/** A proxy's cell on its own line after a status's: "pouvoir à ARNAUD-". */
const LATER_PROXY_CELL = /^[ \t]*(?:pouvoir|procuration|mandat)\s+(?:donn[ée]e?\s+)?[àa]\s+/iu;

/**
 * The first grid of presence in text[from, to): its members with their status, and its span.
 * `headerBy`: only a header whose line starts at or before it is looked for (the rows may run on
 * to `to`); a caller that wants a grid opening there asks no more of the lines after it.
 */
export function presenceGrid(text: string, from: number, to: number, layout?: LineLayout, headerBy = to): { entries: ListEntry[]; span: Span } | null {
  for (let pos = from; pos < to && pos <= headerBy; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const line = text.slice(pos, end);
    const piped = pipedHeader(line);
    const header = piped ? null : spacedHeader(line, layout);
    // A presence column of codes: the legend under the table (or over it) says what each means.
    const coded = header?.columns.includes('said') && !header.sideBySide ? { ...header, codes: legendCodes(text, pos, Math.min(to, end + 4000)) } : header;
    const spaced = coded && excusedUnder(text, end + 1, to) ? excusedAbsence(coded) : coded;
    const stacked = piped || spaced ? null : stackedHeader(text, pos, to);
    const table = piped
      ? rowsAfter(text, end + 1, to, (at, l, next) => (l.includes('|') ? pipedRow(text, at, l, piped, next) : null))
      : spaced
        ? rowsAfter(text, end + 1, to, (at, l, next) => (spaced.sideBySide ? sideBySideRow(text, at, l, spaced) : spaced.halves ? halvesRow(text, at, l, spaced.halves, layout) : spacedRow(text, at, l, spaced, layout, next)), (l) => GROUP_ROW.test(l))
        : stacked !== null
          ? stackedRows(text, stacked, to)
          : null;
    if (table) return { entries: table.entries, span: { start: pos + (line.length - line.trimStart().length), end: table.end } };
    pos = end + 1;
  }
  return null;
}

/** "Absent(e)" over "excusé(e)": a header's label on two lines, its second alone on its line. */
const EXCUSED_LABEL_LINE = /^[ \t]*excus[ée]e?s?(?:\((?:e|s|es)\)s?)?[ \t]*$/iu;
function excusedUnder(text: string, at: number, to: number): boolean {
  const end = text.indexOf('\n', at);
  return at < to && EXCUSED_LABEL_LINE.test(text.slice(at, end < 0 || end > to ? to : end));
}
/** The absence column of such a header is the excused members'. */
function excusedAbsence(header: SpacedHeader): SpacedHeader {
  if (!header.columns.includes('absent') || header.columns.includes('excused')) return header;
  return { ...header, columns: header.columns.map((c) => (c === 'absent' ? 'excused' : c)) };
}

type ReadRow = (at: number, line: string, next: { at: number; line: string } | null) => Row;

/**
 * `opensGroup`: a line that, after a blank line, labels the next group of rows of the same table
 * ("Collège des représentants des établissements publics"): the table goes on past the blank.
 */
function rowsAfter(text: string, start: number, to: number, read: ReadRow, opensGroup?: (line: string) => boolean): { entries: ListEntry[]; end: number } | null {
  const entries: ListEntry[] = [];
  let last = start;
  let rows = 0;
  let joined = false;
  let afterLabel = false;
  for (let pos = start; pos < to; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const line = text.slice(pos, end);
    // The rules of a markdown or ASCII table; the second half of a name cut at its hyphen, read with the first.
    if (joined || (line.trim() && RULE.test(line))) {
      joined = false;
      last = end;
      pos = end + 1;
      continue;
    }
    const nextEnd = end < to ? text.indexOf('\n', end + 1) : -1;
    const next = end < to ? { at: end + 1, line: text.slice(end + 1, nextEnd < 0 || nextEnd > to ? to : nextEnd) } : null;
    if (!line.trim() && rows > 0 && opensGroup) {
      // Blank lines before a group's label, or after one: the table goes on.
      let at = end + 1;
      while (at < to && text[at] === '\n') at++;
      let labelEnd = text.indexOf('\n', at);
      if (labelEnd < 0 || labelEnd > to) labelEnd = to;
      if (at < to && (afterLabel || opensGroup(text.slice(at, labelEnd)))) {
        pos = at;
        continue;
      }
    }
    // Blank lines between the header and the first row.
    if (!line.trim() && rows === 0 && !afterLabel && text.slice(start, pos).trim() === '') {
      last = end;
      pos = end + 1;
      continue;
    }
    afterLabel = !!opensGroup?.(line);
    const row = line.trim() ? read(pos, line, next) : null;
    if (!row) break;
    if (row !== 'skip') {
      entries.push(...row.entries);
      rows++;
      const span = row.entries[0]!.person.span;
      joined = !!span && span.end > end;
    }
    last = end;
    pos = end + 1;
  }
  return rows >= MIN_ROWS ? { entries, end: last } : null;
}

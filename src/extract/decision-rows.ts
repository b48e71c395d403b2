/**
 * A relevé de décisions exported from a records database a row a line: the act's number, its
 * subject, the rapporteur ("BRUNEAU G."), the decision, the vote ("26 P / 7 C / 2 A",
 * "Unanimité") and the date it was sent to the State's representative:
 *
 *   82-103 Budget supplémentaire 1982 - Budget principal PERRAUDIN J. Adopté 26 P / 7 C 02/07/1982
 *
 * A subject too long for its cell wraps around the row: its first line printed over the row, the
 * rest under it, the row's own subject left empty.
 */
import type { Item } from '../schema/minutes.ts';
import type { SectionClaim } from '../segment/sections.ts';
import { countsCell, itemOf } from './register-table.ts';
import { trimmedLines } from '../text/lines.ts';

const ROW = /^(\d{2,4}[-/]\d{1,4})[ \t]+(?:(.*?)[ \t]+)?(\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)*[ \t]\p{Lu}\.)[ \t]+(Adopt[ée]e?s?|Rejet[ée]e?s?|Pris[ea]?s?[ \t]+acte|Retir[ée]e?s?|Ajourn[ée]e?s?)[ \t]+(Unanimit[ée]|\d{1,3}[ \t]*P(?:[ \t]*\/[ \t]*\d{1,3}[ \t]*[CA])*|[-–—])[ \t]+(\d{2}\/\d{2}\/\d{4}|[-–—])$/u;
/**
 * A register's table of points exported a row a line, the rapporteur before the subject, the vote
 * in words and figures, the act's classification code closing it, the decision's sentence under it:
 *
 *   98-041 PAPIN G. Compte administratif 1997 - Budget principal POUR 25 CONTRE 5 ABST 1 FIN
 */
const RAPPORTEUR_FIRST_ROW = /^(\d{2,4}[-/]\d{1,4})[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)*[ \t]\p{Lu}(?:-\p{Lu})*\.[ \t]+(.+?)[ \t]+(UNANIMIT[ÉE]|POUR[ \t]+(\d{1,3})[ \t]+CONTRE[ \t]+(\d{1,3})[ \t]+ABST(?:\.|ENTIONS?)?[ \t]+(\d{1,3}))[ \t]+\p{Lu}{2,6}$/u;
/** How such a row ends: its vote, then its code. */
const RAPPORTEUR_FIRST_ROW_END = /(?:UNANIMIT[ÉE]|ABST\.?[ \t]+\d{1,3})[ \t]+\p{Lu}{2,6}[ \t]*\n/u;
/**
 * A relevé printed by a records program, its columns flattened: the row's first line its number,
 * the subject's first words, perhaps the rapporteur and the vote, the decision in a word of status
 * ("ADOPTE", "Adopté"), perhaps the vote or its first count and the date it was sent; the subject's rest on the
 * lines under it, each closing on the vote's next count or the rapporteur's given name:
 *
 *   96/59 Budget primitif de l'exercice 1997 (section d'exploitation ADOPTE POUR : 13
 *   et section d'investissement) CONTRE : 2
 *   ABST. : 0
 *   81-021 Compte administratif 1980 - Budget M. RAMASSAMY 18 0 4 ADOPTÉ 08/04/1981
 *   principal de la commune Henri
 */
const STATUS_ROW = new RegExp(
  String.raw`^(\d{2,4}[-/]\d{1,4}|\d{2}-\p{Lu}{1,4}-\d{1,3})[ \t]+(.+?)(?:[ \t]+(Unanimit[ée]|UNANIMIT[ÉE]|\d{1,3}[ \t]+\d{1,3}[ \t]+\d{1,3}(?:[ \t]+\d{1,3})?|[-–—](?:[ \t]+[-–—]){2,3}))?[ \t]+` +
    String.raw`(APPROUV[ÉE]E?S?|ADOPT[ÉE]E?S?|ATTRIBU[ÉE]E?S?|AUTORIS[ÉE]E?S?|ACCORD[ÉE]E?S?|ACCEPT[ÉE]E?S?|VALID[ÉE]E?S?|REPORT[ÉE]E?S?|AJOURN[ÉE]E?S?|RETIR[ÉE]E?S?|REJET[ÉE]E?S?|REFUS[ÉE]E?S?|PRIS[ \t]+ACTE|PREND[ \t]+ACTE|DONNE[ \t]+ACTE|(?:Approuv|Adopt|Report|Ajourn|Retir|Rejet|Refus)[ée]e?s?|Pris[ \t]+acte)` +
    String.raw`(?:[ \t]+(UNANIMIT[ÉE]|Unanimit[ée]|POUR[ \t]*:?[ \t]*\d{1,3}|\d{1,3}[ \t]+\d{1,3}[ \t]+\d{1,3}))?(?:[ \t]+(?:\d{2}\/\d{2}\/\d{4}|\d{4}-\d{3,5}))?$`,
  'u',
);
/** The header over three figures of a row's vote: for, against, abstentions, in that order. */
const FIGURES_HEADER = /\bPour[ \t]+Contre[ \t]+Abst/u;
/** The rapporteur closing a row's subject ("… - Budget M. RAMASSAMY"), with or without the given name. */
const ROW_RAPPORTEUR = /[ \t]+(?:M\.|MM\.|Mme|Mlle)[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))?$/u;
/** The rapporteur's given name closing the line under the row, the subject's rest before it. */
const GIVEN_NAME_CLOSING = /(?:^|[ \t]+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A count of the vote closing a line under such a row: "CONTRE : 2", "ABST. : 0". */
const STATUS_ROW_COUNT = /[ \t]*(?:CONTRE|ABST(?:\.|ENTIONS?)?|POUR)[ \t]*:?[ \t]*\d{1,3}$/u;
/** What closes such a table, or a page's header repeated over its rest: no line of a subject. */
const STATUS_ROW_STOP = /^(?:N°|Nombre\s+d|Total|Observations?\s*:|Pour\s+extrait|Fait\s+[àa]|Certifi|Le\s+Pr[ée]sident|S[ée]ance\s+du|Page\s*:?\s*\d|[ÉE]dit[ée]\s+(?:par|le)|Imprim[ée]\s+(?:par|le))|^(?=[^\p{Ll}]*\p{Lu}{2})[^\p{Ll}]*$/u;
/** "26 P / 7 C / 2 A": each count and its letter. */
const COUNT = /(\d{1,3})[ \t]*([PCA])/gu;
const KEY: Readonly<Record<string, 'for' | 'against' | 'abstentions'>> = { P: 'for', C: 'against', A: 'abstentions' };
/** Fewer rows than this are no such table. */
const MIN_ROWS = 3;

export function readDecisionRows(text: string): Item[] {
  const ranked = RANKED_HEADER.test(text) ? rankedRows(text) : [];
  if (ranked.length) return ranked;
  const dated = DATED_HEADER.test(text) ? datedRows(text) : [];
  if (dated.length >= MIN_ROWS) return dated;
  const wrapped = WRAPPED_HEADER.test(text) ? wrappedRows(text) : [];
  if (wrapped.length >= MIN_ROWS) return wrapped;
  // Asked of most documents: a plain search for the vote's words in capitals before any pattern.
  const rapporteurFirst = (text.includes('UNANIMIT') || text.includes('ABST')) && RAPPORTEUR_FIRST_ROW_END.test(text) ? rapporteurFirstRows(text) : [];
  if (rapporteurFirst.length) return rapporteurFirst;
  const status = /(?:APPROUV|ADOPT)[ÉE]E?S?(?:[ \t]+(?:UNANIMIT|POUR|\d\d\/|\d{4}-\d)|[ \t]*\n)/u.test(text) ? statusRows(text) : [];
  if (status.length) return status;
  // The status in title case ("Adopté 12 0 0"): after the rows with their rapporteur (ROW), which it would read too.
  const titleCased = () => (/(?:Approuv|Adopt)[ée]e?s?[ \t]+(?:Unanimit|\d{1,3}[ \t]+\d{1,3}[ \t]+\d)/u.test(text) ? statusRows(text) : []);
  // Most documents have no line closing on an outcome, a vote and a date: one search first.
  if (!/(?:Adopt|Rejet|acte|Retir|Ajourn)\S*[ \t]+(?:Unanimit|\d{1,3}[ \t]*P|[-–—])/u.test(text)) return titleCased();
  const table = rowsOf(text, ROW);
  if (!table) return titleCased();
  const { lines, rows } = table;
  const items: Item[] = [];
  rows.forEach((m, k) => {
    if (!m) return;
    const before = k > 0 && !rows[k - 1] ? lines[k - 1]! : null;
    const after = k + 1 < lines.length && !rows[k + 1] && !m[2] ? lines[k + 1]! : null;
    // An empty subject cell: the subject wrapped around the row, its first line over it.
    const wrapped = !m[2] && before && after;
    const subject = wrapped ? `${before.text} ${after.text}` : (m[2] ?? '');
    const vote = m[5]!.startsWith('Unanimit') ? m[5]! : /\d/.test(m[5]!) ? countsCell(Object.fromEntries([...m[5]!.matchAll(COUNT)].map((c) => [KEY[c[2]!]!, c[1]!]))) : '';
    const start = wrapped ? before.start : lines[k]!.start;
    const end = wrapped ? after.end : lines[k]!.end;
    items.push(
      itemOf({
        number: m[1]!,
        cells: { number: [m[1]!], date: [], subject: [subject.replace(/\s+/g, ' ').trim()], decision: [m[4]!], vote: vote ? [vote] : [], other: [] },
        start,
        end,
      }),
    );
  });
  return items;
}

/**
 * A summary table of the points by their rank, under "N° Objet Décision Vote" on one line, the
 * decision a word of status and the vote in words; the subject wraps onto the line under the row,
 * the vote's next count closing it:
 *
 *   2 Budget supplémentaire de l'exercice Adopté Pour 17
 *   1980 Abst. 2
 *   4 Fête patronale 1980 - subvention au Adopté Unanimité
 *   Comité des fêtes
 */
const RANKED_HEADER_LINE = /^N°[ \t]+Objet[ \t]+D[ée]cision[ \t]+Vote$/u;
/** RANKED_HEADER_LINE anywhere in a text, looked for before the text is split. */
const RANKED_HEADER = new RegExp(`(?:^|\n)[ \t]*${RANKED_HEADER_LINE.source.slice(1, -1)}[ \t]*(?:\n|$)`, 'u');
const RANKED_ROW = /^(\d{1,3})[ \t]+(.+?)[ \t]+(Adopt[ée]e?s?|Rejet[ée]e?s?|Retir[ée]e?s?|Ajourn[ée]e?s?|Pris[ \t]+acte)[ \t]+(?:(Unanimit[ée])|(Pour)[ \t]*:?[ \t]*(\d{1,3})|[-–—])$/u;
/** A count of the vote closing a line under such a row: "Abst. 2", "Contre : 1". */
const RANKED_COUNT = /[ \t]*(Contre|Abst(?:\.|entions?)?|Pour)[ \t]*:?[ \t]*(\d{1,3})$/u;
/** Each count's word as such a row writes it (a dated row's too), and its key. */
const RANKED_KEYS: ReadonlyArray<readonly [RegExp, 'for' | 'against' | 'abstentions']> = [
  [/^Pour$/u, 'for'],
  [/^Contre$/u, 'against'],
  [/^Abst/u, 'abstentions'],
];
/** A subject's line cut mid-phrase, its rest on the next line whatever that opens on. */
const CUT_SUBJECT = /(?<![\p{L}])(?:de|du|des|la|le|les|à|au|aux|et|en|sur|pour|par|d['’]|l['’])$|[-–,]$/iu;
/** How many lines a subject wraps onto at most. */
const RANKED_WRAPS = 3;

function rankedRows(text: string): Item[] {
  const lines = trimmedLines(text);
  const headerAt = lines.findIndex((l) => RANKED_HEADER_LINE.test(l.text));
  const items: Item[] = [];
  for (let k = headerAt + 1; k < lines.length; k++) {
    const m = RANKED_ROW.exec(lines[k]!.text);
    if (!m) {
      if (items.length) break;
      continue;
    }
    const subject = [m[2]!];
    const counts: Partial<Record<'for' | 'against' | 'abstentions', string>> = {};
    const count = (word: string, figure: string) => {
      const key = RANKED_KEYS.find(([re]) => re.test(word))?.[1];
      if (key) counts[key] = figure;
    };
    if (m[5]) count(m[5], m[6]!);
    let last = k;
    while (last + 1 < lines.length && last - k < RANKED_WRAPS) {
      const next = lines[last + 1]!.text;
      if (!next || RANKED_ROW.test(next) || !(/^[\p{Ll}\d(–-]/u.test(next) || CUT_SUBJECT.test(subject[subject.length - 1]!))) break;
      const closing = RANKED_COUNT.exec(next);
      const words = closing ? next.slice(0, closing.index) : next;
      if (closing) count(closing[1]!, closing[2]!);
      if (words) subject.push(words);
      last++;
    }
    const vote = Object.keys(counts).length ? countsCell(counts) : (m[4] ?? '');
    items.push(itemOf({ number: m[1]!, cells: { number: [m[1]!], date: [], subject: [subject.join(' ')], decision: [], vote: [`${m[3]!} ${vote}`.trim()], other: [] }, start: lines[k]!.start, end: lines[last]!.end }));
    k = last;
  }
  return items.length >= MIN_ROWS ? items : [];
}

/** The rows of RAPPORTEUR_FIRST_ROW, each with the decision's sentence under it (the lines up to the next row). */
function rapporteurFirstRows(text: string): Item[] {
  const table = rowsOf(text, RAPPORTEUR_FIRST_ROW);
  if (!table) return [];
  const { lines, rows } = table;
  const items: Item[] = [];
  rows.forEach((m, k) => {
    if (!m) return;
    let last = k;
    while (last + 1 < lines.length && !rows[last + 1] && lines[last + 1]!.text && last - k < 3) last++;
    const decision = lines.slice(k + 1, last + 1).map((l) => l.text).join(' ');
    const vote = m[3]!.startsWith('UNANIMIT') ? 'Unanimité' : countsCell({ for: m[4]!, against: m[5]!, abstentions: m[6]! });
    items.push(itemOf({ number: m[1]!, cells: { number: [m[1]!], date: [], subject: [m[2]!.trim()], decision: decision ? [decision] : [], vote: [vote], other: [] }, start: lines[k]!.start, end: lines[last]!.end }));
  });
  return items;
}

/** The rows of STATUS_ROW, each with its subject's rest and its vote's counts from the lines under it. */
function statusRows(text: string): Item[] {
  const table = rowsOf(text, STATUS_ROW);
  if (!table) return [];
  const { lines, rows } = table;
  const figures = FIGURES_HEADER.test(text);
  const items: Item[] = [];
  rows.forEach((m, k) => {
    if (!m) return;
    const rapporteur = ROW_RAPPORTEUR.exec(m[2]!);
    const subject = [rapporteur ? m[2]!.slice(0, rapporteur.index) : m[2]!];
    // Its given name on the line under the row, where the row has the surname alone.
    let givenNameUnder = !!rapporteur && !rapporteur[1];
    const vote = [voteCell(m[3] ?? '', figures), voteCell(m[5] ?? '', figures)].filter((v) => v && !/^[-–—]/u.test(v));
    let last = k;
    for (let next = lines[k + 1]; next?.text && !rows[last + 1]; next = lines[last + 1]) {
      const count = STATUS_ROW_COUNT.exec(next.text);
      let rest = count ? next.text.slice(0, count.index) : next.text;
      if (rest && STATUS_ROW_STOP.test(rest)) break;
      const given = givenNameUnder ? GIVEN_NAME_CLOSING.exec(rest) : null;
      if (given) rest = rest.slice(0, given.index);
      givenNameUnder = false;
      if (count) vote.push(count[0].trim());
      if (rest) subject.push(rest);
      last++;
    }
    // The status goes with the vote, not as an act: "ATTRIBUE" says the point passed, not what the body did.
    items.push(itemOf({ number: m[1]!, cells: { number: [m[1]!], date: [], subject, decision: [], vote: [`${m[4]!} ${vote.join(' ')}`.trim()], other: [] }, start: lines[k]!.start, end: lines[last]!.end }));
  });
  return items;
}

/**
 * The parts of a sitting's point read from a STATUS_ROW row: the row's subject and rapporteur, the
 * subject's rest under it too, its report; its vote's, decision's and act's cells, closing its
 * first line, its decision. None where the point's first line is no such row.
 */
export function statusRowClaims(text: string, item: Item, index: number): SectionClaim[] {
  if (!item.span) return [];
  // The span opens on the row's trimmed line (statusRows).
  const lineEnd = text.indexOf('\n', item.span.start);
  const line = text.slice(item.span.start, lineEnd < 0 ? text.length : lineEnd).trimEnd();
  const m = STATUS_ROW.exec(line);
  if (!m) return [];
  // The cells open after the subject's cell, which follows the row's number.
  const cellsAt = item.span.start + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!) + m[2]!.length;
  const claims: SectionClaim[] = [{ kind: 'report', item: index, start: item.span.start, end: cellsAt }];
  claims.push({ kind: 'decision', item: index, start: cellsAt, end: item.span.start + line.length });
  // The subject's rest wrapped under the row.
  const rowEnd = item.span.start + line.length;
  if (item.span.end > rowEnd + 1) claims.push({ kind: 'report', item: index, start: rowEnd + 1, end: item.span.end });
  return claims;
}

/** A row's vote cell, before or after its status: "Unanimité" as it is, three figures as the header orders them (none without it). */
function voteCell(cell: string, figures: boolean): string {
  if (!/^\d/.test(cell)) return cell;
  if (!figures) return '';
  const [pour, contre, abst] = cell.split(/[ \t]+/);
  return countsCell({ for: pour, against: contre, abstentions: abst });
}

/** The text's trimmed lines and each one's match of `row`; null where fewer than MIN_ROWS match. */
function rowsOf(text: string, row: RegExp): { lines: ReturnType<typeof trimmedLines>; rows: Array<RegExpExecArray | null> } | null {
  const lines = trimmedLines(text);
  const rows = lines.map((l) => row.exec(l.text));
  return rows.filter(Boolean).length < MIN_ROWS ? null : { lines, rows };
}

/**
 * A relevé exported from an archive's database, a row a line under "Date N° Commission Rapporteur
 * Objet Décision Vote": the sitting's date, the act's number, the commission, the rapporteur, the
 * subject's middle, the decision and the vote; a subject too long for its cell wraps around the row,
 * a line over it and the rest under it, and the archivist's "Résumé :" follows:
 *
 *   Fixation du montant du produit des impositions
 *   15/12/1975 75-II-003 Finances M. DELATTRE Adopté Pour 52 / Contre 21
 *   directes départementales à recouvrer en 1976
 *   Résumé : Produit fiscal fixé à 412 600 000 F, …
 */
const DATED_HEADER = /(?:^|\n)[ \t]*Date[ \t]+N°[ \t]+[^\n]*Objet[ \t]+D[ée]cision(?:[ \t]+Vote)?[ \t]*(?:\n|$)/u;
const DATED_ROW =
  /^\d{2}\/\d{2}\/\d{4}[ \t]+(\d{2,4}-[IVX]{1,4}-\d{1,4}|\d{2,4}[-/]\d{1,4}(?:[-/]\d{1,4})?)[ \t]+(.*?)[ \t]*((?:V[œo]e?u[ \t]+)?(?:adopt|Adopt)[ée]e?s?|(?:V[œo]e?u[ \t]+)?(?:rejet|Rejet)[ée]e?s?|Donn[ée][ \t]+acte|Pris[ \t]+acte|Renvoy[ée]e?s?[ \t]+en[ \t]+commission|Retir[ée]e?s?|Ajourn[ée]e?s?)(?:[ \t]+(Unanimit[ée]|Majorit[ée]|Sans[ \t]+vote|Pour[ \t]+\d{1,3}(?:[ \t]*\/[ \t]*(?:Contre|Abst(?:\.|entions?)?)[ \t]+\d{1,3}){0,2}))?[ \t]*$/u;
/** The rapporteur in the row's cells, the subject's middle after it ("Finances M. DELATTRE Section de …"). */
const DATED_RAPPORTEUR = /(?:^|[ \t])(?:M\.|Mme|MM\.)[ \t]+(?:l[ea][ \t]+Pr[ée](?:sidente?|fet)|\p{Lu}[\p{Lu}'’-]+)(?=[ \t]|$)/u;
/** The archivist's summary under a row, or a page's furniture: no line of a subject. */
const DATED_NOT_SUBJECT = /^(?:R[ée]sum[ée][ \t]*:|Page[ \t]+\d|[ÉE]dit[ée][ \t]+le|Date[ \t]+N°)/u;
/** Each count of such a vote. */
const DATED_COUNT = /(Pour|Contre|Abst(?:\.|entions?)?)[ \t]+(\d{1,3})/gu;

function datedRows(text: string): Item[] {
  const lines = trimmedLines(text);
  const rows = lines.map((l) => DATED_ROW.exec(l.text));
  const items: Item[] = [];
  rows.forEach((m, k) => {
    if (!m) return;
    const isSubjectLine = (j: number) => j >= 0 && j < lines.length && !rows[j] && !!lines[j]!.text && !DATED_NOT_SUBJECT.test(lines[j]!.text);
    // The line over the row, where it is no other row's and no summary's.
    const above = isSubjectLine(k - 1) ? lines[k - 1]! : null;
    // The lines under it, to the summary or to the line over the next row (which is that row's).
    const below: typeof lines = [];
    for (let j = k + 1; isSubjectLine(j) && !rows[j + 1]; j++) below.push(lines[j]!);
    const cells = m[2]!;
    const rapporteur = DATED_RAPPORTEUR.exec(cells);
    const middle = rapporteur ? cells.slice(rapporteur.index + rapporteur[0].length).trim() : '';
    const subject = [above?.text ?? '', middle, ...below.map((l) => l.text)].filter(Boolean).join(' ');
    const counts: Partial<Record<'for' | 'against' | 'abstentions', string>> = {};
    for (const c of (m[4] ?? '').matchAll(DATED_COUNT)) {
      const key = RANKED_KEYS.find(([re]) => re.test(c[1]!))?.[1];
      if (key) counts[key] = c[2]!;
    }
    const vote = m[4] && /^Unanimit/u.test(m[4]) ? m[4] : Object.keys(counts).length ? countsCell(counts) : '';
    const last = below.at(-1) ?? lines[k]!;
    items.push(
      itemOf({
        number: m[1]!,
        cells: { number: [m[1]!], date: [], subject: [subject.replace(/\s+/g, ' ').trim()], decision: [/^Renvoy/u.test(m[3]!) ? '' : m[3]!.replace(/^V[œo]e?u[ \t]+/u, '')], vote: vote ? [vote] : [], other: [] },
        start: (above ?? lines[k]!).start,
        end: last.start + last.text.length,
      }),
    );
  });
  return items;
}

/**
 * A relevé exported from an acts database under "N° acte Objet Rapporteur Commission Décision
 * Vote", each cell wrapping in its column: a row opens on the act's number, its subject runs over
 * the lines under it, the rapporteur's civility and name may each stand on a line of their own,
 * and the decision's word closes the row with its vote, whose counts wrap too:
 *
 *   82-118 Budget supplémentaire de l'exercice 1982 M. HAVET Finances Adopté Pour : 38
 *   Contre : 9
 *   Abst. : 4
 *   82-120 Prime régionale à la création d'entreprise -
 *   modification du règlement d'attribution
 *   Mme
 *   VASSEUR
 *   Economie Adopté Unanimité
 */
const WRAPPED_HEADER = /(?:^|\n)[ \t]*N°(?:[ \t]+acte)?[ \t]+Objet[ \t]+Rapporteur[ \t]+(?:Commission[ \t]+)?D[ée]cision[ \t]+Vote[ \t]*(?:\n|$)/u;
const WRAPPED_ROW_START = /^(\d{2,4}[-/]\d{1,4})[ \t]+(.*)$/u;
/** The decision's word, the vote's cell after it. */
const WRAPPED_STATUS = /(?:^|[ \t])(Adopt[ée]e?s?|Rejet[ée]e?s?|Pris[ \t]+acte|Retir[ée]e?s?|Ajourn[ée]e?s?|D[ée]sign[ée]e?s?|[ÉE]lue?s?)(?:[ \t]+(.*))?$/u;
/** Where the subject's cell ends: the rapporteur's civility, or the empty cells ("-") before the decision. */
const WRAPPED_SUBJECT_END = /[ \t]+(?:M\.|MM\.|Mme|Mlle)(?:[ \t]|$)|(?:[ \t]+[-–—])+[ \t]*$/u;

function wrappedRows(text: string): Item[] {
  const lines = trimmedLines(text);
  const headerAt = lines.findIndex((l) => WRAPPED_HEADER.test(`\n${l.text}\n`));
  const items: Item[] = [];
  for (let k = headerAt + 1; k < lines.length; k++) {
    const first = WRAPPED_ROW_START.exec(lines[k]!.text);
    if (!first) continue;
    // The row's lines to the one that holds its decision's word (no further than the next row).
    let j = k;
    let status: RegExpExecArray | null = WRAPPED_STATUS.exec(first[2]!);
    while (!status && j + 1 < lines.length && !WRAPPED_ROW_START.test(lines[j + 1]!.text) && j - k < 8) status = WRAPPED_STATUS.exec(lines[++j]!.text);
    if (!status) continue;
    const statusLine = j === k ? first[2]! : lines[j]!.text;
    const before = [first[2]!, ...lines.slice(k + 1, j + 1).map((l) => l.text)];
    before[before.length - 1] = (j === k ? first[2]! : statusLine).slice(0, status.index);
    const cells = before.join(' ').replace(/\s+/g, ' ');
    const end = WRAPPED_SUBJECT_END.exec(cells);
    const subject = (end ? cells.slice(0, end.index) : cells).trim();
    const counts: Partial<Record<'for' | 'against' | 'abstentions', string>> = {};
    // A count alone in its cell or on its line ("Pour : 38", "Contre : 9"): RANKED_COUNT matching the whole.
    const count = (cell: string) => {
      const m = RANKED_COUNT.exec(cell);
      if (!m || m.index !== 0) return false;
      const key = RANKED_KEYS.find(([re]) => re.test(m[1]!))?.[1];
      if (key) counts[key] = m[2]!;
      return true;
    };
    const cell = (status[2] ?? '').trim();
    count(cell);
    // The counts wrapped under it, one a line.
    while (j + 1 < lines.length && count(lines[j + 1]!.text)) j++;
    const vote = /^Unanimit/u.test(cell) ? 'Unanimité' : Object.keys(counts).length ? countsCell(counts) : '';
    if (subject) items.push(itemOf({ number: first[1]!, cells: { number: [first[1]!], date: [], subject: [subject], decision: [status[1]!], vote: vote ? [vote] : [], other: [] }, start: lines[k]!.start, end: lines[j]!.start + lines[j]!.text.length }));
    k = j;
  }
  return items;
}

/**
 * A register's table exported a row a line, its subject's cell wrapped over the lines around the
 * row's own (the number, the rapporteur, the vote and the decision printed on the line the cell is
 * centred on), the vote's other counts on the lines under it:
 *
 *   N° Objet Rapporteur Vote Décision
 *   Décision modificative n° 2 au budget primitif
 *   94.10.401 M. ROUSSILLAT Pour : 98 Adoptée
 *   1994
 *   Contre : 47
 *   Contrat de plan État-Région 1994-1998 :
 *   94.10.402 avenant n° 1 relatif au volet routier M. BERTHOLLET Pour : 101 Adoptée
 *   (RN 85, RN 90 et liaison Grenoble-Sisteron) Contre : 12
 *
 * The line above a row's own opens its subject when the row's line goes on with the subject's words
 * in lower case (or holds none of them); the lines under it, up to that of the next row, close it.
 */
import type { Item, Outcome, Vote } from '../schema/minutes.ts';
import { trimmedLines, type TrimmedLine } from '../text/lines.ts';
import { TITLE_CASE_WORD } from '../text/given-names.ts';

/**
 * The header on one line: its number's, subject's, rapporteur's, then the vote's and the decision's
 * labels; or the vote's counts a column each ("Pour Contre Abst. NPPV") before the result's.
 */
const HEADER = /^N°[ \t]+Objet[ \t]+Rapporteur[ \t]+(?:(?:Vote[ \t]+)?D[ée]cision|Pour[ \t]+Contre[ \t]+Abst(?:\.|entions?)?(?:[ \t]+NPPV)?[ \t]+(?:R[ée]sultat|D[ée]cision))$/iu;
/** The rapporteur's cell: a member with a civility, or the family name then the given name ("BRUYERE Claude"), or the chair ("Le Président"). */
const RAPPORTEUR = String.raw`(?:(?:M\.|MM\.|Mmes?)[ \t]+(?:le[ \t]+Pr[ée]sident|\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)*)|\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)?[ \t]+${TITLE_CASE_WORD}|L[ea][ \t]+Pr[ée]sidente?)`;
/** A row's decision: how the point ended; "Prend acte", a report the sitting took note of. */
const DECISION = String.raw`(Adopt[ée]e?s?|Rejet[ée]e?s?|Retir[ée]e?s?|Approuv[ée]e?s?|Prend[ \t]+acte)`;
/**
 * A row's own line: its number, the subject's words on it, the rapporteur, the vote's cell, the decision.
 * The vote's cell, centred on the row as its subject is, may show its second count on the row's line
 * ("Contre : 0", "Pour : 31" closing the line above), or "-" where nothing was put to the vote.
 */
const ROW = new RegExp(String.raw`^(\d{1,4}(?:[./-]\d{1,4}){1,3})(?:[ \t]+(.*?))?[ \t]+(${RAPPORTEUR})[ \t]+(Unanimit[ée]|(?:Pour|Contre|Abst\.?|Abstentions?)[ \t]*:[ \t]*\d{1,3}|-)[ \t]+${DECISION}$`, 'u');
/** The vote's first count closing the line above a row's, the subject's words before it. */
const FOR_CLOSING = /[ \t]+Pour[ \t]*:[ \t]*(\d{1,3})$/u;
/** Or, under counts' columns, the counts one a cell ("17 0 4 0"): for, against, abstaining, not voting. */
const COUNTS_ROW = new RegExp(String.raw`^(\d{1,4}(?:[./-]\d{1,4}){1,3})(?:[ \t]+(.*?))?[ \t]+(${RAPPORTEUR})[ \t]+(\d{1,3})[ \t]+(\d{1,3})[ \t]+(\d{1,3})(?:[ \t]+(\d{1,3}))?[ \t]+${DECISION}$`, 'u');
/** A count of the vote's cell wrapped under the row, alone or closing a line of the subject. */
const COUNT_CLOSING = /(?:^|[ \t]+)(Contre|Abst\.?|Abstentions?|NPPV)[ \t]*:[ \t]*(\d{1,3})$/iu;
/** Where the table ends: its count of acts, or a blank line. */
const TABLE_END = /^Nombre[ \t]+d['’]actes/iu;
/** Fewer rows than this are no such table. */
const MIN_ROWS = 2;

interface Row {
  number: string;
  title: string[];
  counts: { for: number | null; against: number | null; abstentions: number | null; notVoting: number | null };
  unanimous: boolean;
  decision: string;
  start: number;
  end: number;
}

/** The header's opening on a line of its own: "N° Objet Rapporteur". */
const HEADER_OPENING = /(?:^|\n)[ \t]*N°[ \t]+Objet[ \t]+Rapporteur/iu;

/** The items of such a table in `text`, or [] where there is none. */
export function readWrappedRows(text: string): Item[] {
  if (!HEADER_OPENING.test(text)) return [];
  const lines = trimmedLines(text);
  const rows: Row[] = [];
  // The lines since the last row's own, or since the header: subject's lines, counts, furniture.
  let pending: TrimmedLine[] = [];
  let inTable = false;
  let afterHeader = false;
  const close = (row: Row | undefined, taken: TrimmedLine[]) => {
    if (!row) return;
    for (const l of taken) {
      const count = COUNT_CLOSING.exec(l.text);
      const words = count ? l.text.slice(0, count.index).trim() : l.text;
      if (count) addCount(row, count[1]!, Number(count[2]));
      if (words) row.title.push(words);
      row.end = Math.max(row.end, l.end);
    }
  };
  for (const line of lines) {
    if (HEADER.test(line.text)) {
      // The header again over the next page: what stood between is the page's foot and head, but
      // for the last row's counts and the words of its subject going on (in lower case, a bracket, a figure).
      if (inTable) close(rows.at(-1), pending.filter(goesOn));
      inTable = true;
      pending = [];
      afterHeader = true;
      continue;
    }
    if (!inTable) continue;
    const m = rowOf(line.text);
    if (!m) {
      if (TABLE_END.test(line.text) || !line.text) {
        close(rows.at(-1), pending);
        pending = [];
        if (TABLE_END.test(line.text)) inTable = false;
        continue;
      }
      pending.push(line);
      continue;
    }
    const middle = m.middle ?? '';
    // The line above opens this row's subject when the row's line goes on with it, or holds none.
    const opensHere = pending.length > 0 && !COUNT_CLOSING.test(pending.at(-1)!.text) && (!middle || !/^\p{Lu}/u.test(middle));
    const above = opensHere ? pending.pop()! : null;
    // "Garantie d'emprunt … - Réhabilitation Pour : 31" over "2019-09-06 de 48 logements … Contre : 0 Adopté": the row's first count.
    const forAbove = above ? FOR_CLOSING.exec(above.text) : null;
    if (forAbove) m.counts.for ??= Number(forAbove[1]);
    // Under the header printed again, the lines before the row's are the header's wrapped labels ("délibération").
    if (!afterHeader) close(rows.at(-1), pending);
    pending = [];
    afterHeader = false;
    rows.push({
      number: m.number,
      title: [...(above ? [forAbove ? above.text.slice(0, forAbove.index) : above.text] : []), ...(middle ? [middle] : [])],
      counts: m.counts,
      unanimous: m.unanimous,
      decision: m.decision,
      start: (above ?? line).start,
      end: line.end,
    });
  }
  // After the last row, its subject's words go on up to the first line that does not ("Observations :", a note under the table).
  if (inTable) {
    const stop = pending.findIndex((l) => !goesOn(l));
    close(rows.at(-1), stop < 0 ? pending : pending.slice(0, stop));
  }
  return rows.length >= MIN_ROWS ? rows.map(itemOf) : [];
}

/** A row's own line read: its number, the subject's words on it, its vote and decision. */
function rowOf(line: string): { number: string; middle: string | undefined; counts: Row['counts']; unanimous: boolean; decision: string } | null {
  const m = ROW.exec(line);
  if (m) {
    const vote = m[4]!;
    const count = /\d+/.exec(vote);
    const n = (label: RegExp) => (count && label.test(vote) ? Number(count[0]) : null);
    return { number: m[1]!, middle: m[2], counts: { for: n(/^pour/iu), against: n(/^contre/iu), abstentions: n(/^abst/iu), notVoting: null }, unanimous: /^unanimit/iu.test(vote), decision: m[5]! };
  }
  const c = COUNTS_ROW.exec(line);
  if (!c) return null;
  const n = (x: string | undefined) => (x === undefined ? null : Number(x));
  return { number: c[1]!, middle: c[2], counts: { for: n(c[4]), against: n(c[5]), abstentions: n(c[6]), notVoting: n(c[7]) }, unanimous: false, decision: c[8]! };
}

/** A line under a row that is the row's: a count of its vote, or its subject going on. */
const goesOn = (l: TrimmedLine) => COUNT_CLOSING.test(l.text) || /^[\p{Ll}(\d]/u.test(l.text);

function addCount(row: Row, label: string, n: number): void {
  const key = /^contre/iu.test(label) ? 'against' : /^abst/iu.test(label) ? 'abstentions' : 'notVoting';
  row.counts[key] ??= n;
}

function itemOf(row: Row): Item {
  const noted = /^prend/iu.test(row.decision);
  const outcome: Outcome | null = noted ? 'noted' : /^rejet/iu.test(row.decision) ? 'rejected' : /^retir/iu.test(row.decision) ? null : 'adopted';
  // A report noted, "-" in the vote's cell: no vote.
  const counted = row.unanimous || Object.values(row.counts).some((c) => c !== null);
  const vote: Vote | null = noted && !counted ? null : { unanimous: row.unanimous, ...row.counts, againstNames: [], abstentionNames: [], span: null };
  return {
    number: row.number,
    title: row.title.join(' ').replace(/\s+/g, ' ').trim(),
    rapporteur: null,
    report: null,
    decision: { visas: [], considerations: [], articles: [], vote, outcome },
    span: { start: row.start, end: row.end },
  };
}

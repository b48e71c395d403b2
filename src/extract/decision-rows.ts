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
/**
 * A relevé printed by a records program, its columns flattened: the row's first line its number,
 * the subject's first words, the decision in a capital word of status and the vote's first count;
 * the subject's rest on the lines under it, each closing on the vote's next count:
 *
 *   96/59 Budget primitif de l'exercice 1997 (section d'exploitation ADOPTE POUR : 13
 *   et section d'investissement) CONTRE : 2
 *   ABST. : 0
 */
const STATUS_ROW = /^(\d{2,4}[-/]\d{1,4})[ \t]+(.+?)[ \t]+(APPROUV[ÉE]E?S?|ADOPT[ÉE]E?S?|ATTRIBU[ÉE]E?S?|AUTORIS[ÉE]E?S?|ACCORD[ÉE]E?S?|ACCEPT[ÉE]E?S?|VALID[ÉE]E?S?|REPORT[ÉE]E?S?|AJOURN[ÉE]E?S?|RETIR[ÉE]E?S?|REJET[ÉE]E?S?|REFUS[ÉE]E?S?|PRIS[ \t]+ACTE|DONNE[ \t]+ACTE)(?:[ \t]+(UNANIMIT[ÉE]|POUR[ \t]*:?[ \t]*\d{1,3}))?$/u;
/** A count of the vote closing a line under such a row: "CONTRE : 2", "ABST. : 0". */
const STATUS_ROW_COUNT = /[ \t]*(?:CONTRE|ABST(?:\.|ENTIONS?)?|POUR)[ \t]*:?[ \t]*\d{1,3}$/u;
/** What closes such a table, or a page's header repeated over its rest: no line of a subject. */
const STATUS_ROW_STOP = /^(?:N°|Nombre\s+d|Total|Pour\s+extrait|Fait\s+[àa]|Certifi|Le\s+Pr[ée]sident|S[ée]ance\s+du)|^(?=[^\p{Ll}]*\p{Lu}{2})[^\p{Ll}]*$/u;
/** How a row closes a line under it: its vote's counts, then its code. */
const RAPPORTEUR_FIRST_ROW_END = /(?:UNANIMIT[ÉE]|ABST\.?[ \t]+\d{1,3})[ \t]+\p{Lu}{2,6}[ \t]*\n/u;
/** "26 P / 7 C / 2 A": each count and its letter. */
const COUNT = /(\d{1,3})[ \t]*([PCA])/gu;
const KEY: Readonly<Record<string, 'for' | 'against' | 'abstentions'>> = { P: 'for', C: 'against', A: 'abstentions' };
/** Fewer rows than this are no such table. */
const MIN_ROWS = 3;

export function readDecisionRows(text: string): Item[] {
  // Asked of most documents: a plain search for the vote's words in capitals before any pattern.
  const rapporteurFirst = (text.includes('UNANIMIT') || text.includes('ABST')) && RAPPORTEUR_FIRST_ROW_END.test(text) ? rapporteurFirstRows(text) : [];
  if (rapporteurFirst.length) return rapporteurFirst;
  const status = /(?:APPROUV|ADOPT)[ÉE]E?S?[ \t]+(?:UNANIMIT|POUR)/u.test(text) ? statusRows(text) : [];
  if (status.length) return status;
  // Most documents have no line closing on an outcome, a vote and a date: one search first.
  if (!/(?:Adopt|Rejet|acte|Retir|Ajourn)\S*[ \t]+(?:Unanimit|\d{1,3}[ \t]*P|[-–—])/u.test(text)) return [];
  const table = rowsOf(text, ROW);
  if (!table) return [];
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
  const items: Item[] = [];
  rows.forEach((m, k) => {
    if (!m) return;
    const subject = [m[2]!];
    const vote = m[4] ? [m[4]] : [];
    let last = k;
    for (let next = lines[k + 1]; next?.text && !rows[last + 1]; next = lines[last + 1]) {
      const count = STATUS_ROW_COUNT.exec(next.text);
      const rest = count ? next.text.slice(0, count.index) : next.text;
      if (rest && STATUS_ROW_STOP.test(rest)) break;
      if (count) vote.push(count[0].trim());
      if (rest) subject.push(rest);
      last++;
    }
    // The status goes with the vote, not as an act: "ATTRIBUE" says the point passed, not what the body did.
    items.push(itemOf({ number: m[1]!, cells: { number: [m[1]!], date: [], subject, decision: [], vote: [`${m[3]!} ${vote.join(' ')}`.trim()], other: [] }, start: lines[k]!.start, end: lines[last]!.end }));
  });
  return items;
}

/** The text's trimmed lines and each one's match of `row`; null where fewer than MIN_ROWS match. */
function rowsOf(text: string, row: RegExp): { lines: ReturnType<typeof trimmedLines>; rows: Array<RegExpExecArray | null> } | null {
  const lines = trimmedLines(text);
  const rows = lines.map((l) => row.exec(l.text));
  return rows.filter(Boolean).length < MIN_ROWS ? null : { lines, rows };
}

/**
 * A relevé printed as a table of two text columns side by side, the subject and the text decided,
 * the vote's counts closing each row's first line; both columns wrap onto the lines under it,
 * mixed as text extraction reads them across:
 *
 *   N° Objet Décision Pour Contre Abst.
 *   2013-042 Prix de l'eau 2014 - part syndicale Fixe la part syndicale du prix de 14 2 0
 *   l'eau à 0,92 € HT/m³ au 1er janvier
 *   2013-044 Renouvellement de la canalisation Attribue le marché à la société 16 0 0
 *   de distribution RD 962 (tranche 2) - SOGETRAV (Hautrécourt) pour
 *   28/11/2013, et autorise le Président
 *   à signer le marché.
 *
 * On the row's line the decision opens on its verb in capitals ("Fixe", "Approuve") or on the body
 * that acts ("Le Comité syndical prend acte"): the subject is what stands before, the title. The
 * lines under it are the decision's, whose verbs they may hold ("…, et autorise le Président"),
 * the subject's wrapped words with them.
 */
import type { Item } from '../schema/minutes.ts';
import { actionAt } from '../text/verbs.ts';
import { trimmedLines } from '../text/lines.ts';
import { countsCell, itemOf } from './register-table.ts';

/** The header on one line: number, subject, decision, then the three counts' labels. */
const HEADER = /^N°[ \t]+Objet[ \t]+D[ée]cisions?[ \t]+Pour[ \t]+Contre[ \t]+Abst(?:entions?|\.)?$/iu;
/** A row's line: its act's number, its two columns' first words, its counts ("14 2 0"; "- - -" where none voted). */
const ROW = /^(\d{2,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?)[ \t]+(.+?)[ \t]+(\d{1,3}|[-–—])[ \t]+(\d{1,3}|[-–—])[ \t]+(\d{1,3}|[-–—])$/u;
/** The body that acts, opening the decision's column: "Le Comité syndical prend acte …". */
const ACTING_BODY = /^(?:Le|La|L['’])\s*(?:Comit[ée]|Conseil|Bureau|Assembl[ée]e|Commission)(?![\p{L}])/u;
/** No row's text wraps over more lines than this. */
const MAX_WRAPPED = 10;
/** Fewer rows than this are no such table. */
const MIN_ROWS = 2;

/** The items of such a table in `text`, or [] where there is none. */
export function readCountedRows(text: string): Item[] {
  // Most documents have no such header: one search before the text is split.
  if (!/(?:^|\n)[ \t]*N°[ \t]+Objet[ \t]+D[ée]cisions?[ \t]+Pour[ \t]+Contre/iu.test(text)) return [];
  const lines = trimmedLines(text);
  const items: Item[] = [];
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    if (HEADER.test(lines[i]!.text)) {
      inTable = true;
      continue;
    }
    const m = inTable ? ROW.exec(lines[i]!.text) : null;
    if (!m) continue;
    const split = decisionStart(m[2]!);
    if (split < 0) continue;
    const decided = [m[2]!.slice(split)];
    let last = i;
    // The wrapped words, up to the next row, the header again, a blank line, or a new sentence after a full stop (the page's foot, what follows the table).
    while (last + 1 < lines.length && last - i < MAX_WRAPPED) {
      const next = lines[last + 1]!.text;
      if (!next || ROW.test(next) || HEADER.test(next) || (/\.$/u.test(lines[last]!.text) && /^\p{Lu}/u.test(next))) break;
      decided.push(next);
      last++;
    }
    const figures = [m[3]!, m[4]!, m[5]!];
    const vote = figures.every((f) => /^\d/.test(f)) ? countsCell({ for: m[3], against: m[4], abstentions: m[5] }) : '';
    items.push(
      itemOf({
        number: m[1]!,
        cells: { number: [m[1]!], date: [], subject: [m[2]!.slice(0, split).trim()], decision: [decided.join(' ')], vote: vote ? [vote] : [], other: [] },
        start: lines[i]!.start,
        end: lines[last]!.end,
      }),
    );
    i = last;
  }
  return items.length >= MIN_ROWS ? items : [];
}

/** Where the decision's column opens in a row's words: the first word past the subject's first two that is a verb in capitals or the acting body; -1 where none is. */
function decisionStart(words: string): number {
  const starts = [...words.matchAll(/(?<=\s)\p{Lu}/gu)].map((w) => w.index!);
  for (const at of starts) {
    if (words.slice(0, at).trim().split(/\s+/).length < 2) continue;
    const rest = words.slice(at);
    if (ACTING_BODY.test(rest) || actionAt(rest)) return at;
  }
  return -1;
}

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
import { readGridRows } from './grid-rows.ts';

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
  const resulted = RESULT_HEADER_ANYWHERE.test(text) ? resultRows(text) : [];
  if (resulted.length >= MIN_ROWS) return resulted;
  const closed = CLOSED_HEADER_ANYWHERE.test(text) ? closedRows(text) : [];
  if (closed.length >= MIN_ROWS) return closed;
  const gridded = readGridRows(text);
  if (gridded.length >= MIN_ROWS) return gridded;
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

/**
 * A relevé whose table gives the rapporteur (and maybe the commission) between the subject and the
 * counts, and how the point ended after them, each cell wrapping in its column:
 *
 *   N° Objet Rapporteur Commission Pour Contre Abst. NPPV Décision
 *   87-0141 Approbation du procès-verbal M. le Président - 104 0 0 0 Adopté à
 *   de la séance du 22 mai 1987 l'unanimité
 *   2005-07 Plan d'alerte et d'urgence Mme la - - - Pris acte
 *   canicule 2005 - information Directrice
 *
 * The row's line holds the first words of the subject, of the rapporteur and of the result, the
 * counts between; the lines under it the subject's rest, the rapporteur's and the result's wrapped
 * words closing them. A table may centre its row's line on the subject's cell instead, the row ranked
 * and its subject's lines around it, the text decided in sentences under it:
 *
 *   Salle des fêtes - tarifs de location au
 *   4 M. MAZEAU 7 1 1 ADOPTE
 *   01/01/1995
 *   Habitants de la commune : 600 F le week-end. M. PEYRONNET vote contre.
 */
// Or no rapporteur's column ("N° Objet Pour Contre Abst. Résultat"): a commune's software.
const RESULT_HEADER = /^N°(?:[ \t]+acte)?[ \t]+Objet(?:[ \t]+(?:Nomenc\.?|Commission|Vote))*(?:[ \t]+(Rapporteur))?(?:[ \t]+(?:Commission|Vote))*[ \t]+Pour[ \t]+Contre[ \t]+Abst(?:entions?|\.)?([ \t]+NPPV)?[ \t]+(?:R[ée]sultat|D[ée]cision)$/iu;
/** RESULT_HEADER anywhere in a text, looked for before the text is split. */
const RESULT_HEADER_ANYWHERE = new RegExp(String.raw`(?:^|\n)[ \t]*${RESULT_HEADER.source.slice(1, -1)}[ \t]*(?:\n|$)`, 'iu');
/** A count's cell: its figure, or a dash where none voted. */
const COUNT_CELL = String.raw`(\d{1,3}|[-–—])`;
/** The result's first words: "Adopté à", "Rejeté", "Pris acte"; "Information" where nothing was put to the vote. */
const RESULT_WORDS = String.raw`((?:Adopt|Approuv|Rejet|Refus|Retir|Ajourn|Report)\p{L}*|Pris[ \t]+acte|Donn[ée][ \t]+acte|Information)((?:[ \t]+\S+){0,3})`;
/** A row's line with three counts, or four under "NPPV"; its number an act's, or the point's rank. */
const resultRow = (counts: number) =>
  // The row's line may hold no word of its subject, the table centring it on that cell ("2020-033 18 0 0 Adoptée").
  new RegExp(String.raw`^(\d{2,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?|\d{1,3})(?:[ \t]+(.+?))?${String.raw`[ \t]+${COUNT_CELL}`.repeat(counts)}[ \t]+${RESULT_WORDS}$`, 'iu');
/** Where the subject's cell ends on the row's line: the rapporteur's civility or article ("M. CASTELLI", "Mme la", "Le Président"). */
const RAPPORTEUR_OPENING = /(?:^|[ \t]+)(?:M\.|MM\.|Mme|Mlle|Le|La)(?=[ \t]|$)/u;
/** The result's words wrapped under its first ones, closing a line: "l'unanimité", "majorité". */
const RESULT_WRAPPED = /(?:^|[ \t]+)(?:[àa][ \t]+)?(?:l['’][ \t]?unanimit[ée]|(?:la[ \t]+)?majorit[ée](?:[ \t]+(?:absolue|relative))?)$/iu;
/** What ends a row's wrapped lines: a note on the point, a line in capitals (the table's end, a heading), a rule. */
const RESULT_ROWS_STOP = /^(?:Observations?[ \t]*:|Nota[ \t]*:)|^(?=[^\p{Ll}]*\p{Lu}{2})[^\p{Ll}]*$|^[-–—_=]{5,}$/u;
/** A sentence of the text decided, under a centred row: it closes on its full stop. */
const SENTENCE_END = /[.!?]$/u;
/** A line that is a sentence of prose: six words at least, closed by its full stop. */
const TEXT_SENTENCE = /^\p{Lu}\S*(?:[ \t]+\S+){5,}[.!?]$/u;

interface ResultRow {
  line: number;
  m: RegExpExecArray;
  /** Its counts' cells (for, against, abstentions, maybe not voting), then the result's first word and the words after it. */
  counts: string[];
  result: string;
  /** The subject's words on the row's line, before the rapporteur's. */
  subject: string;
}

/** The vote's cell of a row's counts (for, against, abstentions, maybe not voting): '' where any of the first three is a dash, none voted. */
function figuredVote(counts: ReadonlyArray<string | undefined>): string {
  if (!counts.slice(0, 3).every((c) => c !== undefined && /^\d/.test(c))) return '';
  return countsCell({ for: counts[0], against: counts[1], abstentions: counts[2], notVoting: counts[3] && /^\d/.test(counts[3]) ? counts[3] : undefined });
}

function resultRows(text: string): Item[] {
  const lines = trimmedLines(text);
  const rows: ResultRow[] = [];
  let row: RegExp | null = null;
  let columns = 3;
  let rapporteurs = true;
  for (let i = 0; i < lines.length; i++) {
    const header = RESULT_HEADER.exec(lines[i]!.text);
    if (header) {
      columns = header[2] ? 4 : 3;
      rapporteurs = !!header[1];
      row = resultRow(columns);
      continue;
    }
    const m = row?.exec(lines[i]!.text);
    if (!m) continue;
    const words = m[2] ?? '';
    // Without a rapporteur's column, a subject opening on "Le" or "La" is whole.
    const opening = rapporteurs ? RAPPORTEUR_OPENING.exec(words) : null;
    const result = `${m[3 + columns]!}${m[4 + columns] ?? ''}`;
    rows.push({ line: i, m, counts: m.slice(3, 3 + columns), result, subject: opening ? words.slice(0, opening.index) : words });
  }
  if (!rows.length) return [];
  const isRow = (i: number) => rows.some((r) => r.line === i);
  const free = (i: number) => i < lines.length && !!lines[i]!.text && !lines[i]!.text.includes('\f') && !isRow(i) && !RESULT_HEADER.test(lines[i]!.text) && !RESULT_ROWS_STOP.test(lines[i]!.text);
  // A row whose line holds no word of its subject: the table centres its rows' lines on their subjects.
  const centred = rows.some((r) => !r.subject.trim());
  const items: Item[] = [];
  let consumed = -1;
  for (const [k, r] of rows.entries()) {
    const subject: string[] = [];
    const ends: string[] = [r.result];
    const decided: string[] = [];
    let first = r.line;
    let last = r.line;
    if (centred) {
      // The subject's lines above the row's, as many under it; then the text decided, to the next row's subject.
      while (first - 1 > consumed && free(first - 1) && !SENTENCE_END.test(lines[first - 1]!.text)) first--;
      subject.push(...lines.slice(first, r.line).map((l) => l.text), r.subject);
      for (let n = r.line - first; n > 0 && free(last + 1) && !SENTENCE_END.test(lines[last + 1]!.text); n--) subject.push(lines[++last]!.text);
      const next = rows[k + 1]?.line ?? lines.length;
      let upTo = last;
      while (upTo + 1 < next && free(upTo + 1)) upTo++;
      // The next row's subject opens after the last sentence.
      while (upTo > last && !SENTENCE_END.test(lines[upTo]!.text)) upTo--;
      for (; last < upTo; ) decided.push(lines[++last]!.text);
    } else {
      subject.push(r.subject);
      while (last + 1 < lines.length && last - r.line < MAX_WRAPPED && free(last + 1)) {
        // A sentence of its own right under the row ("L'assemblée approuve le procès-verbal sans observation."): what was
        // said and decided, to the next row, no wrapped line of its subject.
        if (last === r.line && TEXT_SENTENCE.test(lines[last + 1]!.text)) {
          const next = rows[k + 1]?.line ?? lines.length;
          while (last + 1 < next && free(last + 1)) decided.push(lines[++last]!.text);
          break;
        }
        const next = lines[++last]!.text;
        const wrapped = RESULT_WRAPPED.exec(next);
        if (wrapped) ends.push(wrapped[0].trim());
        subject.push(wrapped ? next.slice(0, wrapped.index) : next);
      }
    }
    consumed = last;
    const { m, counts } = r;
    const vote = figuredVote(counts);
    const said = ends.join(' ');
    items.push(
      itemOf({
        number: m[1]!,
        cells: {
          number: [m[1]!],
          date: [],
          subject: [subject.join(' ').replace(/\s+/g, ' ').trim()],
          // The result's words in the vote's cell: no act ("ADOPTE" is no "adopte"), the text decided the acts.
          decision: decided.length ? [decided.join(' ')] : [],
          vote: [`${vote} ${said}`.trim()],
          other: [],
        },
        start: lines[first]!.start,
        end: lines[last]!.end,
      }),
    );
  }
  return items;
}

/**
 * A procès-verbal's table of reports whose row opens on its number, the commission's and the
 * subject's cells after it, and closes, a line or two under it, on the rapporteur, the counts and
 * the result; what was said and decided on the point follows in lines of its own, to the next row:
 *
 *   N° rapport Commission Intitulé Rapporteur Pour Contre Abst. NPPV Résultat
 *   2018-06-01 Finances, ressources humaines et affaires générales Compte administratif 2017
 *   LE GALL Yann 48 20 19 1 Adopté
 *   Détail des votes : MR Pour – SP Contre – EC Abstention
 *   Décision : Le Conseil régional arrête les résultats définitifs du compte administratif 2017 …
 *
 * "Unanimité" may stand for the counts; dashes where nothing was voted, the result ("Pris acte")
 * then alone on the next line.
 */
const CLOSED_HEADER = /^N°(?:[ \t]+(?:rapport|acte|d[ée]lib[ée]ration))?(?:[ \t]+Commission)?[ \t]+(?:Intitul[ée]|Objet)(?:[ \t]+Commission)?[ \t]+Rapporteur[ \t]+Pour[ \t]+Contre[ \t]+Abst(?:entions?|\.)?([ \t]+NPPV)?[ \t]+(?:R[ée]sultat|D[ée]cision)$/iu;
const CLOSED_HEADER_ANYWHERE = new RegExp(String.raw`(?:^|\n)[ \t]*${CLOSED_HEADER.source.slice(1, -1)}[ \t]*(?:\n|$)`, 'iu');
/** A row's opening line: its act's number, then its cells' first words. */
const ROW_OPENING = /^(\d{2,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?)[ \t]+(\S.*)$/u;
/** The line closing a row: what precedes the counts (the subject's last words, the rapporteur), the counts or "Unanimité", the result maybe. */
const closingRow = (counts: number) =>
  new RegExp(String.raw`^(.*?)[ \t]*(?:${String.raw`[ \t]+${COUNT_CELL}`.repeat(counts)}|[ \t]+(Unanimit[ée]))(?:[ \t]+${RESULT_WORDS})?$`, 'iu');
/** The result alone on its line, under counts of dashes. */
const RESULT_ALONE = new RegExp(String.raw`^${RESULT_WORDS}$`, 'iu');
/** The rapporteur's cell closing the words before the counts: a surname in capitals, a given name ("LE GALL Yann"). */
const RAPPORTEUR_CELL = /(?:^|[ \t])(\p{Lu}{2}[\p{Lu}'’-]*(?:[ \t]\p{Lu}{2}[\p{Lu}'’-]*)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)$/u;
/** How many lines a row's cells may wrap over before its closing line. */
const MAX_ROW_LINES = 3;
/** The label of what was decided, among a point's lines: "Décision : …". */
const DECIDED_LABEL = /^D[ée]cision[ \t]*:[ \t]*/iu;

function closedRows(text: string): Item[] {
  const lines = trimmedLines(text);
  const items: Item[] = [];
  let close: RegExp | null = null;
  let columns = 3;
  for (let i = 0; i < lines.length; i++) {
    const header = CLOSED_HEADER.exec(lines[i]!.text);
    if (header) {
      columns = header[1] ? 4 : 3;
      close = closingRow(columns);
      continue;
    }
    const open = close ? ROW_OPENING.exec(lines[i]!.text) : null;
    if (!open || !close) continue;
    // The closing line: the opening one, or one of the few under it.
    let last = -1;
    let m: RegExpExecArray | null = null;
    for (let k = i; k < Math.min(lines.length, i + MAX_ROW_LINES + 1) && lines[k]!.text; k++) {
      const text = k === i ? open[2]! : lines[k]!.text;
      if ((m = close.exec(text))) {
        last = k;
        break;
      }
    }
    if (!m) continue;
    const closing = last;
    let result = m[4 + columns] ? `${m[4 + columns]}${m[5 + columns] ?? ''}` : '';
    if (!result && last + 1 < lines.length && RESULT_ALONE.test(lines[last + 1]!.text)) result = lines[++last]!.text;
    // The subject: the row's words from its number to the rapporteur's cell on the closing line.
    const rapporteur = RAPPORTEUR_CELL.exec(m[1]!);
    const cellsBefore = rapporteur ? m[1]!.slice(0, rapporteur.index) : m[1]!;
    const subject = closing === i ? [cellsBefore] : [open[2]!, ...lines.slice(i + 1, closing).map((l) => l.text), cellsBefore];
    // What was said and decided: the lines under the row, to the next row or the header printed again.
    const said: string[] = [];
    let end = last;
    while (end + 1 < lines.length && !ROW_OPENING.test(lines[end + 1]!.text) && !CLOSED_HEADER.test(lines[end + 1]!.text)) said.push(lines[++end]!.text);
    // "Décision : …" to its paragraph's end.
    const labelled = said.findIndex((l) => DECIDED_LABEL.test(l));
    const blank = labelled >= 0 ? said.indexOf('', labelled) : -1;
    const decided = labelled >= 0 ? said.slice(labelled, blank < 0 ? said.length : blank).join(' ').replace(DECIDED_LABEL, '') : '';
    const counts = m.slice(2, 2 + columns);
    const vote = figuredVote(counts) || (m[2 + columns] ? 'Unanimité' : '');
    // The row ends where its own lines do: the page's furniture before the next row is none of it.
    while (end > last && !lines[end]!.text) end--;
    items.push(
      itemOf({
        number: open[1]!,
        cells: {
          number: [open[1]!],
          date: [],
          subject: [subject.join(' ').replace(/\s+/g, ' ').trim()],
          decision: decided ? [decided] : [],
          vote: [`${vote} ${result}`.trim()],
          other: [],
        },
        start: lines[i]!.start,
        end: lines[labelled >= 0 ? end : last]!.end,
      }),
    );
    i = last;
  }
  return items;
}

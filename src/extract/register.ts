/**
 * Registers of deliberations ("RÉPERTOIRE CHRONOLOGIQUE DES DÉLIBÉRATIONS"): one row per
 * deliberation, date, number, subject and result, the subject often wrapped around the row.
 */
import type { Item, Outcome } from '../schema/minutes.ts';

const RESULTS: ReadonlyArray<readonly [RegExp, Outcome]> = [
  [/^(?:approuv[ée]e?s?|adopt[ée]e?s?|vot[ée]e?s?)$/iu, 'adopted'],
  [/^(?:rejet[ée]e?s?|refus[ée]e?s?)$/iu, 'rejected'],
  [/^(?:prend\s+acte|pris\s+acte|donne\s+acte)$/iu, 'noted'],
];
const RESULT = String.raw`((?:approuv|adopt|rejet|refus)[ée]e?s?(?:[ \t]+[àa][ \t]+(?:l['’]unanimit[ée]|la[ \t]+majorit[ée]))?|prend\s+acte|pris\s+acte|retir[ée]e?s?)`;
/** Date, number, subject, result: "30/01/2023 2023_01 Tarifs de la cantine approuvée". */
const ROW = new RegExp(String.raw`^[ \t]*(\d{1,2}\/\d{1,2}\/\d{2,4})[ \t]+([A-Z]{0,4}[-_ ]?\d{2,4}(?:[ \t]?[-_/]|[ \t])\d{1,4})[ \t]*(.*?)[ \t]*${RESULT}?[ \t]*[.,;:]?[ \t]*$`, 'imu');
/** Number, date, subject, maybe an ACTES code, result: "2023-01  30/01/2023  Tarifs  7.1  Adoptée à l'unanimité". */
const NUMBER_FIRST_ROW = new RegExp(String.raw`^[ \t]*([A-Z]{0,4}[-_ ]?\d{2,4}[-_/]\d{1,4})[ \t]+(\d{1,2}\/\d{1,2}\/\d{2,4})[ \t]+(.*?)(?:[ \t]+\d{1,2}(?:\.\d{1,2})?)?[ \t]*${RESULT}?[ \t]*[.,;:]?[ \t]*$`, 'imu');

interface Row {
  number: string;
  subject: string;
  result: string;
}

/** A row's fields, whichever of the two orders it was written in. */
function readRow(line: string): Row | null {
  // Both orders hold a date written with slashes: a line without one is turned away before the
  // patterns, whose leading "^[ \t]*" and lazy subject are tried over the whole line otherwise.
  if (!line.includes('/')) return null;
  const m = ROW.exec(line);
  if (m) return { number: m[2]!, subject: m[3]!, result: m[4] ?? '' };
  const n = NUMBER_FIRST_ROW.exec(line);
  return n ? { number: n[1]!, subject: n[3]!, result: n[4] ?? '' } : null;
}

const ROW_DATE = /\d{1,2}\/\d{1,2}\/\d{2,4}/g;

export function readRegister(text: string): Item[] {
  // A register is rows of dates: without a few of them there is nothing to read. Counted up to
  // three and no further: every document is asked, most hold none or few.
  let dates = 0;
  ROW_DATE.lastIndex = 0;
  while (dates < 3 && ROW_DATE.exec(text)) dates++;
  if (dates < 3) return [];
  const lines: Array<{ start: number; end: number; s: string }> = [];
  let pos = 0;
  for (const s of text.split('\n')) {
    lines.push({ start: pos, end: pos + s.length, s });
    pos += s.length + 1;
  }
  const rows = lines.map((l) => readRow(l.s));
  const items: Item[] = [];
  rows.forEach((m, i) => {
    if (!m) return;
    let title = m.subject.trim();
    let start = lines[i]!.start;
    let end = lines[i]!.end;
    if (!title) {
      // The subject wraps around its row: the line above and the line below.
      const above = i > 0 && !rows[i - 1] && lines[i - 1]!.s.trim() ? lines[i - 1]! : null;
      const below = i + 1 < lines.length && !rows[i + 1] && lines[i + 1]!.s.trim() ? lines[i + 1]! : null;
      title = [above?.s, below?.s].filter(Boolean).join(' ').trim();
      if (above) start = above.start;
      if (below) end = below.end;
    } else if (i + 1 < lines.length && !rows[i + 1] && (/^\s*\S{1,12}\s*$/.test(lines[i + 1]!.s) || /^[ \t]{6,}\S/.test(lines[i + 1]!.s))) {
      // A short word, or a line indented under the subject's column: the subject goes on.
      title += ' ' + lines[i + 1]!.s.trim();
      end = lines[i + 1]!.end;
    }
    const result = m.result.trim();
    const unanimous = /unanimit/iu.test(result);
    const outcome = RESULTS.find(([re]) => re.test(result.replace(/\s+[àa]\s+.*$/u, '').replace(/\s+/g, ' ')))?.[1] ?? null;
    items.push({
      // OCR spaces a number out ("2025 _012"): the separator is kept, the space is not.
      number: m.number.replace(/[ 	]+(?=[-_/])/, ''),
      title: title.replace(/\s+/g, ' '),
      rapporteur: null,
      report: null,
      decision: outcome
        ? {
            visas: [],
            considerations: [],
            articles: [],
            vote: unanimous ? { unanimous, for: null, against: null, abstentions: null, notVoting: null, againstNames: [], abstentionNames: [], span: null } : null,
            outcome,
          }
        : null,
      span: { start, end },
    });
  });
  return items;
}

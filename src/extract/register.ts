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
const ROW = /^[ \t]*(\d{1,2}\/\d{1,2}\/\d{2,4})[ \t]+([A-Z]{0,4}[-_ ]?\d{2,4}(?:[ \t]?[-_/]|[ \t])\d{1,4})[ \t]*(.*?)[ \t]*(approuv[ée]e?s?|adopt[ée]e?s?|rejet[ée]e?s?|refus[ée]e?s?|prend\s+acte|pris\s+acte|retir[ée]e?s?)?[ \t]*[.,;:]?[ \t]*$/imu;

export function readRegister(text: string): Item[] {
  // A register is rows of dates: without a few of them there is nothing to read.
  let dates = 0;
  for (const _ of text.matchAll(/\d{1,2}\/\d{1,2}\/\d{2,4}/g)) if (++dates >= 3) break;
  if (dates < 3) return [];
  const lines: Array<{ start: number; end: number; s: string }> = [];
  let pos = 0;
  for (const s of text.split('\n')) {
    lines.push({ start: pos, end: pos + s.length, s });
    pos += s.length + 1;
  }
  const rows = lines.map((l) => ROW.exec(l.s));
  const items: Item[] = [];
  rows.forEach((m, i) => {
    if (!m) return;
    let title = m[3]!.trim();
    let start = lines[i]!.start;
    let end = lines[i]!.end;
    if (!title) {
      // The subject wraps around its row: the line above and the line below.
      const above = i > 0 && !rows[i - 1] && lines[i - 1]!.s.trim() ? lines[i - 1]! : null;
      const below = i + 1 < lines.length && !rows[i + 1] && lines[i + 1]!.s.trim() ? lines[i + 1]! : null;
      title = [above?.s, below?.s].filter(Boolean).join(' ').trim();
      if (above) start = above.start;
      if (below) end = below.end;
    } else if (i + 1 < lines.length && !rows[i + 1] && /^\s*\S{1,12}\s*$/.test(lines[i + 1]!.s)) {
      title += ' ' + lines[i + 1]!.s.trim();
    }
    const result = m[4]?.trim() ?? '';
    const outcome = RESULTS.find(([re]) => re.test(result.replace(/\s+/g, ' ')))?.[1] ?? null;
    items.push({
      // OCR spaces a number out ("2025 _012"): the separator is kept, the space is not.
      number: m[2]!.replace(/[ 	]+(?=[-_/])/, ''),
      title: title.replace(/\s+/g, ' '),
      rapporteur: null,
      report: null,
      decision: outcome ? { visas: [], considerations: [], articles: [], vote: null, outcome } : null,
      span: { start, end },
    });
  });
  return items;
}

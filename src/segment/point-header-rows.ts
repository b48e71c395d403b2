/**
 * A procès-verbal exported by software, each point's table header printed again over its row
 * ("Point Objet Rapporteur Commission"), the row its rank, its subject's first words, its
 * rapporteur and its commission, the subject's rest wrapped on the lines under it with the
 * commission's, then the point's blocks, each opening on its label ("Exposé", "Résumé des débats",
 * "Décision", the vote's grid):
 *
 *   Point Objet Rapporteur Commission
 *   2 Décentralisation - Convention de partage des PERRAUDIN Jacques Finances et
 *   services entre l'État et le Département administration
 *   Exposé Le rapporteur présente …
 *
 * The row and its wrapped lines are the point's heading, its rank the point's number.
 */
import type { Heading } from './headings.ts';
import { trimmedLines } from '../text/lines.ts';
import { POINT_HEADER_LINE } from '../text/cues.ts';

/** The header (POINT_HEADER_LINE) anywhere, asked before the text is split. */
const HEADER_ANYWHERE = new RegExp(POINT_HEADER_LINE.source.replace('^', '(?:^|\\n)').replace(/\$$/u, '\\n'), 'giu');
/** The row under it: the point's rank, then its cells. */
const ROW = /^(\d{1,3})[ \t]+(\S.*)$/u;
/**
 * Where the subject's cell ends on the row: the rapporteur's, a family name in capitals before a
 * given name ("PERRAUDIN Jacques", "MOREAU-DUCHÊNE Jean"), or an office ("Le Président").
 */
const RAPPORTEUR_CELL = /[ \t]+(?:\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)?[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:Le|La)[ \t]+(?:Pr[ée]sidente?|Maire|Rapporteure?))(?:[ \t].*)?$/u;
/** A block of the point opening its line: where the subject's wrapped lines stop. */
const BLOCK_LABEL = /^(?:Expos[ée]|R[ée]sum[ée]|D[ée]bats?|Discussion|D[ée]cision|Vote|Pour[ \t]+Contre|Rapport|Texte|Observations?)(?![\p{L}])/u;
/** The header printed over two points at least: over one, a table's header as any. */
const MIN_HEADERS = 2;
/** How many lines the subject wraps onto at most. */
const MAX_WRAPS = 4;

/** The headings of such points, none where the header is not printed over two of them. */
export function pointHeaderRows(text: string): Heading[] {
  HEADER_ANYWHERE.lastIndex = 0;
  let headers = 0;
  while (headers < MIN_HEADERS && HEADER_ANYWHERE.exec(text)) headers++;
  if (headers < MIN_HEADERS) return [];
  const lines = trimmedLines(text);
  const out: Heading[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!POINT_HEADER_LINE.test(lines[i]!.text)) continue;
    const row = ROW.exec(lines[i + 1]!.text);
    if (!row) continue;
    const cells = row[2]!;
    const cut = RAPPORTEUR_CELL.exec(cells);
    const subject = [cut ? cells.slice(0, cut.index) : cells];
    let last = i + 1;
    while (last + 1 < lines.length && last - i <= MAX_WRAPS && lines[last + 1]!.text && !BLOCK_LABEL.test(lines[last + 1]!.text) && !POINT_HEADER_LINE.test(lines[last + 1]!.text)) subject.push(lines[++last]!.text);
    const end = lines[last]!.start + lines[last]!.text.length;
    out.push({ scheme: 'ordinal', start: lines[i + 1]!.start, end, number: row[1]!, title: subject.join(' ').replace(/\s+/g, ' ').trim() });
    i = last;
  }
  return out;
}

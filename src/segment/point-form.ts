/**
 * A point of a procès-verbal exported by software as a form, its rows a label and its value on
 * one line, no colon between (with one, "Objet : …" is a heading the headings read): "Point n° 2" / "N° de délibération B2023-031" / "Objet Attribution
 * de subventions …" / "Rapporteur Mme X". A value that wraps in its cell has its label printed
 * alone between its two lines, centred in the row ("Attribution … – 1re" / "Objet" / "répartition
 * 2023"). The point's subject is its heading, its number the deliberation's where it has one.
 */
import type { Heading } from './headings.ts';
import { lineAt } from '../text/lines.ts';

/** "Point n° 2" alone on its line: the point's rank. */
const POINT_LINE = /^[ \t]*(?:Point|POINT)[ \t]+(?:n°|N°)[ \t]*(\d{1,3})[ \t]*$/gmu;
/** "N° de délibération B2023-031": the row of the deliberation's number. */
const NUMBER_ROW = /^[ \t]*N°[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?d[ée]lib[ée]ration[ \t]+([A-Z]{0,4}[-_/]?\d[\w./-]*\d)[ \t]*$/u;
/**
 * "Objet Approbation du procès-verbal …": the subject's row, its value on the label's line. With a
 * colon ("Objet : …") the line is a heading of its own, which the headings read.
 */
const OBJET_ROW = /^[ \t]*(?:Objet|OBJET)[ \t]+(?!:)(\S.{7,})$/u;
/** "Objet" alone: the label of a subject wrapped around it. */
const OBJET_ALONE = /^[ \t]*(?:Objet|OBJET)[ \t]*$/u;
/** The form's other rows: where its subject's lines stop. */
const OTHER_ROW = /^[ \t]*(?:Rapporteure?|Nomenclature|Commission|Service|Direction|Mati[èe]re|Code|Expos[ée]|Vote|R[ée]sultat|D[ée]cision|N°)(?![\p{L}])/u;
/** How many lines under the point's rank its rows may take before its subject's. */
const ROWS_BEFORE_SUBJECT = 3;

/** The headings of the points laid out as such forms, from `from` on. */
export function pointFormSubjects(text: string, from: number): Heading[] {
  const out: Heading[] = [];
  POINT_LINE.lastIndex = from;
  for (let m = POINT_LINE.exec(text); m; m = POINT_LINE.exec(text)) {
    const rank = m[1]!;
    let number: string | null = null;
    let at = m.index + m[0].length + 1;
    for (let k = 0; k <= ROWS_BEFORE_SUBJECT && at < text.length; k++) {
      const line = lineAt(text, at);
      const next = line.end < text.length ? lineAt(text, line.end + 1) : null;
      const numberRow = NUMBER_ROW.exec(line.line);
      if (numberRow) {
        number = numberRow[1]!;
        at = line.end + 1;
        continue;
      }
      const objet = OBJET_ROW.exec(line.line);
      // The subject on its label's line, or wrapped around its label alone on the next.
      const wrapped = !objet && next && next.end < text.length && OBJET_ALONE.test(next.line) && !OTHER_ROW.test(line.line) && line.line.trim().length >= 8 ? lineAt(text, next.end + 1) : null;
      if (!objet && !(wrapped && wrapped.line.trim() && !OTHER_ROW.test(wrapped.line))) break;
      const title = objet ? objet[1]!.trim() : `${line.line.trim()} ${wrapped!.line.trim()}`;
      const end = objet ? line.end : wrapped!.end;
      out.push({ scheme: number ? 'numbered' : 'ordinal', start: m.index, end, number: number ?? rank, title });
      break;
    }
  }
  return out;
}

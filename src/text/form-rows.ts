/**
 * A form printed by software as a row of labels over a row of their values, as a text layer gives
 * it back, one space between cells:
 *
 *   Lieu Président de séance Secrétaire de séance
 *   Salle des délibérations - ZAMOR Fernand (Maire) PÉLAGE Gisèle
 *   Hôtel de Ville
 *
 *   Type de séance Date Heure Lieu
 *   Ordinaire 14/06/1980 18 h 00 Salle des délibérations
 *   de l'Hôtel de Ville
 *
 *   Lieu : Heure : Président de séance :
 *   Siège de l'Office - Salle du Conseil 17:30 THIRIET Claude
 *
 * Each value is read left to right by the shape its label expects: a date, a time, a word, a
 * person (family name in capitals, or a civility); a place runs up to the next value's shape, and
 * onto the line under the row where its words go on (a dash closing it, or small letters opening the next).
 */
import type { Span } from '../schema/minutes.ts';
import { LIEU } from './form-column.ts';
import { trimmedLines } from './lines.ts';

export type RowField = 'type' | 'number' | 'date' | 'time' | 'closing' | 'convocation' | 'posted' | 'place' | 'president' | 'secretary';

/** Each label, longest first where one opens another ("Date de convocation" before "Date"). */
const LABELS: ReadonlyArray<readonly [RegExp, RowField]> = [
  [/^(?:type|nature)(?:\s+de\s+(?:la\s+)?s[ée]ance)?/iu, 'type'],
  [/^n°\s+(?:de\s+(?:la\s+)?)?s[ée]ance/iu, 'number'],
  [/^(?:date\s+de\s+(?:la\s+)?)?convocation/iu, 'convocation'],
  [/^(?:date\s+d['’]\s?)?affichage/iu, 'posted'],
  [/^date(?:\s+de\s+(?:la\s+)?s[ée]ance)?/iu, 'date'],
  // "Séance du Convocation Ouverture Clôture" / "18/10/2007 02/10/2007 09:30 13:10": the sitting's day, its opening and closing times.
  [/^s[ée]ance\s+du/iu, 'date'],
  [/^heure\s+de\s+(?:cl[ôo]ture|fin)/iu, 'closing'],
  [/^cl[ôo]ture(?:\s+de\s+(?:la\s+)?s[ée]ance)?/iu, 'closing'],
  [/^heure(?:\s+d['’]\s?ouverture|\s+de\s+d[ée]but)?/iu, 'time'],
  [/^ouverture(?:\s+de\s+(?:la\s+)?s[ée]ance)?/iu, 'time'],
  [new RegExp(`^${LIEU}`, 'iu'), 'place'],
  [/^pr[ée]sid(?:ente?|ence)(?:\s+de\s+(?:la\s+)?s[ée]ance)?/iu, 'president'],
  [/^secr[ée]taire(?:\s+de\s+s[ée]ance)?/iu, 'secretary'],
];

const DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)/u;
const TIME = /^\d{1,2}[ \t]*(?::|h)[ \t]*\d{2}(?!\d)/iu;
const WORD = /^\S+/u;
/**
 * A person as such a form prints one: a civility or not, the family name in capitals, the given
 * name, an office after a comma or between brackets ("M. SAINTE-LUCE Victor, Maire", "ZAMOR
 * Fernand (Maire)"); or the given name first ("M. Victor SAINTE-LUCE").
 */
const PERSON = new RegExp(
  String.raw`^(?:(?:(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*` +
    String.raw`|(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*(?![\p{Ll}]))` +
    String.raw`(?:[ \t]*\([^()\n]{1,40}\)|,[ \t]*\p{L}[\p{Ll}'’ -]*?(?=[ \t]+(?:M\.|Mme|Mlle|Monsieur|Madame|\p{Lu}[\p{Lu}'’-]+[ \t]+\p{Lu}\p{Ll}|\d)|$))?`,
  'u',
);
const SHAPES: Readonly<Record<RowField, RegExp | null>> = {
  type: WORD,
  number: WORD,
  date: DATE,
  convocation: DATE,
  posted: DATE,
  time: TIME,
  closing: TIME,
  president: PERSON,
  secretary: PERSON,
  place: null,
};

/** The row's values by field, each with where it runs in the text. */
export type RowValues = Partial<Record<RowField, { text: string; span: Span }>>;

/** The labels a line holds, in order, where it holds labels only (two at least); null otherwise. */
function labelsOf(line: string): RowField[] | null {
  const fields: RowField[] = [];
  let rest = line.trim();
  while (rest) {
    const hit = LABELS.map(([re, field]) => [re.exec(rest), field] as const).find(([m]) => m && (rest.length === m[0].length || /[\s:]/.test(rest[m[0].length]!)));
    if (!hit) return null;
    fields.push(hit[1]);
    // Its colon after it maybe ("Lieu : Heure : Président de séance :").
    rest = rest.slice(hit[0]![0].length).replace(/^[ \t]*:/u, '').trimStart();
  }
  return fields.length >= 2 ? fields : null;
}

/** Whether a value of `field` opens `s`. */
function opens(field: RowField | undefined, s: string): boolean {
  const shape = field ? SHAPES[field] : null;
  return !!shape && shape.test(s);
}

/**
 * The values of every such row in text[0, limit) that names a place, a president or a secretary;
 * the first row's value of a field where two rows give it. Empty where the text has no such row.
 */
export function formRowValues(text: string, limit: number): RowValues {
  const out: RowValues = {};
  // Most documents have no line of such labels: one search before the text is split.
  if (!/(?:^|\n)[ \t]*(?:Lieu|Type|Nature|Date|Heure|N°|Pr[ée]sid|Secr[ée]taire|Convocation|Affichage|S[ée]ance[ \t]+du)[^\n]*?[ \t](?:Lieu|Pr[ée]sid\p{L}*[ \t]+de[ \t]+s[ée]ance|Pr[ée]sidence|Secr[ée]taire[ \t]+de[ \t]+s[ée]ance|Ouverture(?:[ \t]+Cl[ôo]ture)?)[ \t]*:?[ \t]*(?:\n|$)|(?:^|\n)[ \t]*(?:Lieu|Pr[ée]sid\p{L}*[ \t]+de[ \t]+s[ée]ance)[ \t]*:?[ \t]+(?:Type|Date|Heure|Pr[ée]sid|Secr[ée]taire|Convocation|Affichage)/iu.test(text.slice(0, limit))) return out;
  const lines = trimmedLines(text, 0, limit);
  for (let i = 0; i + 1 < lines.length; i++) {
    const fields = labelsOf(lines[i]!.text);
    if (!fields || !fields.some((f) => f === 'place' || f === 'president' || f === 'secretary' || f === 'time')) continue;
    const row = lines[i + 1]!;
    const values = readRow(row.text, fields);
    if (!values) continue;
    const under = lines[i + 2];
    values.forEach(([from, to], n) => {
      const field = fields[n]!;
      const start = row.start + from;
      let end = row.start + to;
      let value = row.text.slice(from, to);
      // The place's words go on under the row: after a dash closing its cell, or in small letters.
      if (field === 'place' && under?.text && !labelsOf(under.text) && under.text.length <= 60 && (/[-–]$/u.test(value) || /^\p{Ll}/u.test(under.text)) && (/[-–]$/u.test(value) || n === fields.length - 1)) {
        value = `${value} ${under.text}`;
        end = under.end;
      }
      if (!out[field] && value) out[field] = { text: value.replace(/\s+/g, ' '), span: { start, end } };
    });
  }
  return out;
}

/** The row's cells as offsets in `row`, one per field; null where a value has not its label's shape. */
function readRow(row: string, fields: readonly RowField[]): Array<[number, number]> | null {
  const cells: Array<[number, number]> = [];
  let at = 0;
  for (let n = 0; n < fields.length; n++) {
    while (at < row.length && /\s/.test(row[at]!)) at++;
    if (at >= row.length) return null;
    const field = fields[n]!;
    const shape = SHAPES[field];
    if (shape) {
      const m = shape.exec(row.slice(at));
      if (!m) return null;
      cells.push([at, at + m[0].trimEnd().length]);
      at += m[0].length;
      continue;
    }
    // A place: up to the first word where the next value's shape opens, or the line's end.
    const next = fields[n + 1];
    let end = row.length;
    if (next) {
      end = -1;
      for (const w of row.slice(at).matchAll(/(?<=\s)\S/gu)) {
        if (opens(next, row.slice(at + w.index!))) {
          end = at + w.index!;
          break;
        }
      }
      if (end < 0) return null;
    }
    cells.push([at, at + row.slice(at, end).trimEnd().length]);
    at = end;
  }
  return cells;
}

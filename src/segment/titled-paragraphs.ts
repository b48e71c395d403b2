/**
 * A records program's sheet of a sitting prints its table of the points (N° acte / Objet / Pour / Contre / Abst. /
 * Résultat) over the sitting's compte rendu typed again, where each point is a paragraph opening on its subject and
 * a full stop ("Compte administratif 1977. Sous la présidence de M. LAFON, …"), no number nor capitals to head it:
 * the table's subjects find those paragraphs, which are the points' texts, numbered as the table's rows.
 */
import type { Heading } from './headings.ts';
import type { Item } from '../schema/minutes.ts';
import { escapeRegExp } from '../text/matches.ts';

/** A table's row as the points' readers give it: its number, its subject, where it stands. */
type Row = Pick<Item, 'number' | 'title' | 'span'>;

/** The mark of a subject the table's cell cut ("Programme 1978 - Renforcement..."), its words kept before it. */
const CUT_MARK = /[ \t]*(?:\.{3}|…)$/u;
/** What closes a run-in subject: a full stop or a colon, then the paragraph's text. */
const RUN_IN_END = /^[ \t]*[.:](?=[ \t]+\S)/u;
/** Where a subject the table cut goes on to in its paragraph: its first full stop before a space, on its line. */
const CUT_TITLE_END = /^[^\n.]{0,200}?(?<!\b\p{Lu})\.(?=[ \t]+\p{Lu})/u;
/** A subject shorter than this finds too much in a text. */
const MIN_SUBJECT = 12;
/** Fewer paragraphs than this so headed are no compte rendu under the table. */
const MIN_FOUND = 2;

/**
 * The headings of the paragraphs after the table that open on its rows' subjects, in the table's order, each numbered
 * as its row; none where fewer than MIN_FOUND, or fewer than half the rows, are found so.
 */
export function titledParagraphs(text: string, rows: readonly Row[]): Heading[] {
  if (rows.length < MIN_FOUND) return [];
  let at = Math.max(0, ...rows.map((r) => r.span?.end ?? 0));
  const found: Heading[] = [];
  for (const row of rows) {
    const cut = CUT_MARK.test(row.title);
    const subject = row.title.replace(CUT_MARK, '').trim();
    if (!row.number || subject.length < MIN_SUBJECT) continue;
    // The subject opening its line, a wrap between two of its words as a space.
    const opening = new RegExp(String.raw`(?:^|[\n\f])[ \t]*(${subject.split(/\s+/u).map(escapeRegExp).join(String.raw`\s+`)})`, 'u').exec(text.slice(at));
    if (!opening) continue;
    const start = at + opening.index + opening[0].length - opening[1]!.length;
    let end = start + opening[1]!.length;
    if (cut) {
      const rest = CUT_TITLE_END.exec(text.slice(end));
      if (!rest) continue;
      end += rest[0].length - 1;
    } else if (!RUN_IN_END.test(text.slice(end, end + 3))) continue;
    found.push({ scheme: 'paragraph', start, end: end + 1, number: row.number, title: text.slice(start, end).replace(/\s+/gu, ' ') });
    at = end + 1;
  }
  return found.length >= MIN_FOUND && found.length * 2 >= rows.length ? found : [];
}

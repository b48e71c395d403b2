/**
 * Proxies given as a table of two columns under the list's heading, the givers on the left and
 * the holders on the right, each row one proxy:
 *
 *   ÉTAIENT ABSENTS ET REPRÉSENTÉS :
 *        MANDANTS                       MANDATAIRES
 *   Mme Josiane MARTINI                 M. Jean-Louis ANDREANI
 *
 * Normalization leaves one space between the columns; each row names two members, the giver first.
 */
import { parsePersonList, type ListEntry } from './persons.ts';

/** The header of such a table: the givers' label, then the holders'. */
const PAIR_HEADER = /^[ \t]*(?:mandants?|donneurs?(?:\s+de\s+(?:pouvoir|procuration))?|ayant\s+donn[ée]\s+(?:pouvoir|procuration))[ \t]+(?:mandataires?|porteurs?(?:\s+(?:du|de)\s+(?:pouvoir|procuration))?|b[ée]n[ée]ficiaires?)[ \t]*$/iu;

/** The proxies of such a table opening at `from` (blank lines before its header allowed), or null. */
export function proxyPairs(text: string, from: number, to: number): { entries: ListEntry[]; end: number } | null {
  let at = from;
  while (at < to && /\s/.test(text[at]!)) at++;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd > to) lineEnd = to;
  if (!PAIR_HEADER.test(text.slice(at, lineEnd))) return null;
  const entries: ListEntry[] = [];
  let end = lineEnd;
  for (let pos = lineEnd + 1; pos < to; ) {
    let rowEnd = text.indexOf('\n', pos);
    if (rowEnd < 0 || rowEnd > to) rowEnd = to;
    if (!text.slice(pos, rowEnd).trim()) break;
    const people = parsePersonList(text, pos, rowEnd);
    if (people.length !== 2) break;
    entries.push({ person: people[0]!.person, status: null, proxy: people[1]!.person });
    end = rowEnd;
    pos = rowEnd + 1;
  }
  return entries.length ? { entries, end } : null;
}

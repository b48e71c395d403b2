/** The secrétaire de séance: named after a heading, or in the sentence that appoints them. */
import type { Person } from '../schema/minutes.ts';
import { parsePersonList } from './persons.ts';
import { accentless, accentlessOf } from '../text/caseless.ts';
import { execAll } from '../text/matches.ts';

/** Where the name stands relative to the cue: after it ("Secrétaire : X") or before it ("X est désigné"). */
const SECRETARY_CUES: ReadonlyArray<readonly [RegExp, 'after' | 'before']> = [
  // "secrétaire", also as OCR reads it ("secrétalre", "secretaira"); "Secrétaire élue :".
  [/secr[ée]ta(?:ire|riat|lre|ira|re)(?:\s+de\s+(?:la\s+)?s[ée]ance)?(?:\s+(?:[ée]lu|d[ée]sign[ée]|nomm[ée])(?:\(?e\)?)?)?\s*(?:\(\s*\w+\s*\)\s*)?[:：]/giu, 'after'],
  [/\s+(?:est|a\s+été)\s+(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?)\s+(?:pour\s+remplir\s+(?:cette\s+fonction|les\s+fonctions\s+de\s+secr[ée]taire)|(?:comme\s+|en\s+qualit[ée]\s+de\s+)?secr[ée]taire)/giu, 'before'],
  [/\s+propose\s+d['’]assurer\s+(?:le|ce|la)\s+secr[ée]tariat/giu, 'before'],
  [/\s+(?:est\s+)?(?:d[ée]sign[ée]e?\s+)?secr[ée]taire\s+de\s+s[ée]ance/giu, 'before'],
];

/** A person we trust: with a civility or an upper-case family name, not a stray capitalised word. */
const credible = (p: Person) => p.civility !== null || /^[\p{Lu}\s'-]+$/u.test(p.surname);

function personNear(text: string, start: number, end: number, pick: 'first' | 'last'): Person | null {
  const people = parsePersonList(text, start, end)
    .map((e) => e.person)
    .filter(credible);
  return (pick === 'first' ? people[0] : people[people.length - 1]) ?? null;
}

export function findSecretary(text: string, from = 0, to = text.length): Person | null {
  for (const [re, side] of SECRETARY_CUES) {
    // Matched without accents: OCR and some typists drop them ("a ete designe").
    for (const m of execAll(accentless(re), accentlessOf(text).slice(from, to))) {
      const at = from + m.index!;
      let person: Person | null;
      if (side === 'after') {
        const end = Math.min(text.length, at + m[0].length + 150);
        const lineEnd = text.indexOf('\n', at + m[0].length + 1);
        person = personNear(text, at + m[0].length, lineEnd > 0 && lineEnd < end ? lineEnd : end, 'first');
      } else {
        // The sentence that names the secretary starts at the previous full stop or line.
        const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), at - 120, 0);
        person = personNear(text, sentenceStart, at, 'last');
      }
      if (person) return { ...person, role: 'secrétaire de séance' };
    }
  }
  return null;
}

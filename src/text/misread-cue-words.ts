/**
 * The words the rules key on (CUE_WORDS) with an i that OCR read as an l, read back: "sous la
 * présldence de M. X", "Présldent", "pouvolr à", "Consell municipal", "artlcle 2", "Monsleur". The
 * misread forms are derived from the table of cue words, not listed by hand: each i of a word of
 * five letters or more read as an l, kept where the form is no cue word of its own; a French word
 * ("étalent", "avalent") only before a list's word ("Etalent présents :").
 */
import { CUE_WORDS } from './split-words.ts';
import { fold } from './fuzzy.ts';
import { misreadLetterPattern, wordAround } from './misread-letter.ts';

/** Misread forms that are French words: read back only before a list's word ("Etalent présents :"), as "étalent" never stands. */
const FRENCH_WORDS: ReadonlySet<string> = new Set(['etalent', 'avalent']);
const BEFORE_LIST_WORD = /^[ \t\n]+(?:pr[ée]sente?s|absente?s|excus[ée]e?s|repr[ée]sent[ée]e?s)(?![\p{L}])/iu;
/** A cue word's letter as the text may write it: accents the folding took away, the first letter maybe a capital. */
const LETTER_FORMS: Readonly<Record<string, string>> = { e: 'eéèêë', a: 'aàâä', i: 'iîï', o: 'oôö', u: 'uùûü', c: 'cç' };
const letterClass = (c: string, first: boolean) => {
  const forms = LETTER_FORMS[c] ?? c;
  return `[${forms}${first ? forms.toUpperCase() : ''}]`;
};

/** Each misread form parted at its l: the letters before it, and after. */
const MISREAD_FORMS: ReadonlyArray<readonly [string, string]> = (() => {
  const forms = new Map<string, readonly [string, string]>();
  for (const word of CUE_WORDS) {
    if (word.length < 5) continue;
    for (let at = word.indexOf('i'); at >= 0; at = word.indexOf('i', at + 1)) {
      const form = `${word.slice(0, at)}l${word.slice(at + 1)}`;
      if (!CUE_WORDS.has(form)) forms.set(form, [word.slice(0, at), word.slice(at + 1)]);
    }
  }
  return [...forms.values()];
})();

const lettersOf = (part: string, opensWord: boolean) => [...part].map((c, i) => letterClass(c, opensWord && i === 0)).join('');

/** Led by the l (misreadLetterPattern): tried at every offset, one alternation of every form cost ~6 % of the analysis. */
const MISREAD_CUE_WORD = misreadLetterPattern(
  'l',
  MISREAD_FORMS.map(([before]) => lettersOf(before, true)),
  MISREAD_FORMS.map(([, after]) => lettersOf(after, false)),
);

/** The l at s[at] read back as an i, where that makes the word around it a cue word. */
function readBack(match: string, at: number, s: string): string {
  const { word, start } = wordAround(s, at);
  if (FRENCH_WORDS.has(fold(word)) && !BEFORE_LIST_WORD.test(s.slice(start + word.length, start + word.length + 24))) return match;
  return CUE_WORDS.has(fold(`${word.slice(0, at - start)}i${word.slice(at - start + 1)}`)) ? 'i' : match;
}

/** Each misread cue word of `t` read back. */
export function readBackMisreadCueWords(t: string): string {
  return t.replace(MISREAD_CUE_WORD, readBack);
}

/**
 * The words the rules key on (CUE_WORDS) with a letter OCR misread, read back: an i read as an l
 * ("sous la présldence de M. X", "pouvolr à", "Consell municipal", "Monsleur"), an e as a c ("La
 * Commission Pcrmanente"), an n as a u ("La Commissiou", "Mousieur"). The misread forms are derived
 * from the table of cue words, not listed by hand: each such letter of a word of five letters or
 * more misread, kept where the form is no cue word of its own; a French word
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

/**
 * The letters OCR misreads in the cue words, each with the letter it stands for: an l for an i
 * ("présldence"), a c for an e ("Commission Pcrmanente", "prcsents"), a u for an n ("La
 * Commissiou", "Mousieur le Maire"). Each a pass of its own, led by its letter.
 */
const MISREADINGS: ReadonlyArray<readonly [misread: string, letter: string]> = [
  ['l', 'i'],
  ['c', 'e'],
  ['u', 'n'],
];

/** Each misread form of a cue word of five letters or more parted at its misread letter: the letters before it, and after. */
function misreadForms(misread: string, letter: string): ReadonlyArray<readonly [string, string]> {
  const forms = new Map<string, readonly [string, string]>();
  for (const word of CUE_WORDS) {
    if (word.length < 5) continue;
    for (let at = word.indexOf(letter); at >= 0; at = word.indexOf(letter, at + 1)) {
      const form = `${word.slice(0, at)}${misread}${word.slice(at + 1)}`;
      if (!CUE_WORDS.has(form)) forms.set(form, [word.slice(0, at), word.slice(at + 1)]);
    }
  }
  return [...forms.values()];
}

const lettersOf = (part: string, opensWord: boolean) => [...part].map((c, i) => letterClass(c, opensWord && i === 0)).join('');

/** Led by the misread letter (misreadLetterPattern): tried at every offset, one alternation of every form cost ~6 % of the analysis. */
const PASSES = MISREADINGS.map(([misread, letter]) => {
  const forms = misreadForms(misread, letter);
  const pattern = misreadLetterPattern(
    misread,
    forms.map(([before]) => lettersOf(before, true)),
    forms.map(([, after]) => lettersOf(after, false)),
  );
  /** The misread letter at s[at] read back, where that makes the word around it a cue word. */
  const readBack = (match: string, at: number, s: string): string => {
    const { word, start } = wordAround(s, at);
    if (FRENCH_WORDS.has(fold(word)) && !BEFORE_LIST_WORD.test(s.slice(start + word.length, start + word.length + 24))) return match;
    return CUE_WORDS.has(fold(`${word.slice(0, at - start)}${letter}${word.slice(at - start + 1)}`)) ? letter : match;
  };
  return { pattern, readBack };
});

/** Each misread cue word of `t` read back. */
export function readBackMisreadCueWords(t: string): string {
  for (const { pattern, readBack } of PASSES) t = t.replace(pattern, readBack);
  return t;
}

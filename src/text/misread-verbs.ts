/**
 * A decision's verb as heavy OCR misreads it, read back: "La Commission permanente approuvo",
 * "accordo la garantie", "attribuc une subvention" (its closing e read as an o or a c), "flxe
 * les tarifs", "autorlse le Président" (an i read as an l). The misread forms are derived from
 * the table of actions (verbs.ts), not listed by hand, and kept only where none is a French word
 * of its own: forms of six letters or more for the closing e ("verso", "voto" stay), forms of
 * four or more for the i.
 */
import { ACTION_VERBS } from './verbs.ts';
import { misreadLetterPattern, wordAround } from './misread-letter.ts';

/** The closing e of a verb, as OCR misreads it. */
const CLOSING_E_READ_AS = ['o', 'c'];
/** An i, as OCR misreads it (a 1 in a word is read back as an l before this runs). */
const I_READ_AS = ['l'];

export const MISREAD_VERBS: ReadonlyMap<string, string> = (() => {
  const misread = new Map<string, string>();
  const forms = ACTION_VERBS.map(([action]) => action).filter((action) => /^\p{Ll}+$/u.test(action));
  const known = new Set(ACTION_VERBS.flatMap(([action, infinitive]) => [action, infinitive]));
  const add = (form: string, action: string) => {
    if (!known.has(form)) misread.set(form, action);
  };
  for (const action of forms) {
    if (action.length >= 6 && action.endsWith('e')) for (const c of CLOSING_E_READ_AS) add(action.slice(0, -1) + c, action);
    if (action.length >= 4) {
      for (let at = action.indexOf('i'); at >= 0; at = action.indexOf('i', at + 1)) {
        for (const c of I_READ_AS) add(action.slice(0, at) + c + action.slice(at + 1), action);
      }
    }
  }
  return misread;
})();

const forms = [...MISREAD_VERBS.keys()];
const closingForms = forms.filter((f) => CLOSING_E_READ_AS.includes(f.at(-1)!) && MISREAD_VERBS.get(f) === `${f.slice(0, -1)}e`);
const iForms = forms.filter((f) => !closingForms.includes(f));

/** Each led by the misread letter (misreadLetterPattern): tried at every offset, one alternation of every form cost ~3 % of the analysis. */
const MISREAD_CLOSING_E = misreadLetterPattern(CLOSING_E_READ_AS.join(''), closingForms.map((f) => f.slice(0, -1)), ['']);
const MISREAD_I = misreadLetterPattern(
  I_READ_AS.join(''),
  iForms.map((f) => f.slice(0, firstMisreadI(f))),
  iForms.map((f) => f.slice(firstMisreadI(f) + 1)),
);

/** Where, in a form of MISREAD_VERBS with an i misread, the misread letter stands. */
function firstMisreadI(form: string): number {
  const action = MISREAD_VERBS.get(form)!;
  let at = 0;
  while (form[at] === action[at]) at++;
  return at;
}

/** Each misread verb of `t` read back as the action it is. */
export function readBackMisreadVerbs(t: string): string {
  // The misread letter alone is replaced: by the action's letter at its place.
  const back = (letter: string, at: number, s: string) => {
    const { word, start } = wordAround(s, at);
    const action = MISREAD_VERBS.get(word);
    return action ? action[at - start]! : letter;
  };
  return t.replace(MISREAD_CLOSING_E, back).replace(MISREAD_I, back);
}

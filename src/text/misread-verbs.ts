/**
 * A decision's verb as heavy OCR misreads it, read back: "La Commission permanente approuvo",
 * "accordo la garantie", "attribuc une subvention" (its closing e read as an o or a c), "flxe
 * les tarifs", "autorlse le Président" (an i read as an l). The misread forms are derived from
 * the table of actions (verbs.ts), not listed by hand, and kept only where none is a French word
 * of its own: forms of six letters or more for the closing e ("verso", "voto" stay), forms of
 * four or more for the i.
 */
import { ACTION_VERBS } from './verbs.ts';

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

const MISREAD_VERB = new RegExp(String.raw`(?<![\p{L}\d'’-])(?:${[...MISREAD_VERBS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}\d'’-])`, 'gu');

/** Each misread verb of `t` read back as the action it is. */
export function readBackMisreadVerbs(t: string): string {
  return t.replace(MISREAD_VERB, (w) => MISREAD_VERBS.get(w)!);
}

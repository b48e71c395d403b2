/**
 * The operative verbs of a decision, as a table: the form an article is recorded under
 * (3rd person, as "LE CONSEIL … approuve") and the infinitive that proposals use
 * ("- Adopter l'opération", "d'approuver la création").
 */
import { fold } from './fuzzy.ts';

export const ACTION_VERBS: ReadonlyArray<readonly [action: string, infinitive: string]> = [
  ['approuve', 'approuver'], ['autorise', 'autoriser'], ['décide', 'décider'], ['charge', 'charger'],
  ['dit', 'dire'], ['fixe', 'fixer'], ['sollicite', 'solliciter'], ['accorde', 'accorder'],
  ['désigne', 'désigner'], ['adopte', 'adopter'], ['valide', 'valider'], ['attribue', 'attribuer'],
  ['prend acte', 'prendre acte'], ['prend note', 'prendre note'], ["prend l'engagement", "prendre l'engagement"],
  ['donne son accord', 'donner son accord'], ['donne acte', 'donner acte'], ['donne', 'donner'], ['précise', 'préciser'], ['modifie', 'modifier'], ['accepte', 'accepter'],
  ['définit', 'définir'], ['prévoit', 'prévoir'], ['adhère', 'adhérer'], ['délègue', 'déléguer'],
  ['confie', 'confier'], ['mandate', 'mandater'], ['émet', 'émettre'], ['arrête', 'arrêter'],
  ['crée', 'créer'], ['supprime', 'supprimer'], ['renouvelle', 'renouveler'], ["s'engage", "s'engager"],
  ['octroie', 'octroyer'], ['opte', 'opter'], ['retient', 'retenir'], ['élit', 'élire'], ['nomme', 'nommer'],
  ['abroge', 'abroger'], ['inscrit', 'inscrire'], ['alloue', 'allouer'], ['affecte', 'affecter'], ['reporte', 'reporter'],
  ['reconduit', 'reconduire'], ['maintient', 'maintenir'], ['instaure', 'instaurer'], ['institue', 'instituer'],
  ['recrute', 'recruter'], ['verse', 'verser'], ['prononce', 'prononcer'], ['constate', 'constater'],
  ['entérine', 'entériner'], ['ratifie', 'ratifier'], ['habilite', 'habiliter'],
  ['demande', 'demander'], ['réitère', 'réitérer'], ['refuse', 'refuser'], ["s'oppose", "s'opposer"], ['rejette', 'rejeter'],
  ['vote', 'voter'], ['acquiert', 'acquérir'], ['cède', 'céder'], ['vend', 'vendre'], ['achète', 'acheter'],
  ['engage', 'engager'], ['transfère', 'transférer'], ['annule', 'annuler'], ['propose', 'proposer'],
  ['sursoit', 'surseoir'], ['ajourne', 'ajourner'], ['exonère', 'exonérer'], ['applique', 'appliquer'],
  ['ouvre', 'ouvrir'], ['étend', 'étendre'], ['garantit', 'garantir'], ['tire', 'tirer'], ['prescrit', 'prescrire'],
  ['individualise', 'individualiser'], ['déclare', 'déclarer'], ['notifie', 'notifier'], ['prélève', 'prélever'],
  ['reconnaît', 'reconnaître'], ['répartit', 'répartir'], ['prolonge', 'prolonger'], ['consent', 'consentir'],
  ['agrée', 'agréer'], ['procède', 'procéder'], ['déclasse', 'déclasser'], ['dénomme', 'dénommer'],
  ['revalorise', 'revaloriser'], ['révise', 'réviser'], ['actualise', 'actualiser'], ['ramène', 'ramener'], ['réduit', 'réduire'], ['augmente', 'augmenter'], ['impute', 'imputer'], ['contracte', 'contracter'], ['soutient', 'soutenir'],
  ['confirme', 'confirmer'], ['rembourse', 'rembourser'], ['admet', 'admettre'], ['prend en charge', 'prendre en charge'],
  ['dresse', 'dresser'], ['prie', 'prier'], ['souhaite', 'souhaiter'], ['confère', 'conférer'], ['proroge', 'proroger'], ['proclame', 'proclamer'], ['réaffirme', 'réaffirmer'], ['rappelle', 'rappeler'],
  // The acts of motions and vœux.
  ['affirme', 'affirmer'], ["s'associe", "s'associer"], ['exige', 'exiger'], ['dénonce', 'dénoncer'], ['réclame', 'réclamer'],
];

/** Verbs are compared folded (see fuzzy.ts), with the typographic apostrophe made plain. */
const foldVerb = (s: string) => {
  const f = fold(s);
  return f.includes('’') ? f.replace(/’/g, "'") : f;
};

/** Folded verb form (either person) -> the action it records. Longest forms first when matching. */
export const VERB_FORMS: ReadonlyMap<string, string> = new Map(
  ACTION_VERBS.flatMap(([action, inf]) => [
    [foldVerb(action), action],
    [foldVerb(inf), action],
  ]),
);

/** Forms sorted longest first, so "prend acte" wins over a bare "prend". */
export const VERB_FORM_LIST: readonly string[] = [...VERB_FORMS.keys()].sort((a, b) => b.length - a.length);

/**
 * The forms by their first two letters (every form has more), longest first within each: a line
 * is compared with the few forms it can start with, not with all of them.
 */
const FORMS_BY_OPENING: ReadonlyMap<string, readonly string[]> = (() => {
  const byOpening = new Map<string, string[]>();
  for (const form of VERB_FORM_LIST) {
    const list = byOpening.get(form.slice(0, 2));
    if (list) list.push(form);
    else byOpening.set(form.slice(0, 2), [form]);
  }
  return byOpening;
})();
const OPENINGS = new Set(FORMS_BY_OPENING.keys());

/**
 * foldVerb of each Latin unit (below U+0250) that folds to one unit, as its code; -1 for the
 * others (a combining accent folds to nothing). Two such units fold to their two folds: fold is
 * computed unit by unit on them (see fuzzy.ts).
 */
const FOLDED_UNIT: Int32Array = (() => {
  const codes = new Int32Array(0x250);
  for (let c = 0; c < 0x250; c++) {
    const f = foldVerb(String.fromCharCode(c));
    codes[c] = f.length === 1 ? f.charCodeAt(0) : -1;
  }
  return codes;
})();
/** FORMS_BY_OPENING by the opening's pair of folded codes. */
const FORMS_BY_PAIR: ReadonlyMap<number, readonly string[]> = new Map(
  [...FORMS_BY_OPENING].map(([opening, forms]) => [opening.charCodeAt(0) * 0x10000 + opening.charCodeAt(1), forms]),
);

/** Whether a folded code is [a-z0-9]. */
function isFoldedAlnum(f: number): boolean {
  return (f >= 97 && f <= 122) || (f >= 48 && f <= 57);
}

/**
 * The first of `forms` (longest first) that opens `s`, read unit by unit through FOLDED_UNIT,
 * as actionAt reads it in the folded string; undefined when a unit it must read folds to none
 * or several (an accent apart, a ligature), where the folded string's offsets are not the
 * string's: actionAt folds it then. Every line of a decision is asked about, and most of those
 * that open on a form's two letters ("de", "pr", "co") go on with none: no string is folded.
 */
/**
 * "Adopte' à l'unanimité", "Approuve' par 12 voix": a typewriter's é struck as an e then an
 * apostrophe, the participle that states the outcome; no verb is followed by an apostrophe.
 */
function struckAcute(s: string, end: number): boolean {
  const next = s.charCodeAt(end);
  const last = s.charCodeAt(end - 1);
  return (next === 0x27 || next === 0x2019) && (last === 0x65 || last === 0x45);
}

function formAt(s: string, forms: readonly string[]): { action: string; length: number } | null | undefined {
  for (const form of forms) {
    let i = 2;
    for (; i < form.length && i < s.length; i++) {
      const c = s.charCodeAt(i);
      const f = c < 0x250 ? FOLDED_UNIT[c]! : -1;
      if (f < 0) return undefined;
      if (f !== form.charCodeAt(i)) break;
    }
    // Shorter than the form, or another letter: the folded string does not start with it.
    if (i < form.length) continue;
    if (s.length > form.length) {
      const c = s.charCodeAt(form.length);
      if (struckAcute(s, form.length)) continue;
      const f = c < 0x250 ? FOLDED_UNIT[c]! : -1;
      if (f < 0) return undefined;
      if (isFoldedAlnum(f)) continue;
    }
    // "Adopté", "Approuvée": a participle states the outcome, it is not an article's verb.
    const last = s.charCodeAt(form.length - 1);
    if (last === 0xe9 || last === 0xc9) continue;
    return { action: VERB_FORMS.get(form)!, length: form.length };
  }
  return null;
}

/** The action recorded for the words at the start of `s`, if they are an operative verb. */
/**
 * The act a past participle records ("approuvé", "affectée", "autorisés" -> approuve, affecte,
 * autorise): an article written in the passive ("Est approuvé le programme", "Le Président est
 * autorisé à signer"). Null for a participle no act of the table ends on.
 */
export function actionOfParticiple(word: string): string | null {
  const m = /^(\p{L}{3,}?)[ée]e?s?$/u.exec(word);
  return m ? (VERB_FORMS.get(foldVerb(`${m[1]}e`)) ?? null) : null;
}

export function actionAt(s: string): { action: string; length: number } | null {
  // Every line of a decision is tried: most are turned away on their first two letters, read
  // by their codes when they are Latin letters (no string folded, none looked up). Not past the
  // end of a shorter string: V8 deoptimized this function on the first code read there.
  const c0 = s.length >= 2 ? s.charCodeAt(0) : -1;
  const c1 = s.length >= 2 ? s.charCodeAt(1) : -1;
  if (c0 >= 0 && c0 < 0x250 && c1 >= 0 && c1 < 0x250) {
    const f0 = FOLDED_UNIT[c0]!;
    const f1 = FOLDED_UNIT[c1]!;
    if (f0 >= 0 && f1 >= 0) {
      const forms = FORMS_BY_PAIR.get(f0 * 0x10000 + f1);
      if (!forms) return null;
      const hit = formAt(s, forms);
      if (hit !== undefined) return hit;
    }
  }
  if (!OPENINGS.has(foldVerb(s.slice(0, 2)))) return null;
  const f = foldVerb(s.slice(0, 40));
  // A form f starts with shares its first two letters.
  for (const form of FORMS_BY_OPENING.get(f.slice(0, 2)) ?? []) {
    // "Adopté", "Approuvée": a participle states the outcome, it is not an article's verb.
    if (f.startsWith(form) && !/[a-z0-9]/.test(f[form.length] ?? ' ') && !/[éÉ]/.test(s[form.length - 1] ?? '') && !struckAcute(s, form.length)) {
      return { action: VERB_FORMS.get(form)!, length: form.length };
    }
  }
  return null;
}

/**
 * A verb's form used as a noun: "DEMANDE DE SUBVENTION", "Vote du budget", "DEMANDE D'AIDE"; not
 * "DÉCIDE DE FIXER", "décide d'adhérer" (an infinitive follows) nor "AUTORISE LE MAIRE".
 * `after`: the text after the form.
 */
export function nounUse(after: string): boolean {
  return NOUN_COMPLEMENT.test(after);
}
const NOUN_COMPLEMENT = /^\s+(?:(?:du|des)\s+|de\s+(?:la\s+|l['’]\s?)?|d['’]\s?)(?!(?:\p{L}+(?:er|ir|re|oir))(?![\p{L}]))\p{L}/iu;

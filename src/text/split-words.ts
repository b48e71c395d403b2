/**
 * Words that heavy OCR cut with spaces, written whole again: the words the rules key on, cut in
 * two ("Secrét aire de seance", "po uvoir à", "en exerc ice", "Prése nts : 81"), only where the two
 * pieces make one of them and on pages whose look-alikes were repaired (a clean text layer has
 * neither, and is not scanned for them); the act over a decision's articles alone on its line,
 * its letters parted ("DEC IDE :", "D É C I D E").
 */
import { fold } from './fuzzy.ts';
import { ACTION_VERBS, actionAt } from './verbs.ts';
import { givenNameScore } from './given-names.ts';

/**
 * The words, folded (lower case, no accents). A piece of one letter is one in lower case ("s éance",
 * "excus é"): a capital alone is a table's code ("Conseiller E").
 */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  'secretaire', 'secretaires', 'pouvoir', 'pouvoirs', 'procuration', 'procurations', 'present', 'presents', 'presente',
  'presentes', 'absent', 'absents', 'absente', 'absentes', 'excuse', 'excuses', 'excusee', 'excusees', 'exercice',
  'votants', 'votant', 'unanimite', 'unanimement', 'delibere', 'deliberation', 'deliberations', 'monsieur', 'madame',
  'approuve', 'approuvee', 'approuves', 'adopte', 'adoptee', 'adoptes', 'conseillers', 'conseiller', 'conseillere',
  'municipal', 'municipaux', 'communautaire', 'departemental', 'regional', 'quorum', 'seance', 'abstention',
  'abstentions', 'suffrages', 'exprimes', 'majorite', 'represente', 'representee', 'representes', 'designe',
  'designee', 'presidence', 'president', 'presidente', 'assistaient', 'etaient', 'avaient', 'delegation', 'delegations', 'reunion',
  'atteint', 'rapport', 'rapports', 'article', 'articles',
  // The offices that close a run of a list ("Mme X, Ad joints, M. Y").
  'adjoint', 'adjointe', 'adjoints', 'adjointes',
  // A vote's side ("8 voix con tre").
  'contre',
  // The words of a date and its hour written out ("le vingt-quat re octobre", "octo bre", "dix-sept heu res").
  'quatre', 'quatorze', 'quinze', 'seize', 'treize', 'douze', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante',
  'mille', 'janvier', 'fevrier', 'avril', 'juillet', 'septembre', 'octobre', 'novembre', 'decembre', 'heures', 'minutes',
  // The deciding body, subject of its acts ("La Commis sion pe rmanente approuve").
  'commission', 'permanente', 'conseil', 'bureau', 'comite', 'assemblee', 'municipale', 'syndical',
  // The members counted and the convocation's date in a box of counts ("Nombre de dél égués en exercice", "Date de c onvocation").
  'delegue', 'delegues', 'deleguee', 'deleguees', 'membres', 'convocation',
  // The secretary's office ("pour remplir les fonc tions de secrétaire", "M. X rempl it les fonctions de secrétaire").
  'fonctions', 'remplit',
  // Where the sitting is held ("en mair1e", "mai rie"), as the place's reader keys on it.
  'mairie',
]);

/**
 * The acts of a decision too ("soll icite", "auto rise", "d'autori ser"), as the articles' reader knows them, and their infinitives; not
 * after a word of its own that opens the pair ("de cide", "en gage", "de signe" may be two words).
 */
const ACT_WORDS = new Set(ACTION_VERBS.flatMap((forms) => forms.filter((w) => w.length >= 6 && !/[ '’]/.test(w))).map(fold));
const WORDS_OF_THEIR_OWN = new Set(['de', 'en', 'le', 'la', 'les', 'un', 'une', 'a', 'au', 'se', 'ne', 'ce', 're']);
const isCue = (a: string, b: string) => {
  const word = fold(a + b);
  return CUE_WORDS.has(word) || (ACT_WORDS.has(word) && !WORDS_OF_THEIR_OWN.has(a.toLowerCase()));
};

/** A word, a space, and the word after it (looked at, not consumed: it may open the next pair); after an elision's letter and apostrophe too ("d'autori ser"). */
const WORD_PAIR = /(?<![\p{L}])(?<!\p{L}{2}['’]|(?<!\p{L})['’])(\p{L}{2,12}|\p{Ll}) (?=(\p{L}{2,12}|\p{Ll})(?![\p{L}]))/gu;

/** The words' first two letters: a pair whose first piece opens otherwise is passed over at once. */
const OPENINGS = new Set([...CUE_WORDS, ...ACT_WORDS].map((w) => w.slice(0, 2)));
/** Whether two pieces make one of the words, long enough to be one. */
const joinsToCue = (a: string, b: string) => a.length + b.length >= 6 && OPENINGS.has(fold((a + b).slice(0, 2))) && isCue(a, b);

/**
 * A word cut at a line's end with no hyphen ("Mme CHARVET (pou" / "voir a M. DUNAND)"), its pieces
 * in lower case: the rest of the word, and the punctuation closing it, go up to its line.
 */
const LINE_END_PAIR = /(?<![\p{L}'’-])(\p{Ll}{2,8})\n[ \t]*(\p{Ll}{2,10})(?![\p{L}'’-])([,.;:)»]*) ?/gu;

/**
 * A cue word OCR glued to the small word after it ("sous la presidencede M."), or an act ("Le conseil
 * municipal accordeau conseil de fabrique …"): parted where the first piece is one of the words.
 */
// Led by the letters, the word's start checked where it matched: a leading lookbehind is tried at every offset.
const GLUED_SMALL_WORD = /(\p{Ll}{5,14})(de|du|des|au|aux)(?=[ \t\n])/gu;
const WORD_CHAR = /[\p{L}'’-]/u;
/**
 * And the small word before it ("Sous laprésidence de M.", "la séance est ouverte àl'unanimité"):
 * led by the blank before the small word, matched and put back, as a lookbehind would be tried at every offset.
 */
const SMALL_WORD_GLUED = /([ \t\n(])(la|le|les|de|du|des|au|aux|à)((?:l['’])?(\p{Ll}{5,14}))(?=[ \t\n,.;:)])/gu;

export function joinSplitCueWords(page: string): string {
  const joined = page.replace(WORD_PAIR, (pair, a: string, b: string) => (joinsToCue(a, b) ? a : pair));
  const lines = joined.replace(LINE_END_PAIR, (pair, a: string, b: string, closing: string) => (joinsToCue(a, b) ? `${a}${b}${closing}\n` : pair));
  const parted = lines.replace(GLUED_SMALL_WORD, (glued, a: string, b: string, at: number, s: string) => (!WORD_CHAR.test(s[at - 1] ?? ' ') && (CUE_WORDS.has(fold(a)) || ACT_WORDS.has(fold(a))) ? `${a} ${b}` : glued));
  return parted.replace(SMALL_WORD_GLUED, (glued, blank: string, a: string, b: string, word: string) => (CUE_WORDS.has(fold(word)) ? `${blank}${a} ${b}` : glued));
}

/** The acts over a decision's articles, each letter maybe parted from the next by a space. */
const SPLIT_ACTS = String.raw`D ?[ÉE] ?C ?I ?D ?E|A ?R ?R ?[ÊE] ?T ?E|D ?[ÉE] ?L ?I ?B ?[ÈE] ?R ?E`;
/**
 * "DEC IDE :", "D É C I D E", "ARR ETE :": the act alone on its line, its letters parted by OCR's
 * spaces; written whole again, as the decision reader knows it.
 */
const SPLIT_ACT_LINE = new RegExp(String.raw`^([ \t]*)(${SPLIT_ACTS})(?=[ \t]*:?[ \t]*$)`, 'gm');
/** A line opening on "DE", "DÉ", "AR", "D É", "A R" (the acts' first letters): most pages have none. */
const ACT_OPENING = /\n[ \t]*(?:D ?[ÉE]|A ?R)|^[ \t]*(?:D ?[ÉE]|A ?R)/;

export function joinSplitActs(t: string): string {
  const lines = ACT_OPENING.test(t) ? t.replace(SPLIT_ACT_LINE, (whole, indent: string, act: string) => (act.includes(' ') ? indent + act.replace(/ /g, '') : whole)) : t;
  return LETTER_SPACED_RUN.test(lines) ? lines.replace(LETTER_SPACED_CAPITALS, joinedAct) : lines;
}

/**
 * "Article 1er. - A P P R O U V E le programme …", "S ' E N G A G E, pendant …": a typescript's act
 * spaced letter by letter for emphasis inside its article's line. Joined where the letters make an
 * act's verb, and only then: "C O M P T E   R E N D U", a title so spaced, stays as written.
 */
const LETTER_SPACED_CAPITALS = /(?<![\p{L}\d'’])\p{Lu}(?: (?:['’] )?\p{Lu}){3,}(?![\p{L}'’])/gu;
/** Four capitals each alone between spaces: most pages have none. */
const LETTER_SPACED_RUN = /(?:^|[ \t])\p{Lu} \p{Lu} \p{Lu} \p{Lu}(?![\p{L}])/mu;
function joinedAct(run: string, at: number, s: string): string {
  // The run may take in the next word's capital ("A U T O R I S E M. le Préfet"): the longest of its starts that is an act,
  // inside a sentence that goes on in small letters or with a civility after it (not "A R R E T E N° 04/0157", a title).
  const parts = run.split(' ');
  for (let n = parts.length; n >= 4; n--) {
    const joined = parts.slice(0, n).join('');
    if (actionAt(joined)?.length !== joined.length) continue;
    const rest = parts.slice(n);
    const after = (rest.length ? ` ${rest.join(' ')}` : '') + s.slice(at + run.length, at + run.length + 12);
    return ACT_GOES_ON.test(after) ? [joined, ...rest].join(' ') : run;
  }
  return run;
}
/** What follows an act inside its sentence: a word in small letters, a comma first or not, or a civility. */
const ACT_GOES_ON = /^,?[ \t]+(?:\p{Ll}|(?:M\.|MM\.|Mme|Mlle)[ \t])/u;

/** Lower-case words that stand in a name on their own: its particles. */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'd', 'le', 'la', 'les', 'van', 'von', 'der', 'den', 'ten', 'ter', 'ben', 'bin', 'el', 'al', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'y', 'et']);
/** Words of a sentence that may follow a name written in lower case ("M. Paul est ABSENT", "M. Roux donne POUVOIR"). */
const SENTENCE_WORDS = new Set(['est', 'sont', 'sera', 'était', 'a', 'ont', 'qui', 'que', 'se', 'ne', 'en', 'au', 'aux', 'par', 'pour', 'sur', 'avec', 'dans', 'ou', 'puis', 'donne', 'fait', 'dit', 'reste', 'absent', 'absente', 'excusé', 'excusée', 'présent', 'présente', 'représenté', 'représentée']);
/**
 * A civility, a given name cut by OCR's space ("M. Chri stian PELLETAN", "M. Domini que-Antoine
 * SAVELLI", "M. Jean-M arc DUBOIS"), then the surname in capitals, on the line or the next ("Mme Sand rine" /
 * "TROUILLARD"): no given name goes on in lower case after a space.
 */
// Its lookbehind is one class's test: measured over 1,908 pages, as fast as the civility alone with the
// character before it tested in the callback (it now runs on every page, clean ones too).
const SPLIT_GIVEN_NAME = /(?<![^\s(,;:])(M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)([ \t]+)(\p{Lu}\p{Ll}{1,10}(?:-\p{Lu}\p{Ll}{0,10})?) (\p{Ll}{2,10})(?=(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+|[ \t]*\n[ \t]*)(?:\p{Lu}\p{Lu}|\p{Lu}'))/gu;

/**
 * `knownOnly`: on a page whose look-alikes needed no mending, only where the two pieces make a
 * given name of the table ("M. Gusta ve PAMPHILE"): a word there goes on after a civility's full
 * stop as often ("Consorts M. Habitation principale" / "AK 12").
 */
export function joinSplitGivenNames(page: string, knownOnly = false): string {
  return page.replace(SPLIT_GIVEN_NAME, (whole, civility: string, blank: string, a: string, b: string, at: number, s: string) =>
    NAME_PARTICLES.has(b) || (SENTENCE_WORDS.has(b) && s[at + whole.length] !== '-') || (knownOnly && givenNameScore(a + b) === 0) ? whole : civility + blank + a + b,
  );
}

/**
 * A surname in capitals its last letter cut off by OCR's space ("Monsieur Fernand DAUMA S,"): a
 * capital alone before a stop, glued back only where the document writes the whole name elsewhere
 * ("DAUMAS" in its list of members); a capital alone is else an initial ("M. ROUX J.").
 */
// Led by the capitals, not by a lookbehind: a pattern opening on a lookbehind is tried at every offset.
const LAST_LETTER_APART = /(\p{Lu}{3,}) (\p{Lu})(?=[,;:)])/gu;

export function joinSplitSurnames(page: string, document: () => string): string {
  const writtenWhole = (a: string, b: string) => document().includes(a + b) && new RegExp(`(?<![\\p{L}'’-])${a}${b}(?![\\p{L}'’-])`, 'u').test(document());
  const joined = page.replace(LAST_LETTER_APART, (whole, a: string, b: string, at: number, s: string) => (!/[\p{L}'’-]/u.test(s[at - 1] ?? ' ') && writtenWhole(a, b) ? a + b : whole));
  // "Mme Sylvie CO URTIN": a surname cut anywhere by OCR's space, glued back where the document writes it whole ("COURTIN").
  // Not a phrase's small words in capitals ("DE LA REUNION" where OCR wrote "DELA" elsewhere), nor two
  // words of five letters and more ("BUDGET PRIMITIF", which OCR glued elsewhere): a cut leaves a short part.
  return joined.replace(CAPITALS_APART, (whole, a: string, b: string, at: number, s: string) =>
    !/[\p{L}'’-]/u.test(s[at - 1] ?? ' ') && Math.min(a.length, b.length) <= MAX_CUT_PART && !SMALL_WORDS.has(a) && !SMALL_WORDS.has(b) && writtenWhole(a, b) ? a + b : whole,
  );
}
/** The shorter part of a word OCR's space cut has at most this many letters. */
const MAX_CUT_PART = 4;
/** A phrase's small words, in capitals. */
const SMALL_WORDS = new Set(['DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'ET', 'EN', 'AU', 'AUX', 'UN', 'UNE', 'SUR', 'PAR', 'POUR', 'DANS', 'SOUS', 'AVEC', 'SANS', 'QUE', 'QUI', 'NE', 'PAS', 'SE', 'SA', 'SON', 'SES', 'CE', 'CES', 'EST', 'OU']);
/** Two runs of capitals a space apart, each two letters at least, no letter after: a surname's parts, or two words. */
const CAPITALS_APART = /(\p{Lu}{2,}) (\p{Lu}{2,})(?![\p{L}'’-])/gu;

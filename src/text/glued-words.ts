/**
 * Text layers that lost the spaces and line breaks between runs of text glue a sentence to the
 * next ("Maire.Nombre de conseillers"), a count to its label ("Votants : 13Présents :"), a
 * heading to its text ("SÉANCE PRÉCÉDENTELe procès-verbal", "CommuneLe Maire présente"). Where a
 * page shows that again and again, each joint is the line break it lost, which the headings and
 * the lists start on; a page that shows it a few times keeps it ("MonsieurDhyser", "RoseMarie").
 */
import { fold } from './fuzzy.ts';
import { ACTION_VERBS } from './verbs.ts';

/** A word opening a sentence after a joint: capitalised, three letters or more (not OCR's "I" for "l"), or a short article. */
const OPENING = String.raw`(?:(?!I)\p{Lu}\p{Ll}{2,}|(?:Le|La|Les|Un|Une|En|Il|Vu|Au|Aux|Du|Des)(?![\p{L}]))`;
/**
 * The joints: a full stop after a word in lower case then a capitalised word; a figure, a word in
 * lower case, then an opening word; a word in capitals, then an article ("PRÉCÉDENTELe", not
 * "AZÉMAet" nor the acronym "NOTRe").
 */
const JOINTS = new RegExp(
  // Each joint stands before a capital: the lookahead, a class of Latin-1's capitals or any character
  // past it, lets V8 pass over the other positions before trying four lookbehinds at each (a sixth of the cost).
  String.raw`(?=[A-Z\xC0-\xD6\xD8-\xDE]|[^\x00-\xFF])(?:(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll})|(?<=\d)(?=${OPENING})|(?<=\p{Ll}{3})(?=${OPENING})|(?<=\p{Lu}{3})(?=(?:Le|La|Les|Un|Une|Il|Vu)(?![\p{L}])))`,
  'gu',
);
/** Fewer joints on a page than this, or fewer than one in so many characters, are a few slips of the text layer. */
const MIN_JOINTS = 5;
const CHARS_PER_JOINT = 1000;

/**
 * A superset of the joints in Latin letters, without lookbehinds: JOINTS tries its lookbehinds at
 * every offset of every page, this scans for its first character; most pages have too few to ask.
 * Counted as the matches of "[a-zà-ÿ\d.][A-ZÀ-ÖØ-Þ][a-zà-ÿ]|[A-ZÀ-ÖØ-Þ]{4}[a-zà-ÿ]" one after the
 * other, each searched from the end of the last; but led by the capital, which V8 looks for
 * faster than a class nearly every letter is in: the letter before it is a lookbehind.
 */
const ROUGH_JOINT = /[A-ZÀ-ÖØ-Þ](?:(?<=[a-zà-ÿ\d.].)[a-zà-ÿ]|[A-ZÀ-ÖØ-Þ]{3}[a-zà-ÿ])/g;

export function partGluedWords(page: string): string {
  const needed = Math.max(MIN_JOINTS, page.length / CHARS_PER_JOINT);
  let rough = 0;
  // Where the search goes on from: the end of the last joint counted.
  let from = 0;
  ROUGH_JOINT.lastIndex = 0;
  // test(), not exec(): the same steps of lastIndex, no match array built.
  while (rough < needed && ROUGH_JOINT.test(page)) {
    // A capital and a lower-case letter (two characters) right at `from`: the letter before it, its
    // lookbehind, ends the last joint, which the search does not read again. The next one is sought past it.
    if (ROUGH_JOINT.lastIndex - 2 === from && from > 0) {
      ROUGH_JOINT.lastIndex = from + 1;
      continue;
    }
    rough++;
    from = ROUGH_JOINT.lastIndex;
  }
  if (rough < needed) return page;
  const joints = page.match(JOINTS);
  return joints && joints.length >= needed ? page.replace(JOINTS, '\n') : page;
}

/** The acts in one word ("adopte", "fixe"), lower case, as the body's sentence writes them, and without their accents ("decide"), as typescripts and OCR give them. */
const ONE_WORD_ACTS = [...new Set(ACTION_VERBS.map(([action]) => action).filter((a) => !/[\s'’]/.test(a)).flatMap((a) => [a, fold(a)]))];
/**
 * "Le Conseil adoptele budget primitif 1978", "décidela création", "approuvel'avant-projet",
 * "decidede contracter": OCR glued the article or the preposition to the act before it; no act of
 * the list runs on into "le", "la", "les", "l'", "de", "du", "des" as a French word does.
 */
const ACT_GLUED_TO_ARTICLE = new RegExp(String.raw`(?<![\p{L}])(${ONE_WORD_ACTS.join('|')})(?:(les?|la|de|du|des)(?=[ \t\n])|(l['’]|d['’])(?=\p{L}))`, 'gu');

/** `t` with each act parted from the article OCR glued to it (a noisy page's). */
export function partActsFromArticles(t: string): string {
  return t.replace(ACT_GLUED_TO_ARTICLE, (_, act: string, word: string | undefined, elided: string | undefined) => `${act} ${word ?? elided}`);
}

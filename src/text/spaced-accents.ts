/**
 * Accented letters a text layer set apart with a space on each side ("R é gional", "d é lib é
 * rations", "unanimit é ."): its fonts draw the accented glyph on its own, and extraction reads the
 * gap around it as spaces. No French word is a lone "é", "è", "ê", "î", "ô", "û" or "ç": each is
 * written back into the word before it, and into the piece after it unless that piece is a word
 * of its own ("affich é en application", "adopt é à l'unanimité").
 */

/** A lone accented letter after a piece of letters, and the piece after it if any. */
const LONE_ACCENT = /(?<=\p{L}) ([éèêëîïôûùç])(?: (\p{Ll}+))?(?![\p{L}])/gu;
/** A lone accented letter opening a line, before a piece of letters ("é tant atteint"). */
const LONE_ACCENT_OPENING = /(?<=^|\n)([éèêëîïôûùç]) (?=\p{Ll}+(?![\p{L}]))/gu;

/** The short words that may follow a word closed by an accented letter ("… é en", "… é de", "… é et"). */
const WORDS_AFTER = new Set([
  'a', 'à', 'y', 'en', 'et', 'ou', 'où', 'de', 'des', 'du', 'le', 'la', 'les', 'un', 'une', 'au', 'aux', 'par', 'pour', 'sur',
  'sous', 'dans', 'avec', 'sans', 'que', 'qui', 'ne', 'se', 'sa', 'son', 'ses', 'ce', 'ces', 'il', 'ils', 'elle', 'est', 'sont',
  'on', 'lors', 'dont', 'chez', 'entre', 'vers', 'après', 'avant', 'selon', 'contre', 'depuis', 'pendant', 'mais', 'puis', 'donc',
]);

/**
 * A word's capital set apart from the accented letter after it ("G érard", "R éhabilitation", "H ôtel"):
 * no French word is a capital alone but "A", "À", "Y" (and "I", a rank), each other one an initial
 * with its full stop. After an elision too ("l'H ôtel").
 */
const CAPITAL_APART = /(?=[B-HJ-XZ] [éèêîôû])(?<![\p{L}\d.-])(?<!\p{L}{2}['’]|(?<!\p{L})['’])([B-HJ-XZ]) (?=[éèêîôû]\p{Ll}{2,})/gu;

export function joinSpacedAccents(page: string): string {
  page = page.replace(CAPITAL_APART, '$1');
  if (!/ [éèêëîïôûùç] /.test(page)) return page;
  return page
    .replace(LONE_ACCENT, (_, accent: string, after: string | undefined) => (after === undefined ? accent : WORDS_AFTER.has(after) ? `${accent} ${after}` : accent + after))
    .replace(LONE_ACCENT_OPENING, '$1');
}

/**
 * Text encoded in UTF-8 and read back as Windows-1252 somewhere on its way ("Séance" printed
 * "SÃ©ance", "l’an" printed "lâ€™an"): each character's bytes come back as two or three
 * characters. Text layers and text exports carry it; no French text writes "Ã©" on purpose, so
 * a page showing the pattern again and again is read back as the UTF-8 it was.
 */

/** Windows-1252's characters for the bytes 0x80-0x9F, which Latin-1 leaves to control codes. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 0x100; b++) BYTE_OF.set(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b), b);

/** A continuation byte (0x80-0xBF) as Windows-1252 shows it. */
const CONT = `[\\u00A0-\\u00BF${CP1252_HIGH}]`;
/**
 * A character's two or three bytes as Windows-1252 shows them; "Ã " is "à" whose second byte, a
 * no-break space, became a plain one on the way.
 */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|\\u00C3 |[\\u00E0-\\u00EF]${CONT}{2}`, 'g');
/** The commonest of them in French: é è à ç ê ô É, ’ and the no-break space. */
const FRENCH_SIGNS = /Ã[©¨ §ª´‰]|â€™|Â /g;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decoded(seq: string): string {
  const bytes = Uint8Array.from(seq, (ch) => (ch === ' ' ? 0xa0 : BYTE_OF.get(ch)!));
  try {
    return utf8.decode(bytes);
  } catch {
    return seq;
  }
}

/**
 * A DOS code page's accented letters read as Windows-1252 ("Pr‚sident", "s‚ance", "unanimit‚"):
 * the byte of "é" in code page 850 is "‚" in 1252, of "è" "Š", "ê" "ˆ", "ç" "‡", "â" "ƒ". Only
 * inside a word or closing it: the same signs stand for themselves nowhere in French words.
 */
// Not after "Ã" or "Â": UTF-8's two bytes read the same way ("Ã‡" for "Ç").
const DOS_ACCENT = /(?<=\p{L})(?<![ÃÂ])[‚Šˆ‡ƒ](?=\p{L}|[\s.,;:!?)]|$)/gu;
const DOS_LETTER: Readonly<Record<string, string>> = { '‚': 'é', Š: 'è', ˆ: 'ê', '‡': 'ç', ƒ: 'â' };
const repairDosAccents = (t: string) => (/[‚Šˆ‡ƒ]/.test(t) ? t.replace(DOS_ACCENT, (c) => DOS_LETTER[c]!) : t);

/** `t` read back as UTF-8 where it shows the pattern at least three times; else `t` itself. */
export function repairMojibake(page: string): string {
  return repairDosAccents(repairUtf8(page));
}

function repairUtf8(t: string): string {
  if (!t.includes('Ã') && !t.includes('â€') && !t.includes('Â')) return t;
  const signs = t.match(FRENCH_SIGNS);
  if (!signs || signs.length < 3) return t;
  return t.replace(SEQUENCE, decoded);
}

/**
 * Case-insensitive matching, fast. V8 runs a pattern with the `i` and `u` flags 10-25 times
 * slower than the same pattern without `i`; extraction runs dozens of them over every
 * document. So the text is lower-cased once (offsets unchanged) and the patterns, written
 * as usual with `i`, are rewritten in lower case without it.
 */

/** `s` in lower case, one UTF-16 unit for one: offsets into it are offsets into `s`. */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  // A few characters lower-case to two units ("İ"): keep those as they are.
  let out = '';
  for (const ch of s) {
    const c = ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/**
 * A function of the current document's text, computed once per document: every stage reads the
 * same `text` and asks for slices of its twin. `release` forgets it, so a document's text does
 * not outlive its analysis (and get promoted). The text's line view (page breaks as line
 * breaks, see shareLineView) gets its twin from the text's own, its form feeds made line breaks:
 * the twins map unit for unit and neither break is a letter.
 */
function perDocument(twin: (text: string) => string): { of: (text: string) => string; release: () => void } {
  // Two entries: the pipeline reads the text and, for its headings, a twin with its page breaks
  // as line breaks; one entry would compute each twice over.
  let lastText = '';
  let last = '';
  let otherText = '';
  let other = '';
  const of = (text: string): string => {
    if (text === lastText) return last;
    if (text === otherText) {
      [otherText, other, lastText, last] = [lastText, last, otherText, other];
      return last;
    }
    const value = lineView && text === lineView.view ? of(lineView.base).replace(FORM_FEEDS, '\n') : twin(text);
    otherText = lastText;
    other = last;
    lastText = text;
    last = value;
    return last;
  };
  return {
    of,
    release() {
      lastText = otherText = '';
      last = other = '';
    },
  };
}

const FORM_FEEDS = /\f/g;
/** The current document's line view and the text it was made from. */
let lineView: { view: string; base: string } | null = null;

/** Declares `view` the line view of `base` (its form feeds made line breaks), until releaseLineView. */
export function shareLineView(view: string, base: string): void {
  lineView = view === base ? null : { view, base };
}

export function releaseLineView(): void {
  lineView = null;
}

const lower = perDocument(lowerSameLength);
/** lowerSameLength of a whole document, computed once per document. */
export const lowerOf = lower.of;
export const releaseLower = lower.release;

const CACHE = new WeakMap<RegExp, RegExp>();

/**
 * The pattern to run on lower-cased text: literals lower-cased, escapes (\S, \D, \p{Lu}…)
 * kept, the `i` flag dropped. Only for patterns that match letters case-insensitively anyway.
 */
export function caseless(re: RegExp): RegExp {
  let out = CACHE.get(re);
  if (out) return out;
  const src = re.source;
  let s = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      if ((next === 'p' || next === 'P' || next === 'u') && src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        s += src.slice(i, close + 1);
        i = close;
      } else {
        s += ch + next;
        i++;
      }
      continue;
    }
    s += ch.toLowerCase();
  }
  // Without Unicode escapes the `u` flag only slows V8 down: French text has no astral characters.
  const flags = re.flags.replace('i', '');
  out = new RegExp(s, /\\[pPu]\{/.test(s) ? flags : flags.replace('u', ''));
  CACHE.set(re, out);
  return out;
}

/** Accented lower-case letters of French and what they fold to: one unit for one. */
const ACCENT_FOLD: Record<string, string> = {
  à: 'a', â: 'a', ä: 'a', á: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e',
  î: 'i', ï: 'i', í: 'i', ì: 'i', ô: 'o', ö: 'o', ó: 'o', ò: 'o', ù: 'u', û: 'u', ü: 'u', ú: 'u', ÿ: 'y',
};
/** Each UTF-16 code below 0x100 and what it folds to (ACCENT_FOLD), the others unchanged. */
const ACCENT_FOLD_CODES = (() => {
  const codes = new Uint16Array(0x100);
  for (let c = 0; c < 0x100; c++) codes[c] = c;
  for (const [ch, to] of Object.entries(ACCENT_FOLD)) codes[ch.charCodeAt(0)] = to.charCodeAt(0);
  return codes;
})();

/**
 * Folds the accents of a whole document: its UTF-16 units copied out, mapped in place, decoded
 * back. One unit for one, so offsets are kept; faster than a replace callback per accented letter.
 */
function foldAccents(s: string): string {
  const bytes = Buffer.from(s, 'utf16le');
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  for (let i = 0; i < units.length; i++) {
    const c = units[i]!;
    if (c < 0x100) units[i] = ACCENT_FOLD_CODES[c]!;
  }
  return bytes.toString('utf16le');
}

const folded = perDocument((text) => foldAccents(lowerOf(text)));
/**
 * The document lower-cased and without accents, offsets unchanged. OCR adds and drops
 * accents ("membrés", "deliberé"): cue phrases matched on this twin do not care.
 */
export const accentlessOf = folded.of;
export const releaseAccentless = folded.release;

const ACCENTLESS_CACHE = new WeakMap<RegExp, RegExp>();

/** caseless(re) with its accented letters folded too: the pattern to run on accentlessOf(text). */
export function accentless(re: RegExp): RegExp {
  let out = ACCENTLESS_CACHE.get(re);
  if (!out) {
    const lower = caseless(re);
    out = new RegExp(foldAccents(lower.source), lower.flags);
    ACCENTLESS_CACHE.set(re, out);
  }
  return out;
}

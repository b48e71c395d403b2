/**
 * French cardinal numbers, written in words or digits, as found in minutes
 * ("douze voix pour", "par trente et une voix", "L'an deux mil quatre", "Pour : 23").
 *
 * Range: 0..999 999. Input is matched leniently (case, accents, hyphen/space/newline
 * between words, "mil" for "mille", Belgian/Swiss septante/huitante/octante/nonante,
 * "quatre-vingt" with or without s, "vingt-un" without "et") because scans and OCR
 * produce all of these; output (frenchNumberWords) is one canonical spelling.
 */

export interface NumberMatch {
  value: number;
  /** Offset of the first character of the number phrase in the scanned text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

export const MAX_FRENCH_NUMBER = 999_999;

const UNITS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const TENS: Readonly<Record<string, number>> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const HUNDRED = new Set(['cent', 'cents']);
const THOUSAND = new Set(['mille', 'mil']);

/** Every word that can be part of a number phrase ("et" only inside one). */
const LEXICON: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS),
  ...HUNDRED, ...THOUSAND, 'vingts', 'zero', 'et',
]);

/** True for a word that can be part of a number written in words ("dix", "huit", "vingt"). */
export const isNumberWord = (w: string): boolean => LEXICON.has(w.toLowerCase()) && w.toLowerCase() !== 'et';

/** Canonical spellings, indexed by value (0..16, then tens by tens digit). */
const UNIT_WORDS = [
  'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf',
  'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
] as const;
const TEN_WORDS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'] as const;

/** Lower case without diacritics: OCR and typists drop accents ("zero", "ZÉRO"). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded form of a word when it is a number word, else null; fast path for plain ASCII. */
function lexKey(word: string): string | null {
  const lower = word.toLowerCase();
  if (LEXICON.has(lower)) return lower;
  // Only accented spellings ("zéro", "ZÉRO", decomposed marks) need the costly fold.
  if (lower.length > 12 || /^[\x00-\x7f]*$/.test(lower)) return null;
  const f = foldWord(lower);
  return LEXICON.has(f) ? f : null;
}

type Step = readonly [value: number, next: number];

/** 1..9 or 10..19 at t[i]; teens only when the caller's tens word allows them (60, 80). */
function unitOrTeen(t: readonly string[], i: number, teens: boolean): Step | null {
  const w = t[i];
  if (w === undefined) return null;
  const u = UNITS[w];
  if (u !== undefined) return [u, i + 1];
  if (!teens) return null;
  const teen = TEENS[w];
  if (teen === undefined) return null;
  const after = t[i + 1] === undefined ? undefined : UNITS[t[i + 1]!];
  // "dix-sept".."dix-neuf" are the only compound teens.
  if (w === 'dix' && after !== undefined && after >= 7) return [10 + after, i + 2];
  return [teen, i + 1];
}

/** 0..99 excluding zero; greedy, so the result is the longest valid prefix. */
function below100(t: readonly string[], i: number): Step | null {
  const w = t[i];
  if (w === undefined) return null;
  if (w === 'quatre' && (t[i + 1] === 'vingt' || t[i + 1] === 'vingts')) {
    let j = i + 2;
    // "quatre-vingt et un" is not standard but seen; accept it.
    if (t[j] === 'et' && (t[j + 1] === 'un' || t[j + 1] === 'une')) return [81, j + 2];
    const r = unitOrTeen(t, j, true);
    return r ? [80 + r[0], r[1]] : [80, j];
  }
  if (UNITS[w] !== undefined || TEENS[w] !== undefined) return unitOrTeen(t, i, true);
  const base = TENS[w];
  if (base === undefined) return null;
  const j = i + 1;
  if (t[j] === 'et') {
    const n = t[j + 1];
    if (n === 'un' || n === 'une') return [base + 1, j + 2];
    if (n === 'onze' && base === 60) return [71, j + 2];
    return [base, j];
  }
  // Only soixante takes teens (soixante-dix..soixante-dix-neuf); septante etc. take units.
  const r = unitOrTeen(t, j, base === 60);
  return r ? [base + r[0], r[1]] : [base, j];
}

/** 1..999. */
function below1000(t: readonly string[], i: number): Step | null {
  const w = t[i];
  if (w === undefined) return null;
  let hundreds = 0;
  let j = i;
  const u = UNITS[w];
  if (u !== undefined && u > 1 && HUNDRED.has(t[i + 1] ?? '')) {
    hundreds = u;
    j = i + 2;
  } else if (w === 'cent') {
    hundreds = 1;
    j = i + 1;
  } else {
    return below100(t, i);
  }
  const r = below100(t, j);
  return r ? [hundreds * 100 + r[0], r[1]] : [hundreds * 100, j];
}

/** Longest number phrase at the start of t (folded words); null when t[0] starts none. */
function parseTokens(t: readonly string[]): Step | null {
  if (t[0] === 'zero') return [0, 1];
  const a = below1000(t, 0);
  const i = a ? a[1] : 0;
  if (!THOUSAND.has(t[i] ?? '')) return a;
  // "un mille" is not French: 1000 is plain "mille".
  if (a && a[0] === 1) return a;
  const mult = a ? a[0] : 1;
  const b = below1000(t, i + 1);
  return b ? [mult * 1000 + b[0], b[1]] : [mult * 1000, i + 1];
}

/** Digits, optionally grouped by thousands with (narrow) no-break or plain spaces: "25 000". */
const DIGITS_Y = /\d{1,3}(?:[ \u00A0\u202F]\d{3}(?!\d))+|\d+/y;
/** A digit run continuing as a decimal ("2,263") or dotted code ("25.01.2023") is not a count. */
const DECIMAL_TAIL_Y = /[.,]\d/y;
const SPACES_Y = /\s*/y;
const WORD_Y = /[\p{L}\p{M}]+/uy;
/** Between number words: whitespace (newlines included) and hyphens, never dashes (ranges). */
const JOINER_Y = /[\s\-\u2010\u2011\u00AD]+/uy;
/** A longer run cannot be one number; the cap bounds work on adversarial input. */
const MAX_TOKENS = 16;

function digitsValue(s: string): number | null {
  const digits = s.replace(/\D/g, '');
  if (digits.length === 0 || digits.length > 15) return null;
  return Number(digits);
}

const JOINER_SPLIT = /[\s\-\u2010\u2011\u00AD]+/;
const WHOLE_DIGITS = /^(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)$/;

/**
 * Value of a string that is entirely one number phrase, in words or digits; null otherwise.
 * Leading/trailing whitespace is ignored.
 */
export function parseFrenchNumber(words: string): number | null {
  const s = words.trim();
  if (s === '') return null;
  if (WHOLE_DIGITS.test(s)) return digitsValue(s);
  const raw = s.split(JOINER_SPLIT);
  if (raw.length > MAX_TOKENS) return null;
  const tokens: string[] = [];
  for (const w of raw) {
    const k = w === '' ? null : lexKey(w);
    if (k === null) return null;
    tokens.push(k);
  }
  const r = parseTokens(tokens);
  return r && r[1] === tokens.length ? r[0] : null;
}

/**
 * The longest number phrase starting at `start` (leading whitespace skipped).
 * "un"/"une" are returned as 1: whether "un rapport" is a count is the caller's call.
 */
export function findNumberAt(text: string, start: number): NumberMatch | null {
  if (!Number.isInteger(start) || start < 0 || start >= text.length) return null;
  SPACES_Y.lastIndex = start;
  SPACES_Y.test(text);
  const pos = SPACES_Y.lastIndex;
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) {
    DIGITS_Y.lastIndex = pos;
    const m = DIGITS_Y.exec(text);
    if (!m) return null;
    const end = pos + m[0].length;
    DECIMAL_TAIL_Y.lastIndex = end;
    if (DECIMAL_TAIL_Y.test(text)) return null;
    const value = digitsValue(m[0]);
    return value === null ? null : { value, start: pos, end };
  }
  const folded: string[] = [];
  const ends: number[] = [];
  let p = pos;
  while (folded.length < MAX_TOKENS) {
    WORD_Y.lastIndex = p;
    const w = WORD_Y.exec(text);
    if (!w) break;
    const f = lexKey(w[0]);
    if (f === null) break;
    folded.push(f);
    ends.push(p + w[0].length);
    JOINER_Y.lastIndex = p + w[0].length;
    if (!JOINER_Y.test(text)) break;
    p = JOINER_Y.lastIndex;
  }
  const r = parseTokens(folded);
  if (!r) return null;
  return { value: r[0], start: pos, end: ends[r[1] - 1]! };
}

/**
 * Candidate starts: a digit run or a Latin word; filtered further in findNumbers.
 * Not \p{L}: this runs over every word of a document and the explicit class is ~3x faster.
 */
const CANDIDATE_G = /\d+|[A-Za-z\u00C0-\u024F\u0300-\u036F]+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\d]/u;

/**
 * Every number phrase in the text, in order, non-overlapping. Digit runs glued to a
 * preceding letter ("SE60", the "30" of "20h30") and decimals ("2,263") are skipped.
 */
export function findNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  // One shared pattern: a fresh RegExp per call would start in V8's regexp interpreter.
  const re = CANDIDATE_G;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const idx = m.index;
    const tok = m[0];
    const prev = idx > 0 ? text[idx - 1]! : '';
    if (prev !== '' && LETTER_OR_DIGIT.test(prev)) continue;
    if (tok.charCodeAt(0) <= 57) {
      // The fractional part of "2,263" or the middle of "25.01.2023".
      if ((prev === ',' || prev === '.') && idx > 1 && /\d/.test(text[idx - 2]!)) continue;
    } else if (tok.length > 12 || (lexKey(tok) ?? 'et') === 'et') {
      continue;
    }
    const r = findNumberAt(text, idx);
    if (r) {
      out.push(r);
      re.lastIndex = r.end;
    }
  }
  return out;
}

function below100Words(n: number, final: boolean): string {
  if (n <= 16) return UNIT_WORDS[n]!;
  if (n < 20) return `dix-${UNIT_WORDS[n - 10]}`;
  if (n < 70) {
    const tens = TEN_WORDS[Math.floor(n / 10)]!;
    const u = n % 10;
    if (u === 0) return tens;
    return u === 1 ? `${tens} et un` : `${tens}-${UNIT_WORDS[u]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${below100Words(n - 60, true)}`;
  // Plural "vingts" only when quatre-vingts ends the number (not before "mille").
  if (n === 80) return final ? 'quatre-vingts' : 'quatre-vingt';
  return `quatre-vingt-${below100Words(n - 80, true)}`;
}

function below1000Words(n: number, final: boolean): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 0) return below100Words(r, final);
  const head = h === 1 ? 'cent' : `${UNIT_WORDS[h]} cent`;
  if (r !== 0) return `${head} ${below100Words(r, final)}`;
  return h > 1 && final ? `${head}s` : head;
}

export interface NumberWordsOptions {
  /** 1990 spelling: hyphens between all words ("deux-mille-vingt-et-un"). Default: traditional. */
  hyphenateAll?: boolean;
}

/**
 * Canonical spelling of 0..999 999. Traditional rules by default ("vingt et un",
 * "deux mille vingt-trois", "quatre-vingts", "deux cents", "deux cent mille"),
 * which is how minutes write dates ("L'an deux mille quatorze").
 */
export function frenchNumberWords(n: number, options: NumberWordsOptions = {}): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_FRENCH_NUMBER) {
    throw new RangeError(`frenchNumberWords: ${n} is not an integer in 0..${MAX_FRENCH_NUMBER}`);
  }
  let words: string;
  if (n < 1000) {
    words = below1000Words(n, true);
  } else {
    const th = Math.floor(n / 1000);
    const r = n % 1000;
    const head = th === 1 ? 'mille' : `${below1000Words(th, false)} mille`;
    words = r === 0 ? head : `${head} ${below1000Words(r, true)}`;
  }
  return options.hyphenateAll ? words.replace(/ /g, '-') : words;
}

/** Accent-tolerant regex class for each letter OCR or typists may write without its accent. */
const ACCENT_CLASS: Readonly<Record<string, string>> = {
  a: '[aàâä]', e: '[eéèêë]', i: '[iîï]', o: '[oôö]', u: '[uùûü]', c: '[cç]', y: '[yÿ]',
};

/** Regex source matching a plain word with any of its accents present or missing. */
export function accentPattern(word: string): string {
  return [...foldWord(word)]
    .map((ch) => ACCENT_CLASS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('');
}

/** Regex source between number words; kept in step with JOINER_Y. */
const NUMBER_JOINER = '[\\s\\-\\u2010\\u2011\\u00AD]+';

/**
 * Regex source (no groups) matching n in words with flexible separators and accents.
 * `feminine` also accepts "une" for a final "un" ("vingt et une heures").
 */
export function numberWordsPattern(n: number, feminine = false): string {
  const tokens = frenchNumberWords(n).split(/[ -]/);
  const src = tokens.map(accentPattern).join(NUMBER_JOINER);
  if (feminine && tokens[tokens.length - 1] === 'un') return `${src}e?`;
  return src;
}

/**
 * How QA compares strings. `soft` is the official scorer's `norm` (../shared/tools/score.py),
 * ported character for character so `minutes eval` prints the same figures: accents, case,
 * punctuation and spacing do not count. `strict` compares as written (GROBID's "strict"):
 * only Unicode composition and surrounding whitespace are leveled, since neither is visible.
 */
import { oneSpace } from '../text/spaces.ts';

export type MatchMode = 'soft' | 'strict';

export interface Comparison {
  /** The comparable form of a value; '' for null/undefined, as score.py's norm. */
  norm(s: unknown): string;
  /** The words of a value, for title similarity, place overlap and section text. */
  tokens(s: unknown): string[];
  /** What may stand around a surname found inside a longer name ("J-P. ALBERT"), as a regex class. */
  edge: string;
}

const asText = (s: unknown): string => (s === null || s === undefined ? '' : String(s));

/** score.py: NFKD, drop combining marks, upper case, ’ -> ', anything but [A-Z0-9' -] -> space, squeeze. */
export function softNorm(s: unknown): string {
  const folded = asText(s)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replaceAll('\u2019', "'");
  return folded
    .replace(/[^A-Z0-9' -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const softTokens = (s: unknown): string[] => softNorm(s).split(/[^A-Z0-9]+/).filter(Boolean);

export const strictNorm = (s: unknown): string => asText(s).normalize('NFC').trim();

export const strictTokens = (s: unknown): string[] => strictNorm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export const COMPARISONS: Readonly<Record<MatchMode, Comparison>> = {
  soft: { norm: softNorm, tokens: softTokens, edge: "[ '-]" },
  strict: { norm: strictNorm, tokens: strictTokens, edge: "[\\s'\u2019.-]" },
};

/** Line breaks and runs of spaces from the page layout, counted as one space. */
export const squeeze = (s: string): string => oneSpace(s).trim();

/**
 * Where the preamble lies beyond its obvious place at the head of the document: after the
 * @CTES transmission stamp printed over published deliberations, and the convening sentence
 * that extracts sometimes give after their report.
 */
import type { Span } from '../schema/minutes.ts';
import { lowerOf } from '../text/caseless.ts';
import { CONVENED, QUORUM_SENTENCE, STAMP_ID, TRANSMISSION_STAMP } from '../text/cues.ts';

/** Where the preamble starts: after the @CTES transmission stamp heading a published deliberation. */
export function afterStamp(text: string, end: number): number {
  const head = lowerOf(text).slice(0, Math.min(end, 800));
  const stamp = TRANSMISSION_STAMP.exec(head);
  if (!stamp) return 0;
  const id = STAMP_ID.exec(head.slice(stamp.index));
  return id ? stamp.index + id.index + id[0].length : 0;
}

/** A full stop that ends a sentence: not an initial ("M. Dupont", "C.C.A.S."). */
const SENTENCE_STOP = /(?<![\s.]\p{Lu})[.!?](?=\s|$)/gu;

/**
 * The sentence convening the sitting when it stands after the opening ("Le conseil municipal,
 * régulièrement convoqué, s'est réuni …" given after an extract's report), with the sentence
 * after it when that one says the body may deliberate: both are preamble.
 */
export function convenedLater(text: string, from: number): Span | null {
  const lower = lowerOf(text);
  if (lower.indexOf('convoqu', from) < 0) return null;
  const m = CONVENED.exec(lower.slice(from));
  if (!m) return null;
  const at = from + m.index;
  let start = Math.max(from, at - 300);
  // matchAll starts at its pattern's lastIndex, which sentenceEnd below moves: a copy starts at 0,
  // or one document's leftover position would decide the next one's preamble.
  for (const s of text.slice(start, at).matchAll(new RegExp(SENTENCE_STOP))) start = Math.max(from, at - 300) + s.index! + 1;
  const sentenceEnd = (pos: number): number => {
    SENTENCE_STOP.lastIndex = pos;
    const stop = SENTENCE_STOP.exec(text.slice(0, Math.min(text.length, pos + 400)));
    return stop ? stop.index + 1 : Math.min(text.length, pos + 400);
  };
  let end = sentenceEnd(at + m[0].length);
  const next = sentenceEnd(end);
  if (QUORUM_SENTENCE.test(lower.slice(end, next))) end = next;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

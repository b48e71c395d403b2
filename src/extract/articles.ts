/**
 * The decided points of a decision: each bullet, "ARTICLE n :" or line that opens with an
 * operative verb ("• Approuve …", "- DÉCIDE de …", "- d'approuver …", "- Adopter …").
 */
import type { Article } from '../schema/minutes.ts';
import { actionAt } from '../text/verbs.ts';
import { caseless, lowerOf } from '../text/caseless.ts';

/** What may stand before the verb of an article: bullets, "Article 2 :", "Pour", "d'", "L'". */
const ARTICLE_LEAD =
  /(?:^|\n)[ \t]*(?:(?:[-•–—*·>]|\d+[.)°]|[a-z][.)])[ \t]*(?:\n[ \t]*)*)?(?:_+[ \t]*)?(?:article[ \t]+(?:1er|premier|\d+(?:er)?)[ \t]*(?:[:.\-–][ \t]*)?(?:\n[ \t]*)?(?:(?:le|la)[ \t]+(?:conseil|commission|bureau|comit[ée])(?:[ \t]+\p{L}+)?[ \t]+)?)?(?:pour[ \t]+|de[ \t]+l['’]|d['’]|de[ \t]+|l['’]|à[ \t]+)?/giu;
/** In a text without line breaks, a bullet is " - " before an upper-case verb. */
const INLINE_LEAD = /[ \t](?:[-•–][ \t]*)(?:_+[ \t]*)?/gu;

export function extractArticles(text: string, start: number, end: number): Article[] {
  const zone = text.slice(start, end);
  const found = new Map<number, Article>();
  const consider = (verbAt: number, requireUpper: 'all' | 'initial' | 'none') => {
    const hit = actionAt(text.slice(verbAt, verbAt + 40));
    if (!hit) return;
    const word = text.slice(verbAt, verbAt + hit.length);
    if (requireUpper === 'all' && word !== word.toUpperCase()) return;
    // A line that opens with a lower-case verb is a wrapped sentence, not an article.
    if (requireUpper === 'initial' && !/^\p{Lu}/u.test(word)) return;
    // "Vote du conseil", "Demande des riverains": a one-word form before "du"/"des" is a noun.
    if (!hit.action.includes(' ') && /^\s+(?:du|des)\s/u.test(text.slice(verbAt + hit.length, verbAt + hit.length + 6))) return;
    // A verb must open a clause: followed by a space, a comma or an apostrophe, not ":".
    if (/^\s*[:=]/.test(text.slice(verbAt + hit.length, verbAt + hit.length + 3))) return;
    found.set(verbAt, { action: hit.action, text: '', span: { start: verbAt, end: verbAt } });
  };
  for (const m of lowerOf(text).slice(start, end).matchAll(caseless(ARTICLE_LEAD))) {
    const verbAt = start + m.index! + m[0].length;
    const bulleted = /[-•–—*·>\d]|article|pour|d['’]|de |l['’]/iu.test(m[0]);
    // At a bare line start, only a capitalised verb opens an article.
    consider(verbAt, bulleted ? 'none' : 'initial');
  }
  if (!zone.includes('\n') || zone.length / Math.max(1, zone.split('\n').length) > 400) {
    for (const m of zone.matchAll(INLINE_LEAD)) consider(start + m.index! + m[0].length, 'all');
  }
  const starts = [...found.keys()].sort((a, b) => a - b);
  return starts.map((s, i) => {
    const next = starts[i + 1] ?? end;
    // The article runs to the next one, or to the end of its paragraph.
    const para = text.slice(s, next).search(/\n\s*\n|\n\s*(?:vote|adopt|le\s+pr[ée]sident|pour\s*:)/i);
    const stop = para >= 0 ? s + para : next;
    const body = text.slice(s, stop).replace(/[\s\-•–;,.]+$/u, '');
    return { action: found.get(s)!.action, text: body.replace(/\s+/g, ' ').trim(), span: { start: s, end: s + body.length } };
  });
}

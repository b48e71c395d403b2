/**
 * The "Questions diverses" closing a sitting, each matter a paragraph under its own short title
 * ("b) Arbre de Noël. – …", "Association « Les Amis de … » : …"): most are told and not voted,
 * but one the body decides is a point of the sitting as any other. Where one is decided, each such
 * paragraph heads its own text under the heading over them (those not voted make no points, nor
 * does the heading, its text now none).
 */
import type { Heading } from '../segment/headings.ts';
import { actingSentences } from './articles.ts';
import { readVote } from './vote.ts';

/** The heading over such matters, OCR's speck after it or not ("QUESTIONS DIVERSES ~"). */
const MISC_TITLE = /^(?:(?:questions|affaires)\s+diverses|divers)[^\p{L}\d]*$/iu;
/** A matter's paragraph: its letter maybe ("b)"), its short title, then a dash after a full stop, or a colon. */
const MATTER = /^[ \t]*(?:([a-z])\)[ \t]+)?(\p{Lu}[^\n.:;]{2,80}?)(?:[ \t]*\.[ \t]*[–—-]|[ \t]+:)[ \t]/u;
/** The body's consent with no act named ("Accord unanime du Conseil"). */
const CONSENT = /\baccord\s+unanime\b/iu;
/** Where a sitting's record closes: its matters end there. */
const CLOSING = /\n[ \t]*(?:l['’]ordre\s+du\s+jour\s+[ée]tant\s+[ée]puis[ée]|la\s+s[ée]ance\s+est\s+lev[ée]e|plus\s+rien\s+n['’][ée]tant)/iu;

/** The headings, each "Questions diverses" over a matter the body decided followed by its matters. */
export function withDecidedMiscQuestions(text: string, headings: readonly Heading[]): Heading[] {
  if (!headings.some((h) => MISC_TITLE.test(h.title))) return [...headings];
  const out: Heading[] = [];
  headings.forEach((h, k) => {
    // A numbered deliberation titled so is one act, whatever it tells.
    if (!MISC_TITLE.test(h.title) || h.scheme === 'numbered') {
      out.push(h);
      return;
    }
    const next = headings[k + 1]?.start ?? text.length;
    const closing = CLOSING.exec(text.slice(h.end, next));
    const end = closing ? h.end + closing.index : next;
    const matters: Heading[] = [];
    let decided = false;
    let at = h.end;
    for (const paragraph of text.slice(h.end, end).split(/\n[ \t]*\n/u)) {
      const start = text.indexOf(paragraph, at);
      at = start + paragraph.length;
      const lead = paragraph.length - paragraph.trimStart().length;
      const m = MATTER.exec(paragraph.trimStart());
      // A matter on the heading's own line ("Questions diverses a) Voirie : …") is its title's rest.
      if (!m || !text.slice(h.end, start + lead).includes('\n')) continue;
      // The body deciding in the paragraph, read as any decision's acting sentence ("Le Conseil municipal accorde …").
      if (actingSentences(text, start, at).length > 0 || CONSENT.test(paragraph) || readVote(text, start, at).vote) decided = true;
      matters.push({ scheme: 'ordinal', start: start + lead, end: start + lead + m[0].trimEnd().length, number: m[1] ?? null, title: m[2]!.trim() });
    }
    // Each matter a heading, so that one told runs into no other's text; those not voted make no points.
    // The heading over them stays, ranked among the points before it, its own text now none.
    out.push(h, ...(decided ? matters : []));
  });
  return out;
}

/**
 * A register's margin unwoven from its text: the deliberation's number and the margin's caption
 * ("N° 2010/08" / "Compte de gestion 2009") over the point's own heading ("1 - COMPTE DE GESTION
 * 2009 …"). Read as two headings, the first with no body: one point, numbered as the margin says.
 */
import type { Heading } from './headings.ts';

/** How many lines the margin's caption may take between the number and the point's heading. */
const CAPTION_LINES = 3;

export function withMarginNumbers(text: string, headings: readonly Heading[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    const next = headings[i + 1];
    if (h.number && next && next.scheme === 'ordinal' && h.scheme !== 'ordinal' && /^\d{1,2}$/.test(next.number ?? '') && captionOnly(text, h.start, next.start)) {
      out.push({ ...next, number: h.number, start: h.start });
      i++;
      continue;
    }
    // "[En marge : N° 25/79 – Création d'un emploi de cantonnier]" / "Même séance." / "Création
    // d'un emploi de cantonnier à temps non complet": the margin's short subject over the point's
    // own, both opening on the same word.
    if (h.number && next && next.number === null && next.scheme === 'paragraph' && firstWord(h.title) === firstWord(next.title) && shortLinesOnly(text, h.end, next.start)) {
      out.push({ ...next, number: h.number, start: h.start });
      i++;
      continue;
    }
    out.push(h);
  }
  return out;
}

/** Whether text[from, to) is the number's line and a few short lines of caption, no sentence. */
function captionOnly(text: string, from: number, to: number): boolean {
  const lines = linesBetween(text, from, to);
  return lines.length >= 1 && lines.length <= 1 + CAPTION_LINES && lines.slice(1).every((l) => l.length <= 40 && !/[.;:]$/.test(l));
}

/** A title's first word, lower-cased: "création" for "Création d'un emploi …". */
function firstWord(title: string): string {
  return /^\p{L}+/u.exec(title.trim())?.[0]?.toLowerCase() ?? '';
}

/** Whether text[from, to) holds at most two short lines ("Même séance."), no paragraph. */
function shortLinesOnly(text: string, from: number, to: number): boolean {
  const lines = linesBetween(text, from, to);
  return lines.length <= 2 && lines.every((l) => l.length <= 40);
}

/** The lines of text[from, to) that hold text, trimmed. */
function linesBetween(text: string, from: number, to: number): string[] {
  return text.slice(from, to).split('\n').map((l) => l.trim()).filter(Boolean);
}

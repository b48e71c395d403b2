/**
 * Sections: the parts a reader sees (preamble, attendance, report, decision), as offsets
 * into `text`, every stretch not claimed by one of them left as `other`.
 */
import type { Section, SectionKind } from '../schema/minutes.ts';
import { pageAt } from '../text/normalize.ts';

export interface SectionClaim {
  kind: Exclude<SectionKind, 'other'>;
  item: number | null;
  start: number;
  end: number;
}

/** Trims whitespace off a span so sections start and end on words. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Which claim keeps the text where two overlap: the attendance lists may sit inside a subject's text. */
const PRIORITY: Record<SectionClaim['kind'], number> = { attendance: 0, preamble: 1, decision: 2, report: 3 };

// The claims cut and trimmed here are written out field by field (kind, item, start, end), not
// spread over, and each claim is copied so on its way in: the claims come from spans of several
// shapes, and one shape keeps this code optimized.

/** Cuts each claim around the stronger claims it overlaps, so none is dropped whole. */
function resolveOverlaps(claims: readonly SectionClaim[]): SectionClaim[] {
  const placed: SectionClaim[] = [];
  for (const c of [...claims].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])) {
    let pieces: SectionClaim[] = [{ kind: c.kind, item: c.item, start: c.start, end: c.end }];
    for (const p of placed) {
      // Most placed claims lie elsewhere: cut (and allocate) only where one overlaps.
      if (!pieces.some((x) => !(p.end <= x.start || p.start >= x.end))) continue;
      pieces = pieces.flatMap((x) =>
        p.end <= x.start || p.start >= x.end
          ? [x]
          : [
              { kind: x.kind, item: x.item, start: x.start, end: Math.min(x.end, p.start) },
              { kind: x.kind, item: x.item, start: Math.max(x.start, p.end), end: x.end },
            ].filter((y) => y.end > y.start),
      );
    }
    placed.push(...pieces);
  }
  return placed;
}

export function buildSections(text: string, pageStarts: readonly number[], claims: readonly SectionClaim[]): Section[] {
  const sorted = resolveOverlaps(claims)
    .map((c) => {
      const [start, end] = trimSpan(text, c.start, c.end);
      return { kind: c.kind, item: c.item, start, end };
    })
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start);
  const out: Section[] = [];
  let pos = 0;
  const other = (from: number, to: number) => {
    const [s, e] = trimSpan(text, from, to);
    if (e > s) out.push({ kind: 'other', item: null, start: s, end: e, page: pageAt(pageStarts, s) });
  };
  for (const c of sorted) {
    const start = Math.max(c.start, pos);
    if (start >= c.end) continue;
    if (start > pos) other(pos, start);
    out.push({ kind: c.kind, item: c.item, start, end: c.end, page: pageAt(pageStarts, start) });
    pos = c.end;
  }
  if (pos < text.length) other(pos, text.length);
  return out;
}

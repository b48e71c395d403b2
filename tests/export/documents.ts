/**
 * Documents for the export tests: a real pipeline output (the CLI tests' small minutes) whose
 * items, date or counts a test replaces, checked against the contract so no test exports
 * something the pipeline could not produce.
 */
import { MinutesDocument, type Counts, type Item, type Person, type Vote } from '../../src/schema/minutes.ts';
import { MINUTES_TXT } from '../cli/helpers.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

export const person = (givenName: string | null, surname: string, civility: 'M.' | 'Mme' | null = null): Person => ({
  raw: [civility, givenName, surname].filter(Boolean).join(' '),
  civility,
  givenName,
  surname,
  role: null,
  span: null,
});

export function vote(v: Partial<Vote> = {}): Vote {
  return { unanimous: false, for: null, against: null, abstentions: null, notVoting: null, againstNames: [], abstentionNames: [], span: null, ...v };
}

export function item(title: string, o: { number?: string | null; vote?: Vote | null; outcome?: 'adopted' | 'rejected' | 'noted' | null; decision?: boolean; rapporteur?: Person | null } = {}): Item {
  return {
    number: o.number ?? null,
    title,
    rapporteur: o.rapporteur ?? null,
    report: 'Exposé des motifs.',
    decision:
      o.decision === false
        ? null
        : {
            visas: ['Vu le code général des collectivités territoriales,'],
            considerations: [],
            articles: [{ action: 'approuve', text: 'APPROUVE la proposition.', span: null }],
            vote: o.vote === undefined ? vote({ unanimous: true }) : o.vote,
            outcome: o.outcome === undefined ? 'adopted' : o.outcome,
          },
    span: null,
  };
}

/** A valid document with these items; `seed` makes its id distinct from the others'. */
export function documentWith(
  items: Item[],
  o: { seed?: string; fileName?: string; date?: string | null; counts?: Partial<Counts>; represented?: Array<[Person, Person | null]> } = {},
): MinutesDocument {
  const base = analyzeText(`${MINUTES_TXT}\n${o.seed ?? ''}`, o.fileName ?? 'minutes.txt');
  const doc = structuredClone(base);
  doc.items = items;
  if (o.date !== undefined) doc.meeting.date = o.date;
  doc.attendance.counts = { ...doc.attendance.counts, ...o.counts };
  if (o.represented) doc.attendance.represented = o.represented.map(([p, proxy]) => ({ person: p, proxy }));
  return MinutesDocument.parse(doc);
}

import { describe, expect, it } from 'vitest';
import { toPopolo } from '../../src/export/popolo.ts';
import { documentWith, item, person, vote } from './documents.ts';
import { popoloValidators } from './popolo-schemas.ts';

const v = popoloValidators();

describe('Popolo export', () => {
  const doc = documentWith(
    [
      item('Budget primitif 2025', { number: 'D1', vote: vote({ for: 8, against: 2, abstentions: 1, againstNames: [person('Paul', 'ROUX', 'M.')], abstentionNames: [person(null, 'PETIT')] }), rapporteur: person('Luc', 'BERNARD', 'M.') }),
      item('Rapport annuel du syndicat', { vote: null, outcome: 'noted' }),
      item('Vente d’un terrain', { vote: vote({ for: 3, against: 8 }), outcome: 'rejected' }),
    ],
    { date: '2025-03-03', represented: [[person('Sophie', 'LAMBERT', 'Mme'), person('Jean', 'DUPONT', 'M.')], [person('Pierre', 'BONNET', 'M.'), null]] },
  );
  const { popolo, problems } = toPopolo([doc]);

  it('validates against the Popolo schemas', () => {
    expect(problems).toEqual([]);
    for (const e of popolo.events) expect(v.event(e), JSON.stringify(v.event.errors)).toBe(true);
    for (const m of popolo.motions) expect(v.motion(m), JSON.stringify(v.motion.errors)).toBe(true);
    for (const ve of popolo.vote_events) expect(v.voteEvent(ve), JSON.stringify(v.voteEvent.errors)).toBe(true);
    for (const o of popolo.organizations) expect(v.organization(o), JSON.stringify(v.organization.errors)).toBe(true);
  });

  it('makes the sitting an Event with the present members as attendees and proxies in extras', () => {
    const [event] = popolo.events;
    expect(event).toMatchObject({ id: doc.id, start_date: '2025-03-03', classification: 'meeting' });
    expect(event!.attendees.map((a) => a.family_name)).toEqual(doc.attendance.present.map((p) => p.surname));
    const dupont = event!.attendees.find((a) => a.family_name === 'DUPONT')!;
    // The proxy holder is the attendee of that name, not a second person.
    expect(event!.extras.proxies).toEqual([
      { person: expect.objectContaining({ family_name: 'LAMBERT', given_name: 'Sophie' }), proxy: dupont },
      { person: expect.objectContaining({ family_name: 'BONNET' }), proxy: null },
    ]);
    const ids = [...event!.attendees, ...event!.extras.proxies.map((p) => p.person)].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes each deliberation a Motion, each vote a VoteEvent with the stated counts and named votes; a point noted has no vote', () => {
    expect(popolo.motions.map((m) => [m.text, m.result, m.legislative_session_id])).toEqual([
      ['Budget primitif 2025', 'pass', doc.id],
      ['Rapport annuel du syndicat', null, doc.id],
      ['Vente d’un terrain', 'fail', doc.id],
    ]);
    expect(popolo.motions[0]!.creator).toMatchObject({ family_name: 'BERNARD', given_name: 'Luc' });
    expect(popolo.motions[1]).not.toHaveProperty('creator');
    expect(popolo.vote_events.map((ve) => ve.motion_id)).toEqual([popolo.motions[0]!.id, popolo.motions[2]!.id]);
    expect(popolo.vote_events[0]!.counts).toEqual([
      { option: 'yes', value: 8 },
      { option: 'no', value: 2 },
      { option: 'abstain', value: 1 },
    ]);
    expect(popolo.vote_events[0]!.votes.map((x) => [x.voter.family_name, x.option])).toEqual([
      ['ROUX', 'no'],
      ['PETIT', 'abstain'],
    ]);
    // No abstention count stated: none written.
    expect(popolo.vote_events[1]!.counts).toEqual([
      { option: 'yes', value: 3 },
      { option: 'no', value: 8 },
    ]);
  });

  it('gives a list of deliberations (no sitting) motions without an event', () => {
    const list = documentWith([item('Budget')], { seed: 'list' });
    list.kind = 'list';
    const out = toPopolo([list]).popolo;
    expect(out.events).toEqual([]);
    expect(out.motions[0]!.legislative_session_id).toBeNull();
  });
});

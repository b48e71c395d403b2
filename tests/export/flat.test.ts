import { describe, expect, it } from 'vitest';
import { AuthorityConfig } from '../../src/export/authority-config.ts';
import { toFlat, toNdjson } from '../../src/export/flat.ts';
import { documentWith, item, person, vote } from './documents.ts';

describe('NDJSON records', () => {
  const doc = documentWith(
    [
      item('Information du maire', { decision: false }),
      item('Budget primitif', { number: 'D1', vote: vote({ unanimous: true, for: 10 }) }),
      item('Tarifs', { vote: vote({ for: 7, againstNames: [person('Paul', 'ROUX')] }) }),
    ],
    { date: '2025-03-03', represented: [[person('Sophie', 'LAMBERT'), person('Jean', 'DUPONT')]] },
  );

  it('one record per deliberation, id = document id + item index, the same for the same input', () => {
    const { records } = toFlat([doc]);
    expect(records.map((r) => r.id)).toEqual([`${doc.id}#1`, `${doc.id}#2`]);
    expect(toNdjson(toFlat([doc]).records)).toBe(toNdjson(records));
    expect(toNdjson(records).split('\n')).toHaveLength(3); // two lines and the final newline
  });

  it('holds what a search engine needs, flat, with the counts the text states', () => {
    const [budget, tarifs] = toFlat([doc], AuthorityConfig.parse({ name: 'Commune de Saint-Exemple', siret: '21000000000000' })).records;
    expect(budget).toMatchObject({
      authority: 'Commune de Saint-Exemple',
      date: '2025-03-03',
      number: 'D1',
      title: 'Budget primitif',
      report: 'Exposé des motifs.',
      decision: 'Vu le code général des collectivités territoriales,\nAPPROUVE la proposition.',
      actions: ['approuve'],
      voteUnanimous: true,
      voteFor: 10,
      voteAgainst: 0,
      voteAbstentions: null,
      represented: ['Sophie LAMBERT (pouvoir à Jean DUPONT)'],
      matiereCode: '7.1',
      matiereSuggested: true,
    });
    expect(budget!.present).toEqual(doc.attendance.present.map((p) => [p.givenName, p.surname].filter(Boolean).join(' ')));
    expect(tarifs).toMatchObject({ voteFor: 7, voteAgainst: null, againstNames: ['Paul ROUX'] });
    for (const value of Object.values(budget!)) {
      expect(value === null || typeof value !== 'object' || (Array.isArray(value) && value.every((x) => typeof x === 'string'))).toBe(true);
    }
  });

  it('takes the authority from the document when no config is given', () => {
    expect(toFlat([doc]).records[0]!.authority).toBe(doc.authority.name);
  });
});

import { describe, expect, it } from 'vitest';
import { AuthorityConfig } from '../../src/export/authority-config.ts';
import { toCsv } from '../../src/export/csv.ts';
import { deliberationsOf, delibIds, voteCounts } from '../../src/export/deliberations.ts';
import { scdlCells, SCDL_COLUMNS, toScdl } from '../../src/export/scdl.ts';
import { validateScdl } from '../../src/export/scdl-validate.ts';
import { documentWith, item, vote } from './documents.ts';

const config = AuthorityConfig.parse({ name: 'Commune de Saint-Exemple', siret: '21000000000000', matiere: { default: '9.1' } });
const csvOf = (rows: ReturnType<typeof toScdl>['rows']) => toCsv(SCDL_COLUMNS, scdlCells(rows));

describe('vote counts', () => {
  it('never turns a missing count into 0; a unanimity with stated counts had nobody against', () => {
    expect(voteCounts(vote({ unanimous: true }))).toEqual({ for: null, against: null, abstentions: null, notVoting: null });
    expect(voteCounts(vote({ unanimous: true, for: 15 }))).toEqual({ for: 15, against: 0, abstentions: null, notVoting: null });
    expect(voteCounts(vote({ unanimous: true, for: 13, abstentions: 2 }))).toEqual({ for: 13, against: 0, abstentions: 2, notVoting: null });
    expect(voteCounts(vote({ unanimous: false, for: 13, abstentions: 1 }))).toEqual({ for: 13, against: null, abstentions: 1, notVoting: null });
    expect(voteCounts(vote({ unanimous: false, for: 6, against: 7, abstentions: 1 }))).toEqual({ for: 6, against: 7, abstentions: 1, notVoting: null });
    expect(voteCounts(null)).toEqual({ for: null, against: null, abstentions: null, notVoting: null });
  });
});

describe('SCDL rows', () => {
  it('one row per item with a decision, the columns from the document and the config', () => {
    const doc = documentWith([
      item('Travaux de voirie rue des Écoles', { number: 'D2025-01', vote: vote({ unanimous: true, for: 10 }) }),
      item('Communication du maire', { decision: false }),
      item('Questions diverses', { number: 'D2025-02', vote: vote({ for: 8, against: 1, abstentions: 1 }) }),
    ], { date: '2025-03-03', counts: { inOffice: 11, voting: 10 } });
    const { rows, problems, notes } = toScdl([doc], config);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        COLL_NOM: 'Commune de Saint-Exemple', COLL_SIRET: '21000000000000', DELIB_ID: 'D2025-01', DELIB_DATE: '2025-03-03',
        DELIB_MATIERE_CODE: '8.3', DELIB_MATIERE_NOM: 'domaines de compétences par thèmes/voirie', DELIB_OBJET: 'Travaux de voirie rue des Écoles',
        BUDGET_ANNEE: '', BUDGET_NOM: '', PREF_ID: '', PREF_DATE: '',
        VOTE_EFFECTIF: '11', VOTE_REEL: '10', VOTE_POUR: '10', VOTE_CONTRE: '0', VOTE_ABSTENTION: '', DELIB_URL: '',
      },
      expect.objectContaining({ DELIB_ID: 'D2025-02', DELIB_MATIERE_CODE: '9.1', VOTE_REEL: '10', VOTE_POUR: '8', VOTE_CONTRE: '1', VOTE_ABSTENTION: '1' }),
    ]);
    // The suggestion is said; the default is not a suggestion.
    expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/^D2025-01: matière 8\.3 \(Voirie\) suggested from 'travaux de voirie'/)]);
    expect(validateScdl(csvOf(rows))).toEqual([]);
  });

  it('leaves VOTE_REEL empty, with a note, when the sitting count does not add up for this vote', () => {
    const doc = documentWith([item('Budget primitif', { vote: vote({ for: 8, against: 0, abstentions: 1 }) })], { counts: { voting: 10 } });
    const { rows, notes } = toScdl([doc], config);
    expect(rows[0]).toMatchObject({ VOTE_REEL: '', VOTE_POUR: '8', VOTE_CONTRE: '0', VOTE_ABSTENTION: '1' });
    expect(notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/VOTE_REEL left empty: 10 voters .* 8 \+ 0 \+ 1/));
    expect(validateScdl(csvOf(rows))).toEqual([]);
  });

  it('reports an item without a date or a title by id (document id + item index) and writes the others', () => {
    const undated = documentWith([item('Budget primitif'), item('Tarifs')], { seed: 'undated', date: null, fileName: 'undated.txt' });
    const dated = documentWith([item('Budget primitif'), item('   ')], { seed: 'dated', date: '2025-03-03', fileName: 'dated.txt' });
    const { rows, problems } = toScdl([undated, dated], config);
    expect(rows.map((r) => r.DELIB_OBJET)).toEqual(['Budget primitif']);
    expect(problems).toEqual([
      { id: `${dated.id}#1`, file: 'dated.txt', message: 'not exported: no title' },
      { id: `${undated.id}#0`, file: 'undated.txt', message: 'not exported: no date: the document gives no sitting date' },
      { id: `${undated.id}#1`, file: 'undated.txt', message: 'not exported: no date: the document gives no sitting date' },
    ]);
  });

  it('reports a deliberation nothing classifies when the config has no default', () => {
    const doc = documentWith([item('Questions diverses', { number: 'D7' })]);
    const { rows, problems } = toScdl([doc], AuthorityConfig.parse({ name: 'X', siret: '21000000000000' }));
    expect(rows).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ id: `${doc.id}#0`, message: expect.stringMatching(/no matière for D7 .*matiere\.items\["D7"\]/) })]);
  });

  it('takes the matière the config gives an item over any suggestion, and says nothing of it', () => {
    const doc = documentWith([item('Budget primitif', { number: 'D7' })]);
    const { rows, notes } = toScdl([doc], AuthorityConfig.parse({ name: 'X', siret: '21000000000000', matiere: { items: { D7: '7.10' } } }));
    expect(rows[0]).toMatchObject({ DELIB_MATIERE_CODE: '7.10', DELIB_MATIERE_NOM: 'finances locales/divers' });
    expect(notes).toEqual([]);
  });

  it('quotes titles with ; " and line breaks so that the CSV reads back the same and validates', () => {
    const title = 'Adhésion ; groupement "énergies"\nsecond line, with a comma';
    const { rows } = toScdl([documentWith([item(title)])], config);
    const csv = csvOf(rows);
    expect(csv).toContain('"Adhésion ; groupement ""énergies""\nsecond line, with a comma"');
    expect(validateScdl(csv)).toEqual([]);
  });

  it('fills DELIB_URL from the template, URL-encoded, empty with a note when a placeholder has no value', () => {
    const withUrl = AuthorityConfig.parse({ ...config, deliberationUrl: 'https://actes.example.fr/{date}/{number}.pdf' });
    const doc = documentWith([item('Budget', { number: 'D 2025/7' }), item('Tarifs')], { date: '2025-03-03' });
    const { rows, notes } = toScdl([doc], withUrl);
    expect(rows.map((r) => r.DELIB_URL)).toEqual(['https://actes.example.fr/2025-03-03/D%202025%2F7.pdf', '']);
    expect(notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/DELIB_URL left empty: the item has no number/));
  });

  it('sorts by date, then document, then item, whatever the input order', () => {
    const late = documentWith([item('B'), item('A')], { seed: 'late', date: '2025-06-01' });
    const early = documentWith([item('C')], { seed: 'early', date: '2024-01-01' });
    expect(toScdl([late, early], config).rows.map((r) => r.DELIB_OBJET)).toEqual(['C', 'B', 'A']);
  });
});

describe('DELIB_ID', () => {
  it('is the number as written, qualified by the date only when two deliberations share it, then by the document', () => {
    const a = documentWith([item('A', { number: '1' }), item('B', { number: 'D2025-9' }), item('C')], { seed: 'a', date: '2025-01-10' });
    const b = documentWith([item('D', { number: '1' })], { seed: 'b', date: '2025-02-20' });
    const copy = documentWith([item('E', { number: '1' })], { seed: 'copy', date: '2025-02-20' });
    const delibs = deliberationsOf([a, b, copy]);
    const ids = delibIds(delibs);
    const byTitle = Object.fromEntries(delibs.map((d) => [d.item.title, ids.get(d.id)]));
    expect(byTitle.A).toBe('2025-01-10-1');
    expect(byTitle.B).toBe('D2025-9');
    expect(byTitle.C).toBe('2025-01-10-3');
    expect(byTitle.D).toMatch(/^2025-02-20-1-[0-9a-f]{8}$/);
    expect(byTitle.E).toMatch(/^2025-02-20-1-[0-9a-f]{8}$/);
    expect(new Set(ids.values()).size).toBe(5);
  });
});

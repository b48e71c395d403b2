import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.ts';
import { SCDL_COLUMNS, type ScdlRow } from '../../src/export/scdl.ts';
import { formatProblem, validateScdl } from '../../src/export/scdl-validate.ts';

const GOOD: ScdlRow = {
  COLL_NOM: 'Ville de Poitiers',
  COLL_SIRET: '21860194600013',
  DELIB_ID: '1DL15494',
  DELIB_DATE: '2017-10-15',
  DELIB_MATIERE_CODE: '8.4',
  DELIB_MATIERE_NOM: 'domaines de compétences par thèmes/aménagement du territoire',
  DELIB_OBJET: 'Lancement d\'une démarche ; "politique montagne"\net adhésion',
  BUDGET_ANNEE: '2017/2018',
  BUDGET_NOM: 'Budget annexe déchets-collecte et traitement',
  PREF_ID: 'PREF038',
  PREF_DATE: '2017-10-20',
  VOTE_EFFECTIF: '43',
  VOTE_REEL: '40',
  VOTE_POUR: '25',
  VOTE_CONTRE: '10',
  VOTE_ABSTENTION: '5',
  DELIB_URL: 'https://data.maville.fr/deliberations/files/200417_1.pdf',
};

const csvOf = (...rows: Array<Partial<ScdlRow>>) => toCsv(SCDL_COLUMNS, rows.map((r) => SCDL_COLUMNS.map((c) => ({ ...GOOD, ...r })[c])));
/** The problems of one bad row placed second, after a good one: [row, column, message]. */
const problemsOf = (bad: Partial<ScdlRow>) => validateScdl(csvOf({}, bad)).map((p) => [p.row, p.column, p.message]);

describe('SCDL validator', () => {
  it('accepts the schema documentation example, a title with ; " and a line break, and only required fields', () => {
    const minimal = Object.fromEntries(SCDL_COLUMNS.map((c) => [c, ''])) as ScdlRow;
    for (const c of ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET'] as const) minimal[c] = GOOD[c];
    expect(validateScdl(csvOf({}, minimal))).toEqual([]);
  });

  it('tells 7.1 from 7.10, and refuses a code the nomenclature does not have', () => {
    expect(problemsOf({ DELIB_MATIERE_CODE: '7.10', DELIB_MATIERE_NOM: 'finances locales/divers' })).toEqual([]);
    expect(problemsOf({ DELIB_MATIERE_CODE: '7.1', DELIB_MATIERE_NOM: 'finances locales/décisions budgétaires' })).toEqual([]);
    expect(problemsOf({ DELIB_MATIERE_CODE: '7.11', DELIB_MATIERE_NOM: 'finances locales/divers' })).toEqual([[3, 'DELIB_MATIERE_CODE', expect.stringMatching(/not a code of the @ctes nomenclature/)]]);
    expect(problemsOf({ DELIB_MATIERE_CODE: '7' })).toEqual([[3, 'DELIB_MATIERE_CODE', expect.stringMatching(/does not match/)]]);
    expect(problemsOf({ DELIB_MATIERE_CODE: '8.1', DELIB_MATIERE_NOM: 'finances locales/divers' })).toEqual([[3, 'DELIB_MATIERE_CODE', expect.stringMatching(/code of 'Domaines de compétences par thèmes'/)]]);
  });

  it('reports each broken rule at its row and column', () => {
    const cases: Array<[Partial<ScdlRow>, string, RegExp]> = [
      [{ COLL_NOM: '' }, 'COLL_NOM', /required value is empty/],
      [{ DELIB_OBJET: '' }, 'DELIB_OBJET', /required value is empty/],
      [{ COLL_SIRET: '218 601 946 00013' }, 'COLL_SIRET', /does not match \^\\d\{14\}\$/],
      [{ DELIB_DATE: '15/10/2017' }, 'DELIB_DATE', /not a date/],
      [{ DELIB_DATE: '2017-02-30', PREF_DATE: '' }, 'DELIB_DATE', /not a date/],
      [{ VOTE_POUR: '25.0', VOTE_REEL: '' }, 'VOTE_POUR', /not a whole number/],
      [{ BUDGET_ANNEE: '17/18' }, 'BUDGET_ANNEE', /does not match/],
      [{ BUDGET_ANNEE: '2018/2017' }, 'BUDGET_ANNEE', /second year must come after/],
      [{ BUDGET_NOM: '' }, 'BUDGET_NOM', /both filled or both empty/],
      [{ PREF_DATE: '2017-10-01' }, 'PREF_DATE', /before DELIB_DATE/],
      [{ VOTE_REEL: '41' }, 'VOTE_REEL', /is not VOTE_POUR \+ VOTE_CONTRE \+ VOTE_ABSTENTION \(25 \+ 10 \+ 5 = 40\)/],
      [{ DELIB_URL: 'www.maville.fr/a.pdf' }, 'DELIB_URL', /not a URI/],
      [{ DELIB_MATIERE_NOM: 'finances locales / divers', DELIB_MATIERE_CODE: '7.10' }, 'DELIB_MATIERE_NOM', /no space before or after the slash/],
      [{ DELIB_MATIERE_NOM: 'finances/divers', DELIB_MATIERE_CODE: '7.10' }, 'DELIB_MATIERE_NOM', /'finances' is not a matière/],
      [{ DELIB_MATIERE_NOM: 'divers', DELIB_MATIERE_CODE: '7.10' }, 'DELIB_MATIERE_NOM', /slash .* is missing/],
    ];
    for (const [bad, column, message] of cases) expect(problemsOf(bad), JSON.stringify(bad)).toEqual([[3, column, expect.stringMatching(message)]]);
  });

  it('accepts the nomenclature name without accents and in any case, as Validata does', () => {
    expect(problemsOf({ DELIB_MATIERE_NOM: 'FINANCES LOCALES/Divers', DELIB_MATIERE_CODE: '7.10' })).toEqual([]);
    expect(problemsOf({ DELIB_MATIERE_NOM: 'Libertes publiques et pouvoirs de police/Police municipale', DELIB_MATIERE_CODE: '6.1' })).toEqual([]);
  });

  it('gives the record number and the line it starts on, a quoted title spanning lines', () => {
    const csv = csvOf({ DELIB_OBJET: 'un\ndeux\ntrois' }, { COLL_SIRET: 'x' });
    const [p] = validateScdl(csv);
    expect(p).toEqual({ row: 3, line: 5, column: 'COLL_SIRET', message: expect.any(String) });
    expect(formatProblem(p!)).toMatch(/^row 3 \(line 5\), COLL_SIRET: 'x' does not match/);
  });

  it('checks the header: a semicolon file, a missing column, an unknown one, the order', () => {
    expect(validateScdl(`${SCDL_COLUMNS.join(';')}\r\n`)).toEqual([{ row: 1, line: 1, column: null, message: expect.stringMatching(/separator is ';'/) }]);
    const without = SCDL_COLUMNS.filter((c) => c !== 'DELIB_URL');
    expect(validateScdl(`${without.join(',')},EXTRA\r\n`).map((p) => p.message)).toEqual(['missing column DELIB_URL', "column 17 'EXTRA' is not a column of the schema"]);
    const swapped = [SCDL_COLUMNS[1], SCDL_COLUMNS[0], ...SCDL_COLUMNS.slice(2)];
    expect(validateScdl(`${swapped.join(',')}\r\n`).map((p) => p.message)).toEqual([expect.stringMatching(/out of order/)]);
    expect(validateScdl('')).toEqual([expect.objectContaining({ message: 'empty file: no header' })]);
  });

  it('reports a row of the wrong width and a blank row', () => {
    const csv = `${SCDL_COLUMNS.join(',')}\r\n\r\na,b\r\n`;
    const problems = validateScdl(csv);
    expect(problems[0]).toEqual({ row: 2, line: 2, column: null, message: 'blank row' });
    expect(problems[1]).toEqual({ row: 3, line: 3, column: null, message: '2 cells, the header has 17' });
  });

  it('ignores a UTF-8 byte order mark', () => {
    expect(validateScdl(`\uFEFF${csvOf({})}`)).toEqual([]);
  });
});

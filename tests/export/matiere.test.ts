import { describe, expect, it } from 'vitest';
import { chooseMatiere, MATIERES_1, MATIERES_2, scdlMatiereName, suggestMatiere } from '../../src/export/matiere.ts';
import { toCsv } from '../../src/export/csv.ts';
import { SCDL_COLUMNS } from '../../src/export/scdl.ts';
import { validateScdl } from '../../src/export/scdl-validate.ts';

describe('@ctes nomenclature', () => {
  it('has the nine matières and the sous-matières SCDL lists (1.1-1.7, 2.1-2.3, … 7.1-7.10, 8.1-8.9, 9.1-9.4)', () => {
    expect(Object.keys(MATIERES_1)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const last = { '1': 7, '2': 3, '3': 6, '4': 5, '5': 8, '6': 5, '7': 10, '8': 9, '9': 4 } as Record<string, number>;
    const expected = Object.entries(last).flatMap(([l1, n]) => Array.from({ length: n }, (_, i) => `${l1}.${i + 1}`));
    expect(Object.keys(MATIERES_2).sort()).toEqual(expected.sort());
  });

  it('keeps 7.1 and 7.10 apart', () => {
    expect(scdlMatiereName('7.1')).toBe('finances locales/décisions budgétaires');
    expect(scdlMatiereName('7.10')).toBe('finances locales/divers');
  });

  it('names every code as SCDL wants (lower case, accents, one slash, no comma or parenthesis), and the validator agrees', () => {
    for (const code of Object.keys(MATIERES_2)) {
      const name = scdlMatiereName(code);
      expect(name).toBe(name.toLowerCase());
      expect(name).not.toMatch(/[,()]/);
      expect(name.split('/')).toHaveLength(2);
    }
    expect(scdlMatiereName('7.9')).toBe('finances locales/prise de participation sem etc.');
    const row = (code: string) => SCDL_COLUMNS.map((c) => ({ COLL_NOM: 'X', COLL_SIRET: '21000000000000', DELIB_ID: '1', DELIB_DATE: '2025-01-01', DELIB_MATIERE_CODE: code, DELIB_MATIERE_NOM: scdlMatiereName(code), DELIB_OBJET: 'Objet' })[c as string] ?? '');
    expect(validateScdl(toCsv(SCDL_COLUMNS, Object.keys(MATIERES_2).map(row)))).toEqual([]);
  });
});

describe('matière suggestions from the title', () => {
  it('finds the matière through stems, case and accents', () => {
    const cases: Array<[string, string]> = [
      ['Décision modificative n°2 du budget principal', '7.1'],
      ['DECISION MODIFICATIVE BUDGETAIRE N°3', '7.1'],
      ["Vote des taux d'imposition 2025", '7.2'],
      ["Création d'un emploi d'adjoint technique territorial", '4.1'],
      ['Élection du maire', '5.1'],
      ['Demande de subventions au titre de la DETR', '7.5'],
      ['Renouvellement du bail de la gendarmerie', '3.3'],
      ['Garantie d’emprunt à un bailleur', '7.3'],
      ['Instauration du droit de préemption urbain', '2.3'],
      ['Motion de soutien aux agriculteurs', '9.4'],
      ["Marché de maîtrise d'œuvre pour la salle des fêtes", '1.6'],
    ];
    for (const [title, code] of cases) expect(suggestMatiere(title)?.code, title).toBe(code);
  });

  it('prefers the longest keyword: the indemnités of élus are not the régime indemnitaire of agents', () => {
    expect(suggestMatiere('Indemnités de fonction des adjoints')).toEqual({ code: '5.6', keyword: 'indemnités de fonction' });
    expect(suggestMatiere("Modification d'un poste d'adjoint")?.code).toBe('5.1');
  });

  it('suggests nothing when no keyword matches', () => {
    expect(suggestMatiere('Questions diverses')).toBeNull();
  });

  it('chooses the config for the item first, then a suggestion (the authority rules first), then the default', () => {
    const settings = { items: { 'D2025-7': '3.2' }, rules: [{ code: '8.9', keywords: ['salle des fêtes'] }], default: '9.1' };
    expect(chooseMatiere('D2025-7', 'Budget primitif', settings)).toEqual({ code: '3.2', source: 'config', keyword: null });
    expect(chooseMatiere('D2025-8', 'Travaux de la salle des fêtes', settings)).toEqual({ code: '8.9', source: 'suggested', keyword: 'salle des fêtes' });
    expect(chooseMatiere('D2025-9', 'Questions diverses', settings)).toEqual({ code: '9.1', source: 'default', keyword: null });
    expect(chooseMatiere('D2025-9', 'Questions diverses', {})).toBeNull();
  });
});

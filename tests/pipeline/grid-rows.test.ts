/**
 * A procès-verbal printed by meeting software: a coded presence table, then its points a table under
 * "N° Objet Rapporteur", each row's vote a grid of its own ("Votants Pour Contre Abst. Résultat")
 * under what was said and decided. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PV = `PROCES-VERBAL DE SEANCE
CONSEIL MUNICIPAL
Séance du Heure Lieu
28/06/1991 17H30 Salle des délibérations - Hôtel de Ville
Président : LEBON Jean-Claude, Maire
Le quorum étant atteint, le Président déclare la séance ouverte.
ETAT DE PRESENCE
Nom Prénom Qualité Prés. Pouvoir à
LEBON Jean-Claude Maire P
GRONDIN Roland 1er Adjoint P
PAYET Marie-Josée 2e Adjointe P
TECHER Louis-Marie Conseiller PR GRONDIN
Roland
NATIVEL Gilberte Conseillère AE
DIJOUX Paul Conseiller P
P : présent PR : représenté AE : absent excusé A : absent
DELIBERATIONS
N° Objet Rapporteur
91/044 Approbation du procès-verbal de la séance du 24/05/1991 Le Maire
Votants Pour Contre Abst. Résultat
5 5 0 0 ADOPTE A L'UNANIMITE
91/045 Décision modificative n° 1 - Budget communal 1991 GRONDIN R.
Exposé : ajustement des crédits de la section d'investissement.
Le Conseil Municipal approuve la décision modificative n° 1 du budget communal 1991.
Votants Pour Contre Abst. Résultat
5 3 2 0 ADOPTE
Contre : DIJOUX P., PAYET M.-J.
91/046 Chemin des Salazes - Réfection - Demande de PAYET M.-J.
subvention F.I.D.O.M.
Le Conseil Municipal approuve le projet et sollicite une subvention.
Votants Pour Contre Abst. Résultat
5 5 0 0 ADOPTE A L'UNANIMITE
Séance levée à 19H05
`;

describe('points a table under "N° Objet Rapporteur", a vote grid under each', () => {
  const doc = analyzeText(PV);

  it('reads a point a row, its subject wrapped under the row in small letters, the rapporteur left out', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['91/044', 'Approbation du procès-verbal de la séance du 24/05/1991'],
      ['91/045', 'Décision modificative n° 1 - Budget communal 1991'],
      ['91/046', 'Chemin des Salazes - Réfection - Demande de subvention F.I.D.O.M.'],
    ]);
  });

  it("reads each grid's counts by its labels, the voters' passed over", () => {
    expect(doc.items.map((i) => [i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions, i.decision?.outcome])).toEqual([
      [5, 0, 0, 'adopted'],
      [3, 2, 0, 'adopted'],
      [5, 0, 0, 'adopted'],
    ]);
  });

  it('makes the exposé the report and the decision run from the body acting through the names under the grid', () => {
    const part = (kind: string, item: number) => doc.sections.filter((s) => s.kind === kind && s.item === item).map((s) => doc.text.slice(s.start, s.end));
    expect(part('report', 1)).toEqual(["91/045 Décision modificative n° 1 - Budget communal 1991 GRONDIN R.\nExposé : ajustement des crédits de la section d'investissement."]);
    expect(part('decision', 1)[0]).toMatch(/^Le Conseil Municipal approuve[^]*Contre : DIJOUX P\., PAYET M\.-J\.$/);
  });

  it('reads the first row under a header closing on "Pouvoir à", not as a holder wrapped from it', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['LEBON', 'GRONDIN', 'PAYET', 'DIJOUX']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['TECHER', 'GRONDIN']]);
  });
});

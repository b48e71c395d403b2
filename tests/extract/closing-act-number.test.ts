/** A point headed by its rank, closed by the act it became ("Délibération n° 2026-017 adoptée."). Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const text = `PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 9 AVRIL 2026
Présents : M. Paul CASANOVA, Mme Francesca BARTOLI, M. Jean MARCHIONI.

POINT N° 1 : APPROBATION DU PROCES-VERBAL DE LA SEANCE D'INSTALLATION DU
27 MARS 2026

Le procès-verbal de la séance du 27 mars 2026 est approuvé à l'unanimité.

POINT N° 2 : DESIGNATION DES DELEGUES AU SIVU DU RAMASSAGE SCOLAIRE

     Le Conseil municipal DESIGNE, à l'unanimité, M. Paul CASANOVA,
délégué titulaire, et Mme Francesca BARTOLI, déléguée suppléante, pour
représenter la commune au comité syndical du SIVU du ramassage scolaire.
Délibération n° 2026-017 adoptée.

POINT N° 3 : COMPTE DE GESTION 2025

Rapporteur : M. MARCHIONI

M. MARCHIONI présente le compte de gestion dressé par le comptable public, dont les
résultats sont conformes à ceux du compte administratif. Il rappelle les écritures
passées au cours de l'exercice et les reports de l'exercice précédent, section par
section, et précise qu'aucune observation n'a été formulée par les services de l'État.
Le Conseil municipal DECLARE, à l'unanimité, que le compte de gestion n'appelle
aucune observation.
Délibération n° 2026-018 adoptée.
`;

describe('the act a point became, closing it', () => {
  const numbers = analyzeText(text).items.map((i) => i.number);

  it("numbers the point by its deliberation, however far from the heading (not by the point's rank)", () => {
    expect(numbers.slice(1)).toEqual(['2026-017', '2026-018']);
  });

  it("keeps the rank where no act closes the point, and never takes a title's wrapped date ('27 MARS 2026') for a number", () => {
    expect(numbers[0]).toBe('1');
  });
});

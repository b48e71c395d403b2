/** A software's table of the affairs examined, a row a line, its decision's and vote's cells closing each affair's line. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { rowOutcome } from '../../src/extract/row-outcome.ts';

const RECORD = `VILLE DE SAINT-AURIN Edition du : 01/04/1993 16:08
COMPTE RENDU SOMMAIRE
SEANCE DU CONSEIL MUNICIPAL DU 27/03/1993
Président de séance : M. GRONDIN Paul, Maire
Secrétaire de séance : Mme CADET Sandrine
Présents : M. GRONDIN Paul, Mme CADET Sandrine, M. PAYET Louis, Mme BOYER Lucie.

RELEVE DES AFFAIRES EXAMINEES
Aff. N° délib. Objet / Rapporteur Décision Pour Contre Abst.
Affaire 2 93-021 Compte de gestion 1992 du Receveur municipal - ADOPTE 36 0 0
Budget principal et budget annexe de l'eau
Rapporteur : M. PAYET Louis, 1er Adjoint
Le compte de gestion est conforme aux écritures du compte administratif.
Décision : Le Conseil Municipal déclare que le compte de gestion n'appelle ni observation ni réserve.
Affaire 3 93-022 Compte administratif 1992 - Budget principal ADOPTE 30 5 0
Rapporteur : M. PAYET Louis
Décision : Le Conseil Municipal, hors la présence du Maire, approuve le compte administratif.
Affaire 4 93-023 Attribution de subventions aux associations ADOPTE Unanimité
Rapporteur : Mme BOYER Lucie
Décision : Le Conseil Municipal attribue les subventions.
Affaire 5 93-024 Cession de la parcelle BK 417 REJETE 3 30 3
Rapporteur : M. PAYET Louis
Décision : La cession n'est pas retenue.
`;

describe("the affairs' rows of a software's table, their decision and vote closing each line", () => {
  it('reads "Affaire 2 93-021 …" as the act 93-021, its title cut before its cells', () => {
    const d = analyzeText(RECORD);
    expect(d.items.map((i) => [i.number, i.title])).toEqual([
      ['93-021', 'Compte de gestion 1992 du Receveur municipal'],
      ['93-022', 'Compte administratif 1992 - Budget principal'],
      ['93-023', 'Attribution de subventions aux associations'],
      ['93-024', 'Cession de la parcelle BK 417'],
    ]);
  });

  it("takes each row's cells for its outcome and its vote, under the header naming them", () => {
    const d = analyzeText(RECORD);
    expect(d.items.map((i) => [i.decision?.outcome, i.decision?.vote?.unanimous, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions])).toEqual([
      ['adopted', false, 36, 0, 0],
      ['adopted', false, 30, 5, 0],
      ['adopted', true, null, null, null],
      ['rejected', false, 3, 30, 3],
    ]);
    // The vote's span is the row's cells.
    const v = d.items[0]!.decision!.vote!;
    expect(d.text.slice(v.span!.start, v.span!.end)).toBe('ADOPTE 36 0 0');
  });

  it('reads no cells without such a header: a title ending on figures is no vote', () => {
    const text = 'Affaire 2 93-021 Compte de gestion 1992 ADOPTE 36 0 0\n';
    expect(rowOutcome(text, 0)?.vote?.for).toBe(36);
    const d = analyzeText(RECORD.replace('Aff. N° délib. Objet / Rapporteur Décision Pour Contre Abst.\n', ''));
    expect(d.items[0]?.decision?.vote?.for ?? null).not.toBe(36);
  });
});

/**
 * A commune's budget as the M14 forms print it, exported by its software: running headers, sections of tables, annexes,
 * and the closing page "ARRETE ET SIGNATURES" that names the body which voted it. No record of a sitting. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const BUDGET = `COMMUNE DE SAINT-ELOI-DU-FLEUVE - BUDGET PRINCIPAL - BP - 2012
I - INFORMATIONS GENERALES
A1 - INFORMATIONS STATISTIQUES, FISCALES ET FINANCIERES
Population totale du dernier recensement : 1 412
II - PRESENTATION GENERALE DU BUDGET
A1 - VUE D'ENSEMBLE - SECTION DE FONCTIONNEMENT
Chap. Libellé Propositions nouvelles Vote
011 Charges à caractère général 412 000,00 412 000,00
012 Charges de personnel 655 000,00 655 000,00
Edité le 10/04/2012 à 10:02 Page 2/3
\fCOMMUNE DE SAINT-ELOI-DU-FLEUVE - BUDGET PRINCIPAL - BP - 2012
IV - ANNEXES
ARRETE ET SIGNATURES
Nombre de membres en exercice : 19
Nombre de membres présents : 15
Nombre de suffrages exprimés : 17
VOTES :
Pour : 15
Contre : 2
Abstentions : 0
Date de convocation : 22/03/2012
Présenté par (1) le Maire,
A SAINT-ELOI-DU-FLEUVE, le 22/03/2012
Le Maire,
Joseph MARIE-LOUISE
Délibéré par le conseil municipal (2), réuni en session ordinaire
A SAINT-ELOI-DU-FLEUVE, le 29/03/2012
Les membres du conseil municipal,
(1) Indiquer le Maire ou le Président.
(2) Indiquer le conseil municipal ou l'organe délibérant de l'établissement public.
Edité le 10/04/2012 à 10:02 Page 3/3
`;

describe('a budget document in the M14 forms', () => {
  const doc = analyzeText(BUDGET);

  it('is no record of a sitting, its sections no points', () => {
    expect(doc.kind).toBe('other');
    expect(doc.items).toEqual([]);
  });

  it('dates and names the sitting that voted it from its closing page, not the convocation nor the edition', () => {
    expect(doc.meeting.bodyType).toBe('conseil-municipal');
    expect(doc.meeting.date).toBe('2012-03-29');
  });

  it('reads the counts of members the closing page gives', () => {
    expect(doc.attendance.counts.inOffice).toBe(19);
    expect(doc.attendance.counts.present).toBe(15);
  });
});

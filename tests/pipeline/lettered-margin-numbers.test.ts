/**
 * A commission permanente's procès-verbal typed with its acts' codes in the margin
 * ("03-CP-05-02"), read across into the line of each title in capitals, the commission's name
 * under the code. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { findHeadings } from '../../src/segment/headings.ts';

const PV = `DEPARTEMENT DE LA HAUTE-VESLE
CONSEIL GENERAL
                         COMMISSION PERMANENTE
              PROCES-VERBAL DE LA REUNION DU 19 MAI 2003

                  L'an deux mil trois, le dix-neuf mai, à dix heures, la
             Commission Permanente du Conseil Général, régulièrement
             convoquée, s'est réunie à l'Hôtel du Département, sous la
             présidence de M. Paul ARNAUDET, Président du Conseil Général.

             Etaient présents : M. ARNAUDET, Président ; MM. BRUNEL, CASTEL,
             DELMAS, ESCUDIE, FABRE.

03-CP-05-01  VOIRIE DEPARTEMENTALE - RD 12 - MARCHE DE TRAVAUX
Routes            M. BRUNEL, rapporteur de la Commission des Routes, rend
             compte de la consultation lancée pour le renforcement de la RD 12.

             LA COMMISSION PERMANENTE approuve le marché et autorise le
             Président à le signer.
             Adopté à l'unanimité.

03-CP-05-02  AGRICULTURE - AIDE A L'INSTALLATION DES JEUNES AGRICULTEURS
Agriculture       M. CASTEL, rapporteur de la Commission de l'Agriculture,
             présente neuf demandes d'aide à l'installation.

             LA COMMISSION PERMANENTE accorde les neuf aides figurant au
             tableau annexé.
             Adopté à l'unanimité.

03-CP-05-03  SUBVENTIONS AUX ASSOCIATIONS SPORTIVES
Sports            M. DELMAS, rapporteur de la Commission des Sports, présente
             la répartition des subventions de fonctionnement.

             LA COMMISSION PERMANENTE attribue les subventions proposées.
             Adopté par 5 voix pour et 1 abstention.

03-CP-05-04  FONDS D'AIDE AUX COMMUNES - PROGRAMME 2003 - 2ème REPARTITION
Finances -
Collectivités     M. FABRE, rapporteur de la Commission des Finances, présente
             la deuxième répartition du fonds d'aide aux communes.

             LA COMMISSION PERMANENTE attribue les subventions figurant au
             tableau annexé.
             Adopté à l'unanimité.
`;

describe('an act\'s code with letters in the margin, read across into its title\'s line in capitals', () => {
  it('numbers each point with its code and titles it with the capitals after it, an elided word among them', () => {
    expect(analyzeText(PV).items.map((i) => [i.number, i.title])).toEqual([
      ['03-CP-05-01', 'VOIRIE DEPARTEMENTALE - RD 12 - MARCHE DE TRAVAUX'],
      ['03-CP-05-02', "AGRICULTURE - AIDE A L'INSTALLATION DES JEUNES AGRICULTEURS"],
      ['03-CP-05-03', 'SUBVENTIONS AUX ASSOCIATIONS SPORTIVES'],
      ['03-CP-05-04', "FONDS D'AIDE AUX COMMUNES - PROGRAMME 2003 - 2ème REPARTITION"],
    ]);
  });

  it('leaves such a code opening a row of an annex\'s table, its amount closing the line, no heading', () => {
    const table = 'Tableau annexé :\n\n09-L-031 LYCEE JEAN MOULIN 12 000\n09-L-032 LYCEE PASTEUR 8 500\n';
    expect(findHeadings(table, 0).filter((h) => h.number?.startsWith('09-L'))).toEqual([]);
  });
});

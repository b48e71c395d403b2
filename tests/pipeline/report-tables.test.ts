/**
 * Tables of figures inside a deliberation's report (a financing plan, a table of grants) are
 * part of the report: neither their header in capitals nor their TOTAL row is a new item.
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const deliberation = (table: string) => `L'an deux mille treize le dix-huit mars, les membres de la Commission
Permanente légalement convoqués se sont réunis à l'Hôtel du Département, sous la
présidence de M. Jean-Louis FERRAND, Président du Conseil Général.

Présents ou ayant donné procuration de vote :
M. A. BOUSCAT, M. G. CAZENAVE, M. J-L. FERRAND, Mme M. LAFAGE, M. P. VIGUIER

Absent(s) :
M. D. MOLINAS

SUBVENTIONS AUX CLUBS SPORTIFS DE NIVEAU NATIONAL

____

Notre assemblée a inscrit un crédit de 385 000 € au titre du soutien au mouvement sportif.
Je vous propose de répartir les aides comme suit :

${table}

Ces aides seront versées en une fois, sur présentation du bilan de la saison.

DECISION de la COMMISSION PERMANENTE

Vu le rapport de Monsieur le Président,

Après en avoir délibéré,

LA COMMISSION PERMANENTE :

• Attribue aux clubs les subventions figurant dans le tableau ci-dessus ;
• Autorise Monsieur le Président à signer les actes nécessaires à leur versement.

Adopté à l'unanimité.
Le Président,

Jean-Louis FERRAND`;

describe('a table of figures in the report', () => {
  it('ending on a TOTAL row stays in the report of the one deliberation', () => {
    const doc = analyzeText(
      deliberation(`Union Sportive Castelbrac Handball          6 500 €
Saint-Aurian XV                            12 000 €
Basket Club Montbrac                        5 600 €

TOTAL                                      24 100 €`),
    );
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => i.title)).toEqual(['SUBVENTIONS AUX CLUBS SPORTIFS DE NIVEAU NATIONAL']);
    expect(doc.items[0]!.decision?.vote?.unanimous).toBe(true);
  });

  it('under a header in capitals stays in the report of the one deliberation', () => {
    const doc = analyzeText(
      deliberation(`DÉPENSES HT                                   RECETTES
Maîtrise d'œuvre et études      38 500,00 €   DETR 2025 (35 %)       166 775,00 €
Isolation / menuiseries        278 400,00 €   Fonds vert (25 %)      119 125,00 €`),
    );
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => i.title)).toEqual(['SUBVENTIONS AUX CLUBS SPORTIFS DE NIVEAU NATIONAL']);
  });
});

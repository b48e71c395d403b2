/** An order of a mayor or a president: no sitting, yet each act's title is its report and its formula to its signature its decision. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { orderClaims } from '../../src/segment/orders.ts';

const ONE_ORDER = `COMMUNE DE SAINT-ALBERGUE
Département de la Lozère

ARRÊTÉ MUNICIPAL N° 2019-044
portant réglementation du marché hebdomadaire

Le Maire de la Commune de Saint-Albergue,

Vu le Code Général des Collectivités Territoriales, et notamment ses articles L.2212-1 et L.2224-18 ;
Vu la délibération du Conseil Municipal du 4 avril 2019 fixant les droits de place ;
Considérant qu'il y a lieu de fixer les règles du marché ;

ARRÊTE

Article 1er : Le marché se tient chaque jeudi de 7 heures à 13 heures, place de l'Église.

Article 2 : Le présent arrêté sera affiché en mairie et transmis au représentant de l'État.

Fait à Saint-Albergue, le 12 avril 2019
Le Maire,
Odile FRAYSSINET-BOUQUET

Affiché le 13 avril 2019.
`;

/** A register page of two acts, a margin's words before each title and before the one who acts. */
const REGISTER_PAGE = `REGISTRE DES ARRETES DU MAIRE Année 1996

N° 96/12 ARRETE MUNICIPAL N° 96/12
Voirie portant interdiction de stationner rue des Tanneurs
Travaux Le Maire de la Commune de Vauclaire,
Vu le Code des Communes ;
Considérant les travaux de réfection de la chaussée ;
ARRETE
Article 1 : Le stationnement est interdit rue des Tanneurs du 2 au 6 mai 1996.
Article 2 : Le Secrétaire de Mairie est chargé de l'exécution du présent arrêté.

N° 96/13 ARRETE MUNICIPAL N° 96/13
Cimetière portant attribution d'une concession trentenaire
Le Maire de la Commune de Vauclaire,
Vu la délibération du 3 février 1990 fixant le tarif des concessions ;
ARRETE
Article 1 : Une concession trentenaire est accordée à Mme Paule ESCANDE.
Article 2 : La somme de 900 francs sera versée au receveur municipal.
`;

const slice = (text: string, c: { start: number; end: number }) => text.slice(c.start, c.end);

describe('orderClaims', () => {
  it('reads the title as the report and the formula through the signer as the decision', () => {
    const claims = orderClaims(ONE_ORDER);
    expect(claims.map((c) => c.kind)).toEqual(['report', 'decision']);
    expect(slice(ONE_ORDER, claims[0]!)).toBe('ARRÊTÉ MUNICIPAL N° 2019-044\nportant réglementation du marché hebdomadaire');
    expect(slice(ONE_ORDER, claims[1]!)).toMatch(/^Le Maire de la Commune de Saint-Albergue,[\s\S]*Le Maire,\nOdile FRAYSSINET-BOUQUET$/);
  });

  it('reads each act of a register page, its margin left out, up to its last article where no one signs', () => {
    const claims = orderClaims(REGISTER_PAGE);
    expect(claims.map((c) => c.kind)).toEqual(['report', 'decision', 'report', 'decision']);
    expect(slice(REGISTER_PAGE, claims[0]!)).toMatch(/^ARRETE MUNICIPAL N° 96\/12\nVoirie portant interdiction de stationner rue des Tanneurs$/);
    expect(slice(REGISTER_PAGE, claims[1]!)).toMatch(/^Le Maire de la Commune de Vauclaire,[\s\S]*de l'exécution du présent arrêté\.$/);
    expect(slice(REGISTER_PAGE, claims[3]!)).toMatch(/^Le Maire[\s\S]*receveur municipal\.$/);
    // The page's header names the register, no act: it opens no report.
    expect(claims[0]!.start).toBe(REGISTER_PAGE.indexOf('ARRETE MUNICIPAL N° 96/12'));
  });

  it('opens the decision on the first visa where no one is named before it', () => {
    const text = 'ARRÊTÉ N° 12/2020\nportant délégation de signature\n\nVu le Code Général des Collectivités Territoriales ;\nARRÊTE\nArticle 1 : Délégation est donnée à M. Paul VIDAL.\n';
    const claims = orderClaims(text);
    expect(slice(text, claims[1]!)).toMatch(/^Vu le Code[\s\S]*Paul VIDAL\.$/);
  });

  it('reads no act from a visa citing one, nor from the verb that enacts', () => {
    expect(orderClaims("Vu l'arrêté n° 2001/A/088 du 20 mars 2001 ;\nA R R E T E\nARRÊTE :\nArticle 1 : …\n")).toEqual([]);
  });
});

describe('an order through the pipeline', () => {
  it('is kind other, its parts a report and a decision, the letterhead left aside', () => {
    const doc = analyzeText(ONE_ORDER);
    expect(doc.kind).toBe('other');
    const parts = doc.sections.filter((s) => s.kind !== 'other');
    expect(parts.map((s) => s.kind)).toEqual(['report', 'decision']);
    expect(doc.text.slice(parts[1]!.start, parts[1]!.end)).toContain('Article 2 :');
    expect(doc.signatures.map((p) => p.surname)).toEqual(['FRAYSSINET-BOUQUET']);
  });

  it('gives each act of a register page its parts', () => {
    const doc = analyzeText(REGISTER_PAGE);
    expect(doc.kind).toBe('other');
    expect(doc.sections.filter((s) => s.kind !== 'other').map((s) => s.kind)).toEqual(['report', 'decision', 'report', 'decision']);
  });

  it('reads an order whose word is spaced out before its number ("A R R E T E N° 04/0157") as one, its visas citing the sittings', () => {
    const text = `CONSEIL REGIONAL DE LA VALLEE HAUTE\nLe Président\nA R R E T E N° 04/0157\nportant délégation de fonctions aux Vice-Présidents\nLe Président du Conseil Régional,\nVu le procès-verbal de l'élection du Président du Conseil Régional en date du 2 avril 2004 ;\nVu la délibération n° 04.01.03 du Conseil Régional en date du 2 avril 2004 ;\nA R R E T E\nArticle 1er : Délégation de fonctions est donnée à M. Paul VIDAL, 1er Vice-Président.\nArticle 2 : Le présent arrêté sera publié.\nFait à Lille, le 9 avril 2004\nLe Président,\nMarcel DUVIVIER\n`;
    const doc = analyzeText(text);
    expect(doc.kind).toBe('other');
    const parts = doc.sections.filter((s) => s.kind !== 'other');
    expect(parts.map((s) => s.kind)).toEqual(['report', 'decision']);
    expect(doc.text.slice(parts[0]!.start, parts[0]!.end)).toBe('A R R E T E N° 04/0157\nportant délégation de fonctions aux Vice-Présidents');
  });

  it('is signed under its last article, however long the sheet of a records software after it', () => {
    // The sheet's tables (acts linked, formalities, files scanned) run far past the tail where a signature is looked for.
    const sheet = ['ACTES LIES', 'Type', 'Numéro', 'Date', 'Objet', ...Array.from({ length: 40 }, (_, i) => `DELIB CM 1980/0${10 + i} 14/03/1980 Travaux de voirie, tranche ${i + 1}`)].join('\n');
    const doc = analyzeText(`${ONE_ORDER}\n${sheet}\n`);
    expect(doc.kind).toBe('other');
    expect(doc.signatures.map((p) => p.surname)).toEqual(['FRAYSSINET-BOUQUET']);
  });
});

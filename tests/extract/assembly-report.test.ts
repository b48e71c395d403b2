import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const REPORT = `DEPARTEMENT DE LA SAVOIE
CONSEIL GENERAL
Réunion du 26 juin 1995
RAPPORT N° 4-07
OBJET : VIABILITE HIVERNALE - Conventions de déneigement des routes départementales.
Mes chers Collègues,

Depuis l'hiver 1987-1988, le Département confie par convention à 23 communes le déneigement de
certaines sections de routes départementales.

Je vous propose en conséquence :
- d'approuver le nouveau barème de participation départementale ;
- de m'autoriser à signer les conventions.

Je vous prie de bien vouloir en délibérer.

Le Président du Conseil Général,
P.-Y. DUCRET-CHAMOUX
`;

describe('a report put to the assembly, nothing decided in it', () => {
  it('is no deliberation: kind other, the sitting it is sent for kept, its letterhead the preamble and the report to the formula asking to deliberate', () => {
    const doc = analyzeText(REPORT);
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('1995-06-26');
    expect(doc.sections.map((s) => s.kind)).toEqual(['preamble', 'report', 'other']);
    const report = doc.sections[1]!;
    expect(doc.text.slice(report.start, report.end)).toMatch(/^RAPPORT N° 4-07[^]*en délibérer\.$/);
  });
  it('stays a deliberation where the assembly decided after it', () => {
    const doc = analyzeText(`${REPORT.replace(/\nLe Président du Conseil Général,[^]*$/, '')}\nLE CONSEIL GENERAL,\nAprès en avoir délibéré,\nAPPROUVE le nouveau barème.\nAdopté à l'unanimité.\n`);
    expect(doc.kind).toBe('deliberation');
  });
});

describe('a report that asks the assembly to adopt the draft printed after it', () => {
  const text = `RÉGION DU HAUT-PAYS\n\nCONSEIL RÉGIONAL\n\nRéunion du lundi 27 juin 1983\n\nRAPPORT N° 83-06-14\nprésenté par M. le Président du Conseil Régional\n\nOBJET : POLITIQUE RÉGIONALE EN FAVEUR DE LA MONTAGNE\n\nMes chers Collègues,\n\nLa montagne couvre près de la moitié du territoire de notre région. Le présent rapport a pour objet de traduire cette priorité en un programme d'actions.\n\n${'Les massifs de moyenne montagne subissent depuis vingt ans un exode qui menace la survie des services et des activités. '.repeat(14)}\n\nJe vous demande de bien vouloir adopter le projet de délibération ci-après.\n\nLe Président du Conseil Régional,\n\nMaurice TOURNEMIRE\n\nPROJET DE DÉLIBÉRATION\n\nLe Conseil Régional,\n\nVu la loi n° 72-619 du 5 juillet 1972,\n\nDÉLIBÈRE :\n\nArticle 1er : Le programme d'aide aux communes de moyenne montagne est approuvé.\n\nANNEXE AU RAPPORT N° 83-06-14\n\nPremières opérations susceptibles d'être aidées.\n`;
  it('is that report: its preamble, the report to the formula, the draft its decision, its author signing above the draft', () => {
    const doc = analyzeText(text);
    expect(doc.kind).toBe('other');
    const parts = doc.sections.filter((s) => s.kind !== 'other').map((s) => [s.kind, doc.text.slice(s.start, s.start + 22)]);
    expect(parts).toEqual([['preamble', 'RÉGION DU HAUT-PAYS\n\nC'], ['report', 'RAPPORT N° 83-06-14\npr'], ['decision', 'PROJET DE DÉLIBÉRATION']]);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['TOURNEMIRE']);
    expect(doc.meeting.date).toBe('1983-06-27');
  });
});

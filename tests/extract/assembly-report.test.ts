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

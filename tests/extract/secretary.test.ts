/** The secretary of the sitting, read where OCR split the name. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a secretary whose name OCR split with a space', () => {
  const text = (secretary: string) => `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL DE DISTRICT
Séance du 19 juin 1985
L'an mil neuf cent quatre-vingt-cinq et le dix-neuf juin à dix-huit heures trente, le Conseil de District, légalement convoqué, s'est réuni sous la présidence de Monsieur Antoine ROUBAUD, Président du District.
Etaient présents : MM. ROUBAUD, GIORDANO, BLANC, AUDIBERT, BARTHÉLEMY.
Secrétaire de séance : M. ${secretary}.
OBJET : ORDURES MENAGERES - EXTENSION DE L'USINE D'INCINERATION
Le Conseil de District, après en avoir délibéré, APPROUVE l'avant-projet détaillé.
Adopté à l'unanimité.
`;
  it('"M. AU DIBERT", "AUDIBERT" among who sat: the list\'s spelling', () => {
    expect(analyzeText(text('AU DIBERT')).meeting.secretary?.surname).toBe('AUDIBERT');
  });
  it('a name of two words that no one listed keeps its words', () => {
    expect(analyzeText(text('LE GALL')).meeting.secretary?.surname).toBe('LE GALL');
  });
});

/**
 * An archive portal's record of a register entry: the portal's form and its table of members
 * first, one cell a line, then the register's transcription with its own sitting sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const MEMBERS = [
  ['BRAUN', 'Joseph', 'Maire', 'Présent'],
  ['HECKEL', 'Antoine', '1er Adjoint', 'Présent'],
  ['MULLER', 'Marcel', 'Conseiller', 'Présent'],
  ['OSTER', 'Bernard', 'Conseiller', 'Présent'],
  ['RITTER', 'Paul', 'Conseiller', 'Excusé'],
  ['SIEGEL', 'Marie', 'Conseillère', 'Présente'],
  ['ZIEGLER', 'Roland', 'Conseiller', 'Absent'],
].flat();

const RECORD = [
  "ARCHIVES COMMUNALES D'ALTHEIM (Bas-Rhin)",
  'Registre numérique des délibérations - Fiche acte',
  'Export PDF du 12/05/2015 09:31 - utilisateur : mairie.altheim',
  'Date de séance',
  "Numéro d'ordre",
  '22/06/1984',
  '18',
  'Membres du conseil municipal',
  'Nom',
  'Prénom',
  'Fonction',
  'Situation',
  ...MEMBERS,
  'Transcription du registre',
  'EXTRAIT du procès-verbal des délibérations du Conseil Municipal de la Commune d\'ALTHEIM',
  'Séance du 22 juin 1984',
  'Nombre des membres du Conseil Municipal en fonction : 7',
  'Nombre des membres présents à la séance : 5',
  "L'an mil neuf cent quatre-vingt-quatre, le vingt-deux juin à vingt heures trente, le Conseil Municipal de la Commune d'ALTHEIM, étant assemblé en session ordinaire à la Mairie, après convocation légale, sous la présidence de M. Joseph BRAUN, Maire.",
  'Membres présents : MM. BRAUN, HECKEL, MULLER, OSTER, Mme SIEGEL.',
  'Membre absent excusé : M. RITTER.',
  'Membre absent non excusé : M. ZIEGLER.',
  'N° 18',
  'Objet : Vente de bois de chauffage aux habitants',
  'Le Maire expose au Conseil Municipal la demande de plusieurs habitants.',
  'Le Conseil Municipal, après en avoir délibéré, FIXE le prix du stère à 90 francs.',
  'Adopté à l\'unanimité.',
].join('\n');

describe("an archive portal's record of a register entry", () => {
  const doc = analyzeText(RECORD);

  it('dates the sitting, not the export ("Export PDF du 12/05/2015")', () => {
    expect(doc.meeting.date).toBe('1984-06-22');
  });

  it('reads the time and the place in the transcription\'s sitting sentence, past the portal\'s table ("étant assemblé … à la Mairie")', () => {
    expect(doc.meeting.time).toBe('20:30');
    expect(doc.meeting.place).toBe('Mairie');
  });

  it('reads "membres présents à la séance : 5"', () => {
    expect(doc.attendance.counts.present).toBe(5);
  });

  it('numbers the deliberation by "N° 18" alone over its "Objet :"', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['18', 'Vente de bois de chauffage aux habitants']]);
  });
});

describe('a deliberation\'s number over its subject, a stray comma read by OCR', () => {
  it('numbers the deliberation by "Délibération , n°2013-034" over its "OBJET :"', () => {
    const doc = analyzeText([
      'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
      'Séance du 27 juin 2013',
      'Présents : M. Jean SCHMITT, Maire, Mme Anne KLEIN, M. Paul WEBER.',
      '',
      'Délibération , n°2013-034',
      "OBJET : URBANISME - APPROBATION DU PLAN LOCAL D'URBANISME",
      'Le Conseil Municipal, après en avoir délibéré, APPROUVE le plan local d\'urbanisme.',
      'Adopté à l\'unanimité.',
    ].join('\n'));
    expect(doc.items.map((i) => i.number)).toEqual(['2013-034']);
  });
});

/**
 * An extract of a public housing office's board (an OPHLM's conseil d'administration), typed and
 * read by OCR: representatives of other bodies among the members, the office's director keeping
 * the minutes, the members' signatures said, not named.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = [
  'OFFICE PUBLIC MUNICIPAL D\'HABITATIONS A LOYER MODERE DE VALSERINE',
  'EXTRAIT du Registre des Délibérations du Conseil d\'Administration',
  'Séance du 12 Mai 1982',
  "L'an mil neuf cent quatre-vingt-deux, le douze mai à dix-huit heures, le Conseil d'Administration de l'Office, régulièrement convoqué, s'est réuni au siége de l'Office, sous la présidence de Monsieur Pierre DUCRET, Président.",
  'Etaient présents : MM. DUCRET Pierre, Président ; MOREL André ; Mme VIAL Jeanne ; MM. BOUVIER',
  'Henri, représentant des locataires ; CHAPPAZ Louis,',
  'représentant la Caisse d\'Allocations Familiales.',
  '',
  'Assistait en outre à la séance : M. GIROD Paul, Directeur',
  "de l'Office, qui assure le secrétariat de la séance.",
  '',
  'OBJET : EMPRUNT AUPRES DE LA CAISSE DES DEPOTS ET CONSIGNATIONS',
  'Le Conseil d\'Administration, après en avoir délibéré, DECIDE de contracter un emprunt de 2.400.000 F.',
  'Adopté à l\'unanimité.',
  'Fait et délibéré les jour, mois et an que dessus.',
  'Ont signé au registre 1es membres présents.',
  '',
  'POUR EXTRAIT CERTIFIE CONFORME',
  'Valserine, le 14 Mai 1982',
  '',
  'Le Président,',
  '',
  'P. DUCRET',
].join('\n');

describe("an extract of a housing office's board", () => {
  const doc = analyzeText(EXTRACT);

  it('reads the place "au siége de l\'Office" as OCR accents it', () => {
    expect(doc.meeting.place).toBe("siége de l'Office");
  });

  it('reads on past a member "représentant des locataires"', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['DUCRET', 'MOREL', 'VIAL', 'BOUVIER', 'CHAPPAZ']);
  });

  it('takes the director "qui assure le secrétariat de la séance" after a label\'s colon for secretary', () => {
    expect(doc.meeting.secretary?.surname).toBe('GIROD');
  });

  it('names no signer from "Ont signé au registre les membres présents.": the president signs the extract', () => {
    expect(doc.signatures.map((s) => s.surname)).toEqual(['DUCRET']);
  });
});

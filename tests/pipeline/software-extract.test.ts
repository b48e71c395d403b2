/**
 * An extract of one deliberation exported by deliberation software: its header a form printed a
 * cell a line ("Délibération n°" / "CP-2023-0418", "Objet" / its subject), its proxies a table of
 * two columns read a cell a line ("Mandant" / "Mandataire"), a running footer on every page, and
 * the tables annexed to it after its signature. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const FOOTER = 'CP-2023-0418 - Commission permanente du 02/10/2023';
const page = (n: number, body: string) => `${body}\n\n${FOOTER}\nPage ${n} / 4`;

// Long enough for the signature to stand far from the end of the text.
const annexRows = Array.from({ length: 18 }, (_, i) => `FDT-2023-${String(41 + i * 3).padStart(3, '0')}\n${['Montbrison-le-Vieux', 'Saint-Aubin-des-Prés', 'Lachaux-sur-Dore', 'Vernières', 'Fontclaire', 'Les Essarts-Blancs'][i % 6]}\nCanton de la Dore\nRéfection de voirie communale\n${40 + i} 000,00\n${12 + i} 000,00`).join('\n');

const EXTRACT = [
  page(1, `DEPARTEMENT DU LIVRADOIS
EXTRAIT DU REGISTRE DES DELIBERATIONS
DE LA COMMISSION PERMANENTE
Réunion du 2 octobre 2023
Délibération n°
CP-2023-0418
Rapport n°
12
Objet
Fonds départemental de travaux - 2ème répartition 2023 - attribution de
subventions
Membres en exercice
Présents
Pouvoirs
Votants
30
24
3
27
La Commission permanente du Conseil départemental, régulièrement convoquée le 22 septembre 2023,
s'est réunie le lundi 2 octobre 2023 à 10 h 00, à l'Hôtel du Département, sous la présidence de
Mme Odile FERRANDON, Présidente du Conseil départemental.
Etaient présents :
Mme Odile FERRANDON, M. Lucien BRASSAC, Mme Agathe CHOMETTE, M. Rémi DUVERGT, Mme Léa ESTIVAL,
M. Hugo FAUCHER, Mme Inès GIRONDE, M. Paul HERMET, Mme Julie ISSARTEL, M. Marc JOUVHOMME
Pouvoirs :
Mandant
Mandataire
Mme Claire AUBIGNAT
M. Lucien BRASSAC
M. Denis BORIE
Mme Agathe CHOMETTE
Mme Rose CELLIER
M. Paul HERMET
Absent :
M. Yves DAUPHIN
Ne prennent pas part au vote :
M. Hugo FAUCHER, Mme Julie ISSARTEL`),
  page(2, `RAPPORT DE LA PRESIDENTE
Le fonds départemental de travaux soutient la voirie des communes de moins de 2 000 habitants.
Je vous propose d'attribuer dix-huit subventions selon le tableau annexé.
Vu le code général des collectivités territoriales,
Vu le règlement du fonds départemental de travaux,
DECIDE :
Article 1 : d'attribuer dix-huit subventions pour un montant total de 87 000 € ;
Article 2 : d'autoriser la Présidente à signer les arrêtés correspondants.
Résultat du vote
Pour
Contre
Abstention
25
0
0
ADOPTE
La Présidente du Conseil départemental,
Signé électroniquement par : Odile FERRANDON
Date de signature : 05/10/2023
Qualité : Présidente du Conseil départemental
Acte certifié exécutoire
Transmis au représentant de l'Etat le : 05/10/2023`),
  page(3, `N° dossier
Bénéficiaire
Canton
Objet de l'opération
Coût HT (€)
Subvention (€)
${annexRows}`),
  page(4, `Annexe 2 - Opérations reportées
Aucune opération n'est reportée.`),
].join('\f');

describe('an extract exported by deliberation software, a cell a line', () => {
  const doc = analyzeText(EXTRACT);

  it('is one deliberation, numbered and titled by its header, not the rows of its annexed table', () => {
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['CP-2023-0418', 'Fonds départemental de travaux - 2ème répartition 2023 - attribution de subventions']]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['attribue', 'autorise']);
  });

  it('pairs each proxy giver with the holder on the line under it', () => {
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['AUBIGNAT', 'BRASSAC'],
      ['BORIE', 'CHOMETTE'],
      ['CELLIER', 'HERMET'],
    ]);
  });

  it('keeps the members who took no part in the vote present, not absent', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toContain('FAUCHER');
    expect(doc.attendance.present.map((p) => p.surname)).toContain('ISSARTEL');
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['DAUPHIN']);
  });

  it('drops the running footer from the first page too', () => {
    expect(doc.text.includes(FOOTER)).toBe(false);
  });

  it('finds the signature that closes the act, the annexes after it', () => {
    expect(doc.signatures.map((p) => p.surname)).toEqual(['FERRANDON']);
  });
});

/** The sitting's date among the other dates of a document's head. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe("a stamp's date over the sitting's", () => {
  it('passes over the date a line or two under "REÇU A LA SOUS-PREFECTURE", its figures spaced by OCR', () => {
    const doc = analyzeText(`COMMUNAUTE DE COMMUNES DU PAYS DE MARCY

                                        REÇU A LA SOUS-PREFECTURE
                                        DE MONTBARD
                                        le 2 1 MAI 1996

EXTRAIT DU REGISTRE DES DELIBERATIONS DU BUREAU

Séance du 14 mai 1996

L'an mil neuf cent quatre-vingt-seize, le quatorze mai à dix-huit heures trente, le Bureau de la Communauté, dûment convoqué le 6 mai 1996, s'est réuni sous la présidence de Monsieur Roger LAVIRON, Président.
Etaient présents : MM. LAVIRON, BERTIN, Mme CHEVALIER.
`);
    expect(doc.meeting.date).toBe('1996-05-14');
  });
});

describe("a register page opening on the tail of the sitting before", () => {
  it('takes "SEANCE DU 6 OCTOBRE 1989" over the receipt date the page\'s tail left alone on its line ("le 4 AOUT 1989 .")', () => {
    const doc = analyzeText(
      "au compte 657 du budget de l'exercice en cours.\nAinsi fait et délibéré en séance les jour, mois et an susdits.\nAu registre suivent les signatures.\nle 4 AOUT 1989 .\nCOMMUNE DE TROIS-RAVINES\nREGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n\nSEANCE DU 6 OCTOBRE 1989\nL'an mil neuf cent quatre-vingt-neuf, le six octobre à dix-huit heures trente, le Conseil Municipal s'est réuni.\nEtaient présents : M. Eugène PLACIDE, Maire ; Mme Marcelle ZENON.\n",
    );
    expect(doc.meeting.date).toBe('1989-10-06');
  });
  it('still reads a date cued only by the "le" opening its line when no other cue follows', () => {
    const doc = analyzeText("CONSEIL MUNICIPAL DE VILLERS\nLe Conseil Municipal, dûment convoqué, s'est assemblé\nle 12 mars 2020 à vingt heures.\nEtaient présents : M. Jean DUPONT, Mme Anne MARTIN.\n");
    expect(doc.meeting.date).toBe('2020-03-12');
  });
});

describe('the sitting\'s date on a line the first lines\' reach cuts', () => {
  it('reads the year in words whole ("… août mil" / "neuf cent quatre-vingt"), not the thousand alone', () => {
    // A web page's introduction long enough that the date's line straddles the first 700 characters read.
    const intro = 'Il y a quarante ans, le cyclone frappait la commune. Une semaine plus tard, le conseil municipal se réunissait pour dresser un premier bilan. ';
    const head = `${intro.repeat(3)}\nTranscription intégrale\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n`;
    const line = 'Séance extraordinaire du lundi onze août mil neuf cent quatre-vingt';
    // A filler line that puts "mil" astride offset 700.
    const filler = `Photographie : ${'x'.repeat(700 - head.length - 'Photographie : '.length - 1 - line.indexOf(' mil') - 3)}\n`;
    const doc = analyzeText(`${head}${filler}${line}
L'an mil neuf cent quatre-vingt, le onze août, à dix-sept heures, le Conseil Municipal s'est réuni à la Mairie sous la présidence de M. Raymond SOLEIL, Maire.
Étaient présents : MM. SOLEIL, DORIVAL, BELLANCE.
`);
    const year = doc.text.indexOf(' mil neuf cent quatre-vingt\n');
    expect(year).toBeLessThan(700);
    expect(year + ' mil neuf cent quatre-vingt'.length).toBeGreaterThan(700);
    expect(doc.meeting.date).toBe('1980-08-11');
  });
});

describe("a web page's introduction telling of another act's adoption", () => {
  it('"La délibération du conseil municipal de X, adoptée le 5 juillet 1986, …" is no sitting: the record\'s own date is read', () => {
    const d = analyzeText(`Comité de jumelage de Saint-Aurin
Accueil » Histoire du jumelage » La délibération fondatrice de 1986
La délibération fondatrice de 1986
Publié le 14 mars 2016 par Secrétariat du comité
À l'occasion du trentième anniversaire de notre jumelage, nous publions le texte de la délibération par laquelle le conseil municipal de notre ville jumelle a approuvé, au mois de juin 1986, le principe du jumelage.
(La délibération du conseil municipal de Saint-Aurin, adoptée le 5 juillet 1986, fera l'objet d'un prochain article.)
COMMUNE DU MORNE-VERT
Séance du 21 juin 1986
L'an mil neuf cent quatre-vingt-six, le vingt et un juin, à dix-sept heures, le Conseil Municipal, légalement convoqué le 13 juin 1986, s'est réuni à l'Hôtel de Ville sous la présidence de Monsieur Edmond LAGUERRE, Maire.
Présents : M. Edmond LAGUERRE, Mme Rose MARIE, M. Paul ADELE.
Le Conseil Municipal approuve le principe du jumelage avec la commune de Saint-Aurin.
Adopté à l'unanimité.
`);
    expect(d.meeting.date).toBe('1986-06-21');
  });
});

describe('a web page reproducing an old deliberation, its own notices giving hours of other days', () => {
  const text = `Commune de Framont - Site officiel
Accueil > Vie municipale > Forêt communale > Affouage
Pour tout renseignement sur l'affouage de l'hiver en cours : M. Thomas GILLOT, adjoint chargé de la forêt, permanence le samedi de 10 h à 12 h.
Tirage au sort des lots : samedi 18 novembre 2023 à 10 h, salle du conseil

Délibération du 27 novembre 1981 fixant le règlement d'affouage

L'an mil neuf cent quatre-vingt-un, le vingt-sept novembre, à vingt heures trente, le Conseil Municipal de la commune de Framont, légalement convoqué, s'est réuni en séance publique à la Mairie, sous la présidence de M. René COLIN, Maire.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, adopte le règlement d'affouage.
`;

  it('reads the sitting\'s time from its sentence, not an office\'s hours nor another year\'s event', () => {
    const { meeting } = analyzeText(text);
    expect(meeting.date).toBe('1981-11-27');
    expect(meeting.time).toBe('20:30');
  });
});

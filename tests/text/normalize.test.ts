import { describe, expect, it } from 'vitest';
import { joinPages, normalizePages, pageAt } from '../../src/text/normalize.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('normalize', () => {
  it('joins words hyphenated at a line end, compound names keeping their hyphen', () => {
    const [p] = normalizePages(['la délibé-\nration suivante\nJean-\nPierre DUPONT']);
    expect(p).toBe('la délibération\nsuivante\nJean-Pierre\nDUPONT');
  });

  it('replaces ligatures, curly quotes, odd spaces and soft hyphens; keeps accents', () => {
    const [p] = normalizePages(['l\u2019e\uFB03cacité\u00A0«\u202Fsûre\u202F» \u201Cok\u201D co\u00ADopération\r\nfin\u2026']);
    expect(p).toBe("l'efficacité « sûre » \"ok\" coopération\nfin...");
  });

  it('collapses runs of spaces and blank lines, trims lines', () => {
    const [p] = normalizePages(['  Présents :   M.  J.   ALBERT  \n\n\n\nAbsents : néant   ']);
    expect(p).toBe('Présents : M. J. ALBERT\n\nAbsents : néant');
  });

  it('drops page numbers and "Page n / m" footers, and headers repeated on most pages', () => {
    const header = 'Commune de Pierrefonds - Conseil Municipal du 13 juin 2024';
    const body = ['Ouverture de la séance.', 'Budget primitif adopté.', 'Tarifs de la cantine.', 'Questions diverses.'];
    const pages = body.map((b, i) => `${header}\n${b}\n- ${i + 1} -\nCompte rendu – Page ${i + 1} / 4`);
    const out = normalizePages(pages);
    expect(out).toEqual([`${header}\n${body[0]}`, ...body.slice(1)]);
  });

  it('joins pages with form feeds and says where each starts', () => {
    const { text, pageStarts } = joinPages(['un', 'deux', 'trois']);
    expect(text).toBe('un\fdeux\ftrois');
    expect(pageStarts).toEqual([0, 3, 8]);
    expect([0, 3, 7, 8, 12].map((o) => pageAt(pageStarts, o))).toEqual([1, 2, 2, 3, 3]);
  });
});

describe('a name in capitals split at its hyphen over a line end', () => {
  it('is joined, its hyphen kept', () => {
    const [page] = normalizePages(['M. R. LABORDE, M. H. LACOMBE-\nDARNIS, Mme M-T. LAFAGE']);
    expect(page).toBe('M. R. LABORDE, M. H. LACOMBE-DARNIS,\nMme M-T. LAFAGE');
  });

  it('leaves no blank line where the word moved up was all its line held', () => {
    expect(normalizePages(['M. WALLART Didier R M. CARLIER Jean-\nLuc\nM. HENNEBELLE Paul P'])[0]).toBe('M. WALLART Didier R M. CARLIER Jean-Luc\nM. HENNEBELLE Paul P');
    expect(normalizePages(['la délibé-\nration\nsuivante'])[0]).toBe('la délibération\nsuivante');
  });

  it('joins the word the next line opens on past its indent ("Jean-" / "      Claude")', () => {
    expect(normalizePages(['(pouvoir à M. Jean-\n      Claude BRUGEROLLE), M. Alain VIDALENC.'])[0]).toBe('(pouvoir à M. Jean-Claude\nBRUGEROLLE), M. Alain VIDALENC.');
  });

  it('keeps the hyphen of a place\'s name cut before "sur-Loire"', () => {
    expect(normalizePages(['M. Pierre MASSEROT (La Charité-\nsur-Loire), M. Guy THÉVENOT'])[0]).toBe('M. Pierre MASSEROT (La Charité-sur-Loire),\nM. Guy THÉVENOT');
  });

  it('leaves a word cut in lower case joined without its hyphen', () => {
    expect(normalizePages(['la délibé-\nration suivante'])[0]).toBe('la délibération\nsuivante');
  });
});

describe('numbers alone on their lines', () => {
  it('are dropped as page numbers one at a time, kept as a column of a table', () => {
    const [page] = normalizePages(['Votants\n45\n36\n42\nLe texte continue.\n3\nEt se termine.']);
    expect(page).toBe('Votants\n45\n36\n42\nLe texte continue.\nEt se termine.');
  });
  it('are kept under a count\'s label a cell a line: "Nombre de membres en exercice", "Excusés", "Absents"', () => {
    const [page] = normalizePages(['Secrétaire de séance\nM. BRIAND Roger\nNombre de membres en exercice\n29\nPrésents\n25\nExcusés\n3\nAbsents\n1\nSource\nRegistre des délibérations']);
    expect(page).toBe('Secrétaire de séance\nM. BRIAND Roger\nNombre de membres en exercice\n29\nPrésents\n25\nExcusés\n3\nAbsents\n1\nSource\nRegistre des délibérations');
  });
});

describe('a number in words cut at its hyphen over a line end', () => {
  it('keeps its hyphen ("dix-\\nhuit heures")', () => {
    expect(normalizePages(['le douze mars à dix-\nhuit heures'])[0]).toBe('le douze mars à dix-huit\nheures');
  });
});

describe('page furniture in a text without page breaks', () => {
  it('drops a running footer ending on its page fraction and the letterhead footer with a phone number', () => {
    const [page] = normalizePages([
      "Pour\n15\nContre\nMairie d'Esquerval – 1 rue de la Mairie – 76460 ESQUERVAL – Tél. 02 35 97 41 08\nCommune d'Esquerval – PV du conseil municipal du 18 novembre 2024 – 3/4\n2 (M. LEBRUN)",
    ]);
    expect(page).toBe('Pour\n15\nContre\n2 (M. LEBRUN)');
  });
});

describe('a running footer in a text without page breaks', () => {
  it('is dropped where it comes back with its page number, digits aside', () => {
    const footer = (n: number) => `Commune d'Oberwillersheim – CM du 18/03/2024 – Extrait DCM 2024/014                  ${n}/2`;
    const [page] = normalizePages([`Le Maire expose le projet.\n${footer(1)}\nLe Conseil Municipal DÉCIDE.\n${footer(2)}`]);
    expect(page).toBe('Le Maire expose le projet.\nLe Conseil Municipal DÉCIDE.');
  });
  it('is kept when it stands once: a line ending on a fraction is not furniture by itself', () => {
    const [page] = normalizePages(["Le Maire expose le projet de la parcelle cadastrée 12/14\nLe Conseil Municipal DÉCIDE."]);
    expect(page).toContain('cadastrée 12/14');
  });
});

describe('a running footer closed by a bare page number', () => {
  const footer = (n: number) => `Conseil régional de Bretagne - Session du 24 juin 2004              ${n}`;
  it('is dropped where it closes each page with that page\'s number', () => {
    const pages = normalizePages([`Le Président expose le projet.\n${footer(1)}`, `Le Conseil régional APPROUVE l'avenant.\n${footer(2)}`]);
    expect(pages).toEqual(['Le Président expose le projet.', "Le Conseil régional APPROUVE l'avenant."]);
  });
  it('is kept where the numbers count no pages: the counts closing two pages alike', () => {
    const pages = normalizePages(['Le Maire expose le projet.\nPrésents : 44 – Représentés : 8 – Votants 52', 'Le Conseil DÉCIDE.\nPrésents : 45 – Représentés : 8 – Votants 53']);
    expect(pages[0]).toContain('Votants 52');
    expect(pages[1]).toContain('Votants 53');
  });
});

describe("OCR's look-alikes in a text layer", () => {
  it('reads a zero or an "l" between capitals as the letter, an "l" or an "O" between digits as the digit', () => {
    const [page] = normalizePages(['Secrétaire de séance : Mme R0BICHON Isabelle, Madame Hélène MARQUlS, M. Yves LEC0Q.\nDélibération n° 2019-0l4 du 2O14']);
    expect(page).toBe('Secrétaire de séance : Mme ROBICHON Isabelle, Madame Hélène MARQUIS, M. Yves LECOQ.\nDélibération n° 2019-014 du 2014');
  });
  it('keeps what writers put there: "CO2", "H2O", "A0", "Excel", "B10"', () => {
    const text = 'Émissions de CO2, H2O, format A0, fichier Excel, lot B10.';
    expect(normalizePages([text])[0]).toBe(text);
  });
});

describe('a name in capitals cut at a line end', () => {
  it('keeps its hyphen, a compound, unless the document writes it whole elsewhere', () => {
    const [compound] = normalizePages(['M. Henri LACOMBE-\nDARNIS est présent.']);
    expect(compound).toBe('M. Henri LACOMBE-DARNIS\nest présent.');
    const pages = normalizePages(['M. Jérôme DELPEY-\nROUX est présent.', 'M. DELPEYROUX présente le rapport.']);
    expect(pages[0]).toBe('M. Jérôme DELPEYROUX\nest présent.');
  });

  it('joins it where the cut leaves a part of three letters or fewer, or parts a doubled consonant, as a typist breaks a word', () => {
    const [list] = normalizePages(['Etaient présents : MM. ARNOULT, BAILLY, GRIL-\nLOT, GUYENOT, MARIL-\nLIER, MONNOT, RA-\nPENNE, ROUSSELOT.']);
    expect(list).toBe('Etaient présents : MM. ARNOULT, BAILLY, GRILLOT,\nGUYENOT, MARILLIER,\nMONNOT, RAPENNE,\nROUSSELOT.');
  });

  it('keeps the hyphen of a place\'s particle or a cardinal point, whatever the parts\' length', () => {
    const [page] = normalizePages(['délégué de BRUYÈRES-\nSUR-VAUMOIS, la société PLASTI-\nSUD, M. PAOLI (SANT\'ANDRIA-\nDI-TASSU)']);
    expect(page).toBe("délégué de BRUYÈRES-SUR-VAUMOIS,\nla société PLASTI-SUD,\nM. PAOLI (SANT'ANDRIA-DI-TASSU)");
  });
});

describe('a page number written as a fraction', () => {
  it('"1/4" at the foot or head of a page is furniture; a fraction inside the page stays', () => {
    const pages = normalizePages(['Le conseil adopte le budget.\nLa part de la commune est de\n1/2\ndu coût.\n      1/4', '2/4\n3 – CENTRE AQUATIQUE']);
    expect(pages).toEqual(['Le conseil adopte le budget.\nLa part de la commune est de\n1/2\ndu coût.', '3 – CENTRE AQUATIQUE']);
  });

  it('"Page 1/4" alone on its line is furniture, short as it is: a list of names runs on across it', () => {
    const pages = normalizePages(['Présents : M. Kessler, Mme Bailly, M.\n\n                                Page 1/4', 'Abraham, Mme Fleury.']);
    expect(pages).toEqual(['Présents : M. Kessler, Mme Bailly, M.', 'Abraham, Mme Fleury.']);
  });
});

describe('a running head on every page but the first, which has the letterhead instead', () => {
  it('is dropped from those pages; a form\'s label opening each page\'s record is kept', () => {
    const pages = normalizePages([
      "COMMUNAUTÉ DE COMMUNES DU VAL D'ESTARIS\nPROCÈS-VERBAL\nSéance du Conseil communautaire du 30/03/2006\nLe Conseil s'est réuni.",
      "CC du Val d'Estaris\nProcès-verbal du 30/03/2006\nPoint 3 - Compte de gestion\nLe Conseil approuve le compte de gestion.",
      "CC du Val d'Estaris\nProcès-verbal du 30/03/2006\nPoint 6 - Taux\nLe Conseil fixe les taux.",
    ]);
    expect(pages[1]).toBe('Point 3 - Compte de gestion\nLe Conseil approuve le compte de gestion.');
    expect(pages[2]).toBe('Point 6 - Taux\nLe Conseil fixe les taux.');
    const forms = normalizePages([
      'EXTRAIT DU REGISTRE\nSéance du 12 mars 2021\nLe Conseil s\'est réuni.',
      'N° délibération\n2021-014\nObjet : Tarifs\nLe Conseil fixe les tarifs.',
      'N° délibération\n2021-015\nObjet : Subventions\nLe Conseil accorde les subventions.',
    ]);
    expect(forms[1]).toMatch(/^N° délibération\n2021-014/);
  });
});

describe('the letterhead printed again at the head of the second of two pages', () => {
  it('is dropped from that page and kept on the first; a short line both pages open on stays', () => {
    const pages = normalizePages([
      "SIAEP DE LA VALLÉE DU VERZAC\nSyndicat Intercommunal d'Alimentation en Eau Potable\n\nSéance du 14 juin 2023\nLe Comité syndical s'est réuni.",
      "SIAEP DE LA VALLÉE DU VERZAC\nSyndicat Intercommunal d'Alimentation en Eau Potable\n\nLe Comité syndical, après en avoir délibéré, fixe les tarifs.",
    ]);
    expect(pages[0]).toMatch(/^SIAEP DE LA VALLÉE DU VERZAC\nSyndicat/);
    expect(pages[1]).toBe('Le Comité syndical, après en avoir délibéré, fixe les tarifs.');
    const short = normalizePages(['DÉCIDE :\nde fixer les tarifs', 'DÉCIDE :\nde signer la convention']);
    expect(short[1]).toBe('DÉCIDE :\nde signer la convention');
    // Two points may end alike: a line both pages close on is content.
    const feet = normalizePages([
      "1. Tarifs\nLe conseil fixe les tarifs.\nAdopté à l'unanimité des membres présents.",
      "2. Subventions\nLe conseil accorde les subventions.\nAdopté à l'unanimité des membres présents.",
    ]);
    expect(feet[1]!.endsWith("Adopté à l'unanimité des membres présents.")).toBe(true);
  });
});

describe('a compound in capitals cut at one of its hyphens', () => {
  it('moves up whole, its later hyphens kept', () => {
    const [p] = normalizePages(['OISY : M. Joël SERGENT – PRONVILLE-\nLES-PRÉS : Mme Véronique DEBRIL']);
    expect(p).toBe('OISY : M. Joël SERGENT – PRONVILLE-LES-PRÉS\n: Mme Véronique DEBRIL');
  });
});

describe('line-end hyphens of names in title case, and the punctuation after a cut word', () => {
  it('joins "Marie-\\nPierre" keeping its hyphen, and moves a cut word up with its comma', () => {
    const [p] = normalizePages(['Hervé Le Gall, Marie-\nPierre Tanguy, les Hautes-\nPyrénées\ngroupement de com-\nmandes, autorise']);
    expect(p).toBe('Hervé Le Gall, Marie-Pierre\nTanguy, les Hautes-Pyrénées\ngroupement de commandes,\nautorise');
  });

  it('joins a place\'s name going on with its elided particle ("Saint-Jean-\\nd\'Arbéou"), its colon over the delegates with it', () => {
    const [p] = normalizePages(["Serres : MM. LABORDE, DUFFAU ; Saint-Jean-\nd'Arbéou : MM. PUJO ; Pont-\nl'Abbé et le compte admi-\nnistratif"]);
    expect(p).toBe("Serres : MM. LABORDE, DUFFAU ; Saint-Jean-d'Arbéou :\nMM. PUJO ; Pont-l'Abbé\net le compte administratif");
  });

  it("reads back the HTML entities a web page or an export left (\"l&apos;énergie\", \"&amp;\"), not an ampersand of the text", () => {
    expect(normalizePages(["Tarifs de l&apos;énergie &amp; de l&#39;eau ; M&M's et R&D"])[0]).toBe("Tarifs de l'énergie & de l'eau ; M&M's et R&D");
  });

  it('makes the bullets of Symbol fonts plain ones', () => {
    expect(normalizePages(['\uF0B7 approuve le projet,\n\uF0A7 autorise le Maire'])[0]).toBe('• approuve le projet,\n• autorise le Maire');
  });

  it("makes Unicode's other bullets plain ones, not a presence table's boxes and ticks", () => {
    expect(normalizePages(['▪ APPROUVE la décision modificative ;\n● DIT que le budget reste équilibré ;\n➢ AUTORISE le Maire\n☐ ✓ ■'])[0]).toBe('• APPROUVE la décision modificative ;\n• DIT que le budget reste équilibré ;\n• AUTORISE le Maire\n☐ ✓ ■');
  });

  it('reads the acts of a decision bulleted with "▪"', () => {
    const doc = analyzeText(`Séance du conseil municipal du 26 septembre 2024
2. Délibération n° 2024-33 : Adhésion au groupement de commandes
Le Conseil Municipal, après en avoir délibéré :
▪ DÉCIDE d'adhérer au groupement de commandes pour la fourniture d'électricité ;
▪ AUTORISE Madame la Maire à signer la convention constitutive.
Adopté à l'unanimité.
`);
    expect(doc.items[0]?.decision?.articles.map((a) => a.action)).toEqual(['décide', 'autorise']);
  });
});

describe('what awkward PDFs give text extraction', () => {
  it('prints once the characters of bold made by overprinting, on the lines that hold it', () => {
    const [p] = normalizePages(['PPrréésseennttss  ::  M. Thierry MASCAREL\n44..  DDéélliibbéérraattiioonn  nn°°  22001199--3333\nLe lot 1100 est vendu.']);
    expect(p).toBe('Présents : M. Thierry MASCAREL\n4. Délibération n° 2019-33\nLe lot 1100 est vendu.');
  });

  it('finds the bold on a page of dot leaders and rules, and takes doubled letters from the left as they come', () => {
    const [p] = normalizePages(['Sommaire ........ 3\n______\nPPrréésseennttss  ::  M. Thierry MASCAREL']);
    expect(p).toBe('Sommaire ........ 3\n______\nPrésents : M. Thierry MASCAREL');
    // "aaabbcc": "aa", then "ab" is no pair, then "bb", "cc": two pairs in a row, no bold.
    const [q] = normalizePages(['Le lot aaabbcc  ::  vendu']);
    expect(q).toBe('Le lot aaabbcc :: vendu');
  });

  it('joins the letters of a label spaced letter by letter before its colon, its words kept apart; not a title', () => {
    const [p] = normalizePages(['C O M P T E   R E N D U\nD É L É G U É S   P R É S E N T S   :\nS E C R É T A I R E   D E   S É A N C E   : Mme Claire VIDALENC']);
    expect(p).toBe('C O M P T E R E N D U\nDÉLÉGUÉS PRÉSENTS :\nSECRÉTAIRE DE SÉANCE : Mme Claire VIDALENC');
  });
});

describe('the deliberation\'s number over every page but the first', () => {
  it('is a running header in three pages, dropped from the pages it heads; the same line inside a page stays', () => {
    const pages = normalizePages([
      'VILLE DE SAINT-ORBAN\nSéance du 19 avril 2024\nPrésents : AGOSTINI Pascale - AILLAUD Martine -',
      "24/0187/DEVD\nMOULIN Géraldine - N'DIAYE Valérie\n\n24/0187/DEVD\nRenaturation des cours d'écoles",
      '24/0187/DEVD\nLe Conseil Municipal approuve le programme.',
    ]);
    expect(pages[1]).toBe("MOULIN Géraldine - N'DIAYE Valérie\n\n24/0187/DEVD\nRenaturation des cours d'écoles");
    expect(pages[2]).toBe('Le Conseil Municipal approuve le programme.');
  });
});

describe("a record's form printed at the same place on each page", () => {
  it('keeps "Délibération n°" opening each page and the vote\'s labels closing it; drops the running header', () => {
    const page = (n: number, number: string, counts: string) =>
      `COMMUNE DE COURVILLIERS (Val-d'Oise) PROCES-VERBAL DU CONSEIL MUNICIPAL\nDélibération n°\nRapporteur\n${number}\nM. BOUVIER\nOBJET : POINT ${n}\nLe Conseil Municipal APPROUVE le point ${n}.\nVotants Pour Contre Abstentions Résultat\n${counts}`;
    const pages = normalizePages([page(1, '98-011', '21 21 0 0 ADOPTE'), page(2, '98-012', '19 16 3 0 ADOPTEE'), page(3, '98-013', '21 18 0 3 ADOPTEE'), page(4, '98-014', '20 20 0 0 ADOPTEE')]);
    for (const p of pages.slice(1)) {
      expect(p).not.toContain('COURVILLIERS');
      expect(p.startsWith('Délibération n°\n')).toBe(true);
      expect(p).toContain('Votants Pour Contre Abstentions Résultat\n');
    }
  });
});

describe('a running header closed by its page\'s number', () => {
  it('"Délibération n° 2009/011 - page 2" is furniture; "voir page 2" in a sentence is not', () => {
    const pages = normalizePages(['Le Conseil adopte le plan.', 'Délibération n° 2009/011 - page 2\n\nVu le code de l\'urbanisme, voir page 2'], );
    expect(pages[1]).toBe("Vu le code de l'urbanisme, voir page 2");
  });
});

describe('points opening pages, alike but for their figures', () => {
  it('keeps "Point 4 – DCM n° 2024-12-01" opening a page (two figures change from one to the next); drops a header whose page alone changes', () => {
    const pages = normalizePages([
      'CM du 16/12/2024 – page 1\nPROCÈS-VERBAL\nPoint 3 – Communication des décisions',
      'CM du 16/12/2024 – page 2\nPoint 4 – DCM n° 2024-12-01\nFinances – Décision modificative n° 3',
      'CM du 16/12/2024 – page 3\nPoint 6 – DCM n° 2024-12-03\nFinances – Tarifs communaux 2025',
      'CM du 16/12/2024 – page 4\nPoint 8 – DCM n° 2024-12-05\nVie associative – Subvention',
    ]);
    expect(pages[1]).toBe('Point 4 – DCM n° 2024-12-01\nFinances – Décision modificative n° 3');
    expect(pages[3]).toBe('Point 8 – DCM n° 2024-12-05\nVie associative – Subvention');
  });
});

describe("a software's forms opening pages, each its act's number alone on a line", () => {
  it('keeps "N° 2011-09-106" (a year in it) opening a page under the running header', () => {
    const pages = normalizePages([
      'Ville de Saint-Mévran\nRELEVÉ DES DÉCISIONS\nSecrétaire de séance : Mme Nathalie BODIN',
      'Relevé des décisions - Conseil municipal du 26/09/2011\nN° 2011-09-101\nObjet\nADMINISTRATION GÉNÉRALE - Approbation du procès-verbal',
      'Relevé des décisions - Conseil municipal du 26/09/2011\nN° 2011-09-106\nObjet\nFINANCES - Garantie d\'emprunt',
      'Relevé des décisions - Conseil municipal du 26/09/2011\nN° 2011-09-111\nObjet\nURBANISME - ZAC du Clos-Bérard',
    ]);
    expect(pages.slice(1).map((p) => p.split('\n')[0])).toEqual(['N° 2011-09-101', 'N° 2011-09-106', 'N° 2011-09-111']);
  });

  it('keeps "N° 84-I-14" (a year\'s two figures, the session\'s and a rank) opening each page, its rank one more a page', () => {
    const pages = normalizePages([
      'DÉPARTEMENT DE L\'ARLANE\nCONSEIL GÉNÉRAL\nSéance du mardi 27 mars 1984',
      'CONSEIL GÉNÉRAL DE L\'ARLANE — Séance du 27 mars 1984\nN° 84-I-14\nBUDGET PRIMITIF DE 1984',
      'CONSEIL GÉNÉRAL DE L\'ARLANE — Séance du 27 mars 1984\nN° 84-I-15\nFIXATION DES TAUX',
      'CONSEIL GÉNÉRAL DE L\'ARLANE — Séance du 27 mars 1984\nN° 84-I-16\nTRANSPORTS SCOLAIRES',
    ]);
    expect(pages.slice(1).map((p) => p.split('\n')[0])).toEqual(['N° 84-I-14', 'N° 84-I-15', 'N° 84-I-16']);
  });
});

describe('deliberations opening pages, numbered in one figure', () => {
  it('keeps "DÉLIBÉRATION N° 2015-067" opening a page though only its number changes; drops a register\'s "Feuillet n° 24"', () => {
    const pages = normalizePages([
      'Feuillet n° 23\nPROCÈS-VERBAL\nLe Conseil prend acte.',
      'Feuillet n° 24\nDÉLIBÉRATION N° 2015-067\nBUDGET PRINCIPAL',
      'Feuillet n° 25\nDÉLIBÉRATION N° 2015-069\nGARANTIE D\'EMPRUNT',
      'Feuillet n° 26\nDÉLIBÉRATION N° 2015-071\nAGENDA D\'ACCESSIBILITÉ',
    ]);
    expect(pages[1]).toBe('DÉLIBÉRATION N° 2015-067\nBUDGET PRINCIPAL');
    expect(pages[3]).toBe("DÉLIBÉRATION N° 2015-071\nAGENDA D'ACCESSIBILITÉ");
  });
});

describe("the act over a decision's articles, its letters parted by OCR", () => {
  it('writes "DEC IDE :" and "A R R E T E" whole on their line, and leaves a sentence alone', () => {
    const [page] = normalizePages(['Après en avoir délibéré,\nDEC IDE :\nArticle 1 : approuve.\nA R R E T E\nArticle 2 : dit.\nLe DEC IDE ne dit rien.']);
    expect(page).toBe('Après en avoir délibéré,\nDECIDE :\nArticle 1 : approuve.\nARRETE\nArticle 2 : dit.\nLe DEC IDE ne dit rien.');
  });
});

describe('a compound name in capitals, a space after its hyphen', () => {
  it('joins "LEFEBVRE- HAZE" and leaves "1- Finances" and "Paris- la-Défense"', () => {
    const [page] = normalizePages(['Mme Sylvie DEBUCQUOIS à M. Rémi LEFEBVRE- HAZE, M. Paul SAINT- MAXENT.\n1- Finances\nParis- la-Défense']);
    expect(page).toBe('Mme Sylvie DEBUCQUOIS à M. Rémi LEFEBVRE-HAZE, M. Paul SAINT-MAXENT.\n1- Finances\nParis- la-Défense');
  });
});

describe("OCR's bar opening a line", () => {
  it('drops a bar that opens a line holding no other: a margin rule or the binding read as a speck', () => {
    const [page] = normalizePages(['Adopté à l\'unanimité.\n\n| 10. N° 2006/19 - Subvention au Conseil de Fabrique\n  | Le Maire donne lecture du courrier.']);
    expect(page).toBe("Adopté à l'unanimité.\n\n10. N° 2006/19 - Subvention au Conseil de Fabrique\nLe Maire donne lecture du courrier.");
  });

  it("keeps a table's row, whose bars part its cells", () => {
    const [page] = normalizePages(['| Nom | Voix |\n| DUPONT | 12 |']);
    expect(page).toBe('| Nom | Voix |\n| DUPONT | 12 |');
  });
});

describe("a margin's rule read as a letter where the margin's cell is empty", () => {
  it('drops an "l" or a "!" alone before a civility on an OCR\'d page; reads "l abstention" as a count', () => {
    const [page] = normalizePages(["s'est réuni dans la salle des délibérations, sous la presidence\nl de Monsieur ROSSI Jean, Maire, cornpté présent.\nEtaient présents : MM. ROSSI Jean, MARTINI Paul,\nl Mme LUCCHINI Anne, M. SANTONI Luc.\n! M. MARTINI propose le vote.\nAdopté par 9 voix pour et\nl abstention (M. SANTONI)."]);
    expect(page).toBe("s'est réuni dans la salle des délibérations, sous la presidence\nde Monsieur ROSSI Jean, Maire, cornpté présent.\nEtaient présents : MM. ROSSI Jean, MARTINI Paul,\nMme LUCCHINI Anne, M. SANTONI Luc.\nM. MARTINI propose le vote.\nAdopté par 9 voix pour et\n1 abstention (M. SANTONI).");
  });
});

describe('a speck read as a quote at the end of a line', () => {
  it('"à dix huit  ‘" / "heures trente": the quote after a space closing the line goes; an elision\'s stays', () => {
    const [page] = normalizePages(["le vingt trois juin, à dix huit  ‘\nheures trente, le Conseil de l'\nAgglomération"]);
    expect(page).toBe("le vingt trois juin, à dix huit\nheures trente, le Conseil de l'\nAgglomération");
    // Or opening the next line before its word: "à vingt" / "' heures trente".
    expect(normalizePages(["le vingt-sept juin à vingt\n' heures trente, le Conseil"])[0]).toBe('le vingt-sept juin à vingt\nheures trente, le Conseil');
  });
});

describe('a speck read as a full stop inside a phrase', () => {
  it('"le quatorze . mars", "Procurations : . 2" lose it; a sentence\'s full stop before a capital stays', () => {
    expect(normalizePages(['le quatorze . mars à vingt heures\nProcurations : . 2\nLa séance est ouverte . Le Maire']).map((p) => p)).toEqual([
      'le quatorze mars à vingt heures\nProcurations : 2\nLa séance est ouverte . Le Maire',
    ]);
  });
});

describe('a vote closing most pages', () => {
  it('stays: points may well all end "Adopté à l\'unanimité.", a running footer is dropped', () => {
    const page = (n: number) => `${n}. Point ${n}\nLe Conseil approuve le point ${n}.\nAdopté à l'unanimité.\nCommune de Valbonne - Séance du 3 mars 2006`;
    const text = joinPages(normalizePages([page(1), page(2), page(3), page(4)])).text;
    expect(text.match(/Adopté à l'unanimité\./g)?.length).toBe(4);
    expect(text).not.toContain('Commune de Valbonne - Séance du 3 mars 2006');
  });
});

describe("OCR's ë after a consonant", () => {
  it('is an é ("Secrëtaire", "excusës"), not after a vowel ("Noël", "aiguë")', () => {
    const [p] = normalizePages(['Secrëtaire de séance ; absents excusës ; rue Noël, aiguë']);
    expect(p).toBe('Secrétaire de séance ; absents excusés ; rue Noël, aiguë');
    expect(normalizePages(['Dëlibération n° 2013-45'])[0]).toBe('Délibération n° 2013-45');
  });
  it('is an é opening a word before a consonant ("Le quorum ëtant atteint"), as no French word opens', () => {
    expect(normalizePages(['Le quorum ëtant atteint, M. DUPONT est ëlu secrétaire.'])[0]).toBe('Le quorum étant atteint, M. DUPONT est élu secrétaire.');
  });
});

describe('a signature closing each act of a register', () => {
  it('stays: the name under its office is no running footer', () => {
    const page = (n: number) => `Délibération n° 2012-3${n}\nLe Comité approuve le point ${n}.\nPour extrait conforme,\nLe Président,\nYves LE GALL\nRegistre des délibérations 2012`;
    const text = joinPages(normalizePages([page(1), page(2), page(3), page(4)])).text;
    expect(text.match(/Yves LE GALL/g)?.length).toBe(4);
  });
});

describe("OCR's specks glued to a word's end", () => {
  it('takes out a tilde or a closing guillemet glued to a word on a noisy page, and reads a tilde inside a word as its é', () => {
    const [page] = normalizePages(['Le Consei1 Municipal. ETAIENT PRESENTS» : M. X ; Commune~ de Trois-Pitons ; pr~sents']);
    expect(page).toBe('Le Conseil Municipal. ETAIENT PRESENTS : M. X ; Commune de Trois-Pitons ; présents');
  });

  it('leaves a clean page\'s quotation marks as they are', () => {
    const clean = 'Le projet « Cœur de ville » est adopté.';
    expect(normalizePages([clean])[0]).toBe(clean);
  });
});

describe("a civility's dot glued to the given name", () => {
  it('is parted from a family name in capitals ("M.GIRARDET"), not from initials ("M.JCB.")', () => {
    expect(normalizePages(['- Villard : MM. CHAMIOT, PACCARD, M.GIRARDET ; la M.JCB. et M.DUPONT.'])[0]).toBe('- Villard : MM. CHAMIOT, PACCARD, M. GIRARDET ; la M.JCB. et M. DUPONT.');
  });

  it('is parted from it ("M.Serge QUESNEL"); an initial\'s dot and "M.S.A." are left', () => {
    expect(normalizePages(['Etait absent : M.Serge QUESNEL ; MM.Paul et Jean ROUX ; J.M.Dupont ; la M.S.A.'])[0]).toBe('Etait absent : M. Serge QUESNEL ; MM. Paul et Jean ROUX ; J.M.Dupont ; la M.S.A.');
  });
});

describe('a middle dot opening a line', () => {
  it('is a bullet, which the lists read as any other; inside a word it is inclusive writing and stays', () => {
    const [p] = normalizePages(['Étaient présents :\n· M. Gérard VIALLEFONT, Président\n  · Mme Odette CHASSAGNOL\nLes élu·e·s présent·e·s']);
    expect(p).toBe('Étaient présents :\n• M. Gérard VIALLEFONT, Président\n• Mme Odette CHASSAGNOL\nLes élu·e·s présent·e·s');
  });
  it('lets a list of members one a line, each with what they represent, be read whole', () => {
    const doc = analyzeText(`Le Conseil d'Administration s'est réuni le 17 octobre 2002 sous la présidence de M. Gérard VIALLEFONT.

Étaient présents :
· M. Gérard VIALLEFONT, Président
· M. Jean-Louis BRUGIÈRE, Conseiller général du canton
· Mme Marie-Thérèse DAUPHANT, représentant le Conseil général
· Docteur Claire ESTIVAL, représentant la commission médicale

Absents excusés :
· M. Lucien ROUGIER, représentant la Caisse régionale d'assurance maladie, ayant donné pouvoir à M. BRUGIÈRE
· Mme Annie BOUCHERON, représentant le personnel

Le Conseil, après en avoir délibéré, approuve à l'unanimité.
`);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['VIALLEFONT', 'BRUGIÈRE', 'DAUPHANT', 'ESTIVAL']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['ROUGIER', 'BRUGIÈRE']]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['BOUCHERON']);
  });
});

describe("OCR's specks of a typewritten extract: a backtick closing a word, a bar for an l, a grave on été", () => {
  const PAGE = `L'an mil neuf cent soixante-dix-sept et le quatre du mois de mars à
dix-huit heures, le Conseil Municipal, regulierement convoqué, s'est réuni\` aunombre
prescrit par la loi, dans
|e lieu habituel de ses séances, sous Ia présidence de M. Jean-Baptiste ORSONI, Maire.

Présents : MM. ORSONI, Maire, CASANOVA, GIUDICELLI,\` LECCIA, MARIANI, PIETRI.
Absents : MM. ROSSI, VINCENTI.

M. LECCIA a èté\` élu secrétaire de séance.

\`\`\`text
cité tel quel
\`\`\`
`;
  const text = normalizePages([PAGE])[0]!;
  it('drops the backtick closing a word, keeps a fence of three', () => {
    expect(text).toContain("s'est réuni aunombre");
    expect(text).toContain('GIUDICELLI, LECCIA');
    // Every backtick left is a quote once glyphs are read: the fence keeps its three.
    expect(text).toContain("'''text\ncité tel quel\n'''");
  });
  it('reads the bar before "e" as the article, the grave of "èté" as an acute', () => {
    expect(text).toContain('dans\nle lieu habituel');
    expect(text).toContain('M. LECCIA a été élu secrétaire');
  });
  it('finds the quorum in "aunombre prescrit", the secretary, and the absents\' list closed before him', () => {
    const doc = analyzeText(PAGE);
    expect(doc.meeting.quorum).toBe(true);
    expect(doc.meeting.secretary?.surname).toBe('LECCIA');
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['ROSSI', 'VINCENTI']);
  });
});

describe("points opening pages, each with its act's number labelled on the line under its rank", () => {
  it('keeps "N° délibération : 2010-011" at the head of its page: a point\'s, no running head', () => {
    const page = (n: number) => `Point n° ${n}\nN° délibération : 2010-01${n}\nObjet : Objet du point ${n}\nLe Conseil Municipal approuve la proposition.\nAdopté à l'unanimité.\nCommune de WALDHOFEN - PV du 15/03/2010 - Page ${n} / 3`;
    const pages = normalizePages([page(1), page(2), page(3)]);
    expect(pages.map((p) => p.split('\n').slice(0, 2))).toEqual([1, 2, 3].map((n) => [`Point n° ${n}`, `N° délibération : 2010-01${n}`]));
  });
});

describe("OCR's specks at a scanned register's edges, and a surname's last letter cut off", () => {
  // "pr6sidence" marks the page as OCR'd: its specks are looked for there.
  const page = [
    'sous la pr6sidence de Monsieur Fernand DAUMA S, Président du Conseil Général.',
    'Etaient présents : MM. ALLIBERT, DAUMAS, DELAYE. Madame ALLIBERT est secrétairc de séance.',
    '',
    'DELIBERATION N° 01-DM1-04 |',
    'Objet : ROUTES DEPARTEMENTALES - PROGRAMME 2001',
    'i DELIBERATION N° 01-DM1-08',
    'Objet : MOTION RELATIVE AUX SERVICES PUBLICS',
    'Le Conseil Général, la majorité des votants, a voté pour M. PAUL J, M. ROUX J.',
  ].join('\n');
  const [out] = normalizePages([page]);

  it('drops a bar closing a line and a letter alone before capitals opening one', () => {
    expect(out).toContain('\nDELIBERATION N° 01-DM1-04\n');
    expect(out).toContain('\nDELIBERATION N° 01-DM1-08\n');
  });

  it('glues a capital alone back onto the surname the document writes whole, and reads "secrétairc"', () => {
    expect(out).toContain('Monsieur Fernand DAUMAS, Président');
    expect(out).toContain('secrétaire de séance');
    // "PAULJ" is written nowhere: "J" is an initial.
    expect(out).toContain('M. PAUL J, M. ROUX J.');
  });
});

describe('a speck opening a line of a page OCR misread', () => {
  it('"\' OBJET :", "\' Etaient présents", ". recueilli" lose it; a page with no misreading keeps its text as it is', () => {
    const noisy = "Le Consei1 Municipal s'est réuni.\n' Etaient présents : M. X.\n' OBJET : RESTAURATION COLLECTIVE\nnotre assemblée, après avoir\n. recueilli l'avis du Comité";
    expect(normalizePages([noisy])[0]).toBe("Le Conseil Municipal s'est réuni.\nEtaient présents : M. X.\nOBJET : RESTAURATION COLLECTIVE\nnotre assemblée, après avoir\nrecueilli l'avis du Comité");
    expect(normalizePages(["Le Conseil Municipal s'est réuni.\n' OBJET : RESTAURATION"])[0]).toBe("Le Conseil Municipal s'est réuni.\n' OBJET : RESTAURATION");
  });
});

describe("a speck before a point's rank at a line's start", () => {
  it('", 5 - DÉLIBÉRATION …" and "\' 1) Approbation …" lose it; "5 - …" after a comma closing the line above keeps its comma', () => {
    const noisy = "Le Consei1 Municipal s'est réuni.\n, 5 - DÉLIBÉRATION N° 2018-034 : MOTION\n' 1) Approbation du compte rendu";
    expect(normalizePages([noisy])[0]).toBe("Le Conseil Municipal s'est réuni.\n5 - DÉLIBÉRATION N° 2018-034 : MOTION\n1) Approbation du compte rendu");
    expect(normalizePages(['Le Consei1 a voté,\n5 - DÉLIBÉRATION'])[0]).toBe('Le Conseil a voté,\n5 - DÉLIBÉRATION');
    expect(normalizePages(['Le Consei1 a voté.\ni 2. Analyse des offres finales'])[0]).toBe('Le Conseil a voté.\n2. Analyse des offres finales');
  });

  it('". 12. URBANISME …" and "~ 3. COMPTE RENDU …" lose their full stop and their tilde', () => {
    expect(normalizePages(['Le Consei1 a voté.\n. 12. URBANISME - DENOMINATION D\'UNE VOIE\n~ 3. COMPTE RENDU DES DECISIONS'])[0]).toBe('Le Conseil a voté.\n12. URBANISME - DENOMINATION D\'UNE VOIE\n3. COMPTE RENDU DES DECISIONS');
  });
});

describe("a given name's first syllable cut at a line's end", () => {
  it('joins "Mme Lu-" / "cienne MONTOUT" and "M. Jo-" / "seph LABEAU"; keeps "Jean-" / "Pierre"', () => {
    expect(normalizePages(['Mme Lu-\ncienne MONTOUT, M. Jo-\nseph LABEAU, M. Jean-\nPierre DUPONT'])[0]).toBe('Mme Lucienne\nMONTOUT, M. Joseph\nLABEAU, M. Jean-Pierre\nDUPONT');
  });
});

describe('a speck read as a comma or a full stop closing a line after a word no phrase ends on', () => {
  it('goes: "à l\'Hôtel du ," / "Département"; a comma after a word that may end a phrase stays', () => {
    const [page] = normalizePages(["s'est réuni à l'Hôtel du ,\nDépartement, à Nevers, sous la présidence de M. X ,\nPrésident."]);
    expect(page).toBe("s'est réuni à l'Hôtel du\nDépartement, à Nevers, sous la présidence de M. X ,\nPrésident.");
  });

  it('leaves the number of "Délibération n° 2006-DM1-01 ." the act\'s', () => {
    const doc = analyzeText(`CONSEIL GENERAL DE LA NIEVRE
Réunion du 26 juin 2006

Délibération n° 2006-DM1-01 .
Rapport n° 1 - 1ère Commission (Finances)
Rapporteur : M. PERRIN
OBJET : DECISION MODIFICATIVE N° 1 - BUDGET PRINCIPAL DE L'EXERCICE 2006

Le Conseil Général adopte la décision modificative n° 1.
Adopté par 19 voix pour et 11 voix contre.

Délibération n° 2006-DM1-02
Rapport n° 4 - 2eme Commission (Aménagement du territoire)
Rapporteur : M. LAURENT
OBJET : FONDS DEPARTEMENTAL D'EQUIPEMENT DES COMMUNES

Le Conseil Général approuve la répartition.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['2006-DM1-01', '2006-DM1-02']);
  });
});

describe("an act OCR glued to the article after it, on a noisy page", () => {
  it('parts "approuvel\'avant-projet", "decidede contracter" and "décidela création"', () => {
    expect(normalizePages(["Le Consei1 approuvel'avant-projet et decidede contracter un emprunt.\nIl décidela création de deux emplois."])[0]).toBe("Le Conseil approuve l'avant-projet et decide de contracter un emprunt.\nIl décide la création de deux emplois.");
  });

  it('parts "adoptele budget" and "demandele classement"', () => {
    expect(normalizePages(['Le Consei1 adoptele budget primitif 1978.\nM. HUBERT demandele classement de la parcelle.'])[0]).toBe('Le Conseil adopte le budget primitif 1978.\nM. HUBERT demande le classement de la parcelle.');
  });
});

describe("a fax's transmission line atop each page", () => {
  it('goes as page furniture: no place read in it, no title run into it', () => {
    const fax = (page: string, time: string) => `27/04/93    ${time}      MAIRIE DE SANTA-LUCIA   95 39 12 47           P.${page}`;
    const doc = analyzeText(`${fax('01', '11:06')}

PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU SAMEDI 27 MARS 1993

L'an mil neuf cent quatre-vingt-treize, le vingt-sept mars à quinze heures, le Conseil Municipal,
régulièrement convoqué, s'est réuni dans le lieu habituel de ses séances, sous la présidence de M. Jean ORSINI, Maire.

1 - COMPTE ADMINISTRATIF 1992

Le Conseil Municipal adopte le compte administratif par 10 voix pour et 3 contre.
\f${fax('02', '11:07')}

2 - CHAPELLE SAINT-ROCH - REFECTION DE LA TOITURE

Le Conseil Municipal approuve le projet. Adopté à l'unanimité.
`);
    expect(doc.text).not.toContain('P.02');
    expect(doc.meeting.place).toBe('lieu habituel de ses séances');
    expect(doc.items.map((i) => i.title)).toEqual(['COMPTE ADMINISTRATIF 1992', 'CHAPELLE SAINT-ROCH - REFECTION DE LA TOITURE']);
  });
});

describe("a table's cell in capitals wrapped around its row", () => {
  it('keeps the cell\'s first part over the row, not joined to the row\'s first word', () => {
    const [page] = normalizePages(['AIGREMONT-SUR-\nCHAMPEAUX Bernard Titulaire Présent\nSORGEON\nPERCEY BIDAULT Michel Titulaire Présent']);
    expect(page).toContain('AIGREMONT-SUR-\nCHAMPEAUX Bernard Titulaire Présent\n');
  });

  it('still joins a name in capitals cut at its hyphen, nothing alone under the next line', () => {
    const [page] = normalizePages(['Présents : M. H. LACOMBE-\nDARNIS, Mme M-T. LAFAGE, M. R. LABORDE\nExcusés : néant']);
    expect(page).toContain('LACOMBE-DARNIS');
  });
});

describe('a speck alone in the gutter between a margin box and the body', () => {
  const page = `                  Séance du 5 mars 2010

Nombre de Membres      .   L'an deux mille dix et le cinq du mois de mars à dix-
afférents au Conseil       huit heures, le Conseil Municipal de la Commune de
Municipal : 11             SANTA-LUCIA, régulièrement convoqué, s'est réuni au
                           nombre prescrit par la loi, dans le lieu habituel de
en exercice : 11           ses séances, sous la présidence de Monsieur Ange
                           MATTEI, Maire.
qui ont pris part
à la délibération : 9      Etaient présents : MM. MATTEI Ange, ORSINI Paul,
                           Mme LUCCHINI Marie, M. SANTONI Jean.
`;

  it('is blanked: the box is read as the margin, the sentence whole and its hour with it', () => {
    const [text] = normalizePages([page]);
    expect(text).toContain("L'an deux mille dix et le cinq du mois de mars à dix-huit");
    expect(text).not.toMatch(/dixafférents/);
    expect(analyzeText(page).meeting.time).toBe('18:00');
  });
});

describe("a speck read as a semicolon inside a word on an OCR'd page", () => {
  it("is dropped between two letters ('M. Yve;s ASSING', 'M. Thierry P;AUSE'); a list's '; ' stays", () => {
    const doc = analyzeText("Etaient présents : M. Jean H0AREAU, Maire ; Mrne Lucie BOYER, M. Yve;s ASSING,\nM. Thierry P;AUSE, Conseillers Municipaux.\n");
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['HOAREAU', 'BOYER', 'ASSING', 'PAUSE']);
    expect(doc.text).toContain('Maire ; Mme Lucie BOYER');
  });
});

describe("an OCR'd compte rendu: a speck after the body's comma, a full stop after the point's bracketed number", () => {
  const doc = analyzeText(`Commune de Blevlle - Compte rendu de la séance du 6 juin 2019
Présents : Mme Anne MARCHAL, Maire, M. Paul GÉRARD, Mme Lucie HENRY.

1 - Opposition au transfert des competences eau potable et assainlssement à la Communauté
de Communes au 1er janvicr 2020 (déliberation n° 2019-021) .

Madame 1e Maire rappelle la loi du 3 août 2018.
Le Conseil Municipal, , à 1'unanimité, s'oppose au transfert et demande le report.

2 - Vente d'une parcelle communale (déliberation n° 2019-022)

Le Conseil Municipal, , à l'unanimité, accepte la vente et autorise Madame le Maire à signer l'acte.
`);
  it("reads the number in brackets before ' .' as the point's, and the acts after ', ,'", () => {
    expect(doc.items.map((i) => i.number)).toEqual(['2019-021', '2019-022']);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([["s'oppose", 'demande'], ['accepte', 'autorise']]);
  });
});

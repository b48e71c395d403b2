import { describe, expect, it } from 'vitest';
import { cleanOcrText, fixLookalikes } from '../../src/text/ocr-cleanup.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('cleanOcrText', () => {
  it("drops tesseract's paragraph guesses: one line per printed line", () => {
    expect(cleanOcrText('Après avoir\n\nconstaté le quorum légal, la Commission')).toBe('Après avoir\nconstaté le quorum légal, la Commission');
    expect(cleanOcrText('Monsieur Michel LEBLANC, Madame\n \n\nFrançoise SMESSAERT')).toBe('Monsieur Michel LEBLANC, Madame\nFrançoise SMESSAERT');
  });

  it('puts back list bullets that OCR read as other glyphs, before a capital only', () => {
    expect(cleanOcrText('+ Approuve la convention ;\n» Autorise Monsieur le Président\ne Décide\n< Charge')).toBe('• Approuve la convention ;\n• Autorise Monsieur le Président\n• Décide\n• Charge');
    expect(cleanOcrText('e mail envoyé\n+ 3 voix')).toBe('e mail envoyé\n+ 3 voix');
  });

  it('reads O/o as 0 and l/I as 1 inside numbers, not in words', () => {
    expect(cleanOcrText('le 2l juillet 2O14, à l9h3O')).toBe('le 21 juillet 2014, à l9h3O');
    expect(cleanOcrText('délibération n° 2O14-l2')).toBe('délibération n° 2014-12');
    expect(cleanOcrText('Il a lO ans ; ol ; Ill')).toBe('Il a lO ans ; ol ; Ill');
    expect(cleanOcrText('CCO2_2023 - FINANCES ; DO1-2024 ; le CO2 ; OBJET')).toBe('CC02_2023 - FINANCES ; D01-2024 ; le CO2 ; OBJET');
  });
});

describe('figures and "rn" that OCR read inside words', () => {
  it('makes a 1 between capitals an I, a 1 or a 6 between small letters an l or an é, "rn" an m in the key words', () => {
    expect(fixLookalikes('MM. JOUBERT, GU1LLOT, Fabre, De1mas. M. Roques est élu secr6taire.')).toBe('MM. JOUBERT, GUILLOT, Fabre, Delmas. M. Roques est élu secrétaire.');
    expect(fixLookalikes("Le quorurn étant atteint. Adopté à l'unanirnité des rnembres présents.")).toBe("Le quorum étant atteint. Adopté à l'unanimité des membres présents.");
    // A speck read as a degree sign closing a word; not a rank's, not "n°", nor its twin in a doubled text layer.
    expect(fixLookalikes('à neuf heures° trente, sous° la présidence ; 1° Délibération n° 12, nn°° 13')).toBe('à neuf heures trente, sous la présidence ; 1° Délibération n° 12, nn°° 13');
    expect(fixLookalikes("Le Conseil d'adrninistration adopte le budget.")).toBe("Le Conseil d'administration adopte le budget.");
    expect(fixLookalikes('La Commission Perrnanente, après en avoir délibéré, approuve ; M. Pierrnanent')).toBe('La Commission Permanente, après en avoir délibéré, approuve ; M. Pierrnanent');
    // An ampersand inside a word, OCR's é; one between words, or before capitals, kept.
    expect(fixLookalikes('Secrétaire de s&ance : Mme LEBRETON. Le Pr&sident, Dupont & fils, R&D')).toBe('Secrétaire de séance : Mme LEBRETON. Le Président, Dupont & fils, R&D');
    // The vote's word, its closing é read as a d or under another accent; "Adopt" no word to mend.
    expect(fixLookalikes("Le Bureau, à l'unanimitd, approuve. Adoptë. Approuvèe par 8 voix. Adoptd")).toBe("Le Bureau, à l'unanimité, approuve. Adopté. Approuvée par 8 voix. Adopté");
    // An n read as "ri" in the words the rules hang on; "rii" elsewhere left ("Ferriistre" is no word of theirs).
    expect(fixLookalikes("Le Coriseil d'admiriistration, à l'unariimité, décide ; M. Ferriistre")).toBe("Le Conseil d'administration, à l'unanimité, décide ; M. Ferriistre");
    expect(fixLookalikes("Le Conseil Municipal, apres en avoir délibéré, à l'urianimité :")).toBe("Le Conseil Municipal, apres en avoir délibéré, à l'unanimité :");
    expect(fixLookalikes('Le Consei1 Muriicipal adopte par 18 voix pour, 4 voix coritre ; la coritrebasse')).toBe('Le Conseil Municipal adopte par 18 voix pour, 4 voix contre ; la coritrebasse');
    expect(fixLookalikes('le conseil rnunicipal de la cornmune, la cornmunauté ; le maïs de la ferme Cornmiche')).toBe('le conseil municipal de la commune, la communauté ; le maïs de la ferme Cornmiche');
    expect(fixLookalikes('Cornmunauté de communes du Pays de Ploubriac')).toBe('Communauté de communes du Pays de Ploubriac');
    expect(fixLookalikes("La Cornmission départementale, à l'unanimité, adopte ; la cornmission des finances")).toBe("La Commission départementale, à l'unanimité, adopte ; la commission des finances");
    expect(fixLookalikes("Le Cornité décide ; LeComité approuve ; LaCommission ; LeConseil Municipal ; LeBureau ; LeConseiller ; SALLE LeCo")).toBe("Le Comité décide ; Le Comité approuve ; La Commission ; Le Conseil Municipal ; Le Bureau ; LeConseiller ; SALLE LeCo");
    expect(fixLookalikes("réuni le 17 juin à 2O h 30 ; ouverte à 1Oh ; les 2O heures ; le lot A2O h")).toBe("réuni le 17 juin à 20 h 30 ; ouverte à 10h ; les 2O heures ; le lot A2O h");
    expect(fixLookalikes("à neuf heures quaranle-cinq, sous la présidence cle Monsieur Rémy X ; la cle du coffre ; M. OIivier Y (pouvoir o Mmc Z) ; AIain ; OIM ; un o")).toBe("à neuf heures quarante-cinq, sous la présidence de Monsieur Rémy X ; la cle du coffre ; M. Olivier Y (pouvoir à Mme Z) ; Alain ; OIM ; un o");
    expect(fixLookalikes("Adopté par 2l voix pour et 1 abstention ; le lot A2l voix ; 2l voies")).toBe("Adopté par 21 voix pour et 1 abstention ; le lot A2l voix ; 21 voies");
    expect(fixLookalikes("le Conseil dé'cide ; M. X a é'té désigné ; ré'gulièrement ; l'école ; qu'il ; l'été")).toBe("le Conseil décide ; M. X a été désigné ; régulièrement ; l'école ; qu'il ; l'été");
    expect(fixLookalikes("M. X a 6te désigné ; le budget a ét6 adopté ; lot 16te")).toBe("M. X a été désigné ; le budget a été adopté ; lot 16te");
    // The other é read as a grave ("a 6tè désigné").
    expect(fixLookalikes('M. ORSINI a 6tè désigné pour remplir les fonctions de secrétaire')).toBe('M. ORSINI a été désigné pour remplir les fonctions de secrétaire');
    expect(fixLookalikes('M. VINCENTELLI a été désigné pour rernplir les fonctions de secrétaire.')).toBe('M. VINCENTELLI a été désigné pour remplir les fonctions de secrétaire.');
    expect(fixLookalikes('le Conseil prcnd acte de cette communication.')).toBe('le Conseil prend acte de cette communication.');
    expect(fixLookalikes("le huit avril á dix-neuf heures ; Membres cn exercice : 15 ; Mrne Nathalie DEBAVELAERE, Mrnes X ; Málaga, CN 12")).toBe("le huit avril à dix-neuf heures ; Membres en exercice : 15 ; Mme Nathalie DEBAVELAERE, Mmes X ; Málaga, CN 12");
    expect(fixLookalikes('le Comité fixe la surtaxe par8 voix pour, 2 voix contre et1 voix d\'abstention ; le lot A12 voix')).toBe("le Comité fixe la surtaxe par 8 voix pour, 2 voix contre et 1 voix d'abstention ; le lot A12 voix");
    expect(fixLookalikes('désigner Mme SAUTRON comme sccrétaire de séance ; Sccrétaire : M. X ; l\'accréditation')).toBe("désigner Mme SAUTRON comme secrétaire de séance ; Secrétaire : M. X ; l'accréditation");
    expect(fixLookalikes('le vendredi vingt-sept juin à dix-septheures ; à dix-huit heures trenle ; les heures')).toBe('le vendredi vingt-sept juin à dix-sept heures ; à dix-huit heures trente ; les heures');
    expect(fixLookalikes('MM. LABROUSSE, PEYRONNET, Vice-Présidcnts, sous la presidcnce de M. MAZEAUD')).toBe('MM. LABROUSSE, PEYRONNET, Vice-Présidents, sous la presidence de M. MAZEAUD');
    expect(fixLookalikes('IIl - MOTl0N RELATIVE AUX REGIONS\nl - PROCES-VERBAL\nIl - le texte')).toBe('III - MOTl0N RELATIVE AUX REGIONS\nI - PROCES-VERBAL\nIl - le texte');
    // "Conscil": the same c for the e of "Conseil", the word of every decision's lead; "conscience" stays.
    expect(fixLookalikes('Après en avoir délibéré, le Conscil Municipal adopte ; les Conscillers ; CONSCIL ; en conscience')).toBe('Après en avoir délibéré, le Conseil Municipal adopte ; les Conseillers ; CONSCIL ; en conscience');
  });

  it('reads "6t6" as "été" and an I inside a word of small letters as its l; "iPhone" has no I inside, "PIB" is in capitals', () => {
    expect(fixLookalikes('Mme MELINARD a 6t6 désignée pour rempIir les fonctions de secrétaire ; le Conseil peut vaIablement délibérer.')).toBe(
      'Mme MELINARD a été désignée pour remplir les fonctions de secrétaire ; le Conseil peut valablement délibérer.',
    );
    expect(fixLookalikes('Le PIB et la TVA, sur un iPhone, en 1966.')).toBe('Le PIB et la TVA, sur un iPhone, en 1966.');
  });

  it('makes an I closing a word of small letters its l ("Le ConseiI régionaI"), not a roman numeral nor a capital', () => {
    expect(fixLookalikes("Le ConseiI régionaI prend acte. Titre II, annexe I, l'article XI, le groupe EELV-I.")).toBe("Le Conseil régional prend acte. Titre II, annexe I, l'article XI, le groupe EELV-I.");
  });

  it('makes a 1 closing a word of small letters its l ("Consei1 Municipa1"), not a figure after a capital or a space', () => {
    expect(fixLookalikes('Le Consei1 Municipa1 de la commune, article 1, lot A1, page 21.')).toBe('Le Conseil Municipal de la commune, article 1, lot A1, page 21.');
    expect(fixLookalikes('Le Consei1 Municipal. Présents : Jean-Pau1 DUNAND, Pau1 WALCH, Art 1, Vol 21.')).toBe('Le Conseil Municipal. Présents : Jean-Paul DUNAND, Paul WALCH, Art 1, Vol 21.');
  });

  it('keeps figures that writers put between letters and words with "rn"', () => {
    expect(fixLookalikes('Le CO2, la route D10, le lot A1, la tournée du gouvernement.')).toBe('Le CO2, la route D10, le lot A1, la tournée du gouvernement.');
  });
});

describe('an "l" for the leading 1 of a number standing alone, in every input', () => {
  it('reads "par l2 voix", "Pour : l7", "en l978" as numbers; leaves "l\'article", "l.450" and words alone', () => {
    expect(fixLookalikes('adopté par l2 voix contre 2\nPour : l7\nen l978')).toBe('adopté par 12 voix contre 2\nPour : 17\nen 1978');
    expect(fixLookalikes("l'article l.450 F, la l2b, hall2")).toBe("l'article l.450 F, la l2b, hall2");
  });

  it('reads "à 2l heures", "Votants : 3l", "454 67l,37" with their closing 1; leaves "1l" (an "Il"), "2la" and "A4l" alone', () => {
    expect(fixLookalikes('réuni à 2l heures. Votants : 3l. Montant : 454 67l,37 €')).toBe('réuni à 21 heures. Votants : 31. Montant : 454 671,37 €');
    expect(fixLookalikes('1l y a lieu ; voie 2la ; route A4l')).toBe('1l y a lieu ; voie 2la ; route A4l');
  });
});

describe('a zero closing a name in capitals, in every input', () => {
  it('reads "MM. PUJ0, CAZENAVE" with its O; leaves "RN20", "A40" and "CO2" alone', () => {
    expect(fixLookalikes('Présents : MM. PUJ0, CAZENAVE ; RN20, A40, CO2')).toBe('Présents : MM. PUJO, CAZENAVE ; RN20, A40, CO2');
  });
});

describe("an O for the zero closing a time's minutes, in every input", () => {
  it('reads "18h3O" and "20 h 1O" as times, and leaves words and codes alone', () => {
    expect(fixLookalikes('le dix décembre à 18h3O, et levée à 20 h 1O.')).toBe('le dix décembre à 18h30, et levée à 20 h 10.');
    expect(fixLookalikes('le lot h3O, AH3O, 18h3Ob')).toBe('le lot h3O, AH3O, 18h3Ob');
  });
});

describe("an I or a 1 for the elided article's l, in every input", () => {
  it("reads \"à I'unanimité\" and \"de 1'article\" with their l, and leaves capitals and figures alone", () => {
    expect(fixLookalikes("Le Conseil, à I'unanimité, en vertu de 1'article L. 2121-29.")).toBe("Le Conseil, à l'unanimité, en vertu de l'article L. 2121-29.");
    expect(fixLookalikes("I'M READY, 21'30, DE I'ÉTAT")).toBe("I'M READY, 21'30, DE I'ÉTAT");
  });
});

describe("an I for the l of an article, in every input", () => {
  it('reads "adopte Ie compte", "de Ia Caisse", "Ies membres" with their l, and leaves other words alone', () => {
    expect(fixLookalikes('Le Conseil adopte Ie compte de Ia Caisse ; Ies membres présents.')).toBe('Le Conseil adopte le compte de la Caisse ; les membres présents.');
    expect(fixLookalikes('IA générative, Iena, Ieu, CHAPITRE Ie.')).toBe('IA générative, Iena, Ieu, CHAPITRE Ie.');
  });
  it('gives that l its capital where the article opens a sentence, a line or a column, not after a civility', () => {
    expect(fixLookalikes('La séance est ouverte. Ie Conseil adopte Ie compte.\nIa commission approuve.')).toBe('La séance est ouverte. Le Conseil adopte le compte.\nLa commission approuve.');
    expect(fixLookalikes('Le Maire,                    Ie secrétaire de séance,')).toBe('Le Maire,                    Le secrétaire de séance,');
    expect(fixLookalikes('M. Ie Préfet assiste à la séance.')).toBe('M. le Préfet assiste à la séance.');
  });
});

describe('"rn" read for "m" in the place of the sitting', () => {
  it('gives back "mairie"', async () => {
    const { analyzeText } = await import('../helpers/analyze-text.ts');
    const doc = analyzeText("COMMUNE DE SAINT-AUBIN\nSEANCE DU 9 OCTOBRE 2014\nL'an deux mil quatorze, le neuf octobre à vingt heures trente, le Conseil Municipal, légalement convoqué, s'est réuni à la rnairie, sous la présidence de M. Gérard LEVAVASSEUR, Maire.\n");
    expect(doc.meeting.place?.toLowerCase()).toBe('mairie');
  });
});

describe('a zero or a 6 where OCR read an O or an é at the edge of a word, in every input', () => {
  it('reads "0BJET", "0rdre", "M. 0UDIN" with an O; leaves "0 voix", "10ème", "0,5"', () => {
    expect(fixLookalikes('0BJET : 0rdre du jour. M. 0UDIN.')).toBe('OBJET : Ordre du jour. M. OUDIN.');
    expect(fixLookalikes('Contre : 0 voix, le 10ème, 0,5 %')).toBe('Contre : 0 voix, le 10ème, 0,5 %');
  });

  it('reads "6tant", "D6libération", "convoqu6" with an é; leaves "6ème", "6e", "6 h", "A6", "lot 16"', () => {
    expect(fixLookalikes('Le quorum 6tant atteint. D6libération du conseil r6gulièrement convoqu6.')).toBe('Le quorum étant atteint. Délibération du conseil régulièrement convoqué.');
    expect(fixLookalikes('le 6ème, le 6e rang, à 6 h, format A6, lot 16')).toBe('le 6ème, le 6e rang, à 6 h, format A6, lot 16');
  });

  it('reads a typewriter\'s é struck as e and apostrophe ("Re\'gion", "DE\'CIDE"); leaves elisions and quotes alone', () => {
    expect(fixLookalikes("Le Conseil Re'gional de'cide. IL DE'CIDE.")).toBe('Le Conseil Régional décide. IL DÉCIDE.');
    expect(fixLookalikes("l'article, qu'il, presqu'île, le 'Scène' et 'Marne'")).toBe("l'article, qu'il, presqu'île, le 'Scène' et 'Marne'");
  });

  it('reads OCR\'s "ä" standing alone as the word à and "I\'Hotel" with its l; leaves "Mäder" and "I\'M" alone', () => {
    expect(fixLookalikes("réuni ä I'Hotel de Région. M. BOUVRAIN ä M. THIEBAULT")).toBe("réuni à l'Hotel de Région. M. BOUVRAIN à M. THIEBAULT");
    expect(fixLookalikes('M. Thierry GAUDRON á M. Gilles BOUTET ; M. José ÁLVAREZ')).toBe('M. Thierry GAUDRON à M. Gilles BOUTET ; M. José ÁLVAREZ');
    expect(fixLookalikes("M. Mäder, I'M")).toBe("M. Mäder, I'M");
  });

  it('reads "ct" standing alone as the word "et" (its e read as a c), not inside a word or a code', () => {
    expect(fixLookalikes("frais de notaire en sus, ct autorise le Président ; l'acte ; CT 12 ; ctrl")).toBe("frais de notaire en sus, et autorise le Président ; l'acte ; CT 12 ; ctrl");
  });

  it('reads an "á" glued to the end of a word as the word à ("procurationá M. HEN"), not the end of "déjà" or "au-delà" misread', () => {
    expect(fixLookalikes('M. ROHR (procurationá M. HEN) ; participerá la dépense ; a dejá été ; au-delá de 80 %')).toBe('M. ROHR (procuration à M. HEN) ; participer à la dépense ; a dejá été ; au-delá de 80 %');
  });

  it('reads a typewritten register\'s "2o)", \'2")\' and "5°}" as ranks, "SOLLICITEde" apart, "quatorzc" and "treizc" as numbers', () => {
    expect(fixLookalikes('1°) COMPTE ADMINISTRATIF\n2") BUDGET PRIMITIF')).toBe('1°) COMPTE ADMINISTRATIF\n2°) BUDGET PRIMITIF');
    expect(fixLookalikes('1°) APPROUVE le projet ;\n2o) ADOPTE le plan ;\n3°) SOLLICITEde Monsieur le Préfet ;\n5°} AUTORISE le Maire.')).toBe(
      '1°) APPROUVE le projet ;\n2°) ADOPTE le plan ;\n3°) SOLLICITE de Monsieur le Préfet ;\n5°) AUTORISE le Maire.',
    );
    // "PREND ACTEde": the one act in four capitals, parted too; other short words in capitals stay glued.
    expect(fixLookalikes('Le Conseil municipal PREND ACTEde la présentation du rapport ; le SIVUde la vallée.')).toBe('Le Conseil municipal PREND ACTE de la présentation du rapport ; le SIVUde la vallée.');
    expect(fixLookalikes('par quatorzc voix pour, treizc contre, à vingt heures trentc.')).toBe('par quatorze voix pour, treize contre, à vingt heures trente.');
    expect(fixLookalikes('le lot 2o, la SNCF de Paris, un bloc, le zinc')).toBe('le lot 2o, la SNCF de Paris, un bloc, le zinc');
  });

  it('reads a 6 between capitals, two on each side, as an É ("BR6CHARD"); leaves "A6", "RD6", "ZA6B"', () => {
    expect(fixLookalikes('MM. BR6CHARD, Pr6sident, le lot A6, RD6, ZA6B')).toBe('MM. BRÉCHARD, Président, le lot A6, RD6, ZA6B');
  });

  it('reads OCR\'s ê for the é of the words the rules key on ("prêsidence", "sêance", "Rêgional") and "dc", "quc", "lc" with their e; leaves "fête", "même", "DC"', () => {
    expect(fixLookalikes('sous la prêsidence dc M. X, la sêance, le Conseil Rêgional, quc le quorum, lc Maire')).toBe(
      'sous la présidence de M. X, la séance, le Conseil Régional, que le quorum, le Maire',
    );
    expect(fixLookalikes('la fête, même, être, intérêt, le DC, MDC, adc')).toBe('la fête, même, être, intérêt, le DC, MDC, adc');
  });

  it('reads OCR\'s è for the é of those words ("à l\'unanimitè", "la sèance", "Dèlibération"); leaves the words whose è is their own', () => {
    expect(fixLookalikes("le Conseil, à l'unanimitè, FIXE les tarifs ; la sèance ; Dèlibération n° 5 ; il est approuvè")).toBe(
      "le Conseil, à l'unanimité, FIXE les tarifs ; la séance ; Délibération n° 5 ; il est approuvé",
    );
    expect(fixLookalikes('Le Conseil Délibère ; le maire délègue ; un élève ; régulièrement ; après ; la pièce')).toBe('Le Conseil Délibère ; le maire délègue ; un élève ; régulièrement ; après ; la pièce');
    // The deciding body's name too: "Le Comitè Syndical prend acte".
    expect(fixLookalikes('Le Comitè Syndical prend acte ; la Communautè ; l\'Assemblèe')).toBe("Le Comité Syndical prend acte ; la Communauté ; l'Assemblée");
    // An m read as "rn" in the same word: the accent is read once the m is back.
    expect(fixLookalikes("Adopte a l'unanirnitê.")).toBe("Adopte a l'unanimité.");
    expect(fixLookalikes('Le quorum êtant atteint, le Conseil peut délibérer.')).toBe('Le quorum étant atteint, le Conseil peut délibérer.');
    // A participle's last letter is accented: its è is an é ("après en avoir délibèré").
    expect(fixLookalikes("après en avoir délibèré, à l'unanimité ; Mme X, délègué")).toBe("après en avoir délibéré, à l'unanimité ; Mme X, délégué");
  });

  it('reads an l opening a name in capitals as its I ("Mme lSNARD") and "1es" as "les" ("Puget-1es-Cèdres"); leaves "l\'ONU", "1er", "1e classe"', () => {
    expect(fixLookalikes('Valbrune : Mme lSNARD, M. MAUREL à Mme lSNARD ; Puget-1es-Cèdres ; sur 1es crédits')).toBe(
      'Valbrune : Mme ISNARD, M. MAUREL à Mme ISNARD ; Puget-les-Cèdres ; sur les crédits',
    );
    expect(fixLookalikes("l'ONU ; le 1er mars ; 1e classe ; les 12es rencontres")).toBe("l'ONU ; le 1er mars ; 1e classe ; les 12es rencontres");
  });

  it('reads a word\'s last 6 back once those inside it are ("d6lib6r6" -> "délibéré"), and "G6néral"', () => {
    expect(fixLookalikes('Le Consei1, apr6s en avoir d6lib6r6, approuve la convention du Conseil G6néral.')).toBe('Le Conseil, aprés en avoir délibéré, approuve la convention du Conseil Général.');
    expect(fixLookalikes('la route RD6 et les 6 routes')).toBe('la route RD6 et les 6 routes');
  });

  it('reads "H6tel" with its ô, the other 6 after a capital still an é ("R6gion")', () => {
    expect(fixLookalikes("la salle des délibérations de l'H6tel de Ville, à l'H6tel de R6gion")).toBe("la salle des délibérations de l'Hôtel de Ville, à l'Hôtel de Région");
  });
});

describe('an O for a zero in a number or a count, in every input', () => {
  it('reads "2014-O6-11", "26/O6/2014" and "Contre : O" with zeros; leaves "Contre : Oui" and "O-2"', () => {
    expect(fixLookalikes('Délibération n° CG 2014-O6-11 du 26/O6/2014\nPour : 24 - Contre : O - Abstentions : 4')).toBe('Délibération n° CG 2014-06-11 du 26/06/2014\nPour : 24 - Contre : 0 - Abstentions : 4');
    expect(fixLookalikes('Contre : Oui, zone O-2')).toBe('Contre : Oui, zone O-2');
  });

  it('leaves an assembly\'s session code between its year and its rank ("2009/O1/031": O for ordinaire), a date\'s O still read', () => {
    expect(fixLookalikes('Rapport n° 2009/O1/031 - Compte administratif, Motion n° 2009/O2/021, vu le 2009/O3/12')).toBe(
      'Rapport n° 2009/O1/031 - Compte administratif, Motion n° 2009/O2/021, vu le 2009/03/12',
    );
  });
});

describe('the "à" of a proxy glued to a name in capitals or to a civility, in every input', () => {
  it('parts "WATTEBLEDà Mme" and "àMme"; leaves "à Mme", "Voilà", "CAFÉ à"', () => {
    expect(fixLookalikes('M. Jacky WATTEBLEDà Mme Nathalie COUSIN, M. Philippe DUHAMEL àMme Josiane DELOBEL, M. Yves LOOTENà M. Paul DUC')).toBe(
      'M. Jacky WATTEBLED à Mme Nathalie COUSIN, M. Philippe DUHAMEL à Mme Josiane DELOBEL, M. Yves LOOTEN à M. Paul DUC',
    );
    expect(fixLookalikes('Mme ROUX à Mme DUC. Voilà. Le CAFÉ à Paris.')).toBe('Mme ROUX à Mme DUC. Voilà. Le CAFÉ à Paris.');
  });
});

describe('"ler" for "1er", in every input', () => {
  it('reads "Article ler" and "le ler juillet" as "1er"; leaves "aller", "ler" elsewhere', () => {
    expect(fixLookalikes('Article ler : approuve. À compter du ler juillet 2014. ARTICLE ler - dit')).toBe('Article 1er : approuve. À compter du 1er juillet 2014. ARTICLE 1er - dit');
    expect(fixLookalikes('aller au ler étage, parler')).toBe('aller au ler étage, parler');
  });
});

describe('"1a" for "la" and "í" for "i", in every input', () => {
  it('reads "sous 1a présidence" and "atteínt", "juín"; leaves "1a Route", "n° 1a" and "Martí"', () => {
    expect(fixLookalikes('sous 1a présidence de M. X ; le quorum étant atteínt ; le 22 juín 2009')).toBe('sous la présidence de M. X ; le quorum étant atteint ; le 22 juin 2009');
    expect(fixLookalikes('lot n° 1a Route, bâtiment 1a, M. Martí')).toBe('lot n° 1a Route, bâtiment 1a, M. Martí');
  });
});

describe("an é's accent read as an apostrophe before its e", () => {
  it('reads "secr\'etariat", "pr\'esents", "approuv\'e"; leaves the elisions ("l\'exercice", "qu\'elle", "aujourd\'hui", "s\'est")', () => {
    expect(fixLookalikes("chargée du secr'etariat ; pr'esents : 12 ; approuv'e. l'exercice, qu'elle, aujourd'hui, s'est, c'est, n'est")).toBe(
      "chargée du secrétariat ; présents : 12 ; approuvé. l'exercice, qu'elle, aujourd'hui, s'est, c'est, n'est",
    );
  });

  it("on a page that shows it, reads it after any word, a capital alone or opening a word, and in a sitting's words after s and d", () => {
    expect(fixLookalikes("Pr'esents : M. F'elix DURAND. Mme Marie ROUX a 'et'e 'elue secr'etaire de s'eance ; s'est r'euni ; Edm'ee ; les d'elib'erations du 14 d'ecembre ; l'eau, d'entre, qu'elle, jusqu'en")).toBe(
      "Présents : M. Félix DURAND. Mme Marie ROUX a été élue secrétaire de séance ; s'est réuni ; Edmée ; les délibérations du 14 décembre ; l'eau, d'entre, qu'elle, jusqu'en",
    );
  });

  it("leaves a page that shows it nowhere after a word no elision ends as it is", () => {
    expect(fixLookalikes("Le Conseil a 'examiné' le dossier ; F'elix")).toBe("Le Conseil a 'examiné' le dossier ; F'elix");
  });
});

describe('"ó" for "é", which French does not write', () => {
  it('reads "sous la prósidence", "Absent excusó", "Code Gónóral" in every input, a page with no other misreading too', () => {
    expect(fixLookalikes('sous la prósidence de M. Gilbert THIEBAUT. Absent excusó : M. MANGIN. Code Gónóral')).toBe('sous la présidence de M. Gilbert THIEBAUT. Absent excusé : M. MANGIN. Code Général');
    expect(fixLookalikes('la piste ó bis, n° 4')).toBe('la piste ó bis, n° 4');
  });
});

describe('an o read as a zero inside a word', () => {
  it('is an o before a small letter ("s0us la pr6sidence", "C0mit6", "gesti0n"); a code, a figure and two misreadings stay', () => {
    expect(fixLookalikes('s0us la pr6sidence de M. Yves KERBRAT ; du C0mit6 Syndical ; Compte de gesti0n')).toBe('sous la présidence de M. Yves KERBRAT ; du Comité Syndical ; Compte de gestion');
    expect(fixLookalikes('lot ab0c1 ; 22 470 ; MOTl0N ; CL0AREC ; ÇM0ll')).toBe('lot ab0c1 ; 22 470 ; MOTl0N ; CLOAREC ; ÇM0ll');
  });
  it('takes an l opening a line before a dash and a title for the first point\'s 1', () => {
    expect(fixLookalikes('l - Procès-verbal de la réunion du 9 décembre\n2 - Compte administratif\nl - le texte')).toBe('1 - Procès-verbal de la réunion du 9 décembre\n2 - Compte administratif\nl - le texte');
  });
});

describe("an h read as \"li\" in the hour's words", () => {
  it('reads "dix-liuit heures", "dix lieures"; leaves "lieu" and "lieue"', () => {
    expect(fixLookalikes('à dix-liuit heures trente ; la séance est ouverte à dix lieures ; en lieu et place, à une lieue')).toBe('à dix-huit heures trente ; la séance est ouverte à dix heures ; en lieu et place, à une lieue');
  });
});

describe('an i read as an l before a double l', () => {
  it('mends "Conselllers en fonction", "travallleurs"; a word with two l is left', () => {
    expect(fixLookalikes('Conselllers en fonction : 14')).toBe('Conseillers en fonction : 14');
    expect(fixLookalikes('les travallleurs')).toBe('les travailleurs');
    expect(fixLookalikes('la ville de Marseille')).toBe('la ville de Marseille');
  });
});

describe('an m read as "rn" in "nombre" and the months', () => {
  it('mends "Nornbre", "au nornbre prescrit", "septernbre", "novernbre", "décernbre"; "gouvernement" is left', () => {
    expect(fixLookalikes('Nornbre de membres au nornbre prescrit le 2 septernbre 1977')).toBe('Nombre de membres au nombre prescrit le 2 septembre 1977');
    expect(fixLookalikes('le 3 novernbre et le 4 décernbre')).toBe('le 3 novembre et le 4 décembre');
    expect(fixLookalikes('le gouvernement')).toBe('le gouvernement');
  });
});

describe('words OCR misread into no French word', () => {
  it('reads back "esl", "hult", "élé" as "est", "huit", "été", and no word that holds them', () => {
    expect(fixLookalikes('le programme esl approuvé à dix-hult hcures ; M. X a élé désigné')).toBe('le programme est approuvé à dix-huit heures ; M. X a été désigné');
    expect(fixLookalikes('Aesl, hulte, élément')).toBe('Aesl, hulte, élément');
  });
});

describe("OCR's b for the h of an hour", () => {
  it('reads "à 18 b 30" as "à 18 h 30", and no other b between figures', () => {
    expect(fixLookalikes('s\'est réuni le mardi 28 juin 2005 a 18 b 30, salle polyvalente')).toBe("s'est réuni le mardi 28 juin 2005 a 18 h 30, salle polyvalente");
    expect(fixLookalikes('lots 12 b 30 et 14')).toBe('lots 12 b 30 et 14');
  });
});

describe("OCR's split civility and its l closing a name in capitals", () => {
  it('reads "M me X" as "Mme X" and "FILIPPl" as "FILIPPI", no word in lower case touched', () => {
    expect(fixLookalikes('pouvoir : M me Francesca MATTEI (pouvoir à M. FILIPPl).')).toBe('pouvoir : Mme Francesca MATTEI (pouvoir à M. FILIPPI).');
    expect(fixLookalikes('le total, M me semble-t-il')).toBe('le total, M me semble-t-il');
  });
});

describe("a decision's verb as heavy OCR misreads it", () => {
  it('reads back a closing e read as an o or a c, and an i read as an l, in the acts of the verb table', () => {
    expect(fixLookalikes('La Commission permanente approuvo 1a convention, accordo la garantie, attribuc une aide, flxe les tarifs et autorlse le Président.')).toBe(
      'La Commission permanente approuve la convention, accorde la garantie, attribue une aide, fixe les tarifs et autorise le Président.',
    );
  });

  it('leaves French words and forms too short to tell ("verso", "dlt"), and a misread form inside a longer word', () => {
    const t = 'Voir au verso ; il dlt ; les approuvos ; Laflxe ; approuvo-t-il';
    expect(fixLookalikes(`Le Consei1 Municipal. ${t}`)).toBe(`Le Conseil Municipal. ${t}`);
  });

  it('mends "Comrnission" and "comrnune", the first m of two read as "rn"', () => {
    expect(fixLookalikes('La Comrnission permanente décide ; la comrnune de X ; la Comrnunauté')).toBe('La Commission permanente décide ; la commune de X ; la Communauté');
  });
});

describe("OCR's O opening a number, its l closing one", () => {
  it('reads "Rapport n° O9-214" and "n° 09-23l :" as the numbers they are', () => {
    expect(fixLookalikes('2. Rapport n° O9-214 : Décision modificative\n3. Rapport n° 09-23l : Fonds régional')).toBe('2. Rapport n° 09-214 : Décision modificative\n3. Rapport n° 09-231 : Fonds régional');
    expect(fixLookalikes('Date de convocation : O7/03/1996')).toBe('Date de convocation : 07/03/1996');
  });
  it('leaves an O before a lone figure and a word ending on l', () => {
    expect(fixLookalikes("l'O2 et le 12 avril, le capital")).toBe("l'O2 et le 12 avril, le capital");
  });
});

describe("OCR's 1 in a place's name", () => {
  it('reads a 1 after a capital before small letters as an l, "-1a-" in a compound name as "-la-"', () => {
    expect(fixLookalikes('Le P1essis-Rabouin : M. GUERIF\nGrez-1a-Fontaine : M. PAPIN\nMarie-C1aude')).toBe('Le Plessis-Rabouin : M. GUERIF\nGrez-la-Fontaine : M. PAPIN\nMarie-Claude');
  });
  it('keeps a 1 between capitals an I, and codes of a letter and figures', () => {
    expect(fixLookalikes('CECCALD1 Martine, R1O, B12, A1')).toBe('CECCALDI Martine, RIO, B12, A1');
  });
});

describe("OCR's l for the first point's rank, its full stop glued", () => {
  it('reads "l. Compte rendu de la séance" opening a line as point 1, and leaves an elided l', () => {
    expect(fixLookalikes('désignée secrétaire.\n\nl. Compte rendu de la séance du 12 février 1998\n2. Compte administratif')).toBe('désignée secrétaire.\n\n1. Compte rendu de la séance du 12 février 1998\n2. Compte administratif');
    expect(fixLookalikes("l'Assemblée. Le Maire")).toBe("l'Assemblée. Le Maire");
  });
});

describe("OCR's 1 for the i of a word the rules key on", () => {
  it('reads "Abstent1ons", "pouvo1rs", "Réun1on", "DEL1BERATIONS" as those words, other 1s inside words as l', () => {
    expect(fixLookalikes('Réun1on du 12 juillet. Nombre de pouvo1rs : 4. Abstent1ons : 2. DEL1BERATIONS. Le P1essis.')).toBe(
      'Réunion du 12 juillet. Nombre de pouvoirs : 4. Abstentions : 2. DELIBERATIONS. Le Plessis.',
    );
  });
});

describe("a count's words and a list's labels as heavy OCR glues and misreads them", () => {
  it('reads "19v0ix pour" back, the count then parted from its word', () => {
    expect(fixLookalikes('La motion est adoptée par 19v0ix pour et 4 vOix contre')).toBe('La motion est adoptée par 19 voix pour et 4 voix contre');
  });
  it('reads "14volx pour", "8 volx contre", "voix pouret", "et8 abstentions" back', () => {
    expect(fixLookalikes("adopte le compte par 14volx pour et8 abstentions, la motion est rejetée par 15 voix contre et 8 volx pour, Adopté par 15 voix pouret 8 abstentions.")).toBe(
      "adopte le compte par 14 voix pour et 8 abstentions, la motion est rejetée par 15 voix contre et 8 voix pour, Adopté par 15 voix pour et 8 abstentions.",
    );
  });
  it('reads "Ponvoirs : 3" and "Absentexcusé :" back', () => {
    expect(fixLookalikes('Ponvoirs : 3\nAbsentexcusé : M. DOMERGUE.')).toBe('Pouvoirs : 3\nAbsent excusé : M. DOMERGUE.');
  });
});

describe("a typewriter's é opening a word, a bar inside one", () => {
  it('reads "e\'tant" and "E\'tat" as étant and État, "dé|ibère" as délibère', () => {
    expect(fixLookalikes("Le quorum e'tant atteint, l'E'tat accorde ; le Conseil, après en avoir dé|ibère, donne acte.")).toBe(
      "Le quorum étant atteint, l'État accorde ; le Conseil, après en avoir délibère, donne acte.",
    );
  });
  it("keeps an elision's apostrophe and a table's bars", () => {
    expect(fixLookalikes("l'exercice | Pour | Contre |")).toBe("l'exercice | Pour | Contre |");
  });
});

describe("the u of 'unanimité' read as an n", () => {
  it('reads "à l\'nnanimité" back', () => {
    expect(fixLookalikes("Le rapport est adopté à l'nnanimité.")).toBe("Le rapport est adopté à l'unanimité.");
  });
});

describe("OCR's â for the word à", () => {
  it('reads "â l\'Hotel du Département" back, and keeps â inside a word', () => {
    expect(fixLookalikes("s'est réunie le 10 mai 2004 â l'Hotel du Département, au château")).toBe("s'est réunie le 10 mai 2004 à l'Hotel du Département, au château");
  });
});

describe("OCR's rn for the m of 'département', d for the é of 'présidence'", () => {
  it('reads "l\'Hôtel du Départernent" and "sous la prdsidence" back, and leaves "gouvernement", "dernier", "le prédit"', () => {
    expect(fixLookalikes("s'est réuni à l'Hôtel du Départernent, à Bastia, sous la prdsidence de Monsieur X. Le Prdsident départernental")).toBe(
      "s'est réuni à l'Hôtel du Département, à Bastia, sous la présidence de Monsieur X. Le Président départemental",
    );
    expect(fixLookalikes('le gouvernement, au dernier trimestre, le prédit')).toBe('le gouvernement, au dernier trimestre, le prédit');
  });
});

describe("OCR's 6 for the É after a word's capital", () => {
  it('reads "D6CARROZ" and "D61ibération" back, and leaves a road "RD6" and "6 ROUTES"', () => {
    expect(fixLookalikes('MM. MUGNIER, D6CARROZ, PASQUIER ; D61ibération n° 12')).toBe('MM. MUGNIER, DÉCARROZ, PASQUIER ; Délibération n° 12');
    expect(fixLookalikes('la RD6 et les 6 ROUTES de la D6 VERS')).toBe('la RD6 et les 6 ROUTES de la D6 VERS');
  });
});

describe("an article's label and an elision as heavy OCR leaves them", () => {
  it('reads "Artiele 4", "Article l :" and "d approuver" back; leaves "d écembre" (a word parted) and "Article le"', () => {
    expect(fixLookalikes("Article l : de retenir ; Artiele 4 : de fixer ; Article 2 : d approuver le contrat")).toBe("Article 1 : de retenir ; Article 4 : de fixer ; Article 2 : d'approuver le contrat");
    expect(fixLookalikes('le 14 d écembre, cet article le prévoit')).toBe('le 14 d écembre, cet article le prévoit');
  });
});

describe("OCR's l for the count 1 before a vote's word", () => {
  it('reads "9 voix pour et l abstention" and "l voix contre" back; leaves "l\'abstention"', () => {
    expect(fixLookalikes("par 9 voix pour et l abstention ; 16 voix pour et l voix contre ; l'abstention de M. X")).toBe("par 9 voix pour et 1 abstention ; 16 voix pour et 1 voix contre ; l'abstention de M. X");
  });
});

describe("OCR's & for the word à", () => {
  it('opening a line before an article, or after "Fait" before the place', () => {
    expect(fixLookalikes("se réunira le\nVENDREDI 16 OCTOBRE 2009 à 9 H 30\n& l'Hôtel du Département,")).toBe("se réunira le\nVENDREDI 16 OCTOBRE 2009 à 9 H 30\nà l'Hôtel du Département,");
    expect(fixLookalikes('Fait & Bertinchies, le 30 mai 1994')).toBe('Fait à Bertinchies, le 30 mai 1994');
  });
  it("keeps a firm's or a heading's &", () => {
    for (const kept of ['SNCF Gares & Connexions', 'Culture & Patrimoine\nSports & Loisirs', "le cabinet d'architecte Perrot & Associés", 'Cabinet Martin\n& Associés']) expect(fixLookalikes(kept)).toBe(kept);
  });
});

describe('an article label and a counts label as OCR glued or misread them', () => {
  it('parts "Article1cr" and reads its "1cr" as "1er"; "enexercice" as "en exercice"; a bar between letters as an l', () => {
    expect(fixLookalikes("Article1cr : D'approuver la charte")).toBe("Article 1er : D'approuver la charte");
    expect(fixLookalikes('ARTICLE 1cr - Le programme')).toBe('ARTICLE 1er - Le programme');
    expect(fixLookalikes('Nombre de conseillers enexercice : 33')).toBe('Nombre de conseillers en exercice : 33');
    expect(fixLookalikes('Mme Marie-C|aude PAYET')).toBe('Mme Marie-Claude PAYET');
  });
  it('reads each article of a noisy extract, a speck "i" opening the line of one', async () => {
    const { analyzeText } = await import('../helpers/analyze-text.ts');
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\nSéance du 27 juin 1997\nLe Conseil Municipal de la Commune de Sainte-Rosine s'est réuni sous la présidence de M. Jean HOAREAU, Maire.\nPrésents : M. Jean HOAREAU, Mme Marie-C|aude PAYET, M. Paul GRONDIN.\nNombre de conseillers enexercice : 33\n\nOBJET : JUMELAGE\n\nAprès en avoir délibéré,\nA l'unanimité,\nDECIDE :\n\nArticle1cr : D'approuver la charte de jumelage.\n\nArticle 2 : D'autoriser le Maire à signer la charte.\n\ni Article 3 : De désigner pour siéger au comité : Mme PAYET.\n\nAinsi fait et délibéré les jour, mois et an que dessus.\n`);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['approuve', 'autorise', 'désigne']);
    expect(doc.attendance.present.map((p) => p.givenName)).toContain('Marie-Claude');
    expect(doc.attendance.counts.inOffice).toBe(33);
  });
});

describe("OCR's l for an i of unanimity", () => {
  it('reads "unanimlté" and "unanlmité" (in capitals too) as the word', () => {
    expect(fixLookalikes("ADOPTE à l'unanimlté.")).toBe("ADOPTE à l'unanimité.");
    expect(fixLookalikes("adopté à l'unanlmité")).toBe("adopté à l'unanimité");
    expect(fixLookalikes('ADOPTE A L’UNANlMITE')).toBe('ADOPTE A L’UNANIMITE');
  });
});

describe("the apostrophe of an elided l that OCR lost", () => {
  it('is put back before a word opening on a vowel: "ADOPTE A L UNANIMITE", "de l assemblée"', () => {
    expect(fixLookalikes('ADOPTE A L UNANIMITE')).toBe("ADOPTE A L'UNANIMITE");
    expect(fixLookalikes('la délibération de l assemblée')).toBe("la délibération de l'assemblée");
  });
  it('leaves a count\'s l and a letter of a list alone: "l voix contre", "l) Budget"', () => {
    expect(fixLookalikes('par 12 voix pour et l abstention')).toBe('par 12 voix pour et 1 abstention');
    expect(fixLookalikes('l) Budget annexe')).toBe('l) Budget annexe');
  });
});

describe("an elision's apostrophe OCR doubled", () => {
  it("is one again before its word: \"d''adopter\", \"l’'exécution\"; two quotes elsewhere are left", () => {
    expect(fixLookalikes("Article 1er : d''adopter le schéma ; de charger M. le Président de l’'exécution")).toBe("Article 1er : d'adopter le schéma ; de charger M. le Président de l’exécution");
    expect(fixLookalikes("le mot ''cité'' entre deux quotes")).toBe("le mot ''cité'' entre deux quotes");
  });
});

describe('a heavy OCR page of a typed register', () => {
  it('reads "2O heures 15" as a time and "Ren6" as a given name', () => {
    expect(fixLookalikes('La séance est ouverte à 2O heures 15.')).toBe('La séance est ouverte à 20 heures 15.');
    expect(fixLookalikes('désigne M. Ren6 STEIN, secrétaire de mairie')).toBe('désigne M. René STEIN, secrétaire de mairie');
  });
});

describe('"rn" for an m in the hall a place names', () => {
  it('reads "L\'Assernblée" back, the body whose acts the rules read ("L\'Assernblée prend acte", "décide")', () => {
    expect(fixLookalikes("L'Assernblée prend acte de la tenue du débat ; l'assernblée générale ; Assernbl")).toBe("L'Assemblée prend acte de la tenue du débat ; l'assemblée générale ; Assernbl");
    expect(analyzeText("SÉANCE DU 14 NOVEMBRE 2024\n\n1. RAPPORT D'ORIENTATIONS BUDGETAIRES\nL'Assernblée prend acte de la tenue du débat.\n\n2. DESIGNATION DE REPRESENTANTS\nL'Assernblée décide à l'unanimité de désigner Mme X.\n").items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['prend acte'], ['décide']]);
  });

  it('reads "hérnicycle" back, and the place of the sitting with it', async () => {
    expect(fixLookalikes("La séance est ouverte dans l'hérnicycle de l'Hôtel du Départernent.")).toBe("La séance est ouverte dans l'hémicycle de l'Hôtel du Département.");
    const { analyzeText } = await import('../helpers/analyze-text.ts');
    const doc = analyzeText("CONSEIL DEPARTEMENTAL\nPROCES-VERBAL DE LA SEANCE DU LUNDI 24 SEPTEMBRE 2018\nLa séance est ouverte à 14 h 35 dans l'hérnicycle de l'Hôtel du Départernent, à Evry,\nsous la présidence de M. Frédéric MARCHAL, Président du Conseil départemental.\n\n1 - Rapport n° 2018-04-0027 - Décision modificative n° 2\nAdopté à l'unanimité.\n");
    expect(doc.meeting.place).toMatch(/^hémicycle de l'Hôtel du Département/);
  });
});

describe("a typewriter's ones for the l", () => {
  it('reads two ones between small letters as the double l ("mi11e", "sa11e", "Co11ectivités")', () => {
    expect(fixLookalikes("L'an deux mi11e deux, sa11e des délibérations, Code Général des Co11ectivités")).toBe(
      "L'an deux mille deux, salle des délibérations, Code Général des Collectivités",
    );
    expect(fixLookalikes('article 11 du règlement, 2011')).toBe('article 11 du règlement, 2011');
  });
  it('reads "1e" before a number\'s word or a body as the article, before an office as the ordinal', () => {
    expect(fixLookalikes('deux, 1e vingt-huit mars, 1e Conseil Municipal')).toBe('deux, le vingt-huit mars, le Conseil Municipal');
    expect(fixLookalikes('M. DUVAL, 1e adjoint')).toBe('M. DUVAL, 1e adjoint');
  });
  it("lets the sitting's date be read from its opening sentence, not the convocation's", () => {
    const doc = analyzeText(`COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL

L'an deux mi11e deux, 1e vingt-huit mars a dix-huit heures trente, 1e
Consei1 Municipal de la Commune, regulierement convoque
le 21 mars 2002, s'est reuni a la Mairie, sous la presidence de M. Rosan BELLOT, Maire.

1 - BUDGET PRIMITIF 2002
Le Conseil adopte le budget primitif. Adopte a l'unanimite.
`);
    expect(doc.meeting.date).toBe('2002-03-28');
  });
});

describe("OCR's ê for a plain e", () => {
  it('reads it back in the small words French never writes with one, and closing a word', () => {
    expect(fixLookalikes('le Conseil Municipal dê la commune ; Lê secrétaire de séance, Nathaliê CAUDRON')).toBe(
      'le Conseil Municipal de la commune ; Le secrétaire de séance, Nathalie CAUDRON',
    );
  });
  it('keeps the ê of a word, and of a piece a stray mark cut from its word', () => {
    expect(fixLookalikes('la fête, une tête, le pr^êt')).toBe('la fête, une tête, le pr^êt');
  });
  it("lets the president and the signatures of a heavy OCR's page be read", () => {
    const doc = analyzeText(`PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 29 SEPTEMBRE 2022

L'an deux mille vingt-deux, le vingt-neuf septembre à dix-neuf heures, le Conseil Municipal dê la
commune, légalement convoqué, s'est réuni à la mairie, sous la présidence dê Mad ame Nathalie CAUDEL, Maire .

1. BUDGET
Le Conseil adopte le budget. Adopté à l'unanimité.

L'ordre du jour étant épuisé, la séance est levée à 20 h 52.

Le  Maire,                                   Lê secrétaire de séance,
Nathaliê CAUDEL                              Hervé LEMOINE
`);
    expect(doc.meeting.president?.surname).toBe('CAUDEL');
    expect(doc.signatures.map((p) => p.surname)).toEqual(['CAUDEL', 'LEMOINE']);
  });
});

describe("OCR's exclamation mark for an i, and its 1 in \"mairie\"", () => {
  it('reads "!" inside a word as an i, not between words', () => {
    expect(fixLookalikes('Le quorum étant atte!nt ; Date de convocat!on ; Attention !')).toBe('Le quorum étant atteint ; Date de convocation ; Attention !');
  });
  it('lets the quorum and the place be read', () => {
    const doc = analyzeText(`RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL
Séance du lundi 7 avril 2025
Le sept avril deux mille vingt-cinq à vingt heures, le Conseil Municipal s'est réuni en mair1e, salle du conseil, sous la présidence de M. Alain ROBERT, Maire.
Présents : M. ROBERT Alain, Mme MARCHAND Sylvie, M. DESCHAMPS Bruno.
Le quorum étant atte!nt, M. le Maire ouvre la séance à 20 h 05.

N° 2025-08 1. Affectation du résultat 2024
Le conseil décide d'affecter le résultat au compte 1068. Unanimité.
`);
    expect(doc.meeting.quorum).toBe(true);
    expect(doc.meeting.place).toBe('mairie, salle du conseil');
  });
});

describe("OCR's li for the h of an hour", () => {
  it('reads "à 9 li 40" as "à 9 h 40", and no li elsewhere', () => {
    expect(fixLookalikes("La séance est ouverte à 9 li 40, à l'Hôtel de Région.")).toBe("La séance est ouverte à 9 h 40, à l'Hôtel de Région.");
    expect(fixLookalikes('les articles 9 li 40 du règlement')).toBe('les articles 9 li 40 du règlement');
  });
});

describe("OCR's 5 for an s, and a speck doubling a comma", () => {
  it('"autori5e", "Ca5evecchie": the 5 inside a word of small letters is its s; "5e", "A5" keep theirs', () => {
    expect(fixLookalikes('et autori5e le Maire a signer, au hameau de Ca5evecchie')).toBe('et autorise le Maire a signer, au hameau de Casevecchie');
    expect(fixLookalikes('la 5e tranche du lot A5')).toBe('la 5e tranche du lot A5');
  });

  it('reads the acts of "Le Conseil Municipal, à l\'unanimité,, de´cide la création … et inscrit les crédits"', () => {
    const doc = analyzeText(`Séance du conseil municipal du 27 mars 1993
Le Conseil Municipal de la Commune, régulièrement convoqué le l9 mars 1993, s'est réuni sous la présidence de M. Jean FRANCESCHI, Maire.
Présents : MM. FRANCESCHI, LECA, ORSATTI.

8 - PERSONNEL COMMUNAL - EMPLOI SAISONNIER

Le Maire propose de recruter un agent saisonnier à temps complet du 1er juin au 30 septembre.
Le Conseil Municipal, à l'unanimité,, décide la création de cet emploi saisonnier
et inscrit les crédits au budget primitif l993.

9 - CESSION D'UNE PARCELLE COMMUNALE

Le Conseil Municipal décide de céder la parcelle au prix de 18 000 F et autori5e le Maire à signer l'acte.
Adopte' à l'unanimite' des votants.
`);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([
      ['décide', 'inscrit'],
      ['décide', 'autorise'],
    ]);
  });
});

describe("OCR's bar for an l", () => {
  it('"Consei| d\'Administration", "dé|ibération", "mi| neuf cent": the bar glued to small letters is an l', () => {
    expect(fixLookalikes("du Consei| d'Administration, la dé|ibération de l'an mi| neuf cent")).toBe("du Conseil d'Administration, la délibération de l'an mil neuf cent");
  });
  it('leaves a table drawn in bars as it is', () => {
    const table = '| Nom | Présent |\n|_MARTIN_|_x_|\nle Consei| décide';
    expect(fixLookalikes(table)).toBe(table);
  });
});

describe("a heavily OCR'd sitting of a departmental council", () => {
  const doc = analyzeText(`Departement du Hurepoix – Conseil d6partemental
RAPP0RT N° CD-2026-02-002 : FIXATION DU TAUX DES DROITS DE MUTATION

Vu la 1oi de finances pour 2026 ;

Le Conseil ddpartemental, après en avoir ddlibére, décide de maintenir à 4,50 % le taux
de la taxe, et charge Madame la Presidente de notifier la présente délibération.

Pour : 27
Contre : 13

RAPP0RT N° CD-2026-02-005 : PLAN DÉPARTEMENTAL POUR LE LOGEMENT DES JEUNES

Le Conseil départernental, apres en avair delibéré, approuve le plan départemental pour
le logement des jeunes et autorise Madame la Présidente à signer les conventions.

Adopté à l 'unanimité.
`);

  it('reads the body acting however OCR spelt it ("ddpartemental", "départernental"), and "après en avair délibéré"', () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([
      ['décide', 'charge'],
      ['approuve', 'autorise'],
    ]);
  });

  it('reads "à l \'unanimité", OCR\'s space before the apostrophe', () => {
    expect(doc.items[1]!.decision?.vote?.unanimous).toBe(true);
    expect(doc.text).toContain("Adopté à l'unanimité.");
  });
});

describe("OCR's l for a rank's 1 before its degree and bracket", () => {
  it('reads "l°)" as "1°)", at a line\'s start or after a label; never a word', () => {
    expect(fixLookalikes('Affaire n° 1 l°) APPROBATION DU PROCES-VERBAL\nl°) lui donne acte')).toBe('Affaire n° 1 1°) APPROBATION DU PROCES-VERBAL\n1°) lui donne acte');
    expect(fixLookalikes('Nivel°) et ball°)')).not.toMatch(/\d/);
  });
});

describe("a register's number sign and rank as OCR read them", () => {
  it('reads "N\'" before a figure as "N°", and a rank\'s "6 o)" after the act\'s number as "6°)"', () => {
    expect(fixLookalikes("N' 2005/05 2°) Compte administratif 2004")).toBe('N° 2005/05 2°) Compte administratif 2004');
    expect(fixLookalikes("N° 2005/09 6 o) Acquisition d'une lame de déneigement")).toBe("N° 2005/09 6°) Acquisition d'une lame de déneigement");
  });
  it("keeps an elision's N' before a word, and an \"o)\" in a sentence", () => {
    expect(fixLookalikes("N'importe lequel des membres, le point 6 o) de la liste.")).toBe("N'importe lequel des membres, le point 6 o) de la liste.");
  });
});

describe('a 5 opening a word of capitals, in every input', () => {
  it('reads it as the S OCR took it for ("5UBVENTION A U COMITE", "COMPTE RENDU 5OMMAIRE")', () => {
    expect(fixLookalikes('N° 90/23 - 5UBVENTION AU COMITE DES FETES')).toBe('N° 90/23 - SUBVENTION AU COMITE DES FETES');
    expect(fixLookalikes('COMPTE RENDU 5OMMAIRE')).toBe('COMPTE RENDU SOMMAIRE');
  });

  it('leaves a rank ("5EME ADJOINT"), a figure glued to a code and a number alone', () => {
    expect(fixLookalikes('5EME ADJOINT, 5EMES, lot 25ABCD, 5 LOGEMENTS')).toBe('5EME ADJOINT, 5EMES, lot 25ABCD, 5 LOGEMENTS');
  });
});

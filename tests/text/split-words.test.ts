import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { joinSplitActs, joinSplitCueWords, joinSplitGivenNames, joinSplitSurnames } from '../../src/text/split-words.ts';
import { normalizePages } from '../../src/text/normalize.ts';

describe('cue words OCR cut with a space', () => {
  it('writes "Secrét aire", "po uvoir", "exerc ice", "Prése nts" whole; leaves words that make no cue word, and a table\'s one-letter code', () => {
    expect(joinSplitCueWords('Secrét aire de seance : Mme X ; (po uvoir à M. Y) ; en exerc ice : 113 ; Prése nts: 81')).toBe(
      'Secrétaire de seance : Mme X ; (pouvoir à M. Y) ; en exercice : 113 ; Présents: 81',
    );
    expect(joinSplitCueWords('pour voir le devis ; de cide ; ROUX Paul Conseiller E ; la salle des fêtes')).toBe('pour voir le devis ; de cide ; ROUX Paul Conseiller E ; la salle des fêtes');
  });

  it('writes the words of a date, its hour and a vote\'s side whole ("vingt-quat re octo bre", "heu res", "8 voix con tre")', () => {
    expect(joinSplitCueWords("L'an mil neuf cent quatre-vingt, le vingt-quat re octo bre, à dix-sept heu res ; 8 voix con tre")).toBe(
      "L'an mil neuf cent quatre-vingt, le vingt-quatre octobre, à dix-sept heures ; 8 voix contre",
    );
  });

  it('writes the acts of a decision whole ("soll icite", "auto rise", "dé cide"), not after a word of their own ("de cide", "en gage")', () => {
    expect(joinSplitCueWords("Le Comité soll icite le Département et auto rise le Président ; le Conseil dé cide ; de cide ; mis en gage")).toBe(
      "Le Comité sollicite le Département et autorise le Président ; le Conseil décide ; de cide ; mis en gage",
    );
  });

  it('writes "s éance" and "excus é" whole, a piece of one small letter; leaves "les élus", "à la" and a capital code', () => {
    expect(joinSplitCueWords('La s éance est ouverte. Membre absent non excus é : M. X. Les élus à la table, Conseiller E')).toBe(
      'La séance est ouverte. Membre absent non excusé : M. X. Les élus à la table, Conseiller E',
    );
  });

  it('is read on a page whose look-alikes were repaired, not on a clean one', () => {
    const [noisy] = normalizePages(['Le Consei1 Municipal. Secrét aire de seance : Mme Anne ROUX.']);
    expect(noisy).toBe('Le Conseil Municipal. Secrétaire de seance : Mme Anne ROUX.');
    const [clean] = normalizePages(['Le Conseil Municipal. Secrét aire de seance : Mme Anne ROUX.']);
    expect(clean).toBe('Le Conseil Municipal. Secrét aire de seance : Mme Anne ROUX.');
  });
});

describe('the deciding body OCR cut with a space', () => {
  it('writes "La Commis sion pe rmanente", "Co mmission", "Con seil", "Burea u" whole, so its acts open a decision', () => {
    expect(joinSplitCueWords('La Commis sion pe rmanente approuve ; La Co mmission per manente décide ; Le Con seil Régional ; Le Burea u communautaire')).toBe(
      'La Commission permanente approuve ; La Commission permanente décide ; Le Conseil Régional ; Le Bureau communautaire',
    );
    // Two words that make no body's word stay two.
    expect(joinSplitCueWords('la com mune ; les per sonnes')).toBe('la com mune ; les per sonnes');
  });
});

describe('a given name OCR cut with a space, between a civility and a surname in capitals', () => {
  it('is written whole ("M. Chri stian PELLETAN", "M. Domini que-Antoine SAVELLI"); a particle is left ("M. Jean de LATTRE")', () => {
    expect(joinSplitGivenNames('M. Chri stian PELLETAN ; présidence de M. Domini que-Antoine SAVELLI ; Mme Guyla ine NERISSON')).toBe(
      'M. Christian PELLETAN ; présidence de M. Dominique-Antoine SAVELLI ; Mme Guylaine NERISSON',
    );
    expect(joinSplitGivenNames("M. Jean de LATTRE ; Mme Anne le GALL ; M. Paul est ABSENT ; la Ville de Paris")).toBe("M. Jean de LATTRE ; Mme Anne le GALL ; M. Paul est ABSENT ; la Ville de Paris");
  });

  it('is written whole after its hyphen ("M. Jean-M arc DUBOIS"); a particle after a compound is left ("M. Jean-Pierre de LATTRE")', () => {
    expect(joinSplitGivenNames('M. Jean-M arc DUBOIS ; Mme Marie-C laire HENNEBERT')).toBe('M. Jean-Marc DUBOIS ; Mme Marie-Claire HENNEBERT');
    expect(joinSplitGivenNames('M. Jean-Pierre de LATTRE ; M. Jean-Paul est ABSENT')).toBe('M. Jean-Pierre de LATTRE ; M. Jean-Paul est ABSENT');
  });
});

describe('a given name OCR cut with a space, its surname on the next line', () => {
  it('"Mme Sand rine" / "TROUILLARD" is written whole; "M. Jean de" / "LATTRE" keeps its particle', () => {
    expect(joinSplitGivenNames('Mme Sand rine\nTROUILLARD (pouvoir)')).toBe('Mme Sandrine\nTROUILLARD (pouvoir)');
    expect(joinSplitGivenNames('M. Jean de\nLATTRE')).toBe('M. Jean de\nLATTRE');
  });
});

describe('a surname in capitals OCR cut with a space', () => {
  const document = 'Présents : Mme Sylvie COURTIN, M. Yves ABGRALL. Lieu : DELA SALLE. BUDGETPRIMITIF';
  it('is glued back where the document writes it whole ("CO URTIN", "ABG RALL")', () => {
    expect(joinSplitSurnames('pouvoir à Mme Sylvie CO URTIN ; M. ABG RALL indique', () => document)).toBe('pouvoir à Mme Sylvie COURTIN ; M. ABGRALL indique');
  });
  it('leaves small words ("DE LA REUNION") and two long words ("BUDGET PRIMITIF") the document glued elsewhere', () => {
    expect(joinSplitSurnames('DE LA REUNION ; BUDGET PRIMITIF', () => document)).toBe('DE LA REUNION ; BUDGET PRIMITIF');
  });
});

describe('a given name cut on a page that needed no mending', () => {
  it('is joined only where the pieces make a given name of the table', () => {
    expect(joinSplitGivenNames('Absents excusés : M. Gusta ve PAMPHILE, Mme Rolande TINVAL.', true)).toBe('Absents excusés : M. Gustave PAMPHILE, Mme Rolande TINVAL.');
    expect(joinSplitGivenNames('m² Consorts M. Habitation principale\nAK 12', true)).toBe('m² Consorts M. Habitation principale\nAK 12');
  });

  it('reads the member so on a clean page', () => {
    const doc = analyzeText('Séance du 17 décembre 1999\nPrésents : M. Alfred BELLEROSE, Maire ; Mme Anne DESIR.\nAbsents excusés : M. Gusta ve PAMPHILE, Mme Rolande TINVAL.\n');
    expect(doc.attendance.excused.map((p) => [p.givenName, p.surname])).toEqual([['Gustave', 'PAMPHILE'], ['Rolande', 'TINVAL']]);
  });
});

describe('a cue word OCR glued to the small word before it', () => {
  it('"laprésidence", "àl\'unanimité", "desecrétaire" are parted; a word that opens so is left ("lapin", "depuis", "aussi")', () => {
    expect(joinSplitCueWords("Sous laprésidence de M. Jean ROUX ; adopté àl'unanimité ; en qualité desecrétaire de séance")).toBe("Sous la présidence de M. Jean ROUX ; adopté à l'unanimité ; en qualité de secrétaire de séance");
    expect(joinSplitCueWords('le lapin ; depuis lors ; aussitôt ; les conseillers ; la lecture')).toBe('le lapin ; depuis lors ; aussitôt ; les conseillers ; la lecture');
  });

  it('reads the president of a scan whose OCR glued the article to "présidence"', () => {
    const doc = analyzeText(`Séance ordinaire du lundi 7 novembre 2022 à 20 heures
Sous laprésidence de M. Jean-Marc WEBER, Maire.
Prcsents : MM. WEBER, HEN, STAUDT, Mmes BECKER, LAUER.
1. Approbation du procès-verbal
Le conseil municipa1 approuve le procès-verbal.
Adopte à l'unanirnité.
`);
    expect(doc.meeting.president?.surname).toBe('WEBER');
  });
});

describe('a cue word OCR glued to the small word after it', () => {
  it('"presidencede", "séancedu", "rapportdu" are parted; a word that ends so is left ("décide", "coude")', () => {
    expect(joinSplitCueWords('sous la presidencede M.\nJean ROUX ; la séancedu 6 juillet ; Vu le rapportdu Président')).toBe('sous la presidence de M.\nJean ROUX ; la séance du 6 juillet ; Vu le rapport du Président');
    expect(joinSplitCueWords('le Conseil décide de ; au coude du chemin')).toBe('le Conseil décide de ; au coude du chemin');
  });

  it('an act glued to "au" or "aux" after it ("accordeau conseil de fabrique"), not a word that ends so ("bureau", "municipaux")', () => {
    expect(joinSplitCueWords('Le conseil municipal accordeau conseil de fabrique ; le Président demandeaux administrateurs')).toBe('Le conseil municipal accorde au conseil de fabrique ; le Président demande aux administrateurs');
    expect(joinSplitCueWords('le bureau ; les conseillers municipaux ; le tableau ; les travaux')).toBe('le bureau ; les conseillers municipaux ; le tableau ; les travaux');
  });
});

describe('cue words OCR cut at a line end, no hyphen', () => {
  it('moves "voir" up to "pou", with the parenthesis closing it; leaves two words that make no cue word', () => {
    expect(joinSplitCueWords('Mme CHARVET (pou\nvoir a M. DUNAND), M. BOCQUET')).toBe('Mme CHARVET (pouvoir\na M. DUNAND), M. BOCQUET');
    expect(joinSplitCueWords('Mme X (pou\nvoir), M. Y')).toBe('Mme X (pouvoir),\nM. Y');
    expect(joinSplitCueWords('il a été dit\nque la salle')).toBe('il a été dit\nque la salle');
  });
});

describe('more cue words OCR cut with a space', () => {
  it('writes "Ad joints", "Ar ticle", an infinitive after its elision ("d\'autori ser") whole', () => {
    expect(joinSplitCueWords("Mme Françoise DELANNOY, Ad joints, M. Alain MASCLET ; Ar ticle 2 ; d'autori ser le Maire")).toBe(
      "Mme Françoise DELANNOY, Adjoints, M. Alain MASCLET ; Article 2 ; d'autoriser le Maire",
    );
  });
});

describe("a box of counts' words that heavy OCR cut", () => {
  it('joins "dél égués" and "c onvocation"', () => {
    expect(joinSplitCueWords('Nombre de dél égués en exercice : 38\nDate de c onvocation : 5 juin 2001')).toBe('Nombre de délégués en exercice : 38\nDate de convocation : 5 juin 2001');
  });
});

describe('an act spaced letter by letter inside its article', () => {
  it('is joined where its letters make an act and its sentence goes on', () => {
    expect(joinSplitActs('Article 1er. - A P P R O U V E le programme de voirie')).toBe('Article 1er. - APPROUVE le programme de voirie');
    expect(joinSplitActs("Article 4. - S ' E N G A G E, pendant toute la durée du prêt")).toBe("Article 4. - S'ENGAGE, pendant toute la durée du prêt");
    // The run takes in the civility's capital after it: the act is its longest start.
    expect(joinSplitActs('Article 3. - A U T O R I S E M. le Préfet à signer')).toBe('Article 3. - AUTORISE M. le Préfet à signer');
  });

  it('is left as written in a title, or where the letters make no act', () => {
    expect(joinSplitActs('A R R E T E N° 04/0157')).toBe('A R R E T E N° 04/0157');
    expect(joinSplitActs('C O M P T E   R E N D U de la séance')).toBe('C O M P T E   R E N D U de la séance');
  });
});

import { describe, expect, it } from 'vitest';
import { readVote } from '../../src/extract/vote.ts';
import { extractArticles } from '../../src/extract/articles.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const vote = (s: string) => readVote(s, 0, s.length);

describe('votes on alternatives', () => {
  const text = [
    'Deux solutions sont proposées :',
    'La première, par Monsieur MARTIN, élargir la voie, rejetée par 8 voix contre (DURAND, PETIT) et 5 pour.',
    'La seconde, par Madame DURAND, réduire la vitesse, adoptée par 9 voix pour, 3 contre (MARTIN, ROUX) et 1 abstention.',
  ].join('\n');

  it('are the vote and outcome of the alternative adopted, the span covering every one', () => {
    const r = vote(text);
    expect(r.vote).toMatchObject({ unanimous: false, for: 9, against: 3, abstentions: 1 });
    expect(r.vote!.againstNames.map((p) => p.surname)).toEqual(['MARTIN', 'ROUX']);
    expect(r.outcome).toBe('adopted');
    expect(text.slice(r.vote!.span!.start, r.vote!.span!.end)).toMatch(/^adoptée par 9 voix pour.*1 abstention$/);
    expect(text.slice(r.start!, r.end!)).toMatch(/^rejetée par 8 voix contre[\s\S]*1 abstention$/);
  });

  it('are read the same when each alternative wraps over several lines', () => {
    const wrapped = [
      'Deux solutions sont proposées :',
      'La première, par Monsieur MARTIN, élargir la voie, rejetée par 8 voix contre (DURAND,',
      'PETIT) et 5 pour.',
      'La seconde, par Madame DURAND, réduire la vitesse, adoptée par 9 voix pour, 3 contre',
      '(MARTIN, ROUX) et 1 abstention.',
    ].join('\n');
    const r = vote(wrapped);
    expect(r.vote).toMatchObject({ for: 9, against: 3, abstentions: 1 });
    expect(r.outcome).toBe('adopted');
  });

  it('are read as usual when only one was voted', () => {
    expect(vote(text.split('\n').slice(0, 2).join('\n'))).toMatchObject({ outcome: 'rejected', vote: { for: 5, against: 8 } });
  });
});

describe('votes', () => {
  it('reads "rejetée par 41 voix contre 9" as 41 against and 9 for, and OCR\'s "Rejetêe" as rejected', () => {
    expect(vote('La motion est rejetée par 41 voix contre 9.').vote).toMatchObject({ for: 9, against: 41 });
    const ocr = vote('Rejetêe par 41 voix contre 9 et 9 abstentions.');
    expect(ocr.vote).toMatchObject({ for: 9, against: 41, abstentions: 9 });
    expect(ocr.outcome).toBe('rejected');
  });

  it('reads the registers\' "par 6 voix contre 2": the votes for, then against', () => {
    expect(vote('La proposition est adoptée par 6 voix contre 2.').vote).toMatchObject({ for: 6, against: 2, abstentions: null });
    expect(vote('Adopté par onze voix contre quatre et une abstention.').vote).toMatchObject({ for: 11, against: 4, abstentions: 1 });
  });

  it('reads "Adopté par 6 voix." and "adoptée par 31 voix et 7 abstentions" as the votes for; not "par 6 voix de majorité"', () => {
    expect(vote('Le Comité adopte le compte administratif.\nAdopté par 6 voix.').vote).toMatchObject({ for: 6, against: null });
    expect(vote('Adoptée par trente et une voix et 7 abstentions.').vote).toMatchObject({ for: 31, abstentions: 7 });
    expect(vote('Le budget est adopté par 6 voix de majorité.').vote?.for ?? null).toBeNull();
  });

  it('takes the outcome said of the deliberation over that of an amendment voted before it', () => {
    const r = vote("Amendement n° 1 présenté par le groupe des élus écologistes : REJETÉ\nPour : 8 – Contre : 29\nDélibération : ADOPTÉE");
    expect(r.outcome).toBe('adopted');
  });

  it('counts the members named in the clause before "s\'abstenant" or "votant contre", over its commas and inside brackets', () => {
    expect(vote("Adopté à la majorité, M. Bouvier, Mme Chazal, M. d'Aubert et Mme Espinasse s'abstenant.").vote).toMatchObject({ abstentions: 4 });
    expect(vote('Adopté à la majorité (M. PETIT votant contre).').vote).toMatchObject({ against: 1 });
  });

  it('counts a nominal vote\'s names for, and takes no "Vote par appel nominal :" for an act', () => {
    expect(vote('Ont voté pour : M. Raymond ESCOURBIAC, M. Jean ROUQUETTE, M. Lionel PRAT.\nOnt voté contre : M. Paul DUPONT.').vote).toMatchObject({ for: 3, against: 1 });
    const s = "Vote par appel nominal : 22 voix pour, 1 contre.\nLe Conseil municipal ADOPTE le budget primitif.";
    expect(extractArticles(s, 0, s.length).map((a) => a.action)).toEqual(['adopte']);
  });

  it('reads a vote table extracted column by column: the labels, then their counts in order', () => {
    expect(vote('RÉSULTAT DU VOTE\nPour\nContre\nAbstentions\n23\n0\n3\n').vote).toMatchObject({ for: 23, against: 0, abstentions: 3 });
    expect(vote('Votants\nPour\nContre\nAbstention\n14\n13\n0\n1').vote).toMatchObject({ for: 13, against: 0, abstentions: 1 });
  });

  it('reads a count that says in brackets whom it counts ("1 (M. le Président)") as one of the column\'s figures', () => {
    expect(vote('Résultat du vote\nPour\nContre\nAbstentions\nNe prend pas part au vote\n26\n13\n0\n1 (M. le Président)\nAdopté.').vote).toMatchObject({ for: 26, against: 13, abstentions: 0, notVoting: 1 });
  });

  it('reads a last "Résultat" label whose value is the outcome in words after the figures', () => {
    const r = vote('Votants\nPour\nContre\nAbstention\nRésultat\n17\n15\n2\n0\nAdoptée');
    expect(r.vote).toMatchObject({ for: 15, against: 2, abstentions: 0 });
    // A title over the labels is not the outcome's label: the figures stay each their own label's.
    expect(vote('RÉSULTAT DU VOTE\nVotants\nPour\nContre\nAbstentions\n29\n25\n4\n0\nADOPTÉ').vote).toMatchObject({ for: 25, against: 4, abstentions: 0 });
  });

  it('reads the outcome in words after the figures with its qualifier ("Adopté à l\'unanimité"), each figure its own label\'s', () => {
    const r = vote("Résultat du vote\nPour\nContre\nAbstention\nNe prend pas part\nRésultat\n8\n0\n0\n0\nAdopté à l'unanimité\nMots-clés");
    expect(r.vote).toMatchObject({ for: 8, against: 0, abstentions: 0, notVoting: 0 });
  });

  it('sums the counts a vote gives by group, the last line of each kind the deliberation\'s own', () => {
    const text = "Amendement n° 1 : REJETÉ\nPour : groupe Gauche unie (8)\nContre : groupes Majorité (23) et Union centriste (8)\nDélibération : ADOPTÉE\nPour : groupes Majorité (23) et Union centriste (6)\nContre : groupe Gauche unie (8)\nAbstention : M. TERRASSON";
    expect(vote(text).vote).toMatchObject({ for: 29, against: 8, abstentions: 1 });
  });

  it('reads unanimity and the outcome', () => {
    const r = vote("Adopté à l'unanimité.");
    expect(r.vote).toMatchObject({ unanimous: true, for: null, against: null, abstentions: null });
    expect(r.outcome).toBe('adopted');
    expect(r.vote!.span).not.toBeNull();
  });

  it('reads counts in digits and in words, and named abstentions', () => {
    expect(vote('Vote :\n- Pour : 17\n- Abstention : 1, Monsieur TANGUY').vote).toMatchObject({
      unanimous: false,
      for: 17,
      abstentions: 1,
      abstentionNames: [expect.objectContaining({ surname: 'TANGUY' })],
    });
    expect(vote('adopté par douze voix pour, trois voix contre et deux abstentions').vote).toMatchObject({
      for: 12,
      against: 3,
      abstentions: 2,
    });
    expect(vote('Vote : 2 CONTRE (M. Leblanc et M. Tanguy)').vote).toMatchObject({ against: 2 });
  });

  it('reads "N voix d\'abstention" as abstentions', () => {
    expect(vote("Adopté par 22 voix pour et 4 voix d'abstention (M. BÉRAUD, Mme SOLER).").vote).toMatchObject({ for: 22, abstentions: 4 });
  });

  it.each([
    ["Adopté à l'unanimité (28 voix).", 28],
    ["Adopté à l'unanimité des membres présents et représentés\n(26 voix).", 26],
    ["Adopté à l'unanimité des suffrages exprimés (17 voix pour).", 17],
  ])('reads the votes of a unanimity given in brackets: "%s"', (line, n) => {
    expect(vote(line).vote).toMatchObject({ unanimous: true, for: n, against: null });
  });

  it('takes no count from a bracket after the sentence of the unanimity has ended', () => {
    expect(vote("Adopté à l'unanimité. Le Maire rappelle la réunion publique (40 voix attendues).").vote).toMatchObject({ for: null });
    expect(vote("Adopté à l'unanimité des suffrages exprimés (5 abstentions).").vote).toMatchObject({ for: null, abstentions: 5 });
  });

  it.each([
    ["Le conseil décide, à l'unanimité, de ne pas procéder au scrutin secret.\nLe Conseil DÉSIGNE, à main levée, par 16 voix pour et 2 abstentions, M. X et Mme Y.", { unanimous: false, for: 16, abstentions: 2 }],
    ["Conformément à l'article L. 2121-21 du CGCT, le Conseil municipal décide à l'unanimité de\nprocéder à cette élection à main levée.\nSont proclamés élus : M. X, Mme Y.", null],
    ["Le conseil municipal, à l'unanimité, DÉCIDE de ne pas procéder au scrutin secret et DÉSIGNE M. Tristan FLOC'H en qualité de correspondant.", { unanimous: true }],
  ])('does not take the unanimous decision on how to vote for the vote: %s', (text, expected) => {
    const r = vote(text);
    expect(r.vote).toEqual(expected === null ? null : expect.objectContaining(expected));
    expect(r.outcome).toBe('adopted');
  });

  it('keeps a unanimity that elects by show of hands', () => {
    expect(vote("M. X est élu à main levée, à l'unanimité.").vote).toMatchObject({ unanimous: true });
  });

  it('reads a count of "pour" followed by the bracket of a group whose name holds "pour"', () => {
    expect(vote('Vote : 5 pour (groupe « Agir pour Rocheville »), 25 contre, 2 abstentions.').vote).toMatchObject({ for: 5, against: 25, abstentions: 2 });
  });

  it('keeps "0 abstention" when the names in brackets after it do not take part in the vote', () => {
    const r = vote('Vote : 38 pour – 0 contre – 0 abstention (Mmes KERGOAT et ESNAULT et M. BONNET ne prenant pas part au vote).');
    expect(r.vote).toMatchObject({ for: 38, against: 0, abstentions: 0 });
    expect(r.vote!.abstentionNames).toEqual([]);
  });

  it('reads an election: the votes of the one proclaimed, in the round that decided', () => {
    const text = [
      'Candidats : M. Michel CASSAGNE, M. Philippe BRUGIDOU.',
      'Premier tour - Votants : 32 - Blancs : 1 - Exprimés : 31 - Majorité absolue : 16',
      'M. Michel CASSAGNE : 15 voix ; M. Philippe BRUGIDOU : 16 voix.',
      'Second tour - Votants : 32 - Exprimés : 31',
      'M. Michel CASSAGNE : 19 voix ; M. Philippe BRUGIDOU : 12 voix.',
      'M. Michel CASSAGNE est proclamé 3e vice-président et immédiatement installé.',
    ].join('\n');
    const r = vote(text);
    expect(r.vote).toMatchObject({ unanimous: false, for: 19, against: null });
    expect(r.outcome).toBe('adopted');
  });

  it('reads an election from the template\'s results table: the row of the one proclaimed, not the rule recalled before the ballot', () => {
    const text = [
      'Il a rappelé que le maire est élu au scrutin secret et à la majorité absolue parmi les membres du conseil.',
      '',
      'Le président a invité le conseil à procéder à l’élection, chaque conseiller déposant son bulletin.',
      'e. Nombre de suffrages exprimés ........................ 14',
      'NOM ET PRÉNOM DES CANDIDATS              NOMBRE DE SUFFRAGES OBTENUS',
      'CORVEC Nathalie                               7             sept',
      'LE BIHAN Patrick                              7             sept',
      'Mme Nathalie CORVEC, étant plus âgée que M. Patrick LE BIHAN, est déclarée élue.',
      'Mme Nathalie CORVEC a été proclamée maire et a été immédiatement installée.',
    ].join('\n');
    const r = vote(text);
    expect(r.vote).toMatchObject({ unanimous: false, for: 7 });
    expect(r.outcome).toBe('adopted');
    // The rule on the first line is neither the vote nor its outcome: every mark is in the results.
    expect(Math.min(...r.marks.map((m) => m.start))).toBeGreaterThanOrEqual(text.indexOf('CORVEC Nathalie'));
  });

  it('reads the votes of a candidate on a dotted row, and of a list proclaimed by its head', () => {
    const dotted = 'Ont obtenu :\nM. Didier THIÉBAUT ........ dix-neuf voix ........ 19\nM. Francis GRANDCLAUDE ........ quatorze voix ........ 14\nM. Didier THIÉBAUT, ayant obtenu la majorité absolue au premier tour, a été proclamé Président.';
    expect(vote(dotted).vote).toMatchObject({ unanimous: false, for: 19 });
    const list = 'Suffrages exprimés : 18\nListe conduite par M. Bertrand ROUSSILHE : 18 (dix-huit) voix.\n\nOnt été proclamés adjoints les candidats figurant sur la liste\nconduite par M. Bertrand ROUSSILHE.';
    expect(vote(list).vote).toMatchObject({ unanimous: false, for: 18 });
    // A row of several figures does not say which is the votes.
    const tally = 'Titulaire       VIGNAUX Christian     19        2                17\nM. Christian VIGNAUX a été proclamé délégué.';
    expect(vote(tally).vote?.for ?? null).toBeNull();
  });

  it('reads the counts of lists of names by how they voted ("Ont voté POUR (41)", "Se sont abstenus (15)")', () => {
    const text = 'Ont voté POUR (41) : M. ARRIGHI, Mme BARTOLI.\nSe sont abstenus (15) : M. CASTELLANI, Mme COLONNA.\nNon participation (4) : M. FILIPPI.';
    expect(vote(text).vote).toMatchObject({ for: 41, abstentions: 15, notVoting: 4 });
  });

  it('warns when unanimity and abstentions are both stated', () => {
    const r = vote("Adopté à l'unanimité, 4 abstentions.");
    expect(r.vote).toMatchObject({ unanimous: true, abstentions: 4 });
    expect(r.warnings.join(' ')).toMatch(/unanimité/);
  });

  it('knows a tie that is neither adopted nor rejected', () => {
    expect(vote("POUR : 7\nCONTRE : 7\nLe compte n'est ni approuvé, ni rejeté.").outcome).toBeNull();
    expect(vote('Le conseil prend acte du rapport.').outcome).toBe('noted');
    expect(vote('La proposition est rejetée par 7 voix contre, 6 pour.').outcome).toBe('rejected');
  });

  it('reads no outcome in a decision recalled ("approuvé le 30 mai 2024", "adopté par délibération du …")', () => {
    expect(vote('Le compte administratif 2023, approuvé le 30 mai 2024, fait apparaître un excédent.')).toMatchObject({ outcome: null, stated: false });
    expect(vote('Le règlement adopté par délibération du 12 mars 2019 est modifié.')).toMatchObject({ outcome: null, stated: false });
    // Another council's act, its object between the verb and the deliberation recalled; the act of this one still an act.
    expect(vote('Le Conseil Municipal de VERNIERES a approuvé le principe du jumelage et le\nprojet de charte par délibération du 14 mai 1986. Il nous appartient de nous prononcer.')).toMatchObject({ outcome: null, stated: false });
    expect(vote('Le Conseil Municipal approuve la modification du plan prescrite par délibération du 12 mai 2010.')).toMatchObject({ outcome: 'adopted', stated: true });
    expect(vote('Le budget est approuvé à la majorité.').outcome).toBe('adopted');
  });

  it('reads no outcome in a decision recalled with who took it ("adopté par notre Assemblée le 13 décembre 2003"), nor in one to come ("seront approuvés")', () => {
    expect(vote('Son dernier règlement, adopté par notre Assemblée le 13 décembre 2003, est arrivé à échéance.')).toMatchObject({ outcome: null, stated: false });
    expect(vote("Les contrats seront approuvés par notre Assemblée, sur proposition de la 3ème Commission.")).toMatchObject({ outcome: null, stated: false });
    expect(vote('La convention est prête à être approuvée.')).toMatchObject({ outcome: null, stated: false });
    expect(vote('Les délibérations adoptées seront publiées au Recueil des actes administratifs.')).toMatchObject({ outcome: null, stated: false });
    expect(vote("Suite proposée : création d'un emplacement réservé n° 9 pour stationnement (800 m²).").vote).toBeNull();
    expect(vote('Le schéma directeur a été adopté par le Conseil de District dans sa séance du 6 avril 1978.')).toMatchObject({ outcome: null, stated: false });
    expect(vote("Le supplément serait appliqué selon le barème adopté par le Conseil\nd'Administration le 17 décembre 1987, soit à 64 ménages.")).toMatchObject({ outcome: null, stated: false });
    expect(vote('Par délibération du 30 juin 1989, le Conseil Régional a adopté un Programme Prévisionnel des Investissements.')).toMatchObject({ outcome: null, stated: false });
    expect(vote('Le règlement est adopté par le Conseil à l\'unanimité.')).toMatchObject({ outcome: 'adopted', stated: true });
    // Another authority's act: a community's, the State's.
    expect(vote("Cet objectif est conforme au programme local de l'habitat adopté par la Communauté d'agglomération, qui fixe à 120 logements par an la production sociale.")).toMatchObject({ outcome: null, stated: false });
    expect(vote('Le schéma régional approuvé par le Préfet fixe les objectifs.')).toMatchObject({ outcome: null, stated: false });
  });

  it('reads no outcome in a decision recalled by its act over a long sentence, nor in the opening\'s "a été élu secrétaire de séance"', () => {
    expect(vote("Par délibération n° 97/58 du 12 septembre 1997, le Conseil de\nCommunauté a décidé de recourir à une délégation de service public\npour l'aménagement, l'entretien et l'exploitation des remontées\nmécaniques et des pistes de ski alpin du domaine, pour une durée\nmaximale de vingt ans, et a approuvé le document-programme.")).toMatchObject({ outcome: null, stated: false });
    expect(vote('Le quorum étant atteint, le Conseil peut délibérer. M. CHATEL Yves a été élu secrétaire de séance.')).toMatchObject({ outcome: null, stated: false });
    expect(vote('M. CHATEL Yves a été élu maire.')).toMatchObject({ outcome: 'adopted', stated: true });
  });

  it('reads no outcome in the favourable opinion a commissioner gave in his conclusions; the council\'s own "a émis un avis favorable" is one', () => {
    expect(vote("Dans son rapport et ses conclusions remis le 1er août 2008, il a émis un avis favorable au projet, assorti de deux réserves.")).toMatchObject({ outcome: null, stated: false });
    expect(vote("Le Conseil Municipal, après en avoir délibéré, a émis un avis favorable au projet.")).toMatchObject({ outcome: 'adopted', stated: true });
  });

  it('reads a line of labels with their counts, OCR\'s letter l for the last one ("Abstention : l")', () => {
    expect(vote('Votants : 20 Pour : 17 Contre : 2 Abstention : l')).toMatchObject({ vote: { for: 17, against: 2, abstentions: 1 } });
    expect(vote("Abstention : l'ensemble du groupe").vote?.abstentions ?? null).toBeNull();
  });

  it('reads OCR\'s O for zero and l for one among figures ("Pour : 2O - Abstentions : l3"), not a count\'s amount ("pour ... 3.712.446,80 F")', () => {
    expect(vote('ADOPTE - Pour : 2O - Abstentions : l3')).toMatchObject({ vote: { for: 20, abstentions: 13 } });
    expect(vote('ADOPTE - Pour : 19 - Contre : 1O')).toMatchObject({ vote: { for: 19, against: 10 } });
    expect(vote('Pour : Il est proposé de voter.').vote?.for ?? null).toBeNull();
    expect(vote('Lot n° 1 - S.A. BATIMENTS DU PERIGORD\npour ............................... 3.712.446,80 F').vote?.for ?? null).toBeNull();
  });

  it('reads the votes that elect: "est élu au premier tour de scrutin avec 5 voix (1 bulletin blanc)", "élue au" / "premier tour avec 6 voix"', () => {
    expect(vote('M. Didier AUCLAIR est élu au premier tour de scrutin avec 5 voix (1 bulletin blanc).')).toMatchObject({ vote: { unanimous: false, for: 5 }, outcome: 'adopted' });
    expect(vote('Mme Christelle DAGUIN est élue au\npremier tour avec 6 voix.').vote?.for).toBe(6);
  });

  it('reads no unanimity in a commission\'s opinion the report recalls; the assembly\'s, or a Commission départementale\'s, is the vote', () => {
    expect(vote("La commission, réunie le 8 octobre 1992, a émis à l'unanimite de ses membres un avis\nfavorable au choix de la S.L.D.E.")).toMatchObject({ vote: null, stated: false });
    expect(vote("Après avis de la commission, le Conseil émet à l'unanimité un avis favorable.").vote?.unanimous).toBe(true);
    expect(vote("La Commission départementale, à l'unanimité, émet un avis favorable au projet.").vote?.unanimous).toBe(true);
  });

  it('reads no outcome in a decision recalled by its year ("une carte communale approuvée en 2014")', () => {
    expect(vote('La commune dispose d\'une carte communale approuvée en 2014 qui lui donne satisfaction.')).toMatchObject({ outcome: null, stated: false });
    expect(vote('Le schéma adopté en mars 2019 est révisé.')).toMatchObject({ outcome: null, stated: false });
  });

  it('reads an act with its object far from the vote as the outcome, not as a statement of the vote', () => {
    const s = "Le conseil municipal, après en avoir délibéré :\nadopte la nomenclature budgétaire et comptable M57 abrégée à compter du 1er janvier 2023 pour le\nbudget principal ;\nfixe le mode de gestion des amortissements au prorata temporis pour les biens acquis à compter du\n1er janvier 2023 ;\nautorise le Maire à signer toute pièce nécessaire à l'exécution de la présente délibération.\nVote : 14 pour.";
    const r = vote(s);
    expect(r.outcome).toBe('adopted');
    expect(r.vote?.for).toBe(14);
    expect(r.marks.map((m) => s.slice(m.start, m.end))).toEqual(['14 pour']);
  });

  it('reads "prend acte" among other acts of a vote as no outcome of its own; alone, it is the outcome', () => {
    const acts = "Le conseil municipal, après en avoir délibéré, à l'unanimité,\nDÉCIDE de confier au maire les délégations suivantes :\n1° de fixer les tarifs des droits de voirie ;\n2° de passer les contrats d'assurance ;\n\nPRÉCISE que les décisions pourront être signées par un adjoint ;\n\nPREND ACTE que le maire rendra compte de l'exercice de cette délégation.";
    expect(vote(acts).outcome).toBe('adopted');
    expect(vote("Le conseil municipal, à l'unanimité, prend acte du rapport annuel.").outcome).toBe('noted');
  });

  it('says nothing where nothing was voted', () => {
    expect(vote('Monsieur le Maire informe le conseil des travaux en cours.')).toMatchObject({ vote: null, outcome: null, stated: false });
  });
});

describe('a second act in capitals joined by "et"', () => {
  it('is an article of its own after the first one\'s object; "CHARGE et DÉLÈGUE" side by side are one act', () => {
    const a = "APPROUVE les tarifs de location de la salle et DIT que les recettes seront inscrites au budget.";
    expect(extractArticles(a, 0, a.length).map((x) => x.action)).toEqual(['approuve', 'dit']);
    const b = "CHARGE et DÉLÈGUE Madame le maire aux fins d'exécution de la présente délibération.";
    expect(extractArticles(b, 0, b.length).map((x) => x.action)).toEqual(['charge']);
  });
});

describe('articles', () => {
  const articles = (s: string) => extractArticles(s, 0, s.length).map((a) => a.action);
  it('reads bulleted third-person verbs and proposals in the infinitive', () => {
    expect(articles('LA COMMISSION PERMANENTE :\n• Approuve la convention ;\n• Autorise Monsieur le Président à signer.')).toEqual([
      'approuve',
      'autorise',
    ]);
    expect(articles("- Adopter l'opération,\n- Solliciter une subvention,\n- Prendre l'engagement de réaliser")).toEqual([
      'adopte',
      'sollicite',
      "prend l'engagement",
    ]);
    expect(articles("- d'approuver la création d'un emploi\n- de l'autoriser à signer")).toEqual(['approuve', 'autorise']);
    expect(articles('-\nDÉCIDE de renouveler\n-\nCHARGE et DÉLÈGUE Madame le maire')).toEqual(['décide', 'charge']);
  });
  it('reads a second act joined by "et" as an article of its own, not a relative clause\'s verb', () => {
    const s = '- Approuve la convention et autorise le Maire à la signer ;\n- Prend acte du rapport qui sera annexé, et dit que la délibération sera publiée.';
    expect(extractArticles(s, 0, s.length).map((a) => [a.action, a.text])).toEqual([
      ['approuve', 'Approuve la convention'],
      ['autorise', 'autorise le Maire à la signer'],
      ['prend acte', 'Prend acte du rapport qui sera annexé'],
      ['dit', 'dit que la délibération sera publiée'],
    ]);
    expect(articles('- Approuve la convention qui précise les rôles et définit les engagements ;\n- Décide de signer et de publier.')).toEqual([
      'approuve',
      'décide',
    ]);
  });
  it('does not take nouns or wrapped sentences for articles', () => {
    expect(articles('Vote du conseil à l’unanimité\nPour : 12\nsollicite encore')).toEqual([]);
  });
});

describe('articles written in the passive', () => {
  it('"Est approuvé …", "Le taux … est fixé à …", "Le Président … est autorisé à …": their acts', () => {
    const text = `D E L I B E R E

ARTICLE 1 : Est approuvé le programme régional de défense des forêts contre l'incendie.

ARTICLE 2 : Est affectée à ce programme une autorisation de programme de 18 450 000 F.

ARTICLE 3 : Le taux de l'aide régionale est fixé à 30 % du montant hors taxes des travaux.

ARTICLE 4 : Le Président du Conseil Régional est autorisé à signer les conventions.

ARTICLE 5 : La présente délibération sera publiée au recueil des actes administratifs.
`;
    expect(extractArticles(text, 0, text.length).map((a) => a.action)).toEqual(['approuve', 'affecte', 'fixe', 'autorise']);
  });

  it('under "DÉCIDE :" too; not "est chargé de l\'exécution", the closing formula', () => {
    const decides = `Après en avoir délibéré, par 12 voix pour et 2 voix contre,
DECIDE :
Article 1er : De céder à la société "Distribution du Léon" une partie de la parcelle ZK n° 112.
Article 2 : Les frais d'acte notarié seront à la charge de l'acquéreur.
Article 3 : Monsieur le Maire est autorisé à signer l'acte de vente.
`;
    expect(extractArticles(decides, 0, decides.length).map((a) => a.action)).toContain('autorise');
    const formula = `DELIBERE
Article 1 : Est approuvé le plan de financement.
Article 2 : Madame le Maire est chargée de l'exécution de la présente délibération.
`;
    expect(extractArticles(formula, 0, formula.length).map((a) => a.action)).toEqual(['approuve']);
    // Its subject wrapping under a long line onto a name in capitals; several charged "chacun en ce qui le concerne".
    const wrapped = `DECIDE :
Article 1er - Le principe d'une convention de coopération entre la Commune de
VERNIERES et le Syndicat des Eaux du Plateau est approuvé.
Article 2 - Monsieur le Maire et Monsieur le Receveur Municipal sont chargés, chacun en ce qui le concerne, de
l'exécution de la présente délibération.
`;
    const acts = extractArticles(wrapped, 0, wrapped.length).map((a) => a.action);
    expect(acts).toContain('approuve');
    expect(acts).not.toContain('charge');
  });

  it('not in a regulation annexed after the articles, whose own numbering starts again', () => {
    const text = `DELIBERE
Article 1er : Le règlement du cimetière communal annexé à la présente délibération est adopté.
Article 2 : Les tarifs des concessions sont fixés comme suit.

REGLEMENT DU CIMETIERE COMMUNAL
Article 1 – Le cimetière communal est situé rue du Tilleul.
Article 2 – Les concessions sont accordées pour quinze ou trente ans.
Article 3 – Les emplacements sont attribués par le Maire.
`;
    expect(extractArticles(text, 0, text.length).map((a) => a.action)).toEqual(['adopte', 'fixe']);
  });
});

describe('articles written as "Article n"', () => {
  it('reads the verb after the article number, with or without "Le Conseil"', () => {
    const s = "Article 1er : Approuve le budget.\nArticle 2 : Le Conseil Municipal autorise le Maire à signer.\nARTICLE 3 - DIT que la dépense est inscrite.";
    expect(extractArticles(s, 0, s.length).map((a) => a.action)).toEqual(['approuve', 'autorise', 'dit']);
  });

  it('reads it after a full stop and a dash ("Article 3. – DÉSIGNE M. X"), a name after the verb', () => {
    const s = "Après en avoir délibéré,\nArticle 1er. – DÉCIDE d'établir un jumelage.\nArticle 2. – DÉSIGNE M. DÉSIRÉ Gérard pour représenter le Conseil.\nArticle 3. – AUTORISE M. le Maire à signer la charte.";
    expect(extractArticles(s, 0, s.length).map((a) => a.action)).toEqual(['décide', 'désigne', 'autorise']);
  });
});

describe('decisions without an article list', () => {
  const actions = (s: string) => extractArticles(s, 0, s.length).map((a) => a.action);
  it('takes the verb of a one-sentence decision, or its passive', () => {
    expect(actions("Le Conseil Communautaire, à l'unanimité, fixe les tarifs de la piscine.")).toEqual(['fixe']);
    expect(actions("Le Conseil donne son accord à l'unanimité.")).toEqual(['donne son accord']);
    expect(actions("Ce dernier est adopté à l'unanimité.")).toEqual(['adopte']);
  });
  it('does not take a lead-in to a list for the decision', () => {
    expect(actions('Le Conseil accepte à la majorité d’autoriser :\n- Monsieur le Président à signer')).not.toContain('accepte');
  });
  it('records points written as nouns under "décide de :" as "décide"', () => {
    const s = "Le Conseil Communautaire décide à l'unanimité de :\n-La création d'un emploi non permanent pour\nfaire face à un besoin saisonnier ;\n-De modifier le tableau des emplois ;\n-L'imputation des dépenses au budget.\nZA LA BORDE - PROPOSITION D'EXTENSION";
    expect(actions(s)).toEqual(['décide', 'modifie', 'décide']);
  });
});

describe('named votes', () => {
  it('counts members who do not take part, named before the clause', () => {
    const s = "M. DUPONT, intéressé à l'affaire, ne prend pas part au vote. Adopté à l'unanimité des votants.";
    expect(readVote(s, 0, s.length).vote).toMatchObject({ unanimous: true, notVoting: 1 });
  });
  it('counts a named abstention in a sentence that states the vote first', () => {
    const s = 'Vote du conseil à la majorité, Mme ETORE-LORTHOLARY Jeanne s’abstient.';
    expect(readVote(s, 0, s.length).vote).toMatchObject({ unanimous: false, abstentions: 1, abstentionNames: [expect.objectContaining({ surname: 'ETORE-LORTHOLARY' })] });
  });
});

describe('outcome words', () => {
  it('reads "est élu" as adopted, but not the noun "élu" nor an infinitive article', () => {
    expect(vote('Suffrages obtenus : M. X : 13\nM. X est élu maire de la commune.')).toMatchObject({ outcome: 'adopted' });
    expect(vote('M. le Maire procède à la lecture de la charte de l’élu local.')).toMatchObject({ stated: false });
    expect(vote("- Adopter l'opération,\n- Solliciter une subvention")).toMatchObject({ stated: false });
  });
});

describe('named votes wrapped by the layout', () => {
  it('finds a name the line break cut in two', () => {
    const s = "Le conseil se prononce à la majorité pour l'achat du terrain. Mme DUPRÉ\nClaire vote contre.";
    expect(readVote(s, 0, s.length).vote).toMatchObject({ against: 1, againstNames: [expect.objectContaining({ surname: 'DUPRÉ' })] });
  });
});

describe('bullets run into the line before', () => {
  it('reads " - VERB clause" inside a line as an article, not " - TITLE IN CAPITALS"', () => {
    const s = "Après avoir délibéré à l'unanimité, le conseil municipal : - DÉFINIT comme zones celles de l'annexe\n- __ VALIDE la transmission de la carte au préfet. FINANCES - DEMANDE DE SUBVENTION\nsuite du texte de la séance";
    expect(extractArticles(s, 0, s.length).map((a) => a.action)).toEqual(['définit', 'valide']);
  });
});

describe('the outcome of a decision that also takes note of something', () => {
  const decision = (voteLine: string) =>
    `LA COMMISSION PERMANENTE :\n• Prend acte de l'attribution du marché à l'entreprise ;\n• Approuve l'avenant n° 1 à la convention.\n\n${voteLine}`;

  it('is the one its vote line states, by a majority', () => {
    expect(vote(decision('Adopté à la majorité, M. G. CAZENAVE et M. C. SARRAT votant contre.')).outcome).toBe('adopted');
  });

  it('is the one its vote line states, with counts', () => {
    expect(vote(decision('Adopté par 12 voix pour et 2 voix contre.')).outcome).toBe('adopted');
  });

  it('is "noted" when nothing else is stated', () => {
    expect(vote("Le conseil municipal prend acte du rapport annuel, à l'unanimité.").outcome).toBe('noted');
  });

  it('is "adopted" where "prend acte" is the first of the acts a counted vote passed, near the vote', () => {
    const text = "Le Bureau Communautaire, après en avoir délibéré, par 9 voix pour et 1 abstention\n(M. LEBRETON) :\n\nArticle 1 : PREND ACTE de la décision de la Commission d'Appel d'Offres attribuant le marché.\n\nArticle 2 : AUTORISE Monsieur le Président à signer les marchés correspondants.\n\nArticle 3 : DIT que les dépenses seront imputées au budget annexe.";
    expect(vote(text).outcome).toBe('adopted');
    expect(vote("Le Bureau, par 9 voix pour et 1 abstention :\n\nArticle 1 : PREND ACTE du rapport annuel du délégataire.").outcome).toBe('noted');
  });

  it('is "adopted" where the sentence stating the vote goes on from "prend acte" to another act', () => {
    expect(vote("DÉCISION : le Conseil, à l'unanimité, prend acte du choix de la commission d'appel\nd'offres et autorise le Président à signer le marché.").outcome).toBe('adopted');
    expect(vote("Le Conseil prend acte à l'unanimité de la tenue du débat.\n\nTRAVAUX PREVUS :\n- éclairage du stade.\nLe Conseil approuve ce programme.").outcome).toBe('noted');
  });
});

describe('counts and names in the shapes vote lines take', () => {
  it('reads each word followed by its count, without colons', () => {
    expect(vote('Vote : pour 8 – contre 0 – abstention 1\nLe conseil approuve l’état d’assiette.').vote).toMatchObject({ for: 8, against: 0, abstentions: 1 });
  });

  it('reads counts after dot leaders, with the commas OCR read among the dots', () => {
    const r = vote('Résultat du vote :\nPour ........... 52 (groupes de la majorité)\nContre ........, 17 (groupe Alternance)\nAbstentions ..,. 6 (non-inscrits)\n\nLE CONSEIL ADOPTE.');
    expect(r.vote).toMatchObject({ unanimous: false, for: 52, against: 17, abstentions: 6 });
  });

  it('still reads counts written before their words', () => {
    expect(vote('Adopté par 8 pour 0 contre 1 abstention.').vote).toMatchObject({ for: 8, against: 0, abstentions: 1 });
  });

  it('reads a count in brackets before the names', () => {
    const r = vote("Adopté à l'unanimité des suffrages exprimés.\nAbstentions (4) : Mme Aline PRADEAU, M. Hugo TESSON, M. Romain VIDALOT, M. Kévin ROULAND");
    expect(r.vote).toMatchObject({ unanimous: true, abstentions: 4 });
    expect(r.vote!.abstentionNames.map((p) => p.surname)).toEqual(['PRADEAU', 'TESSON', 'VIDALOT', 'ROULAND']);
  });

  it('counts the members named with "votant contre", their initials not ending the sentence', () => {
    const r = vote('Adopté à la majorité, M. G. CAZENAVE et M. C. SARRAT votant contre.');
    expect(r.vote).toMatchObject({ against: 2 });
    expect(r.vote!.againstNames.map((p) => p.surname)).toEqual(['CAZENAVE', 'SARRAT']);
  });

  it('counts the member named with "s\'abstenant"', () => {
    expect(vote("Adopté, Mme L. DUPRAT s'abstenant.").vote).toMatchObject({ abstentions: 1 });
  });
});

describe('articles numbered "1°)"', () => {
  it('each record their verb', () => {
    const text = "Décide :\n\n1°) d'attribuer aux collèges publics des dotations complémentaires ;\n\n2°) de prélever la dépense sur le chapitre 65 ;\n\n3°) de notifier la présente décision aux chefs d'établissement.\n";
    expect(extractArticles(text, 0, text.length).map((a) => a.action)).toEqual(['attribue', 'prélève', 'notifie']);
  });
});

describe('unanimity OCR read as "unanimit6"', () => {
  it('is unanimity', () => {
    expect(vote("le Conseil Municipal d6signe a l'unanimit6 M. ROQUES pour le remplacer.").vote?.unanimous).toBe(true);
  });
});

describe('the verb of a one-sentence decision', () => {
  const actions = (s: string) => extractArticles(s, 0, s.length).map((a) => a.action);

  it('passes over a body named in a visa ("l\'avis de la commission des finances") for the one that acts', () => {
    expect(actions("Vu l'avis de la commission des finances du 17 juin 1982,\n\nLe Conseil régional décide la création des 24 emplois et autorise le Président à procéder aux recrutements.\n\nAdopté par 38 voix pour et 19 voix contre.")).toEqual(['décide', 'autorise']);
  });

  it('follows "le Conseil de Communauté", as communautés of the 1990s name theirs', () => {
    expect(actions("Le Conseil de Communauté, après en avoir délibéré, à l'unanimité, approuve le lancement de l'étude et autorise le Président à signer tout document.")).toEqual(['approuve', 'autorise']);
  });

  it('follows the vote in counts and the names of those who abstained', () => {
    expect(actions('Le Conseil Municipal, après en avoir délibéré, par 11 voix pour et 2 abstentions (Mme VAUTRAIN, M. GRANDCLAIR), adopte le budget primitif tel qu\'il lui a été présenté.')).toEqual(['adopte']);
  });

  it('follows "à l\'unanimité moins une abstention (name)"', () => {
    expect(actions("Le Conseil Municipal, à l'unanimité moins une abstention (Sébastien Lagarde), décide d'adhérer\nau groupement de commandes et autorise Madame le Maire à signer l'acte constitutif.")).toEqual(['décide', 'autorise']);
  });

  it('follows the councils of arrondissements, of communes déléguées and of quartiers', () => {
    expect(actions('Le Conseil du 14e arrondissement désigne les représentants figurant sur la liste annexée.')).toEqual(['désigne']);
    expect(actions('Le conseil communal, par 6 voix pour et 1 abstention, émet un avis favorable au projet.')).toEqual(['émet']);
    expect(actions("Le Conseil d'arrondissement approuve la décision modificative n° 1.")).toEqual(['approuve']);
  });

  it('reads "prie", "souhaite", "réaffirme" as acts', () => {
    expect(actions("Le Conseil, à l'unanimité, émet le voeu que la foire soit rétablie, et prie M. le Préfet de soumettre cette demande.")).toEqual(['émet', 'prie']);
    expect(actions("- RÉAFFIRME son attachement au service public ;\n- SOUHAITE que la trésorerie soit maintenue.")).toEqual(['réaffirme', 'souhaite']);
  });

  it('reads "dresse" (the list of taxpayers put to the tax office) as an act', () => {
    expect(actions("Le conseil municipal, à l'unanimité, dresse la liste de 24 contribuables annexée à la présente délibération et charge le Maire de la transmettre.")).toEqual(['dresse', 'charge']);
  });

  it('is "s\'oppose" when the council opposes a transfer', () => {
    expect(actions('Le Conseil Municipal s\'oppose au transfert de la compétence PLU à la Communauté de communes.')).toEqual(["s'oppose"]);
  });

  it('reads verbs in lower case opening the lines after the lead "après en avoir délibéré :"', () => {
    expect(actions("Le conseil municipal, après en avoir délibéré :\nadopte la nomenclature M57 abrégée à compter du 1er janvier 2023 pour le\nbudget principal ;\nfixe le mode de gestion des amortissements au prorata temporis ;\nautorise le Maire à signer toute pièce.\nVote : 14 pour.")).toEqual(['adopte', 'fixe', 'autorise']);
  });

  it('is the act when the sentence announces a table of figures', () => {
    expect(actions("Le Conseil Municipal, à l'unanimité, fixe ainsi qu'il suit les tarifs applicables au 1er septembre :\n - repas enfant ...... 12,50 F\n - repas adulte ...... 21,00 F\n")).toEqual(['fixe']);
  });

  it('is not recorded when it leads to an infinitive the points complete', () => {
    expect(actions("Le Conseil Communautaire accepte à la majorité d'autoriser :\n\nLa vente du lot n° 24 à la SCI ELLO ;\n")).not.toContain('accepte');
  });
});

describe('a vote table one cell a line', () => {
  it('gives each word the count under it', () => {
    expect(vote('Vote :\nPour\n15\nContre\n2 (M. LEBRUN, Mme OSMOND)\nAbstention\n0\n').vote).toMatchObject({ for: 15, against: 2, abstentions: 0 });
  });

  it('reads the TOTAL row of a table by group, not a group\'s row', () => {
    const text = 'Le Conseil Régional adopte la décision modificative n° 2.\nRésultat du vote\nGroupe\nPour\nContre\nAbstention\nNPPV\nUnion pour la Bretagne\n42\n0\n0\n0\nSocialiste et apparentés\n0\n23\n0\n0\nNon inscrits\n6\n0\n3\n1\nTOTAL\n48\n23\n3\n1\n';
    expect(vote(text).vote).toMatchObject({ unanimous: false, for: 48, against: 23, abstentions: 3, notVoting: 1 });
  });

  it('reads the Total row of a table by group whose labels stand in one row, a group\'s name wrapped over its counts', () => {
    const text = 'Article 2 D\'APPROUVER le programme.\nRÉSULTAT DU VOTE\nGroupe Pour Contre Abstention NPPV\nNormandie Unie 42 0 0 0\nNormandie Écologie et\nSolidarités\n0 0 8 0\nIdentité et Territoires 0 18 0 0\nTotal 42 18 8 0\nDélibération adoptée à la majorité des suffrages exprimés.\n';
    expect(vote(text).vote).toMatchObject({ unanimous: false, for: 42, against: 18, abstentions: 8, notVoting: 0 });
  });
});

describe('a vote grid in capitals', () => {
  it('"ABSTENTION(S) : 0" counts, and is no name of those against', () => {
    const r = vote('VOTE :  POUR : 25        CONTRE : 6        ABSTENTION(S) : 0');
    expect(r.vote).toMatchObject({ for: 25, against: 6, abstentions: 0 });
    expect(r.vote!.againstNames).toEqual([]);
  });
});

describe('a vote grid abbreviated as Paris\'s councils write it', () => {
  it('"POUR : 3   CONTRE : 17   ABST. : 8   NPPV : 0" on a line, and its labels one a line over its figures', () => {
    expect(vote('POUR : 3          CONTRE : 17          ABST. : 8          NPPV : 0\nAvis défavorable.').vote).toMatchObject({ for: 3, against: 17, abstentions: 8 });
    expect(vote('Vote :\nPOUR\nCONTRE\nABST.\nNPPV\n11\n0\n16\n0\nAvis favorable.').vote).toMatchObject({ for: 11, against: 0, abstentions: 16 });
  });
});

describe('a budget voted chapter by chapter, then as a whole', () => {
  it('is the vote on the whole', () => {
    const s = "Chap. 011 Charges à caractère général ...... Pour : 19 Contre : 11 Abst. : 2\nChap. 012 Charges de personnel ...... Pour : 21 Contre : 0 Abst. : 11\nVote sur l'ensemble du budget primitif 2016 : Pour : 19 / Contre : 1 (M. HUGON) / Abstention : 1 (Mme TEISSIER)\nAdopté.";
    expect(vote(s).vote).toMatchObject({ for: 19, against: 1, abstentions: 1 });
    expect(vote(s).outcome).toBe('adopted');
  });
});

describe('votes typed by small communes', () => {
  it('"Pour 8 Contre 0 Abst 1", "Pour : 9   Contre : 0   Abst : 1 (M. X)"', () => {
    expect(vote('Pour 8 Contre 0 Abst 1').vote).toMatchObject({ for: 8, against: 0, abstentions: 1 });
    expect(vote('Pour : 9   Contre : 0   Abst : 1 (M. GEORGES)').vote).toMatchObject({ for: 9, against: 0, abstentions: 1 });
  });
});

describe('vote boxes of deliberation software', () => {
  it('"VOTE Pour Contre Abstention" over "10 0 0", "Pour 20 | Contre 0 | …", labels one a line with "Ne prend pas part"', () => {
    expect(vote('VOTE Pour Contre Abstention\n10 0 0\n\nFait et délibéré').vote).toMatchObject({ for: 10, against: 0, abstentions: 0 });
    expect(vote('   Votes        Pour        Contre        Abstention\n                 11            2               0\n').vote).toMatchObject({ for: 11, against: 2, abstentions: 0 });
    expect(vote('Votes : Pour 20 | Contre 0 | Abstentions 0 | Ne prend pas part 0\nAdoptée.').vote).toMatchObject({ for: 20, against: 0, abstentions: 0 });
    expect(vote('Votes\nPour\nContre\nAbstentions\nNe prend pas part\n31\n0\n1\n1\nADOPTÉE').vote).toMatchObject({ for: 31, against: 0, abstentions: 1 });
  });

  it('a label whose cell wrapped on two lines ("Ne prend pas part" over "au vote") is one label', () => {
    const r = vote('Votants\nPour\nContre\nAbstentions\nNe prend pas part\nau vote\n25\n22\n0\n2\n1\nADOPTÉ');
    expect(r.vote).toMatchObject({ for: 22, against: 0, abstentions: 2 });
  });
});

describe('counts in words restated in figures between brackets', () => {
  it('reads "par vingt-quatre (24) voix pour, cinq (5) voix contre (…) et une (1) abstention (…)"', () => {
    const t = `Le Conseil communautaire, après en avoir délibéré, par vingt-quatre (24) voix pour,
cinq (5) voix contre (Thomas JOLLET, Odile CHARRIER) et une (1) abstention (Christian DEMARS) :
APPROUVE la décision modificative.`;
    const v = readVote(t, 0, t.length).vote!;
    expect([v.for, v.against, v.abstentions]).toEqual([24, 5, 1]);
    expect(v.againstNames.map((p) => p.surname)).toEqual(['JOLLET', 'CHARRIER']);
    expect(v.abstentionNames.map((p) => p.surname)).toEqual(['DEMARS']);
  });

  it('names no one after "et 1 abstention :" when the article\'s verb in capitals follows', () => {
    const t = 'Le Conseil, par 24 voix pour, 5 voix contre et 1 abstention : APPROUVE la décision modificative.';
    const v = readVote(t, 0, t.length).vote!;
    expect([v.for, v.against, v.abstentions]).toEqual([24, 5, 1]);
    expect([...v.againstNames, ...v.abstentionNames]).toEqual([]);
  });
});

describe('names wrapped before the verb of their vote', () => {
  it('reads both in "à la majorité, Mme LOZAC et\\nM. BERTOU s\'abstenant"', () => {
    const t = "Le Conseil municipal, après en avoir délibéré, à la majorité, Mme LOZAC et\nM. BERTOU s'abstenant :\n- DECIDE d'exonérer les commerces des loyers.";
    const v = readVote(t, 0, t.length).vote!;
    expect(v.abstentions).toBe(2);
    expect(v.abstentionNames.map((p) => p.surname)).toEqual(['LOZAC', 'BERTOU']);
  });
});

describe("a vote table whose last column gives the result", () => {
  it('reads "Votants  Pour  Contre  Abstentions  Résultat" over "18  15  3  0  Adopté"', () => {
    const v = vote("Décision : le Conseil communautaire fixe les tarifs 2025.\nVotants     Pour     Contre    Abstentions    Résultat\n   18        15        3           0          Adopté\n").vote!;
    expect([v.for, v.against, v.abstentions]).toEqual([15, 3, 0]);
  });

  it('reads "Délib.  Votants  Pour  Contre  Abst.  Résultat" over "2000-05  8  7  0  1  Adopté à la majorité", the act\'s number first', () => {
    const v = vote("Exposé : le budget s'équilibre à 1 284 600,00 F.\nDélib. Votants Pour Contre Abst. Résultat\n2000-05 8 7 0 1 Adopté à la majorité\n").vote!;
    expect([v.for, v.against, v.abstentions]).toEqual([7, 0, 1]);
  });

  it('reads "VOTE  POUR  CONTRE  ABST.  NPPV" over "26  22  4  0  0", the word titling the row over the voters\' count', () => {
    const v = vote('DECISION :\nLe Conseil Municipal APPROUVE la décision modificative.\nVOTE POUR CONTRE ABST. NPPV\n26 22 4 0 0\nRESULTAT : ADOPTE\n').vote!;
    expect([v.for, v.against, v.abstentions, v.notVoting]).toEqual([22, 4, 0, 0]);
  });

  it('reads no voters\' count under "Vote n° 12": a title with its number, the counts one a label', () => {
    const v = vote('Le Conseil approuve le budget.\nVote n° 12 Pour Contre Abstention\n20 1 2 0\n').vote;
    expect(v?.for ?? null).toBeNull();
  });
});

describe('a decision in sentences, the body again as a pronoun', () => {
  it('reads "Il autorise le Président" after "Le Conseil approuve … et fixe …", and the acts after "après examen …,"', () => {
    const t = "Le Conseil approuve la convention avec la Maison de retraite et fixe le prix du repas à 42 F.\nIl autorise le Président à signer la convention.\nAdopté par 7 voix pour et 1 abstention.";
    expect(extractArticles(t, 0, t.length).map((a) => a.action)).toEqual(['approuve', 'fixe', 'autorise']);
    const u = "Le Conseil, après examen à huis clos de quatre demandes, accorde trois secours d'urgence et rejette une demande.";
    expect(extractArticles(u, 0, u.length).map((a) => a.action)).toEqual(['accorde', 'rejette']);
  });

  it('reads no act from a member\'s "Il demande", "Il rappelle" after it', () => {
    const t = "Le Conseil fixe les loyers au 1er juillet. M. DURAND regrette la hausse. Il demande un gel des loyers. Il rappelle les travaux.";
    expect(extractArticles(t, 0, t.length).map((a) => a.action)).toEqual(['fixe']);
  });
});

describe('a one-sentence decision with who stayed out of the vote', () => {
  it('reads the verbs after "Le Conseil municipal, hors la présence de Madame le Maire,"', () => {
    const t = "Le Conseil municipal, hors la présence de Madame le Maire, approuve le compte administratif\n2020 du budget principal et constate la conformité de ses résultats avec le compte de gestion.\nVote : Pour : 14 – Contre : 0";
    expect(extractArticles(t, 0, t.length).map((a) => a.action)).toEqual(['approuve', 'constate']);
  });
});

describe('a one-sentence decision under a delegation', () => {
  it('reads the verbs after "Le Bureau, statuant par délégation du Conseil de District (délibération du 22 avril 1977),"', () => {
    const t = "Le Bureau, statuant par délégation du Conseil de District (délibération du 22 avril 1977), approuve l'avenant n° 3 et autorise le Président à le signer.";
    expect(extractArticles(t, 0, t.length).map((a) => a.action)).toEqual(['approuve', 'autorise']);
  });
});

describe('a year before "pour"', () => {
  it('is no count of votes: "80 € en 2005 pour mémoire"', () => {
    const v = vote("habitants : 120 € le week-end (80 € en 2005 pour mémoire)\nLe conseil municipal, à l'unanimité, fixe les tarifs.").vote!;
    expect([v.unanimous, v.for]).toEqual([true, null]);
  });
});

describe('a rate in words', () => {
  it('"vingt pour cent", "trois pour mille" are no votes for', () => {
    for (const t of ['Les charges ont augmenté de près de vingt pour cent sur la période.', 'Le taux passe à trois pour mille.']) {
      expect(readVote(t, 0, t.length).stated).toBe(false);
    }
    const t = 'Adopté par vingt voix pour et deux contre.';
    expect([readVote(t, 0, t.length).vote?.for, readVote(t, 0, t.length).vote?.against]).toEqual([20, 2]);
  });
});

describe('a vote table whose row of labels counts the votes cast', () => {
  it('"Votants Abstentions Exprimés Pour Contre" over "38 6 32 32 0": each count under its label', () => {
    const t = 'Le Conseil Général approuve le projet.\nRésultat du vote\nVotants Abstentions Exprimés Pour Contre\n38 6 32 32 0\nAbstentions : Groupe Communiste\nADOPTÉ\n';
    expect(readVote(t, 0, t.length).vote).toMatchObject({ unanimous: false, for: 32, against: 0, abstentions: 6 });
  });
});

describe("a table of points whose header gives the vote's labels once", () => {
  it('reads each row\'s figures alone ("16 0 3 0") with the labels of the header above ("Pour Contre Abst. NPPV")', () => {
    const header = 'RAPPORTS EXAMINES\nN° Rapport\nObjet\nRapporteur\nRésultat du vote\nPour Contre Abst. NPPV\n';
    const row = 'DCP2017-0146\nSubventions aux associations sportives - 2ème répartition 2017\nMme BAREIGTS\nAdopté\n16 0 3 0\n';
    const text = header + 'DCP2017-0141\nApprobation du procès-verbal\nM. TECHER\nAdopté à l\'unanimité\n19 0 0 0\n' + row;
    const start = text.indexOf('DCP2017-0146');
    expect(readVote(text, start, text.length).vote).toMatchObject({ for: 16, against: 0, abstentions: 3, notVoting: 0 });
    // Without the header, the figures are nobody's.
    expect(readVote(row, 0, row.length).vote?.for ?? null).toBeNull();
  });
});

describe('"accepté" of another subject in a report', () => {
  it('states no adoption in "les propriétaires ont accepté un prix" nor "accepté par la Direction Départementale"', () => {
    const a = 'Après négociation, les propriétaires ont accepté un prix de 3,00 F le mètre carré.';
    const b = "dont le principe a été accepté par la Direction Départementale de l'Équipement ;";
    expect(readVote(a, 0, a.length).stated).toBe(false);
    expect(readVote(b, 0, b.length).stated).toBe(false);
  });
  it('still reads the council\'s "La proposition est acceptée à l\'unanimité."', () => {
    const c = "La proposition est acceptée à l'unanimité.";
    expect(readVote(c, 0, c.length).outcome).toBe('adopted');
  });
});

describe('a stand announced in the debate before the vote', () => {
  it('reads "annonce un vote contre" as no count, the counts from the vote itself', () => {
    const text = "Mme DAUMAS regrette la hausse des dépenses et annonce un vote contre. M. REBOUL s'interroge sur le calendrier.\nLe Conseil Général adopte la décision modificative par 15 voix pour et 8 voix contre.";
    const vote = readVote(text, 0, text.length).vote;
    expect(vote).toMatchObject({ for: 15, against: 8 });
  });
});

describe('an adoption to come', () => {
  it("is stated by no 'une fois adopté' clause, any more than by 'sera adopté'", () => {
    expect(vote("Le schéma qui, une fois adopté, permet à la Région de recevoir les aides de l'Etat.").stated).toBe(false);
    expect(vote('Le règlement, une fois approuvée la convention, entrera en vigueur.').stated).toBe(false);
    expect(vote('Le schéma est adopté à l\'unanimité.').stated).toBe(true);
  });
});

describe('a vote table a row a count, its number of voters first', () => {
  it('reads each count after its word, not the figure of the row above', () => {
    const t = `DECIDE :\n- d'autoriser Monsieur le Président à signer la convention.\nRESULTAT DU VOTE\nNombre de votants                      77\nPour                                   50\nContre                                 6\nAbstention                             21\nNe prend pas part au vote              0\nLa délibération est adoptée.\n`;
    const { vote } = readVote(t, 0, t.length);
    expect([vote?.for, vote?.against, vote?.abstentions]).toEqual([50, 6, 21]);
  });
});

describe("an election after the council's unanimous choice of the deputy's rank", () => {
  it('is the winner\'s votes, not the unanimity on how the election goes', () => {
    const t = `M. le Maire propose que le nouvel adjoint occupe le même rang. Accord du Conseil à l'unanimité.
Candidatures : M. Jean-Marc RAMEAU ; Mme Sylvie NECTOUX.
Résultats du premier tour de scrutin :
- nombre de votants : 31
- bulletins blancs ou nuls : 2
- suffrages exprimés : 29
- majorité absolue : 15
Ont obtenu : M. RAMEAU : 23 voix ; Mme NECTOUX : 6 voix.
M. Jean-Marc RAMEAU, ayant obtenu la majorité absolue, est proclamé 4ème adjoint au Maire et immédiatement installé.
`;
    expect(readVote(t, 0, t.length).vote).toMatchObject({ unanimous: false, for: 23 });
  });
});

describe('an adoption in the pluperfect, recalled in a report', () => {
  it('is no outcome ("notre Assemblée avait adopté un premier plan"), where "le Conseil a adopté" is', () => {
    expect(vote("Dès le mois de juin, notre Assemblée avait adopté un premier plan de relance. Le plan avait été approuvé en juin.").stated).toBe(false);
    expect(vote('Le Conseil a adopté le plan.').outcome).toBe('adopted');
  });
});

describe('an adoption recalled from an earlier deliberation, its sentence long', () => {
  it('is no outcome when "Par délibération … du …" opens its sentence more than 300 characters before', () => {
    const s = "Par délibération n° 2003/12/07 du 18 décembre 2003, notre assemblée, après avoir recueilli l'avis du Comité Technique Paritaire le 4 décembre 2003 et celui de la Commission Consultative des Services Publics Locaux le 9 décembre 2003, s'est prononcée sur le principe du maintien de la gestion déléguée du service sous la forme d'un affermage, pour une durée de sept ans, et a approuvé le rapport présentant les caractéristiques des prestations.";
    expect(vote(s).stated).toBe(false);
  });
});

describe("a vote's grid a cell a line, its outcome between its labels and its figures", () => {
  it('reads "Résultat" / "Pour" / "Contre" / "Abst." / "Adopté" / "40" / "4" / "0"', () => {
    expect(vote('Le Conseil approuve le budget.\nRésultat\nPour\nContre\nAbst.\nAdopté\n40\n4\n0\n').vote).toMatchObject({ for: 40, against: 4, abstentions: 0 });
  });
});

describe('the body said unanimous between commas', () => {
  it('is a unanimous vote: "Le Conseil Municipal, unanime, émet le vœu …"', () => {
    const t = "Le Conseil Municipal, unanime, émet le vœu que l'école de Pianellaccia soit maintenue.";
    expect(readVote(t, 0, t.length).vote).toMatchObject({ unanimous: true });
  });
  it('is none where a report tells of an opinion: "l\'avis unanime de la commission"', () => {
    const t = "Vu l'avis unanime de la commission des finances, le Maire propose d'adopter le budget.";
    expect(readVote(t, 0, t.length).vote?.unanimous ?? false).toBe(false);
  });
});

describe('an amendment rejected, its counts after their words, then the report adopted', () => {
  it("is the report's vote: \"… a été rejeté (Pour : 20 – Contre : 55).\" / \"Adopté – Pour : 40 – Contre : 15 – Abstention : 20.\"", () => {
    const t = "L'assemblée arrête le projet de SRADDET. Un amendement du groupe UDC relatif aux objectifs de densité a été rejeté (Pour : 20 – Contre : 55).\nAdopté – Pour : 40 (SRD, ECO, GCC) – Contre : 15 (RN) – Abstention : 20 (UDC).\n";
    expect(readVote(t, 0, t.length).vote).toMatchObject({ unanimous: false, for: 40, against: 15, abstentions: 20 });
  });
});

describe("an amendment's vote told in a sentence of its own before the item's", () => {
  it("reads the item's counts, not the amendment's, whatever counts the amendment's sentence states", () => {
    const first = vote("Le Conseil Général fixe la participation départementale.\nUn amendement de M. GIRARD tendant à la gratuité pour les familles est repoussé par 9 voix contre 17.\nLes conclusions du rapport sont adoptées par 19 voix contre 7.\n");
    expect([first.vote?.for, first.vote?.against, first.outcome]).toEqual([19, 7, 'adopted']);
    // "M. RAGOT" is no sentence's end; "contre 8." is.
    const second = vote("L'amendement de M. RAGOT, mis aux voix, est repoussé par 16 voix\ncontre 8.\n\nLes conclusions du rapport sont ensuite adoptées par 16 voix\npour, 6 voix contre et 2 abstentions.\n");
    expect([second.vote?.for, second.vote?.against, second.vote?.abstentions]).toEqual([16, 6, 2]);
  });

  it('still reads a vote whose sentence names no amendment after one that did', () => {
    const r = vote("Un amendement est retiré par son auteur. Adopté par 25 voix pour et 8 voix contre.\n");
    expect([r.vote?.for, r.vote?.against]).toEqual([25, 8]);
  });
});

describe("another body's opinion recalled in a point's report", () => {
  it('"le Comité Technique Paritaire a émis un avis favorable" is no vote of the sitting: the point stays one matter', () => {
    const doc = analyzeText(`BUREAU COMMUNAUTAIRE
Réunion du lundi 10 décembre 2001

5. PERSONNEL - AMENAGEMENT ET REDUCTION DU TEMPS DE TRAVAIL - AVIS SUR LE PROTOCOLE
D'ACCORD (délibération n° B 2001-41)

Le Président expose le projet de protocole d'accord sur l'aménagement et la réduction
du temps de travail à 35 heures, qui concerne les 14 agents de la Communauté. Le
Comite Technique Paritaire a émis un avis favorable le 26 novembre 2001. Le protocole
prévoit un horaire hebdomadaire de 37 heures assorti de l2 jours de RTT.

M. ROUX et M. BLANC estiment que le coût du dispositif, évalué à 96 000 F par an
(remplacements au service de collecte), n'est pas suffisamment financé.

Le Bureau, par 9 voix pour et 2 voix contre (MM. ROUX et BLANC), émet un avis
favorable au protocole d'accord et propose son adoption au Conseil communautaire
du 17 décembre 2001.

                     CC Val de Sarre - Bureau du 10/12/2001 - page 2/3
M. BLANC quitte la séance à 19h40 et donne pouvoir à M. NOEL.

6. MAISON DE L'ENFANCE - PLAN DE FINANCEMENT (délibération n° B 2001-42)

Le Bureau, à l'unanimité, approuve le plan de financement.
`);
    expect(doc.items.map((i) => [i.number, i.decision?.vote?.for ?? null, i.decision?.articles.map((x) => x.action)])).toEqual([
      ['B 2001-41', 9, ['émet', 'propose']],
      ['B 2001-42', null, ['approuve']],
    ]);
  });
});

describe("a run of counts with a group in brackets after one", () => {
  it('reads every count past the bracket: "Pour 31 ; Contre 9 (groupe X) ; Abstention 0"', () => {
    const r = vote('Adopté : Pour 31 ; Contre 9 (groupe Gauche et Ecologie Solidaires) ; Abstention 0.');
    expect([r.vote?.for, r.vote?.against, r.vote?.abstentions]).toEqual([31, 9, 0]);
  });
});

describe('"par N voix contre M" across a line break', () => {
  it('"est adoptée par 28 voix" / "contre 12." counts 28 for and 12 against, as on one line', () => {
    for (const text of ['La décision modificative est adoptée par 28 voix\ncontre 12.', 'La décision modificative est adoptée par 28 voix contre 12.']) {
      const v = readVote(text, 0, text.length).vote;
      expect([v?.for, v?.against]).toEqual([28, 12]);
    }
  });
});

describe("a typed procès-verbal's scrutin and its abstainers counted in a sentence", () => {
  it('"Pour l\'adoption ........ 98" counts the votes for beside "Contre ....... 41"', () => {
    const text = "Voici le résultat du scrutin :\nNombre de votants .......... 155\nPour l'adoption ............ 98\nContre ..................... 41\nAbstentions ................ 16\n\nLe Conseil régional a adopté.";
    const v = readVote(text, 0, text.length).vote;
    expect([v?.for, v?.against, v?.abstentions]).toEqual([98, 41, 16]);
  });
  it('"; 16 membres se sont abstenus." and ", 2 membres s\'étant abstenus" count the abstentions', () => {
    for (const [text, n] of [
      ['(Le projet de délibération, mis aux voix, est adopté par 112 voix contre 27\n; 16 membres se sont abstenus.)', 16],
      ["Le projet est adopté par 12 voix contre 3, 2 membres s'étant abstenus.", 2],
    ] as const) {
      expect(readVote(text, 0, text.length).vote?.abstentions).toBe(n);
    }
  });
});

describe("a summary's table of decisions a cell a line, its vote labels one a line in the header", () => {
  it("reads each point's figures, one a line, under the labels, a page's running footer after them", () => {
    const doc = analyzeText(`COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL
DU MARDI 12 AVRIL 2016
DÉCISIONS DU CONSEIL MUNICIPAL
N°
Objet
Rapporteur
Décision du conseil municipal
Pour
Contre
Abst.
2016-031
Approbation du compte de gestion 2015 -
Budget principal
M. ORSINI
Le conseil municipal, à l'unanimité, déclare que le compte de gestion du budget principal n'appelle ni
observation ni réserve de sa part.
25
0
0
2016-032
Affectation du résultat de fonctionnement 2015
M. ORSINI
Le conseil municipal, à la majorité, décide d'affecter l'excédent de fonctionnement 2015 au compte 1068.
21
0
4
CR sommaire CM du 12/04/2016
Page 2 / 4
2016-033
Motion pour le maintien du bureau de poste
M. CECCALDI
Le conseil municipal, à l'unanimité, adopte la motion demandant à La Poste le maintien du bureau.
25
0
0
`);
    expect(doc.items.map((i) => [i.number, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions])).toEqual([
      ['2016-031', 25, 0, 0],
      ['2016-032', 21, 0, 4],
      ['2016-033', 25, 0, 0],
    ]);
  });
});

describe('acts joined in one sentence', () => {
  const actsOf = (s: string) => extractArticles(s, 0, s.length).map((a) => a.action);

  it('reads "sollicite de la Collectivité …" after a comma, and "; il sollicite …" the body again as its pronoun', () => {
    expect(actsOf("Le conseil municipal, à l'unanimité, approuve l'opération de réfection de la voirie pour un montant de 186 500,00 € HT, sollicite de la Collectivité Territoriale de Corse une aide de 130 550,00 € et autorise le Maire à signer toute pièce.")).toEqual(['approuve', 'sollicite', 'autorise']);
    expect(actsOf("Le conseil municipal, à l'unanimité, approuve le projet d'extension du réseau et son plan de financement : Agence de l'eau 47 100,00 € (50 %) ; il sollicite les aides correspondantes.")).toEqual(['approuve', 'sollicite']);
  });
});

describe("a commission's opinion", () => {
  it('is the sitting commission deciding when it gives it there, and a recalled opinion when it was given', () => {
    expect(vote("La Commission, à l'unanimité, émet un avis favorable à la fixation à 62,40 F du prix de journée.").stated).toBe(true);
    expect(vote("La commission des finances a émis à l'unanimité de ses membres un avis favorable sur ce projet.").stated).toBe(false);
  });
});

describe('"P 24 / C 7 / A 0"', () => {
  it("reads for, against and abstentions by their initials", () => {
    const v = vote('Le budget supplémentaire est adopté (P 24 / C 7 / A 0).').vote;
    expect([v?.for, v?.against, v?.abstentions]).toEqual([24, 7, 0]);
  });
});

describe("a register's margin outcome before the body that acts", () => {
  it('reads the act of "ADOPTE   Le Bureau, par délégation du Conseil Général, approuve …", not the margin\'s word', () => {
    const s = "ADOPTE   Le Bureau, par délégation du Conseil Général, approuve les\nacquisitions pour un montant total de 5 412 F, et autorise le Président à signer les actes. Adopté à l'unanimité.";
    expect(extractArticles(s, 0, s.length).map((a) => a.action)).toEqual(['approuve', 'autorise']);
  });
});

describe('a vote put just before the decision, its figures wrapped over three lines', () => {
  it('"Mis aux voix, les tarifs proposés sont adoptés :" / "Pour : 11 - Contre : 2 (MM. …) - Abstention:" / "1 (M. MAZEAU)." is the decision\'s', () => {
    const doc = analyzeText(`Séance du conseil municipal du 3 mars 1987
L'an mil neuf cent quatre-vingt-sept, le 3 mars, le Comité s'est réuni sous la présidence de Monsieur Paul DURAND, Président.
Présents : MM. DURAND, LACHAUD, ROUCHAUD, MAZEAU.
1. Tarifs de l'eau pour 1988
M. le Président propose de relever les tarifs.
Mis aux voix, les tarifs proposés sont adoptés :
Pour : 11 - Contre : 2 (MM. LACHAUD, ROUCHAUD) - Abstention:
1 (M. MAZEAU).
En conséquence le Comité fixe à compter du 1er janvier 1988 la prime fixe à 200 F par abonné.
`);
    const vote = doc.items[0]!.decision!.vote!;
    expect([vote.for, vote.against, vote.abstentions]).toEqual([11, 2, 1]);
  });
});

describe("an article's sentence going on onto a line opening on a civility", () => {
  it('"- sollicite de M. le Commissaire de la République et de" / "M. le Président du Conseil Général l\'attribution …": the list goes on', () => {
    const doc = analyzeText(`Séance du conseil municipal du 3 mars 1987
L'an mil neuf cent quatre-vingt-sept, le 3 mars, le Comité s'est réuni sous la présidence de Monsieur Paul DURAND, Président.
Présents : MM. DURAND, LACHAUD, ROUCHAUD, MAZEAU.
1. Travaux de renforcement du réseau
M. DUBREUIL expose l'avant-projet.
Le Comité, après en avoir délibéré, à l'unanimité :
- approuve l'avant-projet et le plan de financement
présentés ;
- sollicite de M. le Commissaire de la République et de
M. le Président du Conseil Général l'attribution des
subventions les plus élevées possibles ;
- confie la maîtrise d'oeuvre à la D.D.A. de la Dordogne ;
- autorise M. le Président à signer toutes pièces rela-
tives à cette affaire.

2. Tarifs de l'eau
Le Comité, à l'unanimité, fixe les tarifs.
`);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['approuve', 'sollicite', 'confie', 'autorise']);
  });
});

describe('a group named on a side of the vote, no count', () => {
  it('reads "Adopté, le groupe communiste s\'abstenant" as a vote not unanimous, its counts unknown', () => {
    const text = "Adopté, le groupe communiste s'abstenant.";
    const r = readVote(text, 0, text.length);
    expect(r.outcome).toBe('adopted');
    expect(r.vote && [r.vote.unanimous, r.vote.for, r.vote.against, r.vote.abstentions]).toEqual([false, null, null, null]);
  });

  it('leaves "Adopté." alone without a vote', () => {
    expect(readVote('Adopté.', 0, 7).vote).toBeNull();
  });
});

describe('seats filled from a single list, no ballot', () => {
  it('reads "les nominations prennent effet immédiatement" as the point decided, no vote', () => {
    const r = vote("Une seule liste ayant été déposée dans le délai d'une heure, les nominations prennent effet immédiatement (article L.3122-5 du CGCT).");
    expect([r.outcome, r.vote]).toEqual(['adopted', null]);
  });
});

describe('a vote names list wrapped over lines', () => {
  it('is read to its last name, past the line the layout cut it at', () => {
    const s = [
      'Ont voté POUR (40) : la majorité.',
      'Se sont ABSTENUS (5) : Mmes et MM. Carine BONAVITA, Paul-Antoine CHIAPPINI, Thomas DAMIANI, Matthieu',
      'GIORGI, Caroline GRIMALDI.',
      'ARTICLE PREMIER :',
      'APPROUVE le schéma.',
    ].join('\n');
    expect(vote(s).vote!.abstentionNames.map((p) => p.surname)).toEqual(['BONAVITA', 'CHIAPPINI', 'DAMIANI', 'GIORGI', 'GRIMALDI']);
  });

  it('goes on over a line that ends on a comma, and stops at a line that is no names', () => {
    const s = ['Contre : 3 (M. Paul AUBERTIN, Mme Anne CARRETTE,', 'M. Jean DUCHÊNE)', 'APPROUVE le contrat.'].join('\n');
    expect(vote(s).vote!.againstNames.map((p) => p.surname)).toEqual(['AUBERTIN', 'CARRETTE', 'DUCHÊNE']);
    const t = ['Contre : 2 (M. Paul AUBERTIN, Mme Anne CARRETTE),', 'DÉCIDE de signer.'].join('\n');
    expect(vote(t).vote!.againstNames.map((p) => p.surname)).toEqual(['AUBERTIN', 'CARRETTE']);
  });
});

describe("an election's results table, dot leaders between each candidate and their votes", () => {
  it("reads the proclaimed candidate's votes as the vote's for", () => {
    const t = `Premier tour de scrutin :
Nombre de votants ............................ 76
Bulletins blancs ou nuls ...................... 3
Suffrages exprimés ............................ 73
Majorité absolue .............................. 37
Ont obtenu : M. Thierry MARCHAIS ........ 41 voix
             Mme Sabine LECOMTE ......... 20 voix
             M. Olivier GUERARD ......... 12 voix
M. Thierry MARCHAIS, ayant obtenu la majorité absolue des suffrages exprimés, est
proclamé Président du Conseil régional et immédiatement installé.`;
    const r = readVote(t, 0, t.length);
    expect(r.vote?.for).toBe(41);
    expect(r.outcome).toBe('adopted');
  });
});

describe('water let out, in a report on sewage works', () => {
  it('reads "est rejetée sans traitement dans la rivière" as no outcome', () => {
    const t = "La quasi-totalité de leurs eaux usées est rejetée sans traitement dans la Maize ou dans ses affluents.\nLes effluents traités seront rejetés dans le ruisseau de l'Étang.";
    const r = readVote(t, 0, t.length);
    expect(r.outcome).toBeNull();
    expect(r.stated).toBe(false);
  });
  it('still reads a proposal rejected as rejected', () => {
    const t = 'La proposition est rejetée par 13 voix contre 27.';
    expect(readVote(t, 0, t.length).outcome).toBe('rejected');
  });
});

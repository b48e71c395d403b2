import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract/articles.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const actions = (s: string) => extractArticles(s, 0, s.length).map((a) => a.action);

describe('acts joined in one sentence of a summary record', () => {
  it('"…, décide de lancer …": an infinitive after "de" is what the joined verb governs', () => {
    expect(
      actions(
        "Le Conseil municipal approuve le dossier de consultation des entreprises, pour un montant estimé à 1 180 000 F HT, décide de lancer un appel d'offres ouvert et sollicite l'aide de l'Agence de l'eau.",
      ),
    ).toEqual(['approuve', 'décide', 'sollicite']);
  });

  it('"… qui sera signée …, et autorise M. le Maire à la signer": the act asks the head, not the relative clause', () => {
    expect(
      actions('Le Conseil municipal approuve les termes de la charte de jumelage qui sera signée à Saint-Ternoc le 15 août 1994 et autorise M. le Maire à la signer.'),
    ).toEqual(['approuve', 'autorise']);
    // The relative clause's own verbs stay its own.
    expect(actions('Le Conseil municipal approuve la convention qui spécifie les rôles et définit les engagements de chacun.')).toEqual(['approuve']);
  });

  it('"le Conseil municipal, ayant décidé … de ne pas procéder au scrutin secret, désigne M. X": the act after the participle', () => {
    expect(
      actions(
        "Mme BOTHOREL ayant fait connaître son souhait de ne plus siéger, le Conseil municipal, ayant décidé à l'unanimité de ne pas procéder au scrutin secret, désigne M. NICOLAS pour la remplacer.",
      ),
    ).toEqual(['désigne']);
  });
});

describe('articles in the passive under "DÉCIDE :"', () => {
  it('"Article 1er : L\'avant-projet … (a long subject) … est approuvé": the passive\'s act, not a décide for a noun point', () => {
    expect(
      actions(`DECIDE :

Article 1er : L'avant-projet détaillé de l'extension de l'usine d'incinération des ordures ménagères de La Motte-d'Argens est approuvé pour un montant de 14 750 000 F T.T.C.

Article 2 : Le plan de financement de l'opération est arrêté comme suit :
- subvention de l'Etat ........ 2 950 000 F
- autofinancement du District ........ 2 587 500 F

Article 3 : Monsieur le Président est autorisé à signer toutes pièces relatives à cette opération.
`),
    ).toEqual(['approuve', 'arrête', 'autorise']);
  });
});

describe("acts joined to a sentence's first one", () => {
  it('"et modifie en conséquence le tableau des effectifs", "et désigne comme garants …", "et désigne pour le représenter M. X"', () => {
    const text = (sentence: string) => `Séance du conseil municipal du 3 mars 2021
Présents : M. Paul DURAND, Mme Anne MARTIN.
1. Tableau des effectifs
Le maire présente le projet.
${sentence}
Adopté à l'unanimité.
2. Subvention
Le Conseil municipal accorde une subvention de 800 euros.
`;
    const acts = (sentence: string) => analyzeText(text(sentence)).items[0]?.decision?.articles.map((a) => a.action);
    expect(acts('Le Conseil Municipal DECIDE la création du poste et MODIFIE en conséquence le tableau des effectifs.')).toEqual(['décide', 'modifie']);
    expect(acts("Le comité syndical décide de créer un emploi d'ingénieur, modifie en conséquence le tableau des emplois et dit que les crédits sont inscrits.")).toEqual(['décide', 'modifie', 'dit']);
    expect(acts('Le Conseil municipal fixe le prix de la portion à 35 € et désigne comme garants Patrice HUMBERT et Luc ROY.')).toEqual(['fixe', 'désigne']);
    expect(acts("Le Conseil, à l'unanimité, décide d'adhérer au Syndicat et désigne pour le représenter M. Paul DURAND.")).toEqual(['décide', 'désigne']);
    // Whom it asks, after "auprès de" or "de Monsieur".
    expect(acts('Le Conseil municipal approuve le programme de voirie 1985 et sollicite de Monsieur le Président du Conseil général une subvention.')).toEqual(['approuve', 'sollicite']);
    expect(acts("Le Conseil municipal approuve le plan et sollicite auprès de l'Agence de l'eau une aide.")).toEqual(['approuve', 'sollicite']);
    // Its pronoun elided before it; a typist's dash or OCR's speck after "et".
    expect(acts("Le Conseil municipal charge le Maire de l'exécution de la présente délibération et l'AUTORISE à signer tout document.")).toEqual(['charge', 'autorise']);
    expect(acts('Le Conseil municipal décide la cession au prix fixé le 16 octobre 1997, et - autorise le Maire à signer la convention.')).toEqual(['décide', 'autorise']);
    expect(acts('Le Conseil municipal approuve la convention avec la Caisse et. autorise Monsieur le Maire à la signer.')).toEqual(['approuve', 'autorise']);
  });
});

describe('articles whose first clause has a subject', () => {
  it('reads the passive after "M. le Maire", over a line going on in lower case, and the collectivity acting', () => {
    const s = `DECIDE :
Article 1er - Le programme de rénovation urbaine du quartier
exposé ci-dessus est approuvé.
Article 2 - La Ville acquiert à l'amiable l'ensemble immobilier sis rue de la Gare.
Article 3 - M. le Maire est autorisé à solliciter les subventions.
`;
    expect(actions(s)).toEqual(['approuve', 'acquiert', 'autorise']);
  });

  it("reads the collectivity acting under its name (\"La Communauté d'Agglomération Seine-Essart accorde …\")", () => {
    const s = `DECIDE
ARTICLE 1 :  La Communauté d'Agglomération Val-de-Loue accorde sa garantie à
             hauteur de 50 % pour le remboursement de quatre emprunts.
ARTICLE 2 :  La Commune de Saint-Martin-du-Bois acquiert la parcelle AB 12.
ARTICLE 3 :  Le Bureau Communautaire autorise le Président à intervenir aux contrats.
`;
    expect(actions(s)).toEqual(['accorde', 'acquiert', 'autorise']);
  });

  it("reads OCR's \"Article 1cr\" and \"esl\" for \"1er\" and \"est\"", () => {
    const doc = analyzeText(`Séance du 3 mai 1977\nLe Conseil Municipal,\nDECIDE :\nArticle 1cr - Le programme esl approuvé.\nArticle 2 - M. le Maire est autorisé à signer l'acte.\nAdopté à l'unanimité.\n`);
    expect(doc.items[0]?.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
  });

  it("reads no passive across an article's title and the sentence under it", () => {
    const s = `DECIDE :\nArticle 1 - d'approuver la convention.\nArticle 5 - Modalités de versement\nLa subvention est versée en deux fois.\n`;
    expect(actions(s)).not.toContain('verse');
  });
});

describe('a motion whose acts open on "DEMANDE" after its considérants', () => {
  const motion = (act: string) => analyzeText(`Séance du conseil général du 25 juin 1990
Etaient présents : MM. AMIEL, AUDOUY, BARRAU.

Délibération n° 90-17
MOTION RELATIVE AU MAINTIEN DES SERVICES PUBLICS

LE CONSEIL GENERAL,
Considérant les projets de fermeture de classes,
Considérant que la présence des services publics est une condition du maintien de la population,
${act}
CHARGE le Président de transmettre la présente motion à M. le Premier Ministre.

Adoptée par 14 voix pour et 6 abstentions.
`);

  it('reads "DEMANDE au Gouvernement …" and "DEMANDE que …" as acts: the decision opens there', () => {
    const doc = motion(`DEMANDE au Gouvernement un moratoire sur toute fermeture ;
DEMANDE que toute réorganisation fasse l'objet d'une concertation ;`);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['demande', 'demande', 'charge']);
  });
});

describe('the body presided by a deputy written in words, between its name and its act', () => {
  it('"le Conseil Municipal, sous la présidence de M. GOURDIN, premier adjoint, approuve … et décide …"', () => {
    const doc = analyzeText(`Séance du conseil municipal du 3 mars 1993
L'an mil neuf cent quatre-vingt-treize, le 3 mars, le Conseil Municipal s'est réuni sous la présidence de M. Paul LEROUX, maire.
Présents : M. Paul LEROUX, M. Jean GOURDIN, Mme Anne MARTIN.

1. Budget primitif 1993
Le budget est présenté par M. GOURDIN. Le Conseil Municipal adopte le budget primitif à l'unanimité.

2. Compte administratif 1992
M. GOURDIN présente le compte administratif de l'exercice 1992, qui fait apparaître un excédent de 891 688 F.
M. le Maire s'étant retiré, le Conseil Municipal, sous la présidence de M. GOURDIN, premier adjoint, approuve à l'unanimité le compte administratif 1992, et décide d'affecter 300 000 F à la section d'investissement.
`);
    expect(doc.items[1]!.decision!.articles.map((a) => a.action)).toEqual(['approuve', 'décide']);
  });
});

describe('the body "réuni sous la présidence" of a deputy between its name and its act', () => {
  it('"le conseil municipal, réuni sous la présidence de M. CHAUMET André, 1er adjoint, approuve …"', () => {
    const doc = analyzeText(`Séance du conseil municipal du 23 mars 2000
L'an deux mille, le 23 mars, le Conseil Municipal s'est réuni sous la présidence de M. Jean BOURDET, maire.
Présents : M. Jean BOURDET, M. André CHAUMET, Mme Anne MARTIN.

1. Budget primitif 2000
Le Conseil Municipal adopte le budget primitif à l'unanimité.

2. Compte administratif 1999
Le Maire ayant quitté la salle, le conseil municipal, réuni sous la présidence de M. CHAUMET André, 1er adjoint, approuve le compte administratif 1999 de la commune.
`);
    expect(doc.items[1]!.decision!.articles.map((a) => a.action)).toEqual(['approuve']);
  });
});

describe('a decision in one sentence whose commas OCR read as full stops', () => {
  it('"Le Conseil municipal, après en avoir délibéré. par 25 voix pour …, approuve" and "Le Conseil Municipal. à l\'unanimité, DECIDE"', () => {
    const one = "Le Conseil municipal, après en avoir délibéré. par 25 voix pour et 5 abstentions (M. DÉTRAZ, Mme GALLAY), approuve la décision modificative n° 3.";
    const two = "Le Conseil Municipal. à l'unanimité, DECIDE l'acquisition de la parcelle.";
    expect([one, two].map((s) => extractArticles(s, 0, s.length).map((a) => a.action))).toEqual([['approuve'], ['décide']]);
  });
});

describe("a point's decision opening on the body its full stop for a comma parts from the rest", () => {
  it('"Le Conseil municipal. après en avoir délibéré, a l\'unanimité, adopte la motion" is the decision, its act read', () => {
    const doc = analyzeText(`PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 16 DECEMBRE 2019
Présents : M. Paul LEROUX, M. Jean GOURDIN, Mme Anne MARTIN.

1 - MOTION POUR LE MAINTIEN DE LA TRESORERIE
Rapporteur : M. le Maire
M. le Maire donne lecture de la motion. M. GOURDIN indique que son groupe s'associe pleinement a cette motion.
Le Conseil municipal. après en avoir délibéré, a l'unanimité, adopte la motion pour le
maintien de la trésorerie.

2 - QUESTIONS DIVERSES
Néant.
`);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['adopte']);
  });
});

describe('"après en avoir délibéré" as heavy OCR garbles it', () => {
  it('"dehbéré", "déllbérè" still lead to the act', () => {
    const one = "Le Conseil municipal, aprés en avoir dehbéré, à l'unanimité des votants (30 votants),\ndécide d'attribuer une subvention exceptionnelle et dit que les crédits sont inscrits au budget.";
    const two = "Le Conseil municipal, après en avoir déllbérè, à l'unanimité, approuve l'avenant n° 1 et autorise le Maire à le signer.";
    expect([one, two].map((s) => extractArticles(s, 0, s.length).map((a) => a.action))).toEqual([['décide', 'dit'], ['approuve', 'autorise']]);
  });
});

describe("the body's act in capitals before acts a line or a comma opens", () => {
  it('"Le Conseil municipal APPROUVE …," / "SOLLICITE …, et AUTORISE …": the first act is the body\'s own', () => {
    expect(
      actions(`     Le Conseil municipal APPROUVE l'opération et son plan de financement,
SOLLICITE l'aide de l'Etat au titre de la DETR 2026, et AUTORISE le
Maire à signer toutes pièces afférentes.`),
    ).toEqual(['approuve', 'sollicite', 'autorise']);
  });

  it('"Le Conseil municipal, siégeant sous la présidence de Mme X, APPROUVE … et ARRETE …"', () => {
    expect(
      actions(`     Le Conseil municipal, après en avoir délibéré, APPROUVE le compte administratif 2025
et ARRETE les résultats définitifs tels que résumés ci-dessus.`),
    ).toEqual(['approuve', 'arrête']);
  });
});

describe('who stayed out of the vote, between the body and its act', () => {
  const text = `PROCES-VERBAL DU CONSEIL MUNICIPAL DU 9 AVRIL 2026
Présents : M. Paul CASANOVA, Mme Anna SANTUCCI, M. Jean MARCHIONI.

POINT N° 7 : COMPTE ADMINISTRATIF 2025

Rapporteur : M. MARCHIONI

     M. MARCHIONI présente les résultats de l'exercice.

     Le Conseil municipal, siégeant sous la présidence de Mme SANTUCCI, le
Maire s'étant retiré, APPROUVE le compte administratif 2025 de la commune
et ARRETE les résultats définitifs tels que résumés ci-dessus.

Vote : Pour : 10 - Contre : 0 - Abstentions : 3
`;

  it('"…, le Maire s\'étant retiré, APPROUVE … et ARRETE …": the acts of the point', () => {
    expect(analyzeText(text).items.map((i) => (i.decision?.articles ?? []).map((a) => a.action))).toEqual([['approuve', 'arrête']]);
  });
});

describe('"Le Conseil Municipal constate …" as the decision of a point', () => {
  it('opens the decision where no other sentence of the body decides', () => {
    const text = `COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL DU 25 MARS 1994
Présents : M. Roger BERTIN, M. Marcel GUYOT, Mme Denise LAMBERT.

Délibération n° 1994/09
Objet : COMPTE ADMINISTRATIF 1993 - COMMUNE
M. le Maire ayant quitté la salle, le Conseil Municipal, siégeant sous la présidence de M. Marcel GUYOT, 1er Adjoint,
doyen des adjoints, examine le compte administratif de l'exercice 1993.
Le Conseil Municipal constate les identités de valeurs avec le compte de gestion du receveur, reconnaît la sincérité
des restes à réaliser et approuve le compte administratif 1993 de la commune.
Adopté à l'unanimité des votants.
`;
    expect(analyzeText(text).items.map((i) => (i.decision?.articles ?? []).map((a) => a.action))).toEqual([['constate', 'reconnaît', 'approuve']]);
  });
});

describe("a relevé's point stated in the passive", () => {
  const text = `RELEVE DES DECISIONS
DU CONSEIL D'ADMINISTRATION
Séance du mardi 15 décembre 1981

Membres présents : MM. SCHWEITZER, KIEFFER, LORENTZ, BECKER.

2. Budget primitif de l'exercice 1982
Le budget est arrêté en recettes et en dépenses à la somme de
14 682 300,00 F.
Adopté à l'unanimité.

3. Travaux de ravalement des façades
M. KIEFFER présente les offres reçues.
Adopté à l'unanimité.
`;

  it('is the decision from its first line; a point that tells only of a report keeps it as report', () => {
    const doc = analyzeText(text);
    const decisions = doc.sections.filter((s) => s.kind === 'decision').map((s) => doc.text.slice(s.start, s.end));
    expect(decisions[0]).toMatch(/^Le budget est arrêté/);
    expect(decisions[1]).toMatch(/^Adopté à l'unanimité/);
  });
});

describe('a plenary relevé: acts joined by "et" before a long infinitive, the outcome and a group\'s vote after a dash', () => {
  it('"… arrête les résultats … et décide de reprendre l\'excédent", then "ADOPTE - Le groupe … s\'abstient."', () => {
    expect(
      actions(`Le Conseil Général arrête les résultats définitifs du compte administratif de
l'exercice 1998 et décide de reprendre l'excédent de fonctionnement au budget de l'exercice 1999.
ADOPTE - Le groupe Union pour le Nord s'abstient.`),
    ).toEqual(['arrête', 'décide']);
  });
});

describe('a form\'s "Vote Unanimité (33 votants)" line', () => {
  it('is the label of the vote and its result, no act', () => {
    expect(
      actions(`Résumé Le Conseil régional approuve la répartition par département des crédits inscrits au budget.
Vote Unanimité (33 votants)
Décision ADOPTÉE`),
    ).toEqual(['approuve']);
  });
});

describe('"Le Conseil Municipal, unanime, S\'OPPOSE …"', () => {
  it('reads the body\'s reflexive act in capitals after "unanime," then the acts joined to it', () => {
    expect(
      actions(`Le Conseil Municipal, unanime, S'OPPOSE  à la fermeture envisagée, DEMANDE à M. l'Inspecteur
d'Académie de maintenir la troisième classe et SOUTIENT
l'action engagée par les parents d'élèves.`),
    ).toEqual(["s'oppose", 'demande', 'soutient']);
  });
});

describe('a relevé whose each point closes on "DECISION : ADOPTE à l\'unanimité."', () => {
  // Invented subjects; the layout of a typed relevé with the services' codes in the margin.
  const doc = analyzeText(`COMMISSION PERMANENTE DU CONSEIL GENERAL
REUNION DU 14 OCTOBRE 1996

N° 1.01       GARANTIE D'EMPRUNT - S.A. D'H.L.M. - Réhabilitation de 48 logements
DAG/Fin.      à VERNEUIL
              La Commission Permanente accorde la garantie du Département
              à hauteur de 50 % et autorise le Président à signer la
              convention de garantie à intervenir.
              DECISION : ADOPTE à l'unanimité.

N° 1.02       ADMISSION EN NON-VALEUR DE PRODUITS IRRECOUVRABLES
DAG/Fin.      La Commission Permanente approuve l'admission en non-valeur
              de produits pour 12 000 F.
              DECISION : ADOPTE par 16 voix pour et 3 abstentions.
`);

  it('reads the acts of the sentence, the label\'s line how the vote went', () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['accorde', 'autorise'], ['approuve']]);
    expect(doc.items.map((i) => [i.decision?.vote?.unanimous, i.decision?.vote?.for, i.decision?.outcome])).toEqual([
      [true, null, 'adopted'],
      [false, 16, 'adopted'],
    ]);
  });
});

describe('a vote said inside a sentence of prose that wraps past its line', () => {
  it('reads the acts joined after it, to the full stop ("accorde à l\'unanimité une subvention … à l\'Association" / "… et dit que …")', () => {
    const doc = analyzeText(`DISTRICT URBAIN DE SARVES
BUREAU - REUNION DU 15 OCTOBRE 1981

VI - SUBVENTION EXCEPTIONNELLE A L'ASSOCIATION DES PARALYSES

Le Président donne lecture de la demande de l'Association, qui sollicite une
aide pour l'aménagement d'un local d'accueil.

Le Bureau, statuant par délégation du Conseil dans la limite de 10 000 F,
accorde à l'unanimité une subvention exceptionnelle de 5 000 F à l'Association
Sarvoise des Paralysés et Handicapés Physiques et dit que la dépense sera
imputée à l'article 657 du budget de l'exercice.

VII - QUESTIONS DIVERSES

Le Président informe le Bureau de l'avancement du projet de loi.
`);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['accorde', 'dit']);
  });
});

describe('an act in capitals joined to an article, opening on its elided pronoun', () => {
  it('"DECIDE de couvrir … et S\'ENGAGE à inscrire les crédits": two acts', () => {
    expect(actions("ARTICLE 3 - DECIDE de couvrir le solde de la dépense par un emprunt et\npar les fonds propres du Syndicat, et S'ENGAGE à inscrire les crédits\nnécessaires au budget.\n")).toEqual(['décide', "s'engage"]);
  });
});

describe('an act that goes on under a table, "Et" before its verb in capitals', () => {
  const text = `Le Comité FIXE comme suit les participations des communes :
Petralba ................................... 68 420 F
Total ...................................... 209 000 F
Et DEMANDE aux maires d'inscrire ces sommes à leur budget de l'exercice.
Adopté à l'unanimité.`;

  it('reads "Et DEMANDE aux maires …" as a second act', () => {
    expect(extractArticles(text, 0, text.length).map((a) => a.action)).toEqual(['fixe', 'demande']);
  });

  it('keeps both acts of a sentence wrapped after a rank in brackets ("(article" / "41) et fixe …"): no article opens on "et" and a verb in lower case', () => {
    const wrapped = `Le Conseil régional modifie le règlement intérieur (article
41) et fixe la retenue à 5 % par absence non justifiée.`;
    expect(extractArticles(wrapped, 0, wrapped.length).map((a) => a.action)).toEqual(['modifie', 'fixe']);
  });
});

describe('acts in heavy OCR and in a bulleted sentence', () => {
  it('"…, s\'engage a inscrire …": the à whose accent OCR dropped, before an infinitive, is what the joined verb governs', () => {
    expect(
      actions("Le Conseil Municipal décide de contracter un emprunt de 850.000 F aux conditions ci-dessus, s'engage a inscrire les crédits et autorise le Maire à signer le contrat de prêt."),
    ).toEqual(['décide', "s'engage", 'autorise']);
  });

  it('"- sollicite du Département …": a verb in lower case after a bullet goes on with the lead\'s sentence, "du" after it or not', () => {
    expect(
      actions("Le Conseil Municipal, à l'unanimité,\n- approuve le programme de travaux présenté ;\n- sollicite de l'Etat une subvention ;\n- sollicite du Département une aide complémentaire ;\n- autorise le Maire à signer toutes pièces.\n"),
    ).toEqual(['approuve', 'sollicite', 'sollicite', 'autorise']);
    // A line of its own in capitals and small letters before "du" stays a noun ("Vote du budget").
    expect(actions('Vote du budget primitif\nLe Conseil municipal approuve le budget.')).toEqual(['approuve']);
  });
});

describe('"et donne quitus au Président"', () => {
  it('is an act joined to the one before it', () => {
    const text = 'Le Comité approuve le compte administratif 1988 et donne quitus au Président.';
    expect(extractArticles(text, 0, text.length).map((a) => a.action)).toEqual(['approuve', 'donne']);
  });
});

describe('the lead "après en avoir délibéré" as heavy OCR breaks it', () => {
  it('"apr ès en avoir d61ibéré, approuve …": the verbs after the misread lead are the acts', () => {
    expect(
      actions("Le Conseil Municipal, apr ès en avoir d61ibéré, approuve le\ncompte administratif 1979 par 13 voix pour, et constate la concordance des écritures avec le compte\nde gestion du Receveur."),
    ).toEqual(['approuve', 'constate']);
  });
});

describe('the body informed of a matter before it acts', () => {
  it('"Le Conseil Municipal, informé du projet …, s\'oppose … et demande …": the verbs after the clause are the acts', () => {
    expect(
      actions("Le Conseil Municipal, inform6 du projet de regroupement de la Perception\nde VERCHAIN avec celle de la ville voisine, s'oppose à ce transfert et\ndemande le maintien d'un service public de proximité."),
    ).toEqual(["s'oppose", 'demande']);
    expect(actions('Le Bureau, saisi de la demande de la société, émet un avis favorable.')).toEqual(['émet']);
  });
});

describe('"de" opening a line that goes on with the sentence above', () => {
  it('"… et propose au Conseil de Communauté" / "de créer ce poste …": the acts are the sentence\'s verbs, not the infinitive', () => {
    expect(actions("Le Bureau, à l'unanimité, émet un avis favorable et propose au Conseil de Communauté\nde créer ce poste lors de sa séance du 21 juin 1994.")).toEqual(['émet', 'propose']);
  });

  it('still reads an infinitive after "et" or after a verb in capitals as its own act', () => {
    expect(actions("Article 3 : d'approuver les conventions-types, et\nd'autoriser M. le Président à les signer ;")).toEqual(['approuve', 'autorise']);
    expect(actions('Après en avoir délibéré, DÉCIDE\nd\'allouer une subvention de 50 %,\nDIT que les crédits seront inscrits au budget.')).toEqual(['alloue', 'dit']);
  });
});

describe('an act whose object a pronoun stands for, or stated in the passive', () => {
  it('"… examine le compte administratif …, et l\'approuve", "Le Conseil d\'Administration l\'approuve": approuve', () => {
    expect(actions("Le Conseil, sous la présidence de M. LUCCIONI, 1er adjoint, examine le compte administratif 1996 qui fait apparaître un excédent de 142 318,40 F, et l'approuve.")).toEqual(['approuve']);
    expect(actions("Le Conseil d'Administration l'approuve à l'unanimité.")).toEqual(['approuve']);
  });

  it('"qui l\'accepte", a party consenting in a contract, is no act', () => {
    expect(actions("La Commune confie au fermier, qui l'accepte, la gestion du service.")).toEqual([]);
  });

  it('"Le budget primitif 1997 est voté à l\'unanimité": vote', () => {
    expect(actions("Le budget primitif 1997 est voté à l'unanimité.")).toEqual(['vote']);
  });
});

describe('an act in the passive, in the sentence that states the vote', () => {
  it('"… est fixée à …, par 25 voix pour et 3 voix contre", "… est accordée à l\'unanimité": the participle\'s act', () => {
    expect(actions('Sur proposition du Président, la redevance due par les usagers est fixée à 2,15 F/m³ à compter du 1er janvier, par 25 voix pour et 3 voix contre.')).toEqual(['fixe']);
    expect(actions("Une subvention de 4 500 F est accordée à l'unanimité à l'Amicale du personnel pour l'arbre de Noël.")).toEqual(['accorde']);
  });

  it('reads none where the sentence states no vote, nor in a matter put off', () => {
    expect(actions('La redevance est fixée depuis 1979 par arrêté préfectoral. Le Président rappelle les tarifs.')).toEqual([]);
    expect(actions("Le dossier de la salle polyvalente est ajourné à l'unanimité dans l'attente des devis.")).toEqual([]);
  });
});

describe("a motion adopted in the decision's words, its own text between guillemets", () => {
  it('reads the verbs of its prose as the motion\'s, no acts of the decision', () => {
    expect(
      actions(
        "Le Conseil municipal, à l'unanimité, ADOPTE la motion suivante : « Le Conseil municipal s'oppose à la fermeture de la trésorerie, demande le maintien de ses horaires et charge le Maire de transmettre la présente motion au Préfet. »",
      ),
    ).toEqual(['adopte']);
  });

  it('keeps the articles it sets in capitals', () => {
    const text = "ADOPTE la motion suivante : « Le Conseil communautaire,\n- S'OPPOSE à la fermeture de la ligne ;\n- DEMANDE à la Région de maintenir l'offre ; »\nCHARGE le Président d'adresser la présente motion au Préfet.";
    expect(actions(text)).toEqual(['adopte', "s'oppose", 'demande', 'charge']);
  });
});

describe("a summary record's paragraph on one long line, the vote in its first sentence", () => {
  it('reads the acts of its later sentences, the paragraph closing the point', () => {
    const text = `COMPTE RENDU SOMMAIRE DE LA REUNION DU COMITE SYNDICAL DU 30 NOVEMBRE 1984
1. Renforcement de la conduite de transport – Emprunt
Pour financer la deuxième tranche des travaux de renforcement de la conduite entre le réservoir de Wattrelieu et Haussignies, dont le coût s'élève à 2 640 000 F T.T.C., le Comité décide à l'unanimité de contracter auprès de la Caisse d'Aide à l'Équipement des Collectivités Locales un emprunt de 1 850 000 F, d'une durée de 15 ans. Le solde du financement est assuré par une subvention du Département. Il autorise le Président à signer le contrat de prêt et s'engage à inscrire chaque année les crédits nécessaires au remboursement.
2. Transports scolaires – Convention
Le Comité approuve à l'unanimité la convention avec le Département et autorise le Président à la signer.
`;
    const doc = analyzeText(text);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['décide', 'autorise', "s'engage"]);
  });
});

describe('an act joined to the one before with its indirect object as a pronoun', () => {
  it('", lui ALLOUE une participation …": an act of its own', () => {
    expect(actions("Le Conseil Municipal APPROUVE la convention confiant à l'Office Municipal de la Culture l'organisation de la fête, lui ALLOUE une participation de 420 000 F et AUTORISE le Maire à signer ladite convention.")).toEqual(['approuve', 'alloue', 'autorise']);
  });
});

describe("a decision announcing a list of delegations by its nouns, each item a bare infinitive", () => {
  it('reads the powers listed as no acts; the decision\'s own verbs are', () => {
    const text = "Le Conseil municipal, après en avoir délibéré, DÉCIDE de confier au Maire, pour la durée de son mandat,\nles délégations suivantes :\n- arrêter et modifier l'affectation des propriétés communales ;\n- passer les contrats d'assurance et accepter les indemnités de sinistre ;\n- prononcer la délivrance et la reprise des concessions dans le cimetière ;\nPRÉCISE que le Maire rendra compte de ses décisions à chaque réunion.";
    expect(actions(text)).toEqual(['décide', 'précise']);
  });

  it('keeps the acts a decision writes as its items ("DÉCIDE :" / "- de fixer …"), and an act after a table its first item announced', () => {
    expect(actions("DÉCIDE :\n- de fixer les tarifs suivants :\n- d'autoriser le Maire à signer les conventions.")).toEqual(['fixe', 'autorise']);
    expect(actions("DÉCIDE :\n- attribuer les subventions suivantes :\nCommune Opération Montant\nVALBRUN Toiture 12 000\n- imputer la dépense au chapitre 204 du budget.")).toEqual(['attribue', 'impute']);
  });
});

describe('the executive authorised in the passive, a sentence after the body\'s act', () => {
  it('"Le Bureau décide la cession … Le Président est autorisé à signer l\'acte": two acts', () => {
    expect(actions("Le Bureau décide la cession d'une parcelle de 8 420 m² au prix de 95 F le m². L'entreprise s'engage à créer 14 emplois. Le\nPrésident est autorise a signer l'acte de vente.")).toEqual(['décide', 'autorise']);
  });

  it('leaves the passive inside a sentence after a semicolon to the act that holds it', () => {
    expect(actions('Le Conseil approuve le programme ; les marchés seront passés selon la procédure négociée ; le Président est autorisé à les signer.')).toEqual(['approuve']);
  });

  it('reads "Le Burean approuve" as the bureau\'s act', () => {
    const doc = analyzeText("Séance du 14 septembre 1992\n14 - B.92.70 - PISTE CYCLABLE - AVANT-PROJET\n\nLe Burean approuve l'avant-projet de la piste cyclable et sollicite les subventions de la Région.\nAdopte a l'unanimité.\n");
    expect(doc.items[0]?.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'sollicite']);
  });
});

describe("the compte de gestion's formula: the body shown the accounts, then its act", () => {
  it('"Le Conseil Municipal, après s\'être fait présenter le budget primitif, les titres …, déclare que …": the act after the listing clause\'s commas', () => {
    expect(
      actions(
        "Le Conseil Municipal, après s'être fait présenter le budget primitif de l'exercice 2004 et les décisions modificatives qui s'y rattachent, les titres définitifs des créances à recouvrer, le détail des dépenses effectuées, déclare que le compte de gestion dressé pour l'exercice 2004 par le Receveur, visé et certifié conforme par l'ordonnateur, n'appelle ni observation ni réserve de sa part.",
      ),
    ).toEqual(['déclare']);
    // Unaccented, over lines, a considérant between.
    expect(
      actions(
        "Le Conseil Municipal,\nApres s'être fait présenter le budget primitif, les titres de recettes et les mandats,\nconsidérant que les écritures sont conformes à celles du compte administratif,\ndéclare que le compte de gestion n'appelle ni observation ni réserve de sa part.",
      ),
    ).toEqual(['déclare']);
  });

  it('"… dressé par M. RIOU, Receveur, déclare …": a civility\'s or an initial\'s full stop does not end the clause', () => {
    expect(
      actions(
        "Le Comité, après s'être fait présenter le budget primitif et le budget supplémentaire de l'exercice 1980, les titres de recettes et les mandats délivrés, ainsi que le compte de gestion dressé par M. RIOU, Receveur, déclare que le compte de gestion de l'exercice 1980 n'appelle ni observation ni réserve de sa part.",
      ),
    ).toEqual(['déclare']);
    expect(
      actions(
        "Le Conseil Municipal, constatant que le compte de gestion dressé par J.-P. DURAND, Receveur, est conforme, déclare qu'il n'appelle ni observation ni réserve.",
      ),
    ).toEqual(['déclare']);
  });

  it('the formula\'s other clauses: "après s\'être assuré que …", "après avoir constaté la concordance … dressé par M. le Receveur …"', () => {
    expect(
      actions(
        "Le Conseil Municipal, après s'être assuré que le Receveur a repris dans ses écritures le montant de chacun des soldes figurant au bilan de l'exercice 1993, déclare que le compte de gestion n'appelle ni observation ni réserve de sa part.",
      ),
    ).toEqual(['déclare']);
    expect(
      actions(
        'Le Conseil Municipal, après avoir constaté la concordance des écritures du compte de gestion dressé par M. le Receveur de Meslay-du-Maine avec celles du compte administratif, déclare que le compte de gestion 1990 n\'appelle ni observation ni réserve.',
      ),
    ).toEqual(['déclare']);
  });

  it("the formula's clauses parted by semicolons: \"… dressé par M. le Receveur municipal ; considérant que …, déclare\"", () => {
    expect(
      actions(
        "Le Conseil Municipal, après s'être fait présenter le budget primitif, les titres définitifs des créances à recouvrer, ainsi que le compte de gestion dressé par M. le Receveur municipal ; considérant que les opérations sont régulières, déclare que le compte de gestion n'appelle ni observation ni réserve de sa part.",
      ),
    ).toEqual(['déclare']);
    // Not past a semicolon after another body's observation: "constatant …" keeps its sentence.
    expect(actions("Le Conseil Municipal, constatant les coupures d'eau ; le Maire déclare la séance suspendue.")).toEqual([]);
  });

  it('a full stop after a word ends the clause: no act read in the next sentence', () => {
    expect(actions("Le Conseil Municipal, après s'être fait présenter le budget primitif, les titres et les mandats. Le Maire déclare la séance close.")).toEqual([]);
  });
});

describe('the body acting on whose report it names first', () => {
  it('"Le Conseil Régional, sur le rapport de M. GARDETTE, décide …": the acts after the clause', () => {
    expect(
      actions("Le Conseil Régional, sur le rapport de M. VIALLE, décide d'arrêter le programme routier régional de 1986 et affecte à cette opération une autorisation de programme."),
    ).toEqual(['décide', 'affecte']);
    expect(actions('Le Conseil municipal, sur proposition du Maire, fixe les tarifs de la cantine.')).toEqual(['fixe']);
  });

  it('opens the point\'s decision there, its report before it', () => {
    const doc = analyzeText(`RÉGION AUVERGNE
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL RÉGIONAL DU 9 JUIN 1986
Le Conseil Régional s'est réuni sous la présidence de M. Paul BERTHON.
Présents : MM. BERTHON, VIALLE, CHAMBON, Mme ROUX.

I. - RAPPORT N° 86-12 : PROGRAMME ROUTIER RÉGIONAL 1986

M. VIALLE présente le programme routier de l'exercice.

Le Conseil Régional, sur le rapport de M. VIALLE, décide d'arrêter le programme routier
régional de 1986 et affecte à cette opération une autorisation de programme de 5 000 000 F.

Adopté à l'unanimité.
`);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['décide', 'affecte']);
  });
});

describe('the outcome under the acts, its accent and its space lost', () => {
  it('"Adopte al\'unanimite des votants": the outcome, no act of its own before the sentence\'s', () => {
    expect(
      actions("Le Conseil Municipal, après en avoir délibéré, décide d'attribuer les subventions ci-dessus et dit que les crédits sont inscrits au budget.\n\nAdopte al'unanimite des votants (24 votants)."),
    ).toEqual(['décide', 'dit']);
  });
});

describe('the vote between the body and its act, OCR having glued "à" to "l\'unanimité"', () => {
  it('"La Commission Permanente, al\'unanimité, décide …": the act after the vote', () => {
    expect(actions("La Commission Permanente, al'unanimité, décide la création des postes ci-dessus énumérés.")).toEqual(['décide']);
    expect(actions("La Commission Permanente, à l'unanimité, décide la création des postes ci-dessus énumérés.")).toEqual(['décide']);
  });
});

describe('what the body acts in view of, between its name and its act ("au vu de l\'avis de …,", "vu l\'avis de …,")', () => {
  const point = (clause: string) => `13 – Délibération n° 92/081 – Groupe scolaire – Attribution des marchés
Rapporteur : Mme MARTIN
Le Conseil municipal, ${clause}, attribue les marchés de travaux aux entreprises suivantes : lot 1 gros œuvre, Entreprise SAUVAIRE, 1 842 650 F ; lot 2 menuiseries, Menuiserie du Pradel, 412 300 F, et autorise M. le Maire à signer les marchés.
Adopté à l'unanimité.
`;
  it.each([
    ["au vu de l'avis de la Commission d'appel d'offres réunie le 16 juin 1992"],
    ["vu l'avis favorable de la commission des finances du 3 juin 1992"],
  ])('%s: its acts read', (clause) => {
    const doc = analyzeText(point(clause));
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['attribue', 'autorise']);
  });
});

/**
 * A report divided into numbered parts under the subject of one deliberation, against the
 * numbered points of an agenda. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const HEAD = `L'an deux mille quatorze le vingt-six mai, les membres de la Commission
Permanente légalement convoqués se sont réunis à l'Hôtel du Département, sous la
présidence de Mme Marie LAFAGE, Présidente du Conseil Général.

Présents ou ayant donné procuration de vote :
M. A. BOUSCAT, M. G. CAZENAVE, Mme M. LAFAGE, M. P. VIGUIER, M. R. SALVAT

`;

describe('numbered parts of a report', () => {
  it('stay in the report of the one deliberation whose subject heads them', () => {
    const doc = analyzeText(`${HEAD}FONDS DE SOLIDARITÉ POUR LE LOGEMENT
BILAN 2013 ET CONVENTIONS DE FINANCEMENT 2014
____

Le Département a la charge du Fonds de Solidarité pour le Logement depuis 2005.

1 - Bilan de l'année 2013
En 2013, le fonds a examiné 2 317 demandes et accordé 1 864 aides aux ménages du département.

2 - Conventions de financement 2014
Les partenaires contribuent volontairement au fonds par voie de convention annuelle.

DECISION de la COMMISSION PERMANENTE

Vu le rapport de Monsieur le Président,

LA COMMISSION PERMANENTE :
• Prend acte du bilan d'activité 2013 du Fonds ;
• Approuve les conventions de financement pour l'année 2014.

Adopté à l'unanimité.
La Présidente,
Marie LAFAGE`);
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[null, 'FONDS DE SOLIDARITÉ POUR LE LOGEMENT BILAN 2013 ET CONVENTIONS DE FINANCEMENT 2014']]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['prend acte', 'approuve']);
  });

  it('are points of their own when each is voted', () => {
    const doc = analyzeText(`${HEAD}AFFAIRES FINANCIÈRES
____

1 - Tarifs des musées départementaux
Le rapporteur présente les tarifs proposés pour 2015.
Adopté à l'unanimité.

2 - Subvention au comité des fêtes
Le rapporteur présente la demande du comité des fêtes.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('points numbered in roman numerals', () => {
  it('include "I." and "V.", which alone would read as initials', () => {
    const point = (n: string, title: string) => `${n}. ${title}\nLe maire présente le dossier au conseil.\nAdopté à l'unanimité.\n\n`;
    const doc = analyzeText(
      `${HEAD}${point('I', 'ADHÉSION AU SERVICE COMMUN D’INSTRUCTION')}${point('II', 'MODIFICATION DES STATUTS')}${point('III', 'TARIFS DE LA CANTINE')}${point('IV', 'CONVENTION AVEC LE SDIS')}${point('V', 'DÉCISION MODIFICATIVE N° 2')}`,
    );
    expect(doc.items.map((i) => i.number)).toEqual(['I', 'II', 'III', 'IV', 'V']);
  });
});

describe('articles set apart by blank lines', () => {
  it('are no headings of their own ("ARTICLE 2 : D\'APPROUVER le bilan …")', () => {
    const doc = analyzeText(`${HEAD}SCHÉMA RÉGIONAL DES MOBILITÉS DURABLES - ADOPTION

Le rapporteur présente le schéma régional des mobilités durables soumis à l'assemblée.

DÉCIDE

ARTICLE 1 : D'ADOPTER le Schéma régional des mobilités durables annexé à la présente délibération.

ARTICLE 2 : D'APPROUVER le bilan de la consultation du public.

ARTICLE 3 : D'AUTORISER la Présidente à signer les conventions.

Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.title)).toEqual(['SCHÉMA RÉGIONAL DES MOBILITÉS DURABLES - ADOPTION']);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte', 'approuve', 'autorise']);
  });
});

describe('points numbered "N°1 –"', () => {
  it('are points, their number without "N°", their title without the number', () => {
    const point = (n: number, title: string) => `N°${n} – ${title}\nLe maire présente le dossier au conseil.\nAdopté à l'unanimité.\n\n`;
    const doc = analyzeText(`${HEAD}${point(1, 'BUDGET PRIMITIF 2025 – BUDGET PRINCIPAL')}${point(2, 'TARIFS MUNICIPAUX 2025')}${point(3, 'MODIFICATION DU TABLEAU DES EMPLOIS')}`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'BUDGET PRIMITIF 2025 – BUDGET PRINCIPAL'],
      ['2', 'TARIFS MUNICIPAUX 2025'],
      ['3', 'MODIFICATION DU TABLEAU DES EMPLOIS'],
    ]);
  });
});

describe('parts of a report divided in their own parts', () => {
  const report = (parts: string) => analyzeText(`${HEAD}OPÉRATION PROGRAMMÉE D'AMÉLIORATION DE L'HABITAT
____

Par délibération du 12 octobre 1979, une étude préalable a été engagée.

${parts}

DÉCISION de la COMMISSION PERMANENTE

LA COMMISSION PERMANENTE :
• Approuve le dossier définitif de l'opération ;
• Autorise la Présidente à signer la convention.

Adopté à l'unanimité.
La Présidente,
Marie LAFAGE`);

  it('"III - LES MOYENS" over "1 - …", "2 - …", then "IV - …", and the "DISCUSSION": one deliberation', () => {
    const doc = report(`I - LE CONSTAT
Le périmètre compte 1 418 logements.

II - LES OBJECTIFS
Il est proposé d'engager une opération de trois ans.

III - LES MOYENS
1 - L'équipe opérationnelle
Une équipe assurera l'animation.
2 - Les aides de la Ville
La Ville apportera une aide aux façades.

IV - LA CONVENTION
La convention est jointe en annexe.

DISCUSSION

M. BOUSCAT regrette le report de la salle des fêtes. Mme LAFAGE répond que les études se poursuivent.`);
    expect(doc.items.map((i) => i.title)).toEqual(["OPÉRATION PROGRAMMÉE D'AMÉLIORATION DE L'HABITAT"]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
  });

  it('"2 - LES ORIENTATIONS" over "2.1 …", "2.2 …", then "3 - …": one deliberation', () => {
    const doc = report(`1 - LE BILAN
Au cours des quatre années, 412 dossiers ont été aidés.

2 - LES ORIENTATIONS
2.1 Une enveloppe de solidarité
Elle sera répartie par canton.
2.2 Une enveloppe de contrats
Elle financera les projets structurants.

3 - LES MOYENS FINANCIERS
Le fonds sera doté de 4 millions d'euros.`);
    expect(doc.items.map((i) => i.title)).toEqual(["OPÉRATION PROGRAMMÉE D'AMÉLIORATION DE L'HABITAT"]);
  });
});

describe("a decision's numbered articles, its last no verb", () => {
  it('"5° - Les dépenses … seront imputées …" after "4° - Autorise …" is the same list\'s, no point', () => {
    const doc = analyzeText(`${HEAD}ZAC DU VALLON - DOSSIER DE RÉALISATION
____

Le dossier de réalisation de la zone a été établi par l'aménageur au terme de la concertation.

LA COMMISSION PERMANENTE, après en avoir délibéré,

1° - Prend acte du bilan de la concertation préalable ;

2° - Approuve le dossier de réalisation de la ZAC du Vallon ;

3° - Approuve le programme des équipements publics ;

4° - Autorise la Présidente à signer tous les actes nécessaires ;

5° - Les dépenses et recettes correspondantes seront imputées sur les crédits inscrits au budget
annexe des opérations d'urbanisme - exercices 2024 et suivants.

Adopté à la majorité.
La Présidente,
Marie LAFAGE`);
    expect(doc.items.map((i) => i.title)).toEqual(['ZAC DU VALLON - DOSSIER DE RÉALISATION']);
  });
});

describe('a report in parts whose last is divided, then its debate and its decision as parts too', () => {
  it('"IV - MODIFICATIONS" over "1 - …", "2 - …", "V - DÉBAT" with a motion rejected, "VI – DÉCISION": one deliberation, voted in its decision', () => {
    const doc = analyzeText(`${HEAD}RÉVISION DU PLAN D'OCCUPATION DES SOLS – APPROBATION
____

I - AVIS DES PERSONNES PUBLIQUES
Les services de l'État ont émis des observations sur les zones naturelles.

II - OBSERVATIONS DE L'ENQUÊTE PUBLIQUE
Suite proposée : création d'un emplacement réservé n° 9 pour stationnement.

III - RÉSERVES DU COMMISSAIRE ENQUÊTEUR
Le commissaire enquêteur a rendu un avis assorti de deux réserves.

IV - MODIFICATIONS APPORTÉES AU PROJET
1 - Réduction de la zone NA de Pianu, reclassée en zone NC
2 - Reclassement en zone ND de la pinède

V - DÉBAT
M. BOUSCAT propose l'ajournement du vote. La motion est rejetée par 11 voix contre 2.

VI – DÉCISION
LA COMMISSION PERMANENTE, après en avoir délibéré,
• Approuve la révision du plan d'occupation des sols.

Adopté par 11 voix pour, 2 voix contre et 1 abstention.
La Présidente,
Marie LAFAGE`);
    expect(doc.items.map((i) => i.title)).toEqual(["RÉVISION DU PLAN D'OCCUPATION DES SOLS – APPROBATION"]);
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 11, against: 2, abstentions: 1 });
  });
});

describe("a report's table of programmes, each row opening on its number", () => {
  it('"2016-01 Déviation RD 940 18 500 000,00 600 000,00" is a row of figures, no point', () => {
    const doc = analyzeText(`${HEAD}BUDGET SUPPLÉMENTAIRE 2018
____

I - LES AUTORISATIONS DE PROGRAMME
Les autorisations de programme sont ajustées comme suit :
2016-01 Déviation RD 940 Saint-Vaury 18 500 000,00 600 000,00
2017-03 Collège Jules-Marouzeau - restructuration 12 300 000,00 0,00
2017-05 Très haut débit - Creuse THD 9 800 000,00 0,00

II - LES BUDGETS ANNEXES
Les budgets annexes sont équilibrés.

LA COMMISSION PERMANENTE, après en avoir délibéré,
• Adopte le budget supplémentaire 2018.

Adopté à l'unanimité.
La Présidente,
Marie LAFAGE`);
    expect(doc.items.map((i) => i.title)).toEqual(['BUDGET SUPPLÉMENTAIRE 2018']);
  });
});

describe("a report's parts around a list of its own, and the opinions a consultation gathered", () => {
  const doc = analyzeText(`DÉPARTEMENT DE LA VAURE
Extrait du registre des délibérations du Conseil départemental
Réunion du Conseil départemental du 18 juin 2019
N° de la délibération : CD2019-06-09
Objet : Schéma départemental des services au public
Nombre de membres en exercice Présents Représentés Absents Votants
30 24 4 2 28
Le dix-huit juin deux mille dix-neuf, le Conseil départemental s'est réuni à l'Hôtel du Département.
EXPOSÉ DES MOTIFS
1. La démarche
Le schéma a été élaboré avec les services de l'État.
2. Le diagnostic
Le diagnostic fait apparaître des zones blanches.
3. Le programme d'actions
Le programme compte deux axes :
1. Garantir l'accès 1.1 Soutenir l'installation des médecins
1.2 Développer la télémédecine
2. Renforcer le réseau 2.1 Créer des maisons de services
2.2 Former des animateurs
4. Les avis recueillis
Six EPCI ont émis un avis favorable ; le Conseil régional a émis un avis favorable par délibération
de sa Commission permanente du 3 mai 2019.
5. Le financement
Le coût du programme est de 60 000 € par an.
DÉCISION
Le Conseil départemental,
Après en avoir délibéré,
DÉCIDE :
Article 1 : d'approuver le schéma départemental des services au public.
Adopté à l'unanimité.
`);

  it('keeps one deliberation: the parts 1 to 5 and the list inside the third are no points', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['Schéma départemental des services au public']);
    expect(doc.items[0]!.decision?.vote?.unanimous).toBe(true);
  });

  it('reads the counts whose labels follow "Nombre de"', () => {
    expect(doc.attendance.counts).toEqual({ inOffice: 30, present: 24, represented: 4, voting: 28 });
  });
});

describe("a report's numbered paragraphs, some read as headings and some not", () => {
  it('are parts of the one deliberation voted after the last', () => {
    const doc = analyzeText(`COMMISSION PERMANENTE
Réunion du 16 juillet 2007
Délibération n° CP-2007-07-061
PLAN MONTAGNE - SOUTIEN AUX STATIONS - PROGRAMME 2007

Mes chers collègues, je vous propose les opérations suivantes :

1. Le SIVOM du Collet-d'Arbonne envisage la réhabilitation complète du téléski des Chamois, mis
en service en 1974, dont la gare motrice et les pylônes ne répondent plus aux normes de
sécurité. Le coût de l'opération s'élève à 612 000 € HT.

2. La commune de Saint-Ours-des-Combes souhaite aménager à proximité du front de neige un espace
ludique ouvert en toutes saisons, comprenant une piste de luge sur rail de 850 mètres et une
aire de jeux. Le coût du projet, estimé à 845 000 € HT, dépasse le plafond de dépense
subventionnable de 700 000 € fixé pour cette catégorie.

3. La commune de La Ferrière-de-Romanche réalise un réseau de 62 km de sentiers de VTT balisés,
raccordé aux itinéraires de randonnée existants, avec la signalétique correspondante, pour un
coût de 186 400 € HT.

4. La régie des remontées mécaniques du Pleynet-d'en-Haut projette la création d'une retenue
collinaire de 45 000 m³ alimentée par les eaux de ruissellement de la combe de l'Aulp, et
l'extension du réseau de neige de culture sur les pistes de retour station. La surface équipée
après travaux représentera 27 % de la surface du domaine skiable. Le coût de l'opération s'élève
à 1 480 000 € HT ; la dépense subventionnable est plafonnée à 1 200 000 €. L'arrêté préfectoral
autorisant la retenue au titre de la loi sur l'eau a été délivré le 4 juin 2007.

5. La commune du Mont-Sapey engage la réhabilitation de la maison de la station, qui accueille
l'office de tourisme, l'école de ski et un point d'information sur la réserve naturelle, pour un
coût de 420 000 € HT.

6. La commune de Saint-Ours-des-Combes poursuit la deuxième année de son opération de
réhabilitation de l'immobilier de loisir, qui doit permettre la remise sur le marché locatif de
38 logements touristiques. La participation du Département porte sur la tranche 2007, d'un
montant de 380 000 € HT.

7. La commune de La Ferrière-de-Romanche réalise au front de neige une salle hors-sac et des
sanitaires publics accessibles aux personnes à mobilité réduite, pour un coût de 264 800 € HT.

8. Le Syndicat intercommunal du plateau de Pré-Bayard crée un stade de neige nordique équipé
d'un pas de tir de biathlon et d'un local d'accueil, destiné notamment aux scolaires et aux
clubs, pour un coût de 512 000 € HT.

9. La commune du Mont-Sapey lance une étude de positionnement et de diversification touristique
de la station, confiée à un bureau d'études spécialisé, pour un coût de 84 000 € HT.


La Commission permanente, après en avoir délibéré :
Article 1er : attribue les subventions figurant au tableau annexé ;
Article 2 : autorise le Président à signer les conventions.
Adopté à l'unanimité.
`);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['attribue', 'autorise']);
  });
});

describe("a report's numbered paragraphs, only the last read as a heading", () => {
  it('"1. Le contexte …" as prose, "2. La situation financière …" read as a heading: one deliberation', () => {
    const doc = analyzeText(`${HEAD}DÉBAT D'ORIENTATION BUDGÉTAIRE 2015

Rapporteur : M. Yves GRIMAUD, Vice-Président délégué aux Finances

Le Vice-Président présente le rapport d'orientation budgétaire, dont les principaux éléments sont les suivants :
1. Le contexte national : la loi de finances pour 2015 met en œuvre la contribution des
collectivités locales au redressement des finances publiques à hauteur de 3,67 milliards
d'euros. Pour la Communauté, la baisse de la dotation globale de fonctionnement est
estimée à 612 000 € en 2015, après 247 000 € en 2014.
2. La situation financière de la Communauté : l'épargne brute 2014 s'établit
provisoirement à 4,18 M€, en retrait de 9,6 % par rapport à 2013 ; l'encours de la dette
au 1er janvier 2015 est de 21,4 M€, soit une capacité de désendettement de 5,1 années.

Le Conseil communautaire, après en avoir délibéré, prend acte de la tenue du débat d'orientation budgétaire.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.title)).toEqual(["DÉBAT D'ORIENTATION BUDGÉTAIRE 2015"]);
  });
});

describe("a roman-numbered report whose part lists its objectives by decimals, voted once after an amendment's vote in the debate, then another report", () => {
  const doc = analyzeText(`${HEAD}PLAN DEPARTEMENTAL DE L'HABITAT - ADOPTION
____

Rapport de la Présidente

I - LE CADRE
La loi confie au Département l'élaboration d'un plan qui, une fois adopté, encadre pour six ans
ses aides à la pierre et celles qu'il reçoit par délégation de l'Etat.

II - LA CONCERTATION
Neuf réunions se sont tenues dans les cantons entre janvier et octobre 2013.

III - LES AXES DU PLAN
Le plan s'articule autour de trois axes, déclinés en objectifs :
1.1 Produire des logements sociaux     1.2 Réhabiliter le parc ancien
1.3 Lutter contre l'habitat indigne
2.1 Loger les jeunes actifs     2.2 Adapter les logements des aînés
3.1 Observer les marchés     3.2 Animer le réseau des acteurs

IV - LE SUIVI
Un bilan annuel sera présenté à la Commission Permanente.

Je vous propose :
- d'adopter le plan départemental de l'habitat annexé à la présente délibération ;
- d'approuver les modalités de son suivi ;
- de m'autoriser à signer les conventions correspondantes.

Au cours du débat sont intervenus :
M. Pierre VIGUIER, au nom du groupe d'opposition, qui regrette l'absence de chiffrage et annonce
le vote contre de son groupe ;
M. René SALVAT, qui approuve la démarche mais demande un objectif sur l'accueil des gens du voyage.
L'amendement de M. SALVAT a été accepté par l'exécutif et intégré au plan. L'amendement de
M. VIGUIER, tendant à supprimer l'objectif 1.2, a été rejeté par 3 voix contre et 2 voix pour.
LA COMMISSION PERMANENTE,
Vu le Code général des collectivités territoriales ;
Vu le rapport de la Présidente ;
Après en avoir délibéré,
DECIDE :
- d'ADOPTER le plan départemental de l'habitat, modifié par
l'amendement adopté en séance, tel qu'il figure en annexe à la présente
délibération ;
- d'APPROUVER les modalités de son suivi annuel et de son évaluation à mi-parcours par le comité
départemental de l'habitat ;
- de SOLLICITER de l'Etat la délégation des aides à la pierre pour la durée du plan, ainsi que
des crédits correspondants ;
- d'AUTORISER la Présidente à signer avec chacun des établissements publics de coopération
intercommunale les conventions correspondantes.
RESULTAT DU VOTE
Nombre de votants : 4
Pour : 2
Contre : 1 (M. VIGUIER)
Abstentions : 1 (M. CAZENAVE)
Ne prend pas part au vote : 1 (M. BOUSCAT)
Adopté.

TARIFS DU MUSEE DEPARTEMENTAL POUR 2015
____

Il est proposé de maintenir les tarifs d'entrée du musée à leur niveau de 2014.

LA COMMISSION PERMANENTE, après en avoir délibéré, APPROUVE les tarifs proposés.
Adopté à l'unanimité.
`);

  it("reads two deliberations: neither the parts, nor the objectives, nor the articles after one 'adopté en séance' are points", () => {
    expect(doc.items.map((i) => i.title)).toEqual(["PLAN DEPARTEMENTAL DE L'HABITAT - ADOPTION", 'TARIFS DU MUSEE DEPARTEMENTAL POUR 2015']);
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 2, against: 1, abstentions: 1 });
  });

  it("reads no vote in a plan 'une fois adopté', a clause of the report", () => {
    expect(doc.items.some((i) => i.title === 'LE CADRE')).toBe(false);
  });
});

describe("a regional extract's parts in roman numerals, the second run into a line after a margin's note", () => {
  const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL REGIONAL
Séance du 27 juin 1980
Délibération n° 80-06-14
OBJET : AMENAGEMENT RURAL ET HYDRAULIQUE. - Programme régional 1980 d'aide aux travaux d'hydraulique agricole.
Le Conseil Régional s'est réuni le vendredi vingt-sept juin mil neuf cent quatre-vingt, à Montpellier, sous la présidence de M. Edmond ROUANET, Président.
Etaient présents : MM. ALBAGNAC, AMALRIC, BALDY, BARTHES, BEDOS.

I. - RAPPORT DE M. LE PREFET DE LA REGION

Le programme proposé répartit les crédits entre les départements de la région.
Il vous est demandé d'en délibérer lors de la session de printemps.Vu Cion Agri. II. - AVIS DE LA COMMISSION DE L'AGRICULTURE
La Commission a émis un avis favorable au programme proposé.

III. - AVIS DE LA COMMISSION DES FINANCES

La Commission des Finances a émis un avis favorable.

IV. - AVIS DU COMITE ECONOMIQUE ET SOCIAL

Le Comité Economique et Social a émis un avis favorable.

Le Conseil Régional, après en avoir délibéré, adopte le programme régional 1980.
Adopté par 31 voix pour, 11 voix contre et 3 abstentions.
`;
  it('is one deliberation, its parts none of its points', () => {
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['80-06-14']);
  });
});

describe("one act under its number, its report parted in nested ranks of letters and roman numerals", () => {
  const text = `VILLE DE WASQUEHEM
Séance du 26 mars 1982
Le Conseil Municipal s'est réuni sous la présidence de M. Roger VANHAECKE, Maire.
Présents : M. Roger VANHAECKE, M. Jean DEBAECKER, Mme Monique CARLIER.

N° 82/31 - BUDGET PRIMITIF DE L'EXERCICE 1982

M. le Maire présente le budget primitif de l'exercice.
~ I - SECTION DE FONCTIONNEMENT
La section s'équilibre à la somme de 68 450 000 F.
A) Les depenses
Elles se répartissent comme suit : personnel 31 880 000 F.
B) Les recettes
Les impôts directs rapportent 27 620 236 F, soit une hausse de 9,5 %.
II - FISCALITE DIRECTE LOCALE
Les taux sont relevés de 9,5 % pour les quatre taxes.
III - SECTION D'INVESTISSEMENT
La section d'investissement s'équilibre à la somme de 29 870 000 F.
A) Les dépenses
Remboursement du capital des emprunts : 3 940 000 F.

Vu le Code des Communes,
Par 25 voix pour et 8 voix contre,
ARTICLE 1er - ADOPTE le budget primitif de l'exercice 1982.
ARTICLE 2 - FIXE les taux des taxes directes locales.
`;

  it('is the act alone, its ranks parts of its report', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => [i.number, i.decision?.articles.map((a) => a.action)])).toEqual([['82/31', ['adopte', 'fixe']]]);
    expect(doc.items[0]!.decision!.vote).toMatchObject({ for: 25, against: 8 });
  });
});

describe('an extract of one deliberation, its report parted in ranks each deciding its part', () => {
  it('is the one act under its "OBJET :" label, whatever each part decides; a stamp after it no act', () => {
    const part = (n: number, title: string, act: string) => `${n}. ${title}

M. le Maire expose au Conseil Municipal les conditions proposées pour cette partie du cahier des charges, examinées par la commission de la chasse.

Le Conseil Municipal, après en avoir délibéré, à l'unanimité, ${act}.
`;
    const text = `DEPARTEMENT DE LA MOSELLE
COMMUNE DE WALDHOFEN

EXTRAIT
du procès-verbal des délibérations du Conseil Municipal

Séance du 16 novembre 1984

Nombre des membres du Conseil Municipal élus : 15
Nombre des membres qui ont assisté à la séance : 12

Membres présents : MM. KIEFFER Aloyse, Maire, WAGNER Eugène, BOUR René, MULLER Joseph.

Secrétaire de séance : M. HOFFMANN Jean-Marie, secrétaire de mairie.

Le Maire, ayant constaté que le quorum est atteint, ouvre la séance à 20 heures 15.

Point n° 4 de l'ordre du jour Délibération n° 84/41

OBJET : LOCATION DE LA CHASSE COMMUNALE POUR LA PERIODE DU 2 FEVRIER 1985 AU 1er FEVRIER 1994

M. le Maire expose que les baux de location de la chasse communale arrivent à expiration.

${part(1, 'Affectation du produit de la chasse', 'décide d\'affecter le produit de la location à la commune')}
${part(2, 'Consistance des lots', 'fixe à deux le nombre des lots')}
${part(3, 'Mode de location', 'décide de louer les lots par voie d\'adjudication publique')}
Pour extrait conforme.
Le Maire,
A. KIEFFER

SOUS-PREFECTURE DE SARREBOURG
REÇU LE 21 NOV. 1984
`;
    const doc = analyzeText(text);
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['84/41', 'LOCATION DE LA CHASSE COMMUNALE POUR LA PERIODE DU 2 FEVRIER 1985 AU 1er FEVRIER 1994']]);
  });
});

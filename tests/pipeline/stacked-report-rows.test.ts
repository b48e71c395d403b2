/**
 * A software's edition of a procès-verbal: each report's row of a table flattened a cell a line
 * under its stacked labels ("Rapport n°" / "Objet" / "Rapporteur" / "Commission"), its outcome a
 * cell too. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const ROW = (number: string, title: string, rapporteur: string, body: string) => `Rapport n°
Objet
Rapporteur
Commission
${number}
${title}
${rapporteur}
Finances et affaires générales
${body}
`;

const PV = `PROCÈS-VERBAL DE LA RÉUNION DU 14 DÉCEMBRE 1990
L'an mil neuf cent quatre-vingt-dix, le quatorze décembre, le Conseil Général s'est réuni sous la présidence de M. Paul ORSINI.
Présents : MM. ALBERTINI, BARTOLI, COLONNA, FILIPPI.

M. le Président constate que le quorum est atteint et ouvre la séance.
${ROW('90-201', "DÉCISION MODIFICATIVE N° 3 DE L'EXERCICE 1990", 'M. BARTOLI', `M. BARTOLI présente le rapport.
LE CONSEIL GÉNÉRAL,
Vu le budget primitif de l'exercice 1990 ;
APRÈS EN AVOIR DÉLIBÉRÉ,
ARTICLE 1er : ADOPTE la décision modificative n° 3 de l'exercice 1990.
Décision
ADOPTÉ À L'UNANIMITÉ`)}${ROW('90-202', 'PERSONNEL DÉPARTEMENTAL - CRÉATIONS DE POSTES ET MODIFICATION DU TABLEAU DES\nEFFECTIFS', 'M. le Président', `M. le Président expose qu'il est proposé de créer trois postes.
LE CONSEIL GÉNÉRAL,
Vu le tableau des effectifs ;
APRÈS EN AVOIR DÉLIBÉRÉ,
ARTICLE 1er : CRÉE trois postes à compter du 1er janvier 1991.
Décision
ADOPTÉ À L'UNANIMITÉ`)}${ROW('90-203', 'AIDE AUX ÉLEVAGES OVINS - PROGRAMME 1991', 'M. FILIPPI', `M. le Président propose de retirer ce rapport de l'ordre du jour. Il en est ainsi décidé.
Décision
RETIRÉ DE L'ORDRE DU JOUR`)}MOTION RELATIVE À LA DESSERTE MARITIME DE LA CORSE
M. le Président donne lecture du projet de motion.
LE CONSEIL GÉNÉRAL demande le maintien des liaisons.
Adoptée à l'unanimité.
`;

describe('report rows flattened under stacked labels', () => {
  const items = analyzeText(PV).items;
  it('numbers each report by the cell over its subject', () => {
    expect(items.slice(0, 2).map((i) => i.number)).toEqual(['90-201', '90-202']);
  });
  it("reads a title in capitals whose last word wrapped alone onto the next line ('… DU TABLEAU DES' / 'EFFECTIFS')", () => {
    expect(items[1]!.title).toBe('PERSONNEL DÉPARTEMENTAL - CRÉATIONS DE POSTES ET MODIFICATION DU TABLEAU DES EFFECTIFS');
    expect(items[1]!.decision?.articles.map((a) => a.action)).toEqual(['crée']);
  });
  it("takes a withdrawn report's outcome ('RETIRÉ DE L'ORDRE DU JOUR') for no title of the next point", () => {
    expect(items.at(-1)!.title).toBe('MOTION RELATIVE À LA DESSERTE MARITIME DE LA CORSE');
  });
});

describe("an outcome and who abstained on a line of its own ('Adopté, M. LECLERCQ s'abstenant.')", () => {
  it('is the vote of the point above, no point of its own', () => {
    const text = `COMMISSION PERMANENTE DU 21 OCTOBRE 2002

La Commission Permanente s'est réunie sous la présidence de M. Louis CHAMPIGNY.

RAPPORT N° CP 02-10-06 - AGRICULTURE - AIDE AUX COOPERATIVES D'UTILISATION DE MATERIEL AGRICOLE

M. DAGUENET présente neuf demandes d'aide à l'acquisition de matériel en commun, pour un montant total de 46 870 euros.

La Commission Permanente, après en avoir délibéré, accorde les aides figurant au tableau annexé.

Adopté à l'unanimité.

RAPPORT N° CP 02-10-07 - FOURNITURE DE SEL DE DENEIGEMENT - HIVER 2002-2003

M. TROUVÉ indique que l'appel d'offres a fait l'objet de trois offres. M. LECLERCQ, qui souhaite qu'une part du sel soit remplacée par des produits moins agressifs, s'abstient.

La Commission Permanente autorise le Président à signer le marché avec la société Salins du Centre-Ouest.

Adopté, M. LECLERCQ s'abstenant.

L'ordre du jour étant épuisé, la séance est levée à 16 h 15.
`;
    const items = analyzeText(text).items;
    expect(items.map((i) => i.number)).toEqual(['CP 02-10-06', 'CP 02-10-07']);
    expect(items[1]!.decision?.vote).toMatchObject({ unanimous: false, abstentions: 1 });
    expect(items[1]!.decision?.vote?.abstentionNames.map((p) => p.surname)).toEqual(['LECLERCQ']);
    expect(items[1]!.decision?.outcome).toBe('adopted');
  });
});

describe('a regional register exported by software, each deliberation under its stacked labels', () => {
  it('numbers each by its cell "99.01153" (five figures after the point), the labels opening a page after its break', () => {
    const row = (n: string, title: string, act: string) => `N° délibération
Objet
Commission
Rapporteur
${n}
${title}
Finances, administration générale
VANDAMME Bruno
LE CONSEIL REGIONAL,
Vu le Code Général des Collectivités Territoriales,
Après en avoir délibéré,
DECIDE :
Article 1 : ${act}
Résultat du vote
Pour
Contre
Abstention
NPPV
58
41
0
4
Décision
ADOPTE
`;
    const text = `CONSEIL REGIONAL
REGISTRE DES DELIBERATIONS
Séance plénière du 08/07/1999
Président de séance : LEFEBVRE-DUTOIT Jacques
${row('99.01152', 'CONTRAT DE PLAN ETAT-REGION 2000-2006 - ORIENTATIONS REGIONALES', "d'approuver les orientations régionales ;")}Groupes : Pour : Socialiste - Contre : Front National\f${row('99.01153', 'BUDGET 1999 - DECISION MODIFICATIVE N°1', "d'adopter la décision modificative n° 1 ;")}Groupes : Pour : Socialiste - Contre : Front National\f${row('99.01154', "LYCEES - PROGRAMME PLURIANNUEL D'INVESTISSEMENT", "d'affecter une autorisation de programme ;")}`;
    expect(analyzeText(text).items.map((i) => i.number).slice(-2)).toEqual(['99.01153', '99.01154']);
  });
});

describe("a posted summary stating the outcome before the decision's lead", () => {
  it('reads the vote of "Adopté à l\'unanimité. Le Bureau décide …" for the point', () => {
    const text = `COMPTE RENDU SOMMAIRE - BUREAU DU 14 MARS 2011
Le Bureau communautaire s'est réuni sous la présidence de M. Gérard THIEBAUT.

B 2011-10 - Fonds de concours à la commune de Failly pour l'aménagement de la place
Le Bureau, à l'unanimité, décide d'attribuer un fonds de concours de 12 000 euros.

B 2011-11 - Création d'un poste d'adjoint technique de 2ème classe à temps non complet
Afin d'assurer l'ouverture de la déchetterie le samedi après-midi, le Président propose la création d'un poste.
Adopté à l'unanimité. Le Bureau décide la création du poste et charge le Président de procéder au recrutement.
`;
    const items = analyzeText(text).items;
    expect(items.map((i) => i.number)).toEqual(['B 2011-10', 'B 2011-11']);
    expect(items[1]!.decision?.vote?.unanimous).toBe(true);
    expect(items[1]!.decision?.outcome).toBe('adopted');
  });
});

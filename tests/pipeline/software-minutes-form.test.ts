/**
 * Minutes printed by a town hall's software, each point a form: a line of its fields ("N° DELIB : …
 * RAPPORTEUR : … COMMISSION : …") over "OBJET : …", the report's table under its labels, the vote
 * a table ("VOTE POUR CONTRE ABST. NPPV" over "26 22 4 0 0") and "RESULTAT : ADOPTE". Written for
 * these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const RULE = '-'.repeat(90);
const point = (n: string, subject: string, body: string, counts: string, result: string) => `${RULE}
N° DELIB : D-2001-0${n}   RAPPORTEUR : Mme LEBRETON   COMMISSION : FINANCES
OBJET : ${subject}
${body}
VOTE POUR CONTRE ABST. NPPV
${counts}
RESULTAT : ${result}
`;

const MINUTES = `VILLE DE SAINT-ORBAN
PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU VENDREDI 8 JUIN 2001
L'an deux mil un, le huit juin à dix-huit heures, le Conseil Municipal de la Commune de SAINT-ORBAN, régulièrement convoqué, s'est réuni sous la présidence de M. Lucien MARTIAL, Maire.
Présents : M. MARTIAL, Mme LEBRETON, M. PERRIN, Mme MOREAU, M. GALLET, M. DUVAL
Secrétaire de séance : Mme MOREAU
${point(
  '41',
  'BUDGET COMMUNAL 2001 - DECISION MODIFICATIVE N° 1',
  `EXPOSE :
Mme LEBRETON présente la décision modificative.
CHAP ART LIBELLE DEPENSES RECETTES
73 7311 Dotation de compensation 35 000,00
61 615 Entretien de la voirie 35 000,00
DECISION :
Le Conseil Municipal APPROUVE la décision modificative n° 1.`,
  '6 5 1 0 0',
  'ADOPTE',
)}${point('42', 'SUBVENTIONS AUX ASSOCIATIONS SPORTIVES', `DECISION :
Le Conseil Municipal ACCORDE les subventions et AUTORISE M. le Maire à les mandater.`, '6 6 0 0 0', "ADOPTE A L'UNANIMITE")}${RULE}
L'ordre du jour étant épuisé, la séance est levée à 20 h 10.
`;

describe("a software's form over each point", () => {
  const doc = analyzeText(MINUTES);

  it("numbers each point from its line of fields, titles it from its OBJET, the table's labels and the result's field no points", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['D-2001-041', 'BUDGET COMMUNAL 2001 - DECISION MODIFICATIVE N° 1'],
      ['D-2001-042', 'SUBVENTIONS AUX ASSOCIATIONS SPORTIVES'],
    ]);
  });

  it("reads each vote from its table, the row's first count the voters', and no act from the table's labels", () => {
    expect(doc.items.map((i) => [i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions])).toEqual([
      [5, 1, 0],
      [6, 0, 0],
    ]);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve'], ['accorde', 'autorise']]);
  });
});

describe("a records software's sitting form, its fields and its members' table a cell a line, under a commune's letterhead", () => {
  const TEXT = [
    'COMMUNE DE VILLERS-LES-POTS (21)',
    'Registre des délibérations - Reprise des registres anciens',
    'Séance du 12/10/1984 - Compte rendu sommaire',
    '',
    'Date de séance',
    '12/10/1984',
    'Lieu',
    'Mairie - salle du conseil',
    'Membres en exercice',
    '11',
    'Présents',
    '9',
    'Représentés',
    '1',
    'Votants',
    '10',
    'Quorum',
    'Atteint',
    '',
    'Liste des membres',
    'Nom', 'Prénom', 'Fonction', 'Présence', 'Mandataire',
    'BOILLOT', 'Georges', 'Maire', 'Présent',
    'CARRE', 'Louis', 'Conseiller municipal', 'Présent',
    'DUPARC', 'Anne', 'Conseillère municipale', 'Représentée', 'BOILLOT Georges',
    '',
    'N° 1984-22',
    'Objet',
    'Affouage 1984-1985',
    'La taxe d\'affouage est fixée à 150 F par feu.',
    'Pour', '10', 'Contre', '0', 'Abst.', '0',
    'Adopté',
  ].join('\n');
  const doc = analyzeText(TEXT);

  it('reads each count under its label, "Membres en exercice" and "Représentés" too, and takes no value for a member', () => {
    expect(doc.attendance.counts).toEqual({ inOffice: 11, present: 9, represented: 1, voting: 10 });
    expect(doc.attendance.represented.map((r) => r.person.surname)).toEqual(['DUPARC']);
  });

  it("names the commune's council the body that sat, though no line names it", () => {
    expect(doc.meeting.bodyType).toBe('conseil-municipal');
  });
});

describe("a software's procès-verbal: the agenda, then each deliberation a form a cell a line ('Objet :' alone over its subject)", () => {
  const deliberation = (n: string, subject: string, body: string, counts: string) => `DÉLIBÉRATION N° 2024_0${n}
Objet :
${subject}
Nomenclature :
7.1 Décisions budgétaires
Rapporteur : Mme FABRE Nadine
${body}
Le Conseil Municipal, après en avoir délibéré,
APPROUVE la proposition.
Résultat du vote
Votants Pour Contre Abstentions Ne prend pas part
${counts}
Adoptée à l'unanimité
`;
  const text = `Commune de SAINT-ALBAN
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL
Séance du 9 avril 2024
L'an deux mille vingt-quatre et le neuf avril à 20 heures 30, le Conseil Municipal s'est réuni à la mairie, sous la présidence de Monsieur ROUQUETTE Gilles, Maire.
Présents :
M. ROUQUETTE Gilles, Maire, Mme FABRE Nadine, M. CASTANIÉ Bernard, Mme VIGUIÉ Sandrine
ORDRE DU JOUR
1 Approbation du compte de gestion 2023 - Budget principal
2 Vote du compte administratif 2023 - Budget principal
3 Vote des taux d'imposition 2024
Questions diverses
\f${deliberation('09', 'Approbation du compte de gestion 2023 - Budget principal', 'Madame FABRE présente le compte de gestion.', '4 4 0 0 0')}${deliberation('10', 'Vote du compte administratif 2023 - Budget principal', 'Madame FABRE présente le compte administratif.', '3 3 0 0 1')}${deliberation('11', "Vote des taux d'imposition 2024", 'Monsieur le Maire propose une hausse modérée des taux.', '4 4 0 0 0')}`;

  it("titles each deliberation by the subject under its 'Objet :', the agenda ending where the first deliberation opens", () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2024_009', 'Approbation du compte de gestion 2023 - Budget principal'],
      ['2024_010', 'Vote du compte administratif 2023 - Budget principal'],
      ['2024_011', "Vote des taux d'imposition 2024"],
    ]);
  });
});

describe("a software's procès-verbal, each deliberation opened by its reference ('Ref : DE_2016_031 - …')", () => {
  const text = `COMMUNE DE SAINT-OUEN-LE-PIN
PROCES-VERBAL DU CONSEIL MUNICIPAL
L'an deux mille seize, le vingt-six septembre, le conseil municipal s'est réuni sous la présidence de Monsieur Gérard LEMAITRE, Maire.
Sont présents: Gérard LEMAITRE, Sylvie HAMEL, Pascal DUVAL

Ref : DE_2016_031 - Décision modificative n°1 - budget communal
Nomenclature : 7.1 - Décisions budgétaires
Monsieur le Maire expose que les crédits inscrits sont insuffisants.
Après en avoir délibéré, le conseil municipal approuve la décision modificative suivante :
INVESTISSEMENT
D 2135 : Installations générales, 3 200.00 €
D 2313-21 : Constructions 3 200.00 €
Adopté à l'unanimité : Pour : 14 Contre : 0 Abstentions : 0

Ref : DE_2016_032 - Indemnité de conseil allouée au comptable du Trésor
Nomenclature : 7.10 - Divers
Après en avoir délibéré, le conseil municipal décide d'accorder l'indemnité de conseil au taux de 50 %.
Adopté à la majorité : Pour : 10 Contre : 2 Abstentions : 2
`;

  it('numbers and titles each deliberation by its reference, a budget row ("D 2313-21 : Constructions 3 200.00 €") no point', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['DE_2016_031', 'Décision modificative n°1 - budget communal'],
      ['DE_2016_032', 'Indemnité de conseil allouée au comptable du Trésor'],
    ]);
  });
});

describe("an extract's form whose labels, each with its colon, stand one a line over their values", () => {
  it('reads "Délibération n° :" / "Objet :" then "2008-041" / "FIXATION …" as the act and its subject', () => {
    const doc = analyzeText(`COMMUNAUTE DE COMMUNES DU CANTON DE VAUDRAN
EXTRAIT DU REGISTRE DES DELIBERATIONS
DU CONSEIL COMMUNAUTAIRE
Séance du :
Délibération n° :
Objet :
Rapporteur :
17/04/2008
2008-041
FIXATION DES INDEMNITES DE FONCTION DU PRESIDENT ET DES VICE-PRESIDENTS
M. le Président
Délégués en exercice :
Délégués présents :
Votants :
32
26
30
L'an deux mil huit, le dix-sept avril à vingt heures trente, le Conseil Communautaire, dûment convoqué, s'est réuni en séance publique sous la présidence de M. BREANT Dominique, Président.
Présents : M. BREANT Dominique, Mme MASSOT Christiane, M. RIGOLET Paul.
Le Conseil Communautaire, après en avoir délibéré, fixe les indemnités de fonction du Président à 41,25 % de l'indice brut 1015.
Adopté par 28 voix pour et 2 abstentions.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2008-041', 'FIXATION DES INDEMNITES DE FONCTION DU PRESIDENT ET DES VICE-PRESIDENTS']]);
  });
});

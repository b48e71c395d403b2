/**
 * A register's points titled in its margin, as the margin's notes come out of the layout: the
 * rank alone on its line over the subject ("Point 1" / "Approbation du P.V."), or a note "[En
 * marge : Point 2 Chasse communale …]" over the text; the box of the sitting's figures no point.
 * Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const REGISTER = `COMMUNE DE HOLDERANGE
PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 19 février 1988

[En marge : Nombre des membres du Conseil Municipal élus : 11 Conseillers en fonction : 11]
Sous la présidence de M. Joseph GANGLOFF, Maire.
Membres présents : MM. GANGLOFF, KIEFFER, STEINMETZ, WEBER, HEIN.

Point 1
Approbation du procès-verbal
Le procès-verbal de la séance du 11 décembre 1987 est approuvé sans observation.

[En marge : Point 2 Chasse communale Affectation du produit de la location]
Le Maire expose que la consultation des propriétaires est close.
Le Conseil Municipal, après en avoir délibéré, décide d'affecter le produit de la location au budget communal.
Adopté à l'unanimité.

[En marge : Point 3 Forêt communale Programme O.N.F. 1988]
Le Conseil Municipal approuve le programme présenté et charge le Maire de passer commande.
Adopté par 4 voix pour et 1 abstention.
`;

describe("a register's points titled in its margin", () => {
  const doc = analyzeText(REGISTER);

  it("numbers each point by its margin's rank and titles it by the subject after or under it, the figures' box none", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Approbation du procès-verbal'],
      ['2', 'Chasse communale Affectation du produit de la location'],
      ['3', 'Forêt communale Programme O.N.F. 1988'],
    ]);
  });
});

describe("a département's register, its margin repeating each report's rank before the heading", () => {
  // Invented members and subjects; the margin's cells run into the lines, a few spaces between.
  const doc = analyzeText(`CONSEIL DÉPARTEMENTAL DE L'ARNE
RÉUNION DU CONSEIL DÉPARTEMENTAL DU 24 JUIN 2016

Rapport n° 203      RAPPORT N° 203 - FONDS DÉPARTEMENTAL DE PÉRÉQUATION DE LA TAXE
Aide aux      PROFESSIONNELLE - RÉPARTITION 2016
communes
M. MARTEL, rapporteur, rappelle que le Département répartit le fonds chaque année.

Le Conseil départemental,
Après en avoir délibéré,
      DÉCIDE de répartir le fonds selon le tableau annexé.

Adopté à l'unanimité.

Rapport n° 501  RAPPORT N° 501 - AMÉNAGEMENT NUMÉRIQUE - AVENANT N° 3 À LA CONVENTION
5ème Commission    AVEC LE SYNDICAT MIXTE ARNE TRÈS HAUT DÉBIT
Pour 38    M. VAUTRIN, rapporteur de la 5ème commission, présente l'avenant n° 3.

Le Conseil départemental,
Après en avoir délibéré,
      APPROUVE l'avenant n° 3 à la convention ;
      AUTORISE le Président à le signer.

Pour : 38 - Abstentions : 2 (Mme RENARD, M. BIGNON)

Motion    MOTION RELATIVE AU MAINTIEN DE LA MATERNITÉ DU CENTRE HOSPITALIER DE
maternité      SAINT-HILAIRE-EN-PERCHE
adoptée  Le Président donne lecture de la motion proposée par l'ensemble des groupes.
La motion est adoptée à l'unanimité.
`);

  it("heads each report and the motion, their titles going on after the next line's margin cell", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['203', 'FONDS DÉPARTEMENTAL DE PÉRÉQUATION DE LA TAXE PROFESSIONNELLE - RÉPARTITION 2016'],
      ['501', 'AMÉNAGEMENT NUMÉRIQUE - AVENANT N° 3 À LA CONVENTION AVEC LE SYNDICAT MIXTE ARNE TRÈS HAUT DÉBIT'],
      [null, 'MOTION RELATIVE AU MAINTIEN DE LA MATERNITÉ DU CENTRE HOSPITALIER DE SAINT-HILAIRE-EN-PERCHE'],
    ]);
    expect(doc.items.map((i) => i.decision?.vote?.unanimous)).toEqual([true, false, true]);
  });
});

describe("a register's margin read whole before its body", () => {
  const REGISTER = `SYNDICAT INTERCOMMUNAL DE LA VALLEE DU LIZON
Registre des délibérations du Comité Syndical
Délégués
en exercice : 8
présents : 7
N° 21/91
Budget
supplémentaire
1991
N° 22/91
Ecole de
musique
N° 23/91
Voirie
intercommunale
Séance du douze octobre mil neuf cent quatre-vingt-onze
L'an mil neuf cent quatre-vingt-onze, le douze octobre à vingt heures, le Comité du Syndicat,
dûment convoqué, s'est réuni à la mairie de Vaulmont sous la présidence de M. Pierre JOUVE, Président.
Etaient présents : MM. JOUVE, BESSON, ROUX, FAURE, MOULIN, GIRAUD, VIAL.
Absent : M. REYNAUD.
M. BESSON est nommé secrétaire.
Le Président présente le budget supplémentaire de l'exercice, qui reprend les résultats de 1990.
Le Comité, à l'unanimité, adopte le budget supplémentaire 1991.
M. ROUX rend compte des effectifs de l'école de musique, en hausse de vingt élèves à la rentrée.
Le Comité, après en avoir délibéré, à l'unanimité, fixe la participation des communes à 120 F par élève.
M. FAURE expose le programme de réfection des chemins intercommunaux.
Le Comité, par 6 voix pour et 1 abstention (M. VIAL), approuve le programme et sollicite l'aide du Département.
Plus rien n'étant à l'ordre du jour, la séance est levée à vingt-deux heures.
`;
  const doc = analyzeText(REGISTER);

  it('gives each point of the margin the text that follows the act before it', () => {
    expect(doc.items.map((i) => [i.number, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['21/91', ['adopte']],
      ['22/91', ['fixe']],
      ['23/91', ['approuve', 'sollicite']],
    ]);
    expect(doc.items.map((i) => i.decision?.vote?.unanimous)).toEqual([true, true, false]);
  });
});

describe("a register's margin beside each deliberation: 'N° 27' / 'Objet :' / a few words, then the title in capitals", () => {
  const point = (n: number, margin: string, title: string, act: string) => `N° ${n}
Objet :
${margin}

       ${title}

       Le Maire présente le dossier au Conseil, qui en a reçu le détail avec sa convocation.
       Le Conseil Municipal, après en avoir délibéré, à l'unanimité, ${act}.
`;
  const REGISTER = `                                                              N° 0093
COMMUNE DE SAINT-AUBIN-DES-BOIS
REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 28 Septembre 1984
L'an mil neuf cent quatre vingt quatre, le vingt huit Septembre à vingt heures trente, le Conseil Municipal
s'est réuni sous la présidence de M. BOUCHAUD René, Maire.
Présents : MM. Bouchaud, Martineau, Rivaud, Favreau, Giraud.

${point(27, 'Budget supplé-\nmentaire 1984', "BUDGET SUPPLEMENTAIRE DE L'EXERCICE 1984", 'vote le budget supplémentaire')}
${point(28, 'Electrification\nChez-Brunet', 'RENFORCEMENT DU RESEAU BASSE TENSION AU VILLAGE', 'accepte le projet de renforcement')}
                                                        - 1 -
\fSéance du 28 Septembre 1984 (suite)                            N° 0094

${point(29, 'Voirie 1985\nSubvention', 'VOIRIE COMMUNALE - PROGRAMME 1985', 'approuve le programme de voirie')}
${point(30, 'Toiture', 'REFECTION DE LA TOITURE DE LA MAIRIE-ECOLE', "retient l'offre de l'entreprise")}
                                                        - 2 -
\fSéance du 28 Septembre 1984 (suite)                            N° 0095

${point(31, 'Cimetière', 'CIMETIERE COMMUNAL - TARIFS DES CONCESSIONS', 'fixe les tarifs des concessions')}
`;
  const doc = analyzeText(REGISTER);

  it('numbers each point by its margin and titles it by its capitals, "N° 29" opening a page no running head beside the leaf "N° 0094"', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['27', "BUDGET SUPPLEMENTAIRE DE L'EXERCICE 1984"],
      ['28', 'RENFORCEMENT DU RESEAU BASSE TENSION AU VILLAGE'],
      ['29', 'VOIRIE COMMUNALE - PROGRAMME 1985'],
      ['30', 'REFECTION DE LA TOITURE DE LA MAIRIE-ECOLE'],
      ['31', 'CIMETIERE COMMUNAL - TARIFS DES CONCESSIONS'],
    ]);
  });
});

describe("a report's parts titled in the margin under one subject ('[En marge : II - Le dispositif]')", () => {
  const EXTRACT = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL REGIONAL
SEANCE PLENIERE DU 12 MARS 2009

L'an deux mille neuf, le douze mars, le Conseil Régional s'est réuni sous la présidence de
M. Paul HARDY, Président.

Etaient présents : MM. AUBERT, BRUNEL, CLERC, DUVAL, HARDY, Mmes FAURE et GIRAUD.

OBJET : AIDE REGIONALE AUX CIRCUITS COURTS ALIMENTAIRES - ADOPTION DU REGLEMENT

Mme FAURE, rapporteur, expose :

[En marge : I - Le contexte]
Les exploitations de la région vendent peu en circuit court, faute de points de vente collectifs
et d'outils de transformation partagés entre producteurs.

[En marge : II - Le dispositif proposé]
Il vous est proposé d'aider les projets collectifs de vente directe selon les principes suivants :

1. Bénéficiaires : les groupements de producteurs et les coopératives.

2. Montant de l'aide : 30 % des investissements, dans la limite de 50 000 € par projet.

[En marge : III - Le financement]
Une autorisation de programme de 900 000 € serait affectée au dispositif.

LE CONSEIL REGIONAL,
Après en avoir délibéré,
DECIDE :
Article 1 : d'adopter le règlement d'intervention annexé.
Article 2 : d'affecter une autorisation de programme de 900 000 €.

Adopté par 52 voix pour, 10 voix contre et 4 abstentions.
`;

  it('reads one deliberation under its subject, the parts its report', () => {
    const doc = analyzeText(EXTRACT);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.title).toMatch(/^AIDE REGIONALE AUX CIRCUITS COURTS/);
    const report = doc.sections.filter((s) => s.kind === 'report').map((s) => doc.text.slice(s.start, s.end)).join('\n');
    expect(report).toContain('Le contexte');
    expect(report).toContain('900 000 € serait affectée');
  });
});

describe("a register transcribed, each deliberation under its margin's note '[En marge : N° 21 - …]'", () => {
  const REGISTER = `HÔPITAL-HOSPICE DE SAINT-ALBAN
Registre des délibérations du Conseil d'Administration
Séance du 12 juin 1975

Présents : MM. ROUX, Président, BLANC, GIRAUD, MARTIN, PONS.

[En marge : N° 21 - Compte administratif de l'exercice 1974]

Le Conseil d'Administration,

Vu le compte administratif de l'exercice 1974 présenté par M. le Directeur ;

Après en avoir délibéré,

Approuve à l'unanimité le compte administratif de l'exercice 1974 tel qu'il est présenté ;

Décide que l'excédent de la section d'exploitation sera repris au budget supplémentaire de l'exercice 1975.

[En marge : N° 22 - Budget supplémentaire 1975]

Le Conseil d'Administration, après en avoir délibéré, adopte à l'unanimité le budget supplémentaire de l'exercice 1975.
`;

  it("numbers each by its note, titles it by the note's words, and reads the act after the one the vote is stated in", () => {
    const doc = analyzeText(REGISTER);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['21', "Compte administratif de l'exercice 1974"],
      ['22', 'Budget supplémentaire 1975'],
    ]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'décide']);
  });
});

describe("a compte rendu typed with its points' titles in a margin, wrapped over lines, the lists at the page's edge", () => {
  const RECORD = `                              MAIRIE DE SANT'ANDREA
              COMPTE-RENDU DE LA SEANCE DU CONSEIL MUNICIPAL
                         du 12 Mars 1984

Présents : MM. GRIMALDI Paul, FILIPPI Jean, Mme MATTEI Rose, MM. ORSINI
Pierre, LUCIANI Ange, PAOLI Marc.
Absent : M. CASANOVA Louis (excusé).
M. FILIPPI Jean a été élu secrétaire de séance.

1°) Electri-  Le Maire expose que l'éclairage public du hameau de
fication      Piobbu reste insuffisant. Le devis établi par E.D.F.
Piobbu        (six foyers sur la route du col et deux sur la place)
              s'éléve à 84.000 F. Le Conseil, à l'unanimité, approuve
              le devis et sollicite une subvention du Département.

2°) Coupe     Sur proposition de l'O.N.F., le Conseil décide à l'unanimité
de bois       la mise en vente de la coupe n° 9 de la forêt communale
              de Sant'Andrea (pins laricio, 280 m3 estimés) par voie
              d'adjudication publique.

3°) Indem-    Le Conseil décide, à l'unanimité, d'allouer à M. le Rece-
nité Rece-    veur Municipal l'indemnité de conseil au taux maximum pour
veur          l'année 1984.

              La séance est levée à dix neuf heures.
`;

  it('reads each point by its rank and its title joined, the lists at the edge no sign against the margin', () => {
    const doc = analyzeText(RECORD);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Electrification Piobbu'],
      ['2', 'Coupe de bois'],
      ['3', 'Indemnité Receveur'],
    ]);
  });
});

describe("a transcribed deliberation's acts a paragraph each, one leading into a table", () => {
  it('reads the acts after the table, and after an act closed by a semicolon', () => {
    const doc = analyzeText(`HÔPITAL-HOSPICE DE SAINT-ALBAN
Registre des délibérations du Conseil d'Administration
Séance du 12 juin 1975

Présents : MM. ROUX, Président, BLANC, GIRAUD, MARTIN, PONS.

[En marge : N° 27 - Humanisation de l'hospice]

Le Conseil d'Administration,

Vu l'avant-projet dressé par M. GUIGUES, architecte ;

Après en avoir délibéré, à l'unanimité,

Approuve l'avant-projet des travaux d'humanisation de l'hospice pour un montant de 950.000 F ;

Arrête comme suit le plan de financement de l'opération :

    Subvention de l'État (40 %) : 380.000 F
    Emprunt auprès de la Caisse des Dépôts et Consignations : 570.000 F

Sollicite de M. le Ministre de la Santé la subvention prévue ;

Charge M. le Directeur de constituer les dossiers d'emprunt.

[En marge : N° 28 - Budget supplémentaire 1975]

Le Conseil d'Administration, après en avoir délibéré, adopte à l'unanimité le budget supplémentaire de l'exercice 1975.
`);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'arrête', 'sollicite', 'charge']);
  });
});

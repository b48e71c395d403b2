/**
 * Where an item's decision starts and ends, and when one heading holds several decided
 * matters: short synthetic minutes, one shape of French minutes per case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';

const HEAD = `Conseil municipal du 3 mars 2025
L'an deux mille vingt-cinq, le 3 mars à 20h00, le Conseil Municipal, dûment convoqué, s'est réuni sous la présidence de Monsieur Paul MARTIN, maire.
Présents : Monsieur Paul MARTIN, Madame Anne DURAND, Monsieur Luc PETIT.
Secrétaire : Madame Anne DURAND
`;

/** A second point after the one a test reads, so that its decision has an end. */
const NEXT_ITEM = `
2. Tarifs de la cantine
Le maire présente les tarifs.
Adopté à l'unanimité.
`;

const sections = (doc: MinutesDocument, kind: string) =>
  doc.sections.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));
const actions = (doc: MinutesDocument, i: number) => doc.items[i]!.decision!.articles.map((a) => a.action);

describe('decision start', () => {
  it('is not a label naming the body before a colon: "Avis de la commission : favorable" is the report\'s', () => {
    const doc = analyzeText(`${HEAD}1. Subvention au comité des fêtes
Le comité des fêtes demande une aide pour la fête de la Saint-Jean.
Avis de la commission : favorable, 800 euros.
Après en avoir délibéré, le Conseil Municipal, à l'unanimité, ACCORDE une subvention de 800 euros au comité des fêtes.
${NEXT_ITEM}`);
    expect(sections(doc, 'report')[0]).toMatch(/Avis de la commission : favorable, 800 euros\.$/);
    expect(sections(doc, 'decision')[0]).toMatch(/^Après en avoir délibéré/);
  });

  it('is the body and its colon after a clause ("…, le Conseil Municipal :"), not the body the report is told to ("expose à l\'Assemblée :")', () => {
    const doc = analyzeText(`${HEAD}1. Construction de l'école maternelle
Monsieur le Maire expose à l'Assemblée :
Les effectifs de l'école ont doublé en cinq ans ; deux classes sont installées dans des préfabriqués.
Après avoir entendu le rapport du Maire-Adjoint chargé des
affaires scolaires, le Conseil Municipal :
 - approuve l'avant-projet de l'école ;
 - sollicite de l'Etat la subvention prévue.
Adopté à l'unanimité.
${NEXT_ITEM}`);
    expect(sections(doc, 'report')[0]).toMatch(/^1\. Construction de l'école maternelle\nMonsieur le Maire expose à l'Assemblée :\nLes effectifs/);
    expect(sections(doc, 'decision')[0]).toMatch(/^Après avoir entendu le rapport/);
  });

  it('is not the count of the members of the body, when the subject stands above the lists', () => {
    const doc = analyzeText(`COMMISSION PERMANENTE
OBJET : VOIRIE COMMUNALE - RÉPARTITION DES SUBVENTIONS
L'an deux mille vingt-cinq, le trois mars à dix heures, la Commission Permanente s'est réunie sous la présidence de M. Paul MARTIN, Président.
Nombre de membres de la Commission Permanente : 14
Nombre de membres composant l'Assemblée : 14
Étaient présents : M. Paul MARTIN, Mme Anne DURAND, M. Luc PETIT.
RAPPORT DU PRÉSIDENT
Lors de sa séance du 23 mars, le Conseil a ouvert une autorisation de programme pour la voirie des communes.
Je vous prie de bien vouloir en délibérer.
DÉCISION DE LA COMMISSION PERMANENTE
Vu le rapport du Président ;
Article 1 : La Commission Permanente attribue les subventions figurant au tableau.
Adopté à l'unanimité.
`);
    expect(sections(doc, 'decision')[0]).toMatch(/^DÉCISION DE LA COMMISSION PERMANENTE\nVu le rapport/);
    expect(sections(doc, 'report').join('\n')).toMatch(/RAPPORT DU PRÉSIDENT\nLors de sa séance/);
  });

  it('is the start of the sentence holding the cue, when the layout wrapped it', () => {
    const doc = analyzeText(`${HEAD}1. Réfection du préau
Le préau de l'école doit être refait avant l'hiver ; deux devis ont été reçus.
Monsieur le maire
propose de passer au vote pour retenir le devis le moins cher.
Vote : Pour à l'unanimité
2. Tarifs de la salle
Les tarifs de location de la salle n'ont pas changé depuis six ans.
Le conseil approuve à l'unanimité les nouveaux tarifs.
`);
    expect(sections(doc, 'decision')[0]).toMatch(/^Monsieur le maire\npropose de passer au vote/);
    expect(sections(doc, 'report')[0]).toMatch(/deux devis ont été reçus\.$/);
  });

  it('is after the colon of "il est donc proposé …", not at the passive verb', () => {
    const doc = analyzeText(`${HEAD}1. Budget annexe de l'eau
Des crédits manquent au chapitre des travaux. Il est donc
proposé au conseil la décision modificative suivante :
Virement de 2 000 € du chapitre 022 au chapitre 23.
Vote : Pour : 3
`);
    expect(sections(doc, 'decision')[0]).toMatch(/^Virement de 2 000 €/);
  });

  it('is the line "Vote du conseil à l\'unanimité" when nothing else opens the decision', () => {
    const doc = analyzeText(`${HEAD}REPAS DES AINES

Le repas des aînés aura lieu en salle des fêtes le premier dimanche de décembre comme chaque année.

Vote du conseil à l'unanimité
`);
    expect(sections(doc, 'decision')).toEqual(["Vote du conseil à l'unanimité"]);
  });
});

describe('decision start at an operative verb after the assembly', () => {
  it.each([
    ['Le conseil municipal déclare la parcelle désaffectée et retient le prix de 12 000 €.', 'déclare'],
    ['Le conseil municipal émet un avis favorable au projet.', 'émet'],
    ['Le conseil municipal fixe le loyer à 450 € par mois.', 'fixe'],
  ])('"%s" opens the decision', (sentence, verb) => {
    const doc = analyzeText(`${HEAD}1. Ancien presbytère
Le maire rappelle l'historique du bâtiment et l'état de la toiture.
${sentence}
Vote : unanimité.
${NEXT_ITEM}`);
    expect(sections(doc, 'decision')[0]).toMatch(new RegExp(`^${sentence.slice(0, 20)}`));
    expect(actions(doc, 0)[0]).toBe(verb);
  });

  it('a subjunctive in the report ("que le Conseil municipal émette un vœu") opens none', () => {
    const doc = analyzeText(`${HEAD}1. Motion
Notre groupe propose que le Conseil municipal émette un vœu pour le maintien du service.
Le maire met la motion aux voix.
Le vœu est adopté à l'unanimité.
${NEXT_ITEM}`);
    expect(sections(doc, 'report')[0]).toMatch(/émette un vœu/);
  });
});

describe('acts joined in one sentence', () => {
  it.each([
    ["Le Conseil municipal, après en avoir délibéré, à 9 voix pour et 1 abstention, décide de céder la parcelle, dit que les frais seront à la charge de l'acquéreur et autorise le Maire à signer l'acte.", ['décide', 'dit', 'autorise']],
    ["Le Conseil municipal approuve le projet de voirie, sollicite l'aide de l'État au titre de la DETR et autorise le Maire à signer.", ['approuve', 'sollicite', 'autorise']],
  ])('%s', (sentence, acts) => {
    const doc = analyzeText(`${HEAD}1. Voirie communale
Le maire présente le dossier.
${sentence}
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(acts);
  });
});

describe('the compte administratif, voted under another president', () => {
  it('"… le conseil municipal, sous la présidence de\nM. X, après en avoir délibéré, approuve …": the sentence is the decision, its verb the act', () => {
    const doc = analyzeText(`${HEAD}1. Compte administratif 2024
M. Luc PETIT, 1er adjoint, présente le compte administratif 2024.
M. le Maire s'étant retiré de la salle, le conseil municipal, sous la présidence de
M. PETIT, après en avoir délibéré, approuve le compte administratif 2024.
Votants : 2 Pour : 2
${NEXT_ITEM}`);
    expect(sections(doc, 'decision')[0]).toMatch(/^M\. le Maire s'étant retiré de la salle/);
    expect(actions(doc, 0)).toEqual(['approuve']);
  });
});

describe('points under "décide :"', () => {
  const decide = (body: string) =>
    actions(analyzeText(`${HEAD}1. Personnel communal\nLe maire présente le dossier.\nLe Conseil municipal, après en avoir délibéré, à l'unanimité,\n${body}\n${NEXT_ITEM}`), 0);
  it('a bulleted noun in lower case is a point', () => {
    expect(decide("DÉCIDE :\n– la création d'un emploi d'adjoint technique à temps complet ;\n– la suppression d'un emploi d'agent de maîtrise.")).toEqual(['décide', 'décide']);
  });
  it('the lines of a table a point announces are no points', () => {
    expect(decide('DÉCIDE :\n- de fixer les tarifs suivants à compter du 1er janvier 2024 :\nRESTAURATION SCOLAIRE Tarif 2023 Tarif 2024\nRepas enfant 3,10 € 3,20 €\n- d\'autoriser le Maire à signer.')).toEqual(['fixe', 'autorise']);
  });
  it('"décide de maintenir les taux comme suit :": the lines under it complete the verb', () => {
    expect(decide('décide de maintenir les taux comme suit :\n- Taxe foncière (bâti) : 18,50 %\n- Taxe foncière (non bâti) : 42,10 %')).toEqual(['décide']);
  });
});

describe('a verb closing a line of its sentence', () => {
  it('"… le conseil municipal retient\nl\'entreprise …" records the act; "DÉCIDE" alone on its line does not', () => {
    const doc = analyzeText(`${HEAD}1. Travaux de l'église
Le maire présente les trois offres reçues.
Après en avoir délibéré, à l'unanimité, le conseil municipal retient
l'entreprise Charpentes du Lot pour un montant de 18 400 € HT.
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(['retient']);
  });
});

describe('decision end', () => {
  it('takes in the articles when the vote sentence ends on a colon on the next line, across blank lines', () => {
    const doc = analyzeText(`${HEAD}1. Cimetière communal
Le règlement du cimetière date de 1998 et doit être mis à jour.
Le conseil, après en avoir délibéré, à l'unanimité
décide de :
-

Approuver le nouveau règlement du cimetière ;

-

Autoriser le maire à le signer.

Madame DURAND demande quand il sera affiché.
2. Tarifs de la salle
Les tarifs de location de la salle n'ont pas changé depuis six ans.
Le conseil approuve à l'unanimité les nouveaux tarifs.
`);
    expect(actions(doc, 0)).toEqual(['approuve', 'autorise']);
    expect(sections(doc, 'decision')[0]).toMatch(/Autoriser le maire à le signer\.$/);
  });

  it('does not stop at an article whose verb reads like an outcome ("ADOPTE …")', () => {
    const doc = analyzeText(`${HEAD}1. Provision pour créances douteuses
Une créance de 500 € ne sera sans doute pas recouvrée.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité :
-
ADOPTE la constitution d'une provision de 500 €.
-
DIT que la dépense est inscrite au chapitre 68.

Monsieur PETIT demande si d'autres créances sont concernées.
2. Tarifs de la salle
Les tarifs de location de la salle n'ont pas changé depuis six ans.
Le conseil approuve à l'unanimité les nouveaux tarifs.
`);
    expect(actions(doc, 0)).toEqual(['adopte', 'dit']);
  });

  it('closes the parenthesis a vote line wraps into', () => {
    const doc = analyzeText(`${HEAD}1. Procès-verbal de la séance précédente
Le procès-verbal a été envoyé à chacun avec la convocation.
Approuvé à la majorité avec 1 voix pour et 2 abstentions (Anne DURAND et Luc
PETIT).
Monsieur le maire remercie les présents.
2. Tarifs de la salle
Les tarifs de location de la salle n'ont pas changé depuis six ans.
Le conseil approuve à l'unanimité les nouveaux tarifs.
`);
    expect(sections(doc, 'decision')[0]).toMatch(/\(Anne DURAND et Luc\nPETIT\)\.$/);
  });

  it('leaves out the closing of the sitting', () => {
    const doc = analyzeText(`${HEAD}Création d'un poste d'adjoint technique
Le départ en retraite de l'agent des espaces verts impose son remplacement dès le printemps.
Le conseil décide à l'unanimité de créer le poste.
La séance est levée à 21h10.
Le maire, Paul MARTIN
`);
    const decision = sections(doc, 'decision');
    expect(decision).toHaveLength(1);
    expect(decision[0]).not.toMatch(/séance est levée/);
  });

  it('in a text without line breaks, ends with the vote when a word in capitals follows', () => {
    const flat = `${HEAD.replace(/\n/g, ' ')}N°1 D.CCAS/2025/01 - Tarifs du foyer APPROUVÉE à l'unanimité N°2 D.CCAS/2025/02 - Règlement du foyer APPROUVÉE à l'unanimité VU POUR ÊTRE AFFICHÉ A LA PORTE DE LA MAIRIE. Le Président, Paul MARTIN`;
    const doc = analyzeText(flat);
    expect(sections(doc, 'decision').map((s) => s.replace(/^\W+/u, ''))).toEqual(["APPROUVÉE à l'unanimité", "APPROUVÉE à l'unanimité"]);
  });
});

describe('several matters under one heading', () => {
  it('makes an item of each vote that follows a report of its own', () => {
    const doc = analyzeText(`${HEAD}DROIT DE PRÉEMPTION

Désignation du bien : parcelle AB 12, maison d'habitation, 90 m², rue des Écoles.
Prix de vente : 120 000 €.

Le conseil renonce à l'unanimité à exercer son droit de préemption.

Désignation du bien : parcelle C 45, terrain non bâti en bordure du chemin des Vignes.
Ce terrain jouxte le futur sentier de randonnée que la commune souhaite aménager.
Prix de vente : 8 000 €.

Le conseil se prononce à la majorité pour l'exercice du droit de préemption. 2 voix contre.

TARIFS DE LA SALLE

Les tarifs de location de la salle n'ont pas changé depuis six ans et doivent suivre les prix.

Le conseil approuve à l'unanimité les nouveaux tarifs.
`);
    expect(doc.items.map((i) => [i.title, i.decision?.vote?.unanimous, i.decision?.vote?.against])).toEqual([
      ['DROIT DE PRÉEMPTION', true, null],
      ['DROIT DE PRÉEMPTION', false, 2],
      ['TARIFS DE LA SALLE', true, null],
    ]);
    expect(sections(doc, 'decision')).toHaveLength(3);
  });

  it('keeps one item when the articles in capitals, their bullets lost, stand between two vote lines', () => {
    const doc = analyzeText(`${HEAD}1. Tarifs de la salle
Les tarifs de location de la salle n'ont pas changé depuis six ans.
Le conseil approuve à l'unanimité les nouveaux tarifs.
2. Echange de parcelles
Un riverain propose d'échanger une bande de son terrain contre l'ancien chemin rural, qui n'est plus entretenu depuis des années.
Le Conseil Municipal, après en avoir délibéré, à la majorité :
DÉCIDE de proposer un échange de parcelles aux conditions de la loi, afin de garantir la continuité du chemin rural ;
DIT que les frais de bornage et les frais notariés seront à la charge du riverain ;
AUTORISE le maire à signer les documents nécessaires.
Vote : 2 CONTRE (M. PETIT et Mme DURAND)
`);
    expect(doc.items.map((i) => i.title)).toEqual(['Tarifs de la salle', 'Echange de parcelles']);
    expect(doc.items[1]!.decision!.vote).toMatchObject({ against: 2 });
    expect(actions(doc, 1)).toEqual(['décide', 'dit', 'autorise']);
  });

  it('keeps one item for votes on alternatives that follow each other', () => {
    const doc = analyzeText(`${HEAD}Aménagement de la place

Le maire présente les deux projets d'aménagement de la place reçus des bureaux d'études.

Le premier projet, avec fontaine, est rejeté par 2 voix contre et 1 pour.
Le second projet, sans fontaine, est adopté par 2 voix pour et 1 contre.

Tarifs de la salle

Les tarifs de location de la salle n'ont pas changé depuis six ans et doivent suivre les prix.

Le conseil approuve à l'unanimité les nouveaux tarifs.
`);
    expect(doc.items.map((i) => i.title)).toEqual(['Aménagement de la place', 'Tarifs de la salle']);
  });
});

describe('preamble', () => {
  it('starts after the @CTES transmission stamp', () => {
    const doc = analyzeText(`Envoyé en préfecture le 10/03/2025 Reçu en préfecture le 10/03/2025 Publié le ID : 060-216000000-20250303-012025-DE
Extrait du registre des délibérations du conseil municipal
${HEAD}Objet : Tarifs de la cantine
Le conseil approuve à l'unanimité les tarifs de la cantine pour la rentrée.
`);
    expect(sections(doc, 'preamble')[0]).toMatch(/^Extrait du registre/);
  });

  it('includes the convening sentence given after the report of an extract, with the quorum sentence', () => {
    const doc = analyzeText(`Extrait du registre des délibérations du conseil municipal
Séance du 3 mars 2025
03-2025 OBJET : Zones d'accélération des énergies renouvelables
Présents : 3 Paul MARTIN, Anne DURAND, Luc PETIT
Pour rappel, la loi du 10 mars 2023 permet aux communes de définir ces zones. Le conseil municipal de la commune, régulièrement convoqué, s'est réuni sous la présidence de M. Paul MARTIN. Le maire constate que le conseil peut délibérer valablement. Vu la loi n° 2023-175 du 10 mars 2023, le conseil, à l'unanimité, approuve les zones proposées.
`);
    expect(sections(doc, 'preamble').some((p) => /^Le conseil municipal de la commune, régulièrement convoqué[\s\S]*délibérer valablement\.$/.test(p))).toBe(true);
  });
});

describe('decisions whose sentences the layout wrapped', () => {
  const doc = analyzeText(`${HEAD}1. Subvention au club de football
Le club demande une aide pour renouveler ses équipements ; le devis s'élève à 4 000 €.
Coût HT
Le Conseil Municipal, au regard de la présentation de Monsieur le
maire, décide à l'unanimité d'accorder une subvention de 2 000 € au club.
2. Débat d'orientations budgétaires
Le maire présente les grandes orientations du budget primitif et l'évolution de la dette.
Le Conseil Municipal :
- Prend acte de la tenue du débat d'orientations budgétaires et du rapport
qui sera annexé à la délibération, et dit que la présente délibération sera
transmise au contrôle de légalité.
Monsieur PETIT demande la parole sur un autre sujet.
`);

  it('starts at "Le Conseil …" when the words before "décide" go over a line break', () => {
    expect(sections(doc, 'decision')[0]).toMatch(/^Le Conseil Municipal, au regard de la présentation/);
    expect(sections(doc, 'report')[0]).toMatch(/Coût HT$/);
  });

  it('runs to the end of the sentence that states what is decided, over its wrapped lines', () => {
    expect(sections(doc, 'decision')[1]).toMatch(/transmise au contrôle de légalité\.$/);
    expect(doc.items[1]!.decision!.articles.map((a) => a.text)).toEqual([
      "Prend acte de la tenue du débat d'orientations budgétaires et du rapport qui sera annexé à la délibération",
      'dit que la présente délibération sera transmise au contrôle de légalité',
    ]);
  });
});

describe('minutes whose text layer lost the blank lines', () => {
  const doc = analyzeText(`${HEAD}Ordre du jour
- Approbation du procès-verbal du 3 février
- Travaux de l'église
- Tarifs de la salle des fêtes
- Questions diverses
APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 3 FÉVRIER 2025
Le procès-verbal a été transmis à tous les conseillers avec la convocation.
Vote du conseil à l'unanimité.
TRAVAUX DE L'ÉGLISE
Le maire présente les devis reçus pour la réfection de la toiture de l'église et le plan de financement.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide :
- De retenir le devis de l'entreprise la moins disante,
- D'autoriser le maire à signer tous les documents afférents à ce dossier.
M. PETIT demande quand les travaux commenceront.
Le maire répond qu'ils commenceront au printemps.
TARIFS DE LA SALLE DES FÊTES
Le maire propose de garder pour la location de la salle des fêtes les tarifs de l'an dernier.
Vote du conseil à l'unanimité.
QUESTIONS DIVERSES
Madame DURAND signale un nid-de-poule rue des Écoles ; le maire fera le nécessaire.
`);

  it('ends the agenda at the first line without a bullet, and finds every item after it', () => {
    expect(doc.items.map((i) => i.title)).toEqual([
      'APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 3 FÉVRIER 2025',
      "TRAVAUX DE L'ÉGLISE",
      'TARIFS DE LA SALLE DES FÊTES',
    ]);
  });

  it('keeps "Monsieur le Maire est chargé de l\'exécution" in the decision', () => {
    const executory = analyzeText(`${HEAD}1. Travaux de l'église
Le maire présente les devis reçus pour la réfection de la toiture de l'église et le plan de financement.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide :
- D'autoriser le maire à signer tous les documents afférents à ce dossier.
Monsieur le Maire est chargé de l'exécution de la présente délibération.
`);
    expect(sections(executory, 'decision')[0]).toMatch(/chargé de l'exécution de la présente délibération\.$/);
  });

  it('ends the last article, and the decision, before the discussion that follows', () => {
    expect(doc.items[1]!.decision!.articles.map((a) => a.text)).toEqual([
      "retenir le devis de l'entreprise la moins disante",
      'autoriser le maire à signer tous les documents afférents à ce dossier',
    ]);
    expect(sections(doc, 'decision')[1]).toMatch(/afférents à ce dossier\.$/);
  });
});

describe('a proposal in the report', () => {
  const item = (after: string) => `${HEAD}1. Revalorisation des loyers au 1er janvier 2025
L'indice de référence des loyers progresse de 3,26 % sur un an ; il est
proposé au Conseil :
- de revaloriser les loyers de 2,90 % au 1er janvier 2025 ;
- de maintenir le gel des loyers de la résidence des Tilleuls.
${after}`;

  it('gives way to the decision in due form that follows it, visas first', () => {
    const doc = analyzeText(
      item(`Les représentants des locataires font part de leur opposition.

Vu le Code de la construction et de l'habitation ;
Le Conseil, après en avoir délibéré,
FIXE à 2,90 % la revalorisation des loyers au 1er janvier 2025 ;
CHARGE le Maire de l'exécution de la présente délibération.
Adopté à la majorité.
`),
    );
    expect(sections(doc, 'decision')[0]).toMatch(/^Vu le Code de la construction/);
    expect(actions(doc, 0)).toEqual(['fixe', 'charge']);
  });

  it('is the decision when none in due form follows', () => {
    const doc = analyzeText(item(`Adopté à l'unanimité.\n`));
    expect(sections(doc, 'decision')[0]).toMatch(/^- de revaloriser/);
    expect(actions(doc, 0)).toEqual(['revalorise', 'maintient']);
  });
});

describe('a vote line ending on a comma', () => {
  it('goes on with the acts on the lines after it, and the names of those against count', () => {
    const doc = analyzeText(`${HEAD}1. Modification du PLU
Le maire présente la modification simplifiée.
Le Conseil Municipal, après en avoir délibéré, à la majorité,
APPROUVE la modification simplifiée n°1 du PLU ;
DIT que la présente délibération sera affichée.
Ont voté contre : M. RIOUX, Mme HASCOUET.
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(['approuve', 'dit']);
    expect(doc.items[0]!.decision?.vote).toMatchObject({ against: 2 });
    expect(doc.items[0]!.decision?.vote?.againstNames.map((p) => p.surname)).toEqual(['RIOUX', 'HASCOUET']);
  });

  it('in counts, goes on with the bulleted acts', () => {
    const doc = analyzeText(`${HEAD}1. Tarifs de la base de loisirs
Le maire présente les tarifs.
Le Conseil, après en avoir délibéré, par 8 voix pour, 2 voix contre (M. FERRAN, Mme MAILLOT) et
1 abstention (M. POTTIN),
- FIXE les tarifs de la base de loisirs ;
- ABROGE la délibération B2023-022.
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(['fixe', 'abroge']);
  });
});

describe('a vote stated before the operative verbs', () => {
  it('goes on with the verbs in capitals on the lines after its parenthesis of names', () => {
    const doc = analyzeText(`${HEAD}1. Vote des taux d'imposition 2025
Le maire présente les taux.
Le Conseil Municipal, après en avoir délibéré, par 14 voix pour et 3 voix contre (M. BOULAY, Mme
VASSEUR, M. ROUSSEL),
FIXE les taux d'imposition pour l'année 2025 comme suit :
- taxe foncière sur les propriétés bâties : 39,87 %
CHARGE Monsieur le Maire de notifier cette décision aux services préfectoraux.
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(['fixe', 'charge']);
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 14, against: 3 });
  });

  it('goes on with them after a vote line of counts ("VOTE : POUR 9 - CONTRE 0 - ABSTENTION 1")', () => {
    const doc = analyzeText(`${HEAD}1. ACQUISITION DE LA PARCELLE AB 12
LE MAIRE EXPOSE LE PROJET D'ACQUISITION.
VOTE : POUR 9 - CONTRE 0 - ABSTENTION 1 (MME COURTIAL)
DECIDE D'ACQUERIR LA PARCELLE AB 12 AU PRIX DE 4 000 EUROS,
AUTORISE LE MAIRE A SIGNER L'ACTE.
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(['décide', 'autorise']);
  });

  it('does not take in the next sentence of the minutes that opens on a verb in lower case', () => {
    const doc = analyzeText(`${HEAD}1. Tarifs de la salle
Le maire présente les tarifs.
Adopté à l'unanimité.
Demande est faite de revoir les tarifs l'an prochain.
${NEXT_ITEM}`);
    expect(sections(doc, 'decision')[0]).toBe("Adopté à l'unanimité.");
  });
});

describe('a one-sentence decision with its act in capitals', () => {
  it('starts the decision ("Le Conseil Municipal FIXE les tarifs …")', () => {
    const doc = analyzeText(`${HEAD}1. Tarifs municipaux 2025
Le maire présente les tarifs municipaux proposés pour 2025.
Le Conseil Municipal FIXE les tarifs municipaux applicables au 1er janvier 2025.
Adopté à l'unanimité.

2. Subventions aux associations
Le maire présente les demandes.
Le Conseil Municipal ATTRIBUE les subventions selon le tableau joint.
Adopté à l'unanimité.
`);
    expect(actions(doc, 0)).toEqual(['fixe']);
    expect(actions(doc, 1)).toEqual(['attribue']);
  });
});

describe('an act in capitals opening its line, its object in lower case', () => {
  it('opens the decision when no lead does ("DECLARE que …" under the considérants, then the vote)', () => {
    const doc = analyzeText(`${HEAD}1. Compte de gestion 2024
Le Conseil Munieipal, aprés s'être fait présenter le budget primitif de l'exercice et les décisions modificatives ;
Après s'être assuré que le Receveur a repris dans ses écritures le montant de chacun des soldes ;
DECLARE que le compte de gestion dressé pour l'exercice 2024 par le Receveur n'appelle ni observation ni réserve.
Adopté à l'unanimité.
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(['déclare']);
    expect(sections(doc, 'decision')[0]).toMatch(/^DECLARE que le compte de gestion[^]*unanimité\.$/);
  });

  it('takes in the lead above it ending on a comma, where the vote stands ("LE CONSEIL MUNICIPAL. à l\'unanimité,")', () => {
    const doc = analyzeText(`${HEAD}1. Acquisition d'un terrain rue des Tanneries
Les consorts ROUGIER acceptent de céder à la commune la parcelle AB 214 au prix de 16 000 euros.

LE CONSEIL MUNICIPAL. à l'unanimité,
DECIDE d'acquérir la parcelle cadastrée section AB n° 214 au prix de 16 000 euros ;
AUTORISE Monsieur le Maire à signer l'acte authentique.
${NEXT_ITEM}`);
    expect(doc.items.map((i) => i.title)).toEqual(["Acquisition d'un terrain rue des Tanneries", 'Tarifs de la cantine']);
    expect(actions(doc, 0)).toEqual(['décide', 'autorise']);
    expect(doc.items[0]!.decision!.vote!.unanimous).toBe(true);
    expect(sections(doc, 'decision')[0]).toMatch(/^LE CONSEIL MUNICIPAL\. à l'unanimité,\nDECIDE/);
  });
});

describe('a body whose name takes a feminine adjective ("La Commission départementale")', () => {
  it('"L\'Assemblée plénière prend acte …" leads its one-sentence decision', () => {
    const doc = analyzeText(`${HEAD}1. Rapport n° 20201217-01 – Débat d'orientations budgétaires pour l'exercice 2021
L'Assemblée plénière prend acte de la tenue du débat d'orientations budgétaires 2021 sur la base
du rapport présenté.
Pas de vote.
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(['prend acte']);
  });

  it('leads a one-sentence decision whose acts follow its vote', () => {
    const doc = analyzeText(`${HEAD}1. Voirie départementale - rectification du virage
M. RAMBERT présente le projet de rectification du virage du chemin départemental n° 36.
La Commission départementale, à l'unanimité, approuve le projet et autorise le Préfet à signer le marché.
${NEXT_ITEM}`);
    expect(actions(doc, 0)).toEqual(['approuve', 'autorise']);
  });
});

describe("a decision whose vote ends its line, the names against in brackets opening the next, its act in capitals under them", () => {
  const RELEVE = `VILLE DE MARCILLY
CONSEIL MUNICIPAL
Séance du jeudi 12 juin 1997
RELEVE DES DECISIONS

Etaient présents : M. BRUNEL, Maire - Mme ARNAUD, M. CLOUET, Mme DANIEL, M. ESNAULT.
Secrétaire de séance : M. CLOUET.

97/31   COMPTE ADMINISTRATIF 1996 - BUDGET PRINCIPAL
Finances Sous la présidence de Mme ARNAUD, 1ère Adjointe, M. le Maire s'étant retiré
au moment du vote, le Conseil Municipal, par 25 voix pour et 6 voix contre
(M. CLOUET, Mme DANIEL, M. ESNAULT, Mme FAURE, M. GIRARD, Mme HENRY),
ADOPTE le compte administratif 1996 du budget principal.

97/32   COMPTE DE GESTION 1996 DU RECEVEUR MUNICIPAL
Finances Le Conseil Municipal, à l'unanimité, APPROUVE le compte de gestion 1996.
`;

  it('starts the decision where its sentence starts, the vote inside it', () => {
    const doc = analyzeText(RELEVE);
    const item = doc.items[0]!;
    expect([item.decision?.vote?.for, item.decision?.vote?.against]).toEqual([25, 6]);
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 0)!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/Sous la présidence de Mme ARNAUD[^]*ADOPTE le compte administratif/);
  });
});

describe("a report naming the assembly at a line's start inside its sentence, a colon after it", () => {
  const EXTRACT = `DEPARTEMENT DE L'INDRE
COMMISSION PERMANENTE
Réunion du 17 octobre 1983
Délibération n° CP 83-10-14
OBJET : EQUIPEMENT RURAL - Répartition des subventions.

Etaient présents : MM. CHAMBONNET, Président, AUCLERC, JOUANNEAU, DESLOGES.

Rapporteur : M. JOUANNEAU, au nom de la 3ème Commission.

Mes chers Collègues,

Il vous est proposé de répartir aujourd'hui la deuxième tranche, soit 1 140 000 F, entre les
opérations dont les dossiers ont été déclarés complets, selon les critères arrêtés par
l'Assemblée départementale : taux de 20 % pour les travaux d'assainissement, de 25 % pour
les travaux d'adduction d'eau.

Je vous demande de bien vouloir approuver cette répartition.

LA COMMISSION PERMANENTE,

Vu la loi n° 82-213 du 2 mars 1982 ;

Vu le rapport de M. le Président ;

Après en avoir délibéré,

APPROUVE la répartition de la deuxième tranche du programme départemental 1983.
`;

  it("keeps that sentence in the report: the decision opens where the assembly's own formula does", () => {
    const doc = analyzeText(EXTRACT);
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/^(?:LA COMMISSION PERMANENTE,\n+)?Vu la loi/);
  });
});

describe("an extract's vote stated just before its first numbered article, that article's amount wrapped onto a line of its own", () => {
  it('runs the decision through all its articles', () => {
    // A district council's extract typed in 1985, OCR's noise in it: "… par treize voix pour et une absten-" /
    // "tion (M. CASABIANCA)," / "" / "ARTICLE 1er - APPR0UVE … pour un montant de 2 350 000 F" / "H.T." / "" / "ARTICLE 2 - AD0PTE …".
    const doc = analyzeText(readFileSync(new URL('../../fixtures/genre/tirage-mixte-zzzzzzzzzze/4667.txt', import.meta.url), 'utf8'));
    const item = doc.items[0]!;
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'adopte', 'sollicite', 'autorise', 'charge']);
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 0)!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/ARTICLE 2 - ADOPTE[^]*ARTICLE 5 - CHARGE le Président/);
  });
});

describe("a deliberation's articles running over a page headed by the act's number and \"(suite)\"", () => {
  const MINUTES = `${HEAD}
1. JUMELAGE AVEC LA COMMUNE DE VAUCOURT

Monsieur le Maire rappelle le projet de jumelage.

Après en avoir délibéré, par 21 voix pour et 2 abstentions (M. PETIT, Mme DURAND),

Article 1er : APPROUVE le jumelage de la commune avec la commune de Vaucourt et les termes de la
charte annexée.

Article 2 : AUTORISE Monsieur le Maire à signer ladite charte ainsi que tout document s'y
rapportant.
\fConseil municipal du 3 mars 2025 (suite)

Article 3 : DÉCIDE d'allouer une participation de 45 000 F à l'organisation des échanges.

Article 4 : DIT que les crédits nécessaires seront inscrits au budget.

2. TARIFS DE LA CANTINE
Le Conseil Municipal, à l'unanimité, FIXE les tarifs de la cantine.
`;

  it("reads the articles under the page's head with those above it", () => {
    const doc = analyzeText(MINUTES);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise', 'décide', 'dit']);
  });

  it('ends the decision over the head when no article opens the page under it', () => {
    const doc = analyzeText(MINUTES.replace(/\n\nArticle 3 :[^\n]*\n\nArticle 4 :[^\n]*/, '\n\nLa séance est suspendue à 21 h.'));
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/rapportant\.$/);
  });
});

/**
 * A departmental PV published on its website: a table of contents whose entries shorten the
 * reports' titles, then the PV, its counts said in a sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { findHeadings } from '../../src/segment/headings.ts';

const REPORT = (n: number, title: string) => [
  `Rapport n° ${n} - ${title}`,
  `M. le Président présente le rapport n° ${n}. Après en avoir délibéré, l'Assemblée départementale approuve les propositions du rapport.`,
  'Adopté à l\'unanimité.',
  '',
];

const PAGE = [
  'Accueil > Le Département > Les séances',
  'Procès-verbal de la séance publique du Conseil départemental du jeudi 10 mars 2016',
  'Sommaire',
  'Rapport n° 1 - Budget primitif 2016',
  'Rapport n° 2 - Garantie d\'emprunt',
  'Rapport n° 3 - Motion relative à la desserte ferroviaire',
  '',
  "L'an deux mille seize, le jeudi dix mars, à 9 h 30, le Conseil départemental s'est réuni en séance publique à l'Hôtel du Département, sous la présidence de M. Bernard ROLIN, Président.",
  'Étaient présents : M. Bernard ROLIN, Mme Anne COLLIN, M. Jean MARTIN, Mme Sophie PERRIN.',
  'M. Jean MARTIN a quitté la séance à 12 h 30 et a donné délégation de vote à Mme Anne COLLIN.',
  'M. le Président ouvre la séance. Il constate que le quorum est atteint, 29 conseillers départementaux étant présents et 4 représentés sur les 34 membres que compte l\'Assemblée.',
  '',
  ...REPORT(1, 'Budget primitif 2016'),
  ...REPORT(2, "Garantie d'emprunt - OPH Argonne Habitat - Réhabilitation de 64 logements"),
  ...REPORT(3, 'Motion relative à la desserte ferroviaire du nord du département'),
].join('\n');

describe('a departmental PV on its website', () => {
  const doc = analyzeText(PAGE);

  it('reads the shortened entries of its table of contents as the reports they announce, not as points', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Budget primitif 2016'],
      ['2', "Garantie d'emprunt - OPH Argonne Habitat - Réhabilitation de 64 logements"],
      ['3', 'Motion relative à la desserte ferroviaire du nord du département'],
    ]);
  });

  it('heads the points where the reports stand, none at the contents\' entries', () => {
    const body = PAGE.indexOf("L'an deux mille seize");
    const headings = findHeadings(PAGE, 0);
    expect(headings.map((h) => h.number)).toEqual(['1', '2', '3']);
    expect(headings.every((h) => h.start > body)).toBe(true);
  });

  it('reads "29 conseillers … étant présents et 4 représentés sur les 34 membres"', () => {
    expect(doc.attendance.counts).toMatchObject({ present: 29, represented: 4, inOffice: 34 });
  });

  it('reads "(12 présents et 2 représentés sur 17 administrateurs)", no noun after the first number', () => {
    const board = analyzeText(PAGE.replace('29 conseillers départementaux étant présents et 4 représentés sur les 34 membres que compte l\'Assemblée', '12 présents et 2 représentés sur 17 administrateurs'));
    expect(board.attendance.counts).toMatchObject({ present: 12, represented: 2, inOffice: 17 });
  });
});

describe('a procès-verbal copied from a blog, the page\'s furniture under it', () => {
  const page = (footer: string) => `Accueil > Archives > Office du Tourisme
Procès-verbal du conseil d'administration – 23 octobre 1978
Nous poursuivons la mise en ligne des procès-verbaux de l'Office du Tourisme.

OFFICE DU TOURISME DE VALMONT
PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION DU 23 OCTOBRE 1978
Le lundi 23 octobre 1978, à 20 h 30, le Conseil d'Administration s'est réuni sous la présidence de M. Fernand DUNOD, Président.
Étaient présents : M. Fernand DUNOD, Mme Yvonne RIVAL, M. Albert GIRARD, M. Paul MEUNIER.
Le Président constate que onze administrateurs sur les quatorze que compte le Conseil sont présents ou représentés et que le Conseil peut donc valablement délibérer.

1° COTISATIONS POUR 1979
Le Conseil adopte à l'unanimité les cotisations proposées.

2° BROCHURE 1979
Le Conseil retient, à l'unanimité, le devis de l'imprimerie Mollard.

L'ordre du jour étant épuisé, la séance est levée à 23 h 35.

Le Président,                                  Le Secrétaire,
(signé) F. DUNOD                              (signé) A. GIRARD

${footer}`;
  const furniture = `[Note : la brochure de 1979 a été tirée à 20 000 exemplaires ; la centrale de réservation a fonctionné jusqu'en 1986, date de sa reprise par la société d'économie mixte de la station, qui l'a intégrée à son propre service commercial.]

Catégories : Archives, Office du Tourisme
Étiquettes : 1978, brochure, Office du Tourisme
← Procès-verbal du 12 juin 1978                    Procès-verbal du 18 décembre 1978 →

2 réflexions sur « Procès-verbal du conseil d'administration – 23 octobre 1978 »
Claudette V.
15 février 2021 à 18 h 12
Mon père s'est abstenu sur le budget, il disait toujours que l'Office dépensait trop pour la brochure ! Merci pour ce travail, c'est émouvant de retrouver ces noms et ces visages.
Répondre
jp.anselme
16 février 2021 à 09 h 40
Merci Claudette. Si vous avez des photos du café de votre père dans les années soixante-dix, nous serions très heureux de les numériser et de les publier ici avec votre accord.
Répondre
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Commentaire *
Nom *
E-mail *
Site web
Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Articles récents
    La chapelle Saint-Grat restaurée : retour sur le chantier de l'été
    Appel à photos : les téléskis du Plan des Eaux
© 2021 Mémoire de Valmont – Mentions légales – Propulsé par WordPress
`;

  it('reads the signatures above the tags, the comments and the links, however long these run', () => {
    expect(furniture.length).toBeGreaterThan(1500);
    expect(analyzeText(page(furniture)).signatures.map((s) => s.surname)).toEqual(['DUNOD', 'GIRARD']);
  });

  it('reads "onze administrateurs sur les quatorze que compte le Conseil" as fourteen in office, "peut donc valablement délibérer" as the quorum', () => {
    const doc = analyzeText(page(''));
    expect(doc.attendance.counts.inOffice).toBe(14);
    expect(doc.meeting.quorum).toBe(true);
  });
});

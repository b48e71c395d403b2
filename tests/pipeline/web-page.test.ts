/** A record copied from a web page: the page's furniture is no part of the record. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { beforeWebFooter } from '../../src/segment/web-page.ts';
import { extractClosing } from '../../src/segment/annexes.ts';

const PAGE = `Aller au contenu principal
Syndicat Mixte d'Eau Potable de la Haute-Véronne
Accueil
Le syndicat
Actes administratifs
Vous êtes ici : Accueil > Actes administratifs > Délibérations 2023 > Tarifs de l'eau potable 2024
Tarifs de l'eau potable 2024
Publié le 19 décembre 2023
Catégorie : Délibérations du comité syndical
Partager sur Facebook
Imprimer
Nature de l'acte : Délibération
Matière : 7.2 – Fiscalité / tarifs
Télécharger la délibération signée (PDF – 284 Ko)
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL
Séance du 12 décembre 2023
L'an deux mille vingt-trois, le douze décembre à dix-huit heures trente, le Comité syndical, dûment convoqué, s'est réuni sous la présidence de M. Thierry LEMARCHAND, Président.
Étaient présents : M. Thierry LEMARCHAND, Mme Annie PAUMELLE, M. Paul BOUTEILLER.
Secrétaire de séance : Mme Annie PAUMELLE.
Objet : Fixation des tarifs de l'eau potable pour l'année 2024
Le Président rappelle que les tarifs de l'eau potable doivent être fixés chaque année.
Après en avoir délibéré, le Comité syndical, à l'unanimité, FIXE les tarifs de l'eau potable applicables à compter du 1er janvier 2024.
`;

describe('a record copied from a web page', () => {
  it('starts its preamble after the page\'s menu, breadcrumb, title, byline, buttons and metadata', () => {
    const doc = analyzeText(PAGE);
    const preamble = doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preamble[0]).toMatch(/^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\nSéance du 12 décembre 2023\nL'an deux mille vingt-trois/);
  });
  it('leaves the preamble of a text that is no web page where it was ("Publié le" in a letterhead is no page\'s furniture)', () => {
    const doc = analyzeText(PAGE.slice(PAGE.indexOf('Publié le')));
    const preamble = doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preamble[0]).toMatch(/^Publié le 19 décembre 2023/);
  });
});

describe('a record under a web page\'s long introduction', () => {
  const intro = Array.from({ length: 14 }, (_, i) => `Paragraphe ${i + 1} de la présentation : les bénévoles de l'association publient chaque mois un document tiré des registres de la commune, transcrit et commenté pour les lecteurs du site.`).join('\n\n');
  const page = `Mairie de Vallorba\nAccueil › Archives › 1977 : le conseil vote l'école\nPublié le 14 juin 2021\n\n${intro}\n\n${PAGE.slice(PAGE.indexOf('EXTRAIT DU REGISTRE'))}`;

  it('reads the sitting\'s date and time where the record starts, past the first 2,000 characters', () => {
    const doc = analyzeText(page);
    expect(doc.meeting).toMatchObject({ date: '2023-12-12', time: '18:30' });
  });
});

describe('a record under the site\'s introduction to it', () => {
  const record = PAGE.slice(PAGE.indexOf('EXTRAIT DU REGISTRE'));
  const page = (intro: string) => `Aller au contenu principal\nCercle d'histoire de Vallorba\nAccueil » Archives » 1977 : le conseil vote l'école\n1977 : le conseil vote l'école\nPublié le 14 juin 2021 par cercle-histoire\n\n${intro}\n\n${record}`;
  const preambleOf = (text: string) => {
    const doc = analyzeText(text);
    return doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end))[0];
  };

  it('starts the preamble after the paragraphs in the site\'s voice, its picture and its transcription labels', () => {
    const intro = [
      "Tout le monde à Vallorba connaît l'école de la rue Haute. On sait moins que le projet a failli ne jamais voir le jour, faute de crédits.",
      'En classant les cartons de la mairie, nous avons retrouvé la délibération qui a fixé les tarifs. Nous la reproduisons intégralement ci-dessous.',
      'Cette séance est la première après les élections de mars.',
      '[Photo : le registre des délibérations, folio 38]',
      'Transcription : orthographe et ponctuation respectées.',
      'Document : ampliation, 3 feuillets dactylographiés.',
      '[folio 38]',
    ].join('\n\n');
    expect(preambleOf(page(intro))).toMatch(/^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\nSéance du 12 décembre 2023/);
  });

  it('keeps in the preamble a paragraph above the record that is not in the site\'s voice', () => {
    const intro = 'Tout le monde à Vallorba connaît l\'école de la rue Haute. On sait moins que le projet a failli ne jamais voir le jour.';
    expect(preambleOf(page(intro))).toMatch(/^Tout le monde à Vallorba/);
  });
});

describe('the links to the previous and the next act under a record copied from a web page', () => {
  it('are no deliberations of the record, whose own subject may close on a quote', () => {
    const record = PAGE.slice(PAGE.indexOf('EXTRAIT DU REGISTRE')).replace("Objet : Fixation des tarifs de l'eau potable pour l'année 2024", 'Objet : Tarifs de l\'eau du lotissement « Le Clos des Noisetiers »');
    const doc = analyzeText(`${record}Télécharger la délibération signée (PDF, 186 Ko)\n← Délibération n° 2023-046 – Tarifs de la cantine et de la garderie scolaires\nDélibération n° 2023-048 – Décision modificative n° 2 au budget principal →\nMairie de Vallorba\n`);
    expect(doc.items.map((i) => i.title)).toEqual(['Tarifs de l\'eau du lotissement « Le Clos des Noisetiers »']);
  });
  it('are none either in guillemets as arrows, the first link opening on "«", the second closing on "»"', () => {
    const record = PAGE.slice(PAGE.indexOf('EXTRAIT DU REGISTRE'));
    const doc = analyzeText(`${record}Télécharger la délibération signée (PDF, 186 Ko)\n\n« Délibération n° 2023-046 – Tarifs de la cantine et de la garderie scolaires\nDélibération n° 2023-048 – Location de la chasse communale : agrément d'un permissionnaire »\n\nMairie de Vallorba\n`);
    expect(doc.items.map((i) => i.title)).toEqual(["Fixation des tarifs de l'eau potable pour l'année 2024"]);
    expect(doc.kind).toBe('deliberation');
  });
});

describe("a record under an archive's notice", () => {
  it('starts its preamble after the label "Transcription", the notice\'s fields (cote, dates) above it no part of it', () => {
    const doc = analyzeText(`Archives communales - Export notice 1 D 9/14
Gestion des archives - Fiche de description
Cote
Intitulé
1 D 9/14
Compte rendu sommaire de la séance du conseil municipal du 26 septembre 1981
Observations
Exemplaire affiché. Transcription intégrale saisie le 14/11/2019.
Transcription
COMMUNE DE VALLEBONE
COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL DU 26 SEPTEMBRE 1981
L'an mil neuf cent quatre-vingt-un, le vingt-six septembre à dix-sept heures, le Conseil
Municipal, légalement convoqué, s'est réuni à la Mairie sous la présidence de M. Ange SANTONI, Maire.
Présents : MM. SANTONI, PIERACCI, LUCCIARDI, Mme CASANOVA.
Délibération n° 81/31 - BUDGET SUPPLEMENTAIRE 1981
Le Conseil adopte le budget supplémentaire 1981.
Adopté à l'unanimité.
`);
    const preamble = doc.sections!.find((s) => s.kind === 'preamble')!;
    expect(doc.text.slice(preamble.start, preamble.end)).toMatch(/^COMMUNE DE VALLEBONE\n/);
  });
});

describe("a record under a web page whose title dates the sitting", () => {
  it('reads the time and the place in the opening sentence, not in the page\'s title nor in the subject', () => {
    const doc = analyzeText(`Aller au contenu principal
Ville de Montbrissac
Accueil > Culture & patrimoine > Archives municipales > Le document du mois

Le document du mois : 28 mars 1985, l'hospice devient maison de retraite

Publié le 14/03/2025 – Mis à jour le 02/04/2025

Transcription

HÔPITAL-HOSPICE DE MONTBRISSAC

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION

Séance du 28 mars 1985

Objet : Humanisation de l'hospice – Transformation en maison de retraite avec section de cure médicale.

L'an mil neuf cent quatre-vingt-cinq, le vingt-huit mars, à dix-sept heures, le Conseil d'Administration, régulièrement convoqué, s'est réuni dans la salle du conseil de l'établissement, sous la présidence de M. Antoine VIALARD, Président.

Étaient présents : M. Antoine VIALARD, Président ; M. Léon ROUX ; Mme Odette FABRE.

Le Conseil d'Administration, après en avoir délibéré, APPROUVE l'avant-projet sommaire.
Adopté à l'unanimité.
`);
    expect(doc.meeting.date).toBe('1985-03-28');
    expect(doc.meeting.time).toBe('17:00');
    expect(doc.meeting.place).toBe("salle du conseil de l'établissement");
  });
});

describe("an archive's web page introducing a deliberation it transcribes, its own dates before the sitting's", () => {
  const PAGE = `Archives municipales
Le document du mois : la délibération de 1975 sur le groupe scolaire des Oliviers
La délibération que nous reproduisons ci-dessous est conservée dans le registre des délibérations du conseil municipal (1er janvier 1974 - 31 décembre 1975), sous la cote 1 D 46. Elle date d'un moment où la Corse forme encore un seul département (la création de la Corse-du-Sud et de la Haute-Corse n'interviendra que le 1er janvier 1976). Les archivistes ont transcrit le texte en respectant son orthographe, et les passages illisibles sont signalés entre crochets. Le registre peut être consulté en salle de lecture, sur rendez-vous, du lundi au vendredi.
Au début des années 1970, la population de la ville augmente rapidement, sous l'effet de l'arrivée de nouvelles familles, du développement du port de commerce et de l'urbanisation des collines. Les écoles du centre ancien, installées pour certaines dans des bâtiments anciens, sont saturées : on compte alors jusqu'à quarante et un élèves par classe, et plusieurs classes fonctionnent dans des baraquements provisoires installés dans les cours. Le projet d'un groupe scolaire neuf est étudié dès 1972 par les services techniques de la ville, qui proposent plusieurs terrains.
Le choix du terrain des Oliviers, acquis auprès d'une famille de la commune, fait alors débat au sein du conseil : certains élus préfèrent un emplacement plus proche du centre, d'autres craignent le coût des accès. La délibération reproduite ci-dessous garde la trace de ces échanges, que le procès-verbal de la séance rapporte plus longuement.
Les travaux, confiés à l'architecte de la ville, commencent à l'automne suivant et l'école ouvre ses portes à la rentrée de septembre 1977, avec huit classes primaires et quatre classes maternelles. Elle sera agrandie une première fois dans les années 1990, puis rénovée entièrement entre 2015 et 2018, sans que son plan d'origine en soit modifié. Les plans de l'architecte sont conservés aux Archives sous la cote 3 M 12.
[Image : registre des délibérations 1974-1975, folio 112 recto]
VILLE DE PORTO-BELLO
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 14 mars 1975
Nombre de conseillers en exercice : 27
L'an mil neuf cent soixante-quinze, le quatorze mars, à dix-huit heures, le Conseil municipal, légalement convoqué, s'est réuni à l'Hôtel de Ville sous la présidence de Monsieur Ange SANTUCCI, Maire.
Étaient présents : MM. SANTUCCI, Maire, ALBERTINI, BARTOLI, CASANOVA, Adjoints, FILIPPI, GIACOMETTI, LUCIANI.
Le Conseil municipal décide la construction d'un groupe scolaire de douze classes.
`;
  it("takes the sitting's day, not a period's bounds nor a date the introduction names", () => {
    expect(analyzeText(PAGE).meeting.date).toBe('1975-03-14');
  });
});

describe("a long deliberation on a web page, its annex, the sitting's other acts and the page's links under it", () => {
  const paragraph = "Le fonds aide les communes rurales à aménager leurs espaces publics : places, traverses de bourg, abords des édifices publics. Les dossiers ont été instruits par les services du Département et la commission compétente a émis un avis favorable.\n\n";
  const text = `Conseil Général - Commission Permanente du 14 octobre 2005 - Délibération CP/05/10/071

Aller au contenu | Aller au menu | Plan du site
Vous êtes ici : Accueil > L'Assemblée > Les délibérations > Commission permanente > Séance du 14 octobre 2005

Commission Permanente - Séance du 14 octobre 2005

Délibération n° CP/05/10/071

AMENAGEMENT DU TERRITOIRE - FONDS DEPARTEMENTAL D'AMENAGEMENT DES BOURGS RURAUX (F.D.A.B.R.) - PROGRAMME 2005 - 2ème REPARTITION

Rapporteur : M. Gilles MOUTET, Président de la 2ème Commission

Mise en ligne le 21/10/2005 - Rubrique : Aménagement du territoire

L'an deux mille cinq, le quatorze octobre à dix heures, la Commission Permanente du Conseil Général, régulièrement convoquée, s'est réunie à l'Hôtel du Département, sous la présidence de M. Henri FARGUES, Président du Conseil Général.

Etaient présents : M. Henri FARGUES, M. Gilles MOUTET, Mme Odile SERRES, M. Paul BIROT.

Absent excusé : M. Luc TARDIEU.

RAPPORT DE M. LE PRESIDENT

${paragraph.repeat(30)}Je vous prie de bien vouloir en délibérer.

DECISION

LA COMMISSION PERMANENTE,

Vu le Code Général des Collectivités Territoriales ;

Après en avoir délibéré,

DECIDE :

Article 1er : d'attribuer les subventions figurant au tableau annexé ;

Article 2 : d'autoriser M. le Président à signer les arrêtés attributifs.

Adopté à l'unanimité.

Le Président du Conseil Général,
Henri FARGUES

Transmis au représentant de l'Etat le 19/10/2005

ANNEXE - Fonds des bourgs ruraux 2005

Commune\tNature de l'opération\tSubvention
Auberive\tAménagement de la place\t12 000,00 €
Bessac\tRéfection des trottoirs\t8 500,00 €

Documents associés :
Délibération CP/05/10/071 (PDF - 64 Ko)

Autres délibérations de la séance du 14 octobre 2005 :
CP/05/10/070 - Voirie départementale - Programme de grosses réparations
CP/05/10/072 - Collèges - Dotations de fonctionnement

< Délibération précédente | Retour à la liste des délibérations | Délibération suivante >

Haut de page

Mentions légales | Crédits | Plan du site | Contact | Conseil Général - Hôtel du Département - © 2005
`;

  it('is one item, its number from its header, decided above its annex; the president signs; no link ("Haut de page") is a deliberation', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => i.number)).toEqual(['CP/05/10/071']);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['attribue', 'autorise']);
    expect(doc.signatures.map((s) => s.surname)).toEqual(['FARGUES']);
    const decision = doc.sections!.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.end)).not.toContain('ANNEXE');
  });
});

describe("where a transcription on a web page ends", () => {
  const record = `Accueil » Histoire du jumelage » 1979 : la délibération fondatrice
Transcription de l'extrait
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 24 novembre 1979
${"Le Conseil Municipal décide d'établir un jumelage avec la Ville de Champlevois.\n".repeat(12)}Le Maire,
L. BELLEGARDE
`;
  const endOf = (tail: string) => {
    const text = record + tail;
    return text.slice(beforeWebFooter(text)).split('\n')[0];
  };

  it('is where its transcriber marks its end, the remarks after it the page\'s', () => {
    expect(endOf("Fin de la transcription.\nQuelques remarques du comité : M. NIRLO conduisit la première délégation.\n")).toBe('Fin de la transcription.');
  });

  it('is at the count of the readers\' answers, "à" after it as after "sur"', () => {
    expect(endOf('Merci à tous.\n3 réponses à « 1979 : la délibération fondatrice »\nJean-Pierre R. : Mon père siégeait au conseil.\n')).toBe('3 réponses à « 1979 : la délibération fondatrice »');
  });

  it('is at the page\'s related posts', () => {
    expect(endOf('Cet article vous a plu ? Partagez-le !\nArticles similaires\n')).toBe('Cet article vous a plu ? Partagez-le !');
  });
});

describe("a web page's account of the twinning before the deliberation it transcribes", () => {
  const PAGE = `Accueil » Histoire du jumelage » 1979 : la délibération fondatrice
Nous avons retrouvé l'extrait lors du dernier voyage de la délégation, à la mairie d'Anse-Carambole. Le conseil municipal de Champlevois a voté le principe du jumelage le 7 septembre 1979 ; celui d'Anse-Carambole l'a fait le 24 novembre 1979.
Transcription de l'extrait
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 24 novembre 1979
L'an mil neuf cent soixante-dix-neuf et le vingt-quatre du mois de novembre, à seize heures, le Conseil Municipal, légalement convoqué, s'est réuni au nombre prescrit par la loi, dans le lieu habituel de ses séances, à l'Hôtel de Ville, sous la présidence de Monsieur Lucien BELLEGARDE, Maire.
Étaient présents : MM. BELLEGARDE Lucien, Maire ; DÉSIRÉ Gérard ; Mme LOUISY Marcelle ; MM. NIRLO Alfred, ZÉNON Edmond.
OBJET : JUMELAGE AVEC LA VILLE DE CHAMPLEVOIS
Le Conseil Municipal, après en avoir délibéré, DÉCIDE d'établir un jumelage avec la Ville de Champlevois.
Adopté par 4 voix pour et 1 abstention (M. NIRLO).
`;
  it("takes the sitting's day, not the day the page says another council voted", () => {
    expect(analyzeText(PAGE).meeting.date).toBe('1979-11-24');
  });

  it("takes the hall the record names, not a place of the page's account", () => {
    expect(analyzeText(PAGE).meeting.place).toBe('Hôtel de Ville');
  });
});

describe("a record under a web page whose menu is one line and whose editor speaks of the transcription", () => {
  const record = PAGE.slice(PAGE.indexOf('EXTRAIT DU REGISTRE'));
  const preambleOf = (text: string) => {
    const doc = analyzeText(text);
    return doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end))[0];
  };

  it('starts the preamble after a menu of links parted by bars, a trail, a byline and a picture, past the rule under them', () => {
    const page = `Vallorba – Le site de la commune et de ses habitants
Accueil | La commune | Patrimoine | Démarches | Contact
Patrimoine > Les archives > Les tarifs de 2023
LES TARIFS DE L'EAU EN 2023
Par la commission Patrimoine – 2 mars 2024 – 3 commentaires
Beaucoup d'entre vous nous ont interrogés sur ces tarifs. Nous la reproduisons ci-dessous intégralement.
[Image : la première page de l'extrait]
---
${record}`;
    expect(preambleOf(page)).toMatch(/^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n/);
  });

  it("starts the preamble after a menu parted by tabs and the editor's note on the spelling kept and the register that alone is authentic", () => {
    const page = `Mémoire de Vallorba
Accueil\tHistoire\tPatrimoine\tArchives\tPhotos anciennes\tContact
Rechercher

Document saisi à partir du registre original. Seul le registre fait foi.

L'orthographe et la ponctuation de l'original ont été respectées ; les passages illisibles sont signalés entre crochets.

${record}`;
    expect(preambleOf(page)).toMatch(/^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n/);
  });

  it("starts the preamble after the page's buttons, its reading time and the archive's labels", () => {
    const page = `Mairie de Vallorba
Taille du texte A- A+
ImprimerEnvoyer à un amiA+A-
Temps de lecture : 2 min
Cote : 1 W 3 | Vues 41 à 47
📄 Télécharger le document original (PDF, 1,2 Mo)
${record}`;
    expect(preambleOf(page)).toMatch(/^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n/);
  });

  it('keeps the preamble of a record whose letterhead sits over a rule, with no page around it', () => {
    const text = `COMMUNE DE VALLORBA\n________\n${record}`;
    expect(preambleOf(text)).toMatch(/^COMMUNE DE VALLORBA\n/);
  });
});

describe("a web page's note above the record naming a place", () => {
  it("takes the hall the record names, not where the page says the originals may be read", () => {
    const doc = analyzeText(`Aller au contenu | Aller au menu | Plan du site
Mairie de Valbelle
Accueil > Vie municipale > Le CCAS > Délibérations du CCAS
Délibérations du conseil d'administration du CCAS – séance du 22 avril 2008
Publié le 06/05/2008
Les délibérations ci-dessous sont la transcription du registre. Les originaux signés peuvent être consultés en mairie aux heures d'ouverture du secrétariat.

CENTRE COMMUNAL D'ACTION SOCIALE DE VALBELLE
Séance du 22 avril 2008
L'an deux mille huit, le vingt-deux avril à dix-huit heures trente, le conseil d'administration du CCAS, dûment convoqué, s'est réuni en mairie, salle du conseil, sous la présidence de Mme Martine BOUCHET, Maire.
Présents : Mme Martine BOUCHET, M. Paul ROUX, Mme Anne VERT.
1 - COMPTE ADMINISTRATIF 2007
Le conseil d'administration adopte le compte administratif 2007.
Adopté à l'unanimité.
`);
    expect(doc.meeting.place).toBe('mairie, salle du conseil');
  });
});

describe("a commune's web page of a sitting's deliberations, each behind an expander", () => {
  // Invented commune and names.
  const text = `Commune de Saint-Ormel - Île de La Réunion
Accueil > Ma mairie > Le conseil municipal > Registre des délibérations

REGISTRE DES DÉLIBÉRATIONS - SÉANCE DU 10 JUIN 2020

Les délibérations du conseil municipal sont mises à la disposition du public. Les documents originaux peuvent être consultés en mairie, aux heures d'ouverture.

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
L'an deux mille vingt, le dix juin à dix-sept heures, le Conseil Municipal, dûment convoqué le 4 juin 2020, s'est réuni en séance publique à la salle polyvalente des Camélias, sous la présidence de M. Jean-Bernard HOAREL, Maire.

PRÉSENTS : M. Jean-Bernard HOAREL, Maire ; M. Daniel GRONDEL, Mme Josiane MOUNIER, Conseillers municipaux.

+ Délibération n° 2020/041 - Délégations d'attributions du conseil municipal au Maire

Rapporteur : M. le Maire
LE CONSEIL MUNICIPAL, après en avoir délibéré, à l'unanimité, décide de déléguer au Maire les attributions énumérées.

+ Délibération n° 2020/042 - Indemnités de fonction du Maire et des Adjoints

Rapporteur : M. le Maire
LE CONSEIL MUNICIPAL, après en avoir délibéré, à l'unanimité, fixe le montant des indemnités.
`;
  const doc = analyzeText(text);
  it('reads each deliberation behind its "+" as an item', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2020/041', "Délégations d'attributions du conseil municipal au Maire"],
      ['2020/042', 'Indemnités de fonction du Maire et des Adjoints'],
    ]);
  });
  it('reads the place where the council sat, not where its documents may be consulted', () => {
    expect(doc.meeting.place).toBe('salle polyvalente des Camélias');
  });
});

describe("a web page's transcription of an extract under a long introduction, its annex and the page's prose after it", () => {
  const intro = 'Il y a quarante ans, le cyclone frappait la commune : toitures arrachées, routes coupées, bananeraies couchées. Une semaine plus tard, le conseil municipal se réunissait pour dresser un premier bilan. ';
  const page = `Aller au contenu principal
Vous êtes ici : Accueil > Histoire > Archives
11 août 1980 : le conseil municipal face au cyclone
Publié le 11 août 2020
Partager sur Facebook
${intro.repeat(8)}
Transcription intégrale
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE GRANDE-ANSE
Séance extraordinaire du lundi 11 août 1980
L'an mil neuf cent quatre-vingt, le onze août, à dix-sept heures, le Conseil Municipal s'est réuni à la Mairie, sous la présidence de M. Raymond SOLEIL, Maire.
Étaient présents : MM. SOLEIL, DORIVAL, LARCHER, BOCAGE.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, DÉCIDE de demander que la commune soit déclarée zone sinistrée.
Ainsi fait et délibéré les jour, mois et an que dessus.
Pour extrait certifié conforme,
Le Maire,
R. SOLEIL
[Cachet de la mairie]
Annexe à la délibération — État sommaire des dégâts (au 9 août 1980)
Toiture de l'école\tBourg\t240 000
Charpente du marché couvert\tBourg\t310 000
Pignon de la mairie\tBourg\t180 000
Murs du cimetière\tBourg\t95 000
Salle des fêtes\tBourg\t405 000
Sous-total bâtiments communaux\t\t1230 000
Chemins communaux\tdivers\t520 000
Pont de la Rivière\tRivière\t880 000
Sous-total voirie communale\t\t1400 000
Captage et conduite principale\tRivière\t470 000
Réseau de distribution\tdivers\t150 000
Sous-total réseau d'eau\t\t620 000
TOTAL GÉNÉRAL\t\t3250 000
Pour aller plus loin
Le cyclone reste l'un des plus intenses observés au XXe siècle ; les délibérations des autres communes, conservées aux Archives départementales, montrent des demandes très proches de celle-ci, et les travaux de l'école furent achevés pour la rentrée suivante.
`;

  it("finds the extract's closing formula, its title however far under the page's introduction", () => {
    expect(page.indexOf('EXTRAIT DU REGISTRE')).toBeGreaterThan(1500);
    const closed = extractClosing(analyzeText(page).text);
    expect(closed).toBeGreaterThan(page.indexOf('Ainsi fait'));
    expect(analyzeText(page).signatures.map((s) => s.surname)).toEqual(['SOLEIL']);
  });
});

describe("a commission's minutes on a web page, each report's heading behind the page's \"»\" bullet", () => {
  const text = `Accueil > Le Département > Les séances
COMMISSION PERMANENTE DU 3 JUILLET 2000 - COMPTE RENDU
La Commission permanente s'est réunie le 3 juillet 2000 à 10 heures sous la présidence de M. Marcel DUPIN.
Présents : M. Marcel DUPIN, M. Henri BOUCHARD, Mme Lucie MOREAU.
PREMIÈRE COMMISSION - FINANCES ET PERSONNEL
» Rapport n° 1-01 - Garantie d'emprunt - Office public d'HLM - Construction de 12 logements
Rapporteur : M. Henri BOUCHARD
La Commission permanente accorde la garantie du Département. Adopté à l'unanimité.
Haut de page ^
» Rapport n° 1-02 - Fourniture de carburants - Marché sur appel d'offres
Rapporteur : Mme Lucie MOREAU
La Commission permanente autorise le Président à signer le marché. Adopté à l'unanimité.
Haut de page ^
`;

  it('reads each report under its number and title, not the commission heading over them', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1-01', "Garantie d'emprunt - Office public d'HLM - Construction de 12 logements"],
      ['1-02', "Fourniture de carburants - Marché sur appel d'offres"],
    ]);
  });
});

describe("a region's summary on its web page, each act numbered by its year and rank run together", () => {
  const text = `Accueil > La Région > Séances plénières
Partager
Le Conseil régional de la Haute-Vallée s'est réuni en séance plénière le mardi 27 juin 2017 à 9 h 30, dans l'hémicycle de l'Hôtel de Région, sous la présidence de M. Bernard DUVAL, Président du Conseil régional.
Nombre de conseillers régionaux en exercice : 9
Présents : 7
Conseillers régionaux présents
Mme Sandrine ALLARD, M. Xavier BACQUET, Mme Céline BAILLEUL, Mme Catherine BAUDRY, M. Hervé BERTIN, M. Jean-Luc BLONDEL, M. Bernard DUVAL.
Absents excusés
Mme Stéphanie PLUQUET, M. Sébastien BENALI.
Absents
M. Yves PARENT, Mme Karima LEBAS.
Approbation du procès-verbal de la séance plénière du 30 mars 2017
Le procès-verbal de la séance plénière du 30 mars 2017 est adopté à l'unanimité.
+ Finances
Délibération n° 20171001 - Compte de gestion 2016 du Payeur régional
Rapporteur : M. Xavier BACQUET, Premier Vice-président
Le Conseil régional déclare que le compte de gestion dressé pour l'exercice 2016 n'appelle ni observation ni réserve.
Résultat du vote : adopté à l'unanimité
Télécharger la délibération (PDF - 128 Ko)
Délibération n° 20171002 - Compte administratif 2016
Rapporteur : M. Xavier BACQUET, Premier Vice-président
Le Conseil régional approuve le compte administratif de l'exercice 2016.
Résultat du vote : adopté à l'unanimité
Télécharger la délibération (PDF - 96 Ko)
`;

  it('reads "Délibération n° 20171001 - …" as a point, its number whole', () => {
    const d = analyzeText(text);
    expect(d.items.map((i) => [i.number, i.title])).toEqual([
      ['20171001', 'Compte de gestion 2016 du Payeur régional'],
      ['20171002', 'Compte administratif 2016'],
    ]);
    expect(d.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['déclare'], ['approuve']]);
  });

  it('reads the members under "Conseillers régionaux présents", their body\'s adjective between noun and heading', () => {
    const d = analyzeText(text);
    expect(d.attendance.present.map((p) => p.surname)).toEqual(['ALLARD', 'BACQUET', 'BAILLEUL', 'BAUDRY', 'BERTIN', 'BLONDEL', 'DUVAL']);
    expect(d.attendance.excused.map((p) => p.surname)).toEqual(['PLUQUET', 'BENALI']);
  });

  it('ends a list closed by its full stop where the next paragraph, on the next line, opens on a heading in words', () => {
    expect(analyzeText(text).attendance.absent.map((p) => p.surname)).toEqual(['PARENT', 'LEBAS']);
  });
});

describe("an archive's web page transcribing the president's report to a debate that takes no vote", () => {
  const REPORT_PAGE = `Passer au contenu
Département de la Haute-Véronne
Menu
Accueil / L'Assemblée départementale / Documents de séance 1994 / Rapport n° 94-012
Rapport n° 94-012 – Débat d'orientations budgétaires pour l'exercice 1994
Mis en ligne le 3 mai 2018
Type de document : Rapport du Président au Conseil Général
Séance : séance plénière du 10/02/1994

CONSEIL GÉNÉRAL DE LA HAUTE-VÉRONNE
Séance plénière du jeudi 10 février 1994
RAPPORT N° 94-012
DU PRÉSIDENT DU CONSEIL GÉNÉRAL
OBJET : Débat d'orientations budgétaires pour l'exercice 1994

Mesdames, Messieurs les Conseillers Généraux,

La loi du 6 février 1992 a institué un débat sur les orientations générales du budget dans les deux mois qui précèdent son examen.

I. – LE CONTEXTE

L'année 1993 a été marquée par un net ralentissement de l'activité, dont les effets se font sentir sur nos recettes.

II. – LES ORIENTATIONS PROPOSÉES POUR 1994

Je vous propose de stabiliser les taux de la fiscalité directe et de poursuivre l'effort d'investissement dans les collèges.

Tels sont, mes chers Collègues, les éléments que je souhaitais porter à votre connaissance. Je vous invite à en débattre. Conformément à la loi, ce débat ne donne pas lieu à un vote.

Fait à l'Hôtel du Département, le 25 janvier 1994.

Le Président du Conseil Général,

Hilaire VERDIER

Fin de la transcription.

Documents associés
Délibération n° 94-0031 du 10 février 1994 – Prise d'acte du débat d'orientations budgétaires 1994 (PDF)
Rapport n° 94-040 – Budget primitif 1994 (PDF)
Mentions légales
`;
  const doc = analyzeText(REPORT_PAGE);

  it('is no record: a report inviting to its debate, no act of it decided (the related act\'s "Prise d\'acte" a link under the record)', () => {
    expect(doc.kind).toBe('other');
    expect(doc.items.filter((i) => i.decision?.outcome)).toEqual([]);
  });
});

/** A letter convening a sitting: not minutes, yet its convening paragraph and its signature are read. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { letterSignatures } from '../../src/extract/signatures.ts';
import { convenedDate } from '../../src/segment/convocation.ts';

const LETTER = `VILLE DE SAINTE-APOLLINE
Service des Assemblées
                                              Sainte-Apolline, le 19 juin 2009

Objet : Convocation - Séance du Conseil Municipal

Madame, Monsieur le Conseiller Municipal,

En application des articles L.2121-10 et L.2121-12 du Code Général des
Collectivités Territoriales, j'ai I'honneur de vous convoquer à la séance
publique du Conseil Municipal qui se tiendra le :

                    SAMEDI 27 JUIN 2009 à 8 h 30
          en la salle des délibérations de l'Hôtel de Ville

ORDRE DU JOUR

1.  Désignation du secrétaire de séance
2.  Compte administratif 2008
3.  Tarifs de la restauration scolaire

Je vous prie d'agréer, Madame, Monsieur le Conseiller Municipal, l'expression de mes salutations distinguées.

                                              Le Maire,
                                              Yves MAUREL-KERDANET

\fPOUVOIR

Je soussigné(e) ..................................., conseiller(ère) municipal(e),
donne pouvoir à ..................................., pour me représenter lors de la séance
du Conseil Municipal du samedi 27 juin 2009.

Fait à ...................., le ....................
Signature (précédée de la mention « Bon pour pouvoir ») :
`;

describe('a letter convening a sitting', () => {
  const doc = analyzeText(LETTER);
  it('is no minutes', () => {
    expect(doc.kind).toBe('other');
  });
  it('has for preamble the paragraph that convenes, with the date and place set under it', () => {
    const preambles = doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preambles).toHaveLength(1);
    expect(preambles[0]).toMatch(/^En application des articles L\.2121-10/);
    expect(preambles[0]).toMatch(/en la salle des délibérations de l'Hôtel de Ville$/);
  });
  it('is signed by who signs the letter, though a proxy form closes the text', () => {
    expect(doc.signatures.map((p) => p.surname)).toEqual(['MAUREL-KERDANET']);
  });
  it('is signed under its courtesy formula, however long the agenda printed after it', () => {
    const points = Array.from({ length: 30 }, (_, i) => `${i + 4}.  Subvention à l'association sportive et culturelle n° ${i + 1} pour l'année 2009`).join('\n');
    expect(LETTER).toContain('\fPOUVOIR');
    const long = analyzeText(LETTER.replace('\fPOUVOIR', `ORDRE DU JOUR (suite)\n\n${points}\n\fPOUVOIR`));
    expect(long.signatures.map((p) => p.surname)).toEqual(['MAUREL-KERDANET']);
  });
  it('is signed too by the office that signs the notes sent with it, under them', () => {
    const notes = `\fNOTE DE PRESENTATION\n\n2. Compte administratif 2008\n     Le compte administratif fait apparaître un excédent de 412 000 F.\n\n                                              Le Directeur Général des Services,\n\n                                              P. LANGLOIS\n`;
    const withNotes = analyzeText(LETTER.replace('\fPOUVOIR', `${notes}\fPOUVOIR`));
    expect(withNotes.signatures.map((p) => p.surname)).toEqual(['MAUREL-KERDANET', 'LANGLOIS']);
  });
});

describe("a web page announcing a board's sitting", () => {
  const PAGE = `Aller au contenu principal
Accueil > Solidarité > Le CCAS
Conseil d'administration du CCAS : réunion du 3 décembre 2024
Publié le 25 novembre 2024

Le conseil d'administration du Centre communal d'action sociale de Kervalen se réunira en séance publique le mardi 3 décembre 2024 à 18h00, en mairie (salle du conseil).
Ordre du jour
Approbation du procès-verbal de la séance du 1er octobre 2024
Décision modificative n° 1 du budget du CCAS
Questions diverses

Le Président du CCAS,
Yann KERBRAT,
Maire de Kervalen
Qui siège au conseil d'administration ?
Vice-présidente : Annaïg LE ROUX, adjointe aux affaires sociales
Le conseil d'administration est présidé de droit par le maire. Il comprend huit membres élus par le conseil municipal et huit membres nommés par le maire parmi les personnes qui participent à des actions d'animation, de prévention et de développement social dans la commune.
Les séances du conseil d'administration sont publiques, sauf lorsqu'il statue sur des demandes d'aides individuelles.
Documents à télécharger
Compte rendu du CA du 1er octobre 2024 (PDF - 184 Ko)
Compte rendu du CA du 18 juin 2024 (PDF - 201 Ko)
Budget primitif 2024 du CCAS (PDF - 1,2 Mo)
Partager
Vous aimerez aussi
Aide à domicile
Portage des repas
CCAS de Kervalen, 5 rue de la Mairie, 29000 Kervalen
Du lundi au vendredi : 8h30-12h / 13h30-17h
Plan du site Mentions légales Accessibilité : non conforme Gestion des cookies
`;
  const doc = analyzeText(PAGE);
  it('has for preamble the sentence that convenes, not the agenda under it', () => {
    expect(doc.kind).toBe('other');
    const preambles = doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preambles).toEqual(["Le conseil d'administration du Centre communal d'action sociale de Kervalen se réunira en séance publique le mardi 3 décembre 2024 à 18h00, en mairie (salle du conseil)."]);
  });
  it('is signed under its agenda, with no courtesy formula, by who signs it', () => {
    expect(doc.signatures.map((p) => p.surname)).toEqual(['KERBRAT']);
    // The notice's own signature, read where the office signs it, whatever the page prints after.
    expect(letterSignatures(PAGE, null).map((p) => [p.surname, p.role])).toEqual([['KERBRAT', 'Le Président du CCAS']]);
  });
});

describe('a letter convening a sitting, dated before it, its blank lines lost', () => {
  const LETTER_FLAT = `RÉGION DES HAUTS
Le Président
Direction des Assemblées
Réf. : DA/2009-0412
Le 16 mars 2009
Objet : Convocation à l'Assemblée plénière
Madame la Conseillère régionale, Monsieur le Conseiller régional,
J'ai l'honneur de vous faire connaître que le Conseil Régional se réunira en Assemblée plénière
le jeudi 26 mars 2009 à 9 heures, à l'Hôtel de Région, dans l'hémicycle.
Vous trouverez ci-joint l'ordre du jour de cette séance ainsi que les rapports correspondants, que
les commissions examineront lors de leurs réunions des 19 et 20 mars 2009 selon le calendrier
qui vous a été adressé par courriel, et les projets de délibération qui vous seront soumis.
En cas d'empêchement, vous pouvez donner à un collègue de votre choix un pouvoir écrit de voter
en votre nom, qui devra être remis au service de la séance avant l'ouverture de la réunion.
Je vous prie d'agréer, Madame la Conseillère régionale, Monsieur le Conseiller régional,
l'expression de mes sentiments les meilleurs.
Le Président du Conseil Régional,
Daniel FONTAINE
`;
  const doc = analyzeText(LETTER_FLAT);
  it('dates the sitting it convenes, not the letter', () => {
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('2009-03-26');
  });
  it('has for preamble the convening sentence, not the letterhead down to it', () => {
    const preambles = doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preambles).toEqual(["J'ai l'honneur de vous faire connaître que le Conseil Régional se réunira en Assemblée plénière\nle jeudi 26 mars 2009 à 9 heures, à l'Hôtel de Région, dans l'hémicycle."]);
  });
});

describe('a convocation sent with its note explaining each point', () => {
  const NOTE = `\fNOTE EXPLICATIVE DE SYNTHÈSE

1. Compte administratif 2008
Le compte administratif 2008 fait apparaître un excédent de fonctionnement de 412 000 euros et un
besoin de financement de la section d'investissement de 96 000 euros. Il est proposé au Conseil
municipal de l'approuver, le Maire s'étant retiré au moment du vote.

2. Tarifs de la restauration scolaire
Le prix du repas servi aux élèves des écoles maternelles et élémentaires n'a pas été révisé depuis
la rentrée de 2006. Il est proposé de le porter à 2,60 euros à compter du 1er septembre 2009, le
tarif des adultes restant fixé à 4,80 euros.
`;
  const doc = analyzeText(LETTER.replace('\fPOUVOIR', `${NOTE}\fPOUVOIR`));
  const reports = doc.sections!.filter((s) => s.kind === 'report').map((s) => doc.text.slice(s.start, s.end));
  it('reads each explained point as a report, from its title through its proposal', () => {
    expect(doc.kind).toBe('other');
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatch(/^1\. Compte administratif 2008\nLe compte administratif/);
    expect(reports[0]).toMatch(/s'étant retiré au moment du vote\.$/);
    expect(reports[1]).toMatch(/^2\. Tarifs de la restauration scolaire\n/);
  });
  it('leaves the agenda\'s bare lines and the letter out of them', () => {
    expect(reports.some((r) => r.includes('Désignation du secrétaire'))).toBe(false);
    expect(reports.some((r) => r.includes("j'ai I'honneur"))).toBe(false);
  });
  it('reads none in the letter\'s own paragraphs between the agenda and its courtesy formula', () => {
    const reminder = "Je vous rappelle qu'en cas d'empêchement vous pouvez donner pouvoir à un autre conseiller municipal de votre choix, au moyen du formulaire joint, qu'il vous appartient de lui remettre avant la séance.\n\n";
    const withReminder = analyzeText(LETTER.replace('\fPOUVOIR', `${NOTE}\fPOUVOIR`).replace("Je vous prie d'agréer", `${reminder}Je vous prie d'agréer`));
    const texts = withReminder.sections!.filter((s) => s.kind === 'report').map((s) => withReminder.text.slice(s.start, s.end));
    expect(texts).toHaveLength(2);
    expect(texts.some((r) => r.includes('Je vous rappelle'))).toBe(false);
  });
  it('reads points whose sentences close on a figure or a bracket, and ends the last at the form after it', () => {
    const note = NOTE.replace("le Maire s'étant retiré au moment du vote.", 'en recettes de\nfonctionnement (ligne 002).').replace('le\ntarif des adultes restant fixé à 4,80 euros.', 'le produit attendu\nétant de 78 452 €.');
    const doc2 = analyzeText(LETTER.replace("Je vous prie d'agréer", "Comptant sur votre présence, je vous prie d'agréer").replace('\fPOUVOIR', `${note}\fPOUVOIR`));
    const texts = doc2.sections!.filter((s) => s.kind === 'report').map((s) => doc2.text.slice(s.start, s.end));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/\(ligne 002\)\.$/);
    expect(texts[1]).toMatch(/78 452 €\.$/);
  });
  it('reads a point whose every sentence closes on a figure or a capital ("9 840 € HT.", "la parcelle 19.")', () => {
    const note = NOTE.replace(/2\. Tarifs[^]*$/u, "2. Forêt communale – État des coupes 2004\nL'Office National des Forêts a transmis l'état d'assiette des coupes de l'exercice 2004, d'un montant de 9 840 € HT. Compte tenu de la baisse des cours, l'ONF propose le report de la coupe de la parcelle 19.\n");
    const doc2 = analyzeText(LETTER.replace('\fPOUVOIR', `${note}\fPOUVOIR`));
    const texts = doc2.sections!.filter((s) => s.kind === 'report').map((s) => doc2.text.slice(s.start, s.end));
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/^2\. Forêt communale[^]*la parcelle 19\.$/u);
  });
  it('reads a note titled for the point it explains ("NOTE DE PRÉSENTATION – POINT N° 2"), the point\'s title under it, as a report', () => {
    const note = `\fNOTE DE PRÉSENTATION – POINT N° 2

TARIFS DE LA RESTAURATION SCOLAIRE

Le prix du repas servi aux élèves des écoles maternelles et élémentaires n'a pas été révisé depuis
la rentrée de 2006. Il est proposé de le porter à 2,60 euros à compter du 1er septembre 2009, le
tarif des adultes restant fixé à 4,80 euros.
`;
    const doc2 = analyzeText(LETTER.replace('\fPOUVOIR', `${note}\fPOUVOIR`));
    const texts = doc2.sections!.filter((s) => s.kind === 'report').map((s) => doc2.text.slice(s.start, s.end));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^NOTE DE PRÉSENTATION – POINT N° 2\n\nTARIFS DE LA RESTAURATION SCOLAIRE\n[^]*4,80 euros\.\n*$/u);
  });
  it('reads no report in a letter whose agenda explains nothing', () => {
    expect(analyzeText(LETTER).sections!.some((s) => s.kind === 'report')).toBe(false);
  });
});

describe('a letter convening a session, the law it cites dated, the date set under it', () => {
  const LETTER_1975 = `ETABLISSEMENT PUBLIC REGIONAL
   Le Président
                                               Lille, le 6 octobre 1975
                                Monsieur le Conseiller Régional,

                 J'ai l'honneur de vous faire connaître que,
conformément aux dispositions de l'article 11 de la loi n° 72-619
du 5 juillet 1972 portant création et organisation des régions, le
Conseil Régional se réunira en session ordinaire le

                   LUNDI 27 OCTOBRE 1975, à 10 heures,

dans la salle des séances du Conseil Général du Nord, à LILLE.
  a classer  |          La session se poursuivra, si nécessaire, le mardi
  dossier session  28 octobre à partir de 9 heures 30.

                 Je vous prie d'agréer, Monsieur le Conseiller Régional, l'assurance de ma haute considération.

                                                   Le Président du Conseil Régional,
                                                   Pierre DELVAUX
`;
  const doc = analyzeText(LETTER_1975);
  it('dates the session the paragraph announces, not the law it cites', () => {
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('1975-10-27');
  });
  it('has for preamble the paragraph, the date under it and the place line under the date', () => {
    const preambles = doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preambles).toHaveLength(1);
    expect(preambles[0]).toMatch(/^J'ai l'honneur de vous faire connaître que,/);
    expect(preambles[0]).toMatch(/dans la salle des séances du Conseil Général du Nord, à LILLE\.$/);
  });
});

describe('a convocation whose agenda lists its points a line each, the date and the place blocks of their own', () => {
  const letter = `Ville de Saint-Marc - Site officiel de la commune
Aller au contenu
Vous êtes ici : Accueil > Vie municipale > Le Conseil municipal > Convocations

Conseil municipal du jeudi 25 mars 2010 : convocation et note explicative de synthèse
Publié le 18/03/2010 par Service Communication

Les projets de délibération peuvent être consultés à la Direction générale des services, aux heures d'ouverture de la mairie.

VILLE DE SAINT-MARC
Le Maire

Saint-Marc, le 18 mars 2010

Madame, Monsieur le Conseiller municipal,

J'ai l'honneur de vous inviter à assister à la séance ordinaire du Conseil municipal qui se tiendra le

JEUDI 25 MARS 2010 à 18 heures

dans la salle des délibérations de l'Hôtel de Ville.

L'ordre du jour de cette séance est le suivant :

1. Désignation du secrétaire de séance
2. Approbation du procès-verbal de la séance du 11 février 2010
3. Compte administratif 2009 - Budget principal
4. Compte de gestion 2009 du Trésorier municipal
5. Fixation des taux des trois taxes directes locales pour 2010
6. Budget primitif 2010 - Budget principal
7. Subventions aux associations pour 2010
8. Tarifs de la cantine scolaire
9. Questions diverses

Comptant sur votre présence, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Le Maire,
Paul DURAND
`;

  it('is no list of decisions nor a register: kind "other", the sitting it convenes dated, timed and placed', () => {
    const doc = analyzeText(letter);
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('2010-03-25');
    expect(doc.meeting.time).toBe('18:00');
    expect(doc.meeting.place).toBe("salle des délibérations de l'Hôtel de Ville");
  });
});

describe('a letter convening a plenary sitting, its agenda a table whose rows close on a rapporteur and a code', () => {
  const PLENARY = `REGION DES COTEAUX
Le Président du Conseil Régional
Réf. : JLG/MC/97-1184
Le 28 novembre 1997
OBJET : Convocation à la Séance Plénière

Madame, Monsieur le Conseiller Régional,

J'ai l'honneur de vous informer que le Conseil Régional se réunira en Séance Plénière
le
JEUDI 18 DECEMBRE 1997 à 9 H 30
Hôtel de Région - Hémicycle

La séance sera consacrée à l'examen du Budget Primitif de l'exercice 1998.
La Commission des Finances se réunira le lundi 15 décembre 1997 à 14 H 00, salle Gayant.

Je vous prie d'agréer, Madame, Monsieur le Conseiller Régional, l'assurance de ma considération distinguée.
Le Président du Conseil Régional,
Armand VERBRUGGHE
\fLISTE DES RAPPORTS INSCRITS A L'ORDRE DU JOUR
N° RAPPORT
INTITULE
RAPPORTEUR
DOSSIER
97.1214
DESIGNATION DE REPRESENTANTS DU CONSEIL REGIONAL DANS DIVERS ORGANISMES
M. LE PRESIDENT
DAC
97.1215
INDEMNITES DE FONCTION DES ELUS - REVALORISATION AU 01/12/1997
M. LE PRESIDENT
DAC
`;
  const doc = analyzeText(PLENARY);
  it('is signed by who signs the letter, not by the code under the last rapporteur\'s office', () => {
    expect(doc.kind).toBe('other');
    expect(doc.signatures.map((p) => p.surname)).toEqual(['VERBRUGGHE']);
  });
  it('takes for place the hall on its own line under the date the paragraph convenes to, not a commission\'s room', () => {
    expect(doc.meeting.date).toBe('1997-12-18');
    expect(doc.meeting.place).toBe('Hôtel de Région - Hémicycle');
  });
  it('reads no signature in the initials of a reference under the letterhead\'s office', () => {
    const head = 'LE PRESIDENT\nRéf. : JLG/MC/88-114\nObjet : Convocation du Conseil de District\n';
    expect(letterSignatures(`${head}${PLENARY.slice(PLENARY.indexOf('Madame, Monsieur'))}`, null).map((p) => p.surname)).toEqual(['VERBRUGGHE']);
  });
});

describe("a convocation whose margin's arrival stamp ran into its convening paragraph", () => {
  it('dates the sitting by the date written with its day of the week, not the stamp\'s', () => {
    const span = { start: 0, end: 0 };
    const text = `J'ai l'honneur de vous informer que le Conseil Municipal
ARRIVE LE se réunira en séance publique ordinaire le
14 JUIN 2002
SOUS-PREFECTURE JEUDI 20 JUIN 2002 à 18 heures
dans la salle des délibérations de l'Hôtel de Ville.`;
    span.end = text.length;
    expect(convenedDate(text, span)?.date).toBe('2002-06-20');
    // The stamp's words before the sitting's date, its own date under it: the date with its weekday still.
    const letter = `J'ai l'honneur de vous faire connaître que le Conseil
DE LA MEUSE Général se réunira en première session ordinaire de 1981
COURRIER ARRIVE le LUNDI 27 AVRIL 1981, à 14 h 30, à l'Hôtel du Département,
14 AVR. 1981 salle des séances.`;
    expect(convenedDate(letter, { start: 0, end: letter.length })?.date).toBe('1981-04-27');
    // Without a day of the week, the first date after the words that convene.
    expect(convenedDate("J'ai l'honneur de vous informer que le Conseil se réunira le 20 juin 2002, puis le 27 juin 2002.", { start: 0, end: 96 })?.date).toBe('2002-06-20');
  });
});

describe('a typed convocation OCR read with its noise', () => {
  const doc = analyzeText(`VILLE DE MONTBRAZAC
SECRETARIAT GENERAL
  Montbrazac, le 19 rnars 1982

OBJET : Convocation du Conseil Municipal.

Madame, Monsieur et Cher Collegue,

  J 'ai l'honneur de vous informer que le Conseil Municipal se
ré unira en s6ance publique le VENDREDI 26 MARS 1982 á 21 heures, a
l'Hôtel de Ville, salle des dèlíberations, conformérnent aux articles
L.l21-9 et L.121-l0 du Code des Communes.

   Je vous prie de bien vouloir assister á cette réunion dont
l'ordre du jour est le suivant :

  1 - Approbation du procès-verbal de la séance du 29 janvier 1982.
  2 - Compte administratif de l'exercice 1981 - Budget principal.
  3 - Questions diverses.

     Les dossiers correspondants sont à votre disposition au
Secrétariat Général de la Mairie, aux heures d'ouverture des bureaux.
En cas d'empêchement, je vous rappelle que vous pouvez donner
pouvoir écrit de voter en votre nom à un collègue de votre choix.

    Veu1llez agréer, Madame, Monsieur et Cher Co1lègue, l'assurance
de mes sentirnents les meil1eurs.

Le Maire,

Marcel FABRIÉS
`);
  it('opens its preamble on "J \'ai l\'honneur", the space OCR set before the apostrophe taken out', () => {
    const preambles = doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preambles.some((p) => p.startsWith("J'ai l'honneur de vous informer"))).toBe(true);
  });
  it('reads no note explaining its last point: "Veu1llez agréer" closes the letter after it', () => {
    expect(doc.sections!.filter((s) => s.kind === 'report')).toEqual([]);
  });
});

describe("a convocation signed under its office, an OCR speck after the office's comma", () => {
  it('reads the signature under "Le Président, »"', () => {
    const doc = analyzeText(`COMMUNAUTE DE COMMUNES DU VAL DE SOREL
Valbrune, le 10 octobre 2003
OBJET : Convocation - Réunion du Bureau communautaire du mardi 21 octobre 2003
Madame, Monsieur,
J'ai l'honneur de vous prier de bien vouloir assister à la réunion du Bureau communautaire qui se tiendra le mardi 21 octobre 2003 à 18 heures au siège de la Communauté de Communes.
avec l'ordre du jour suivant :
1. Approbation du compte rendu de la réunion du 16 septembre 2003
2. Questions diverses
Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

                                        Le Président, »

                                        Gérard TISSIER
`);
    expect(doc.kind).toBe('other');
    expect(doc.signatures.map((s) => s.surname)).toEqual(['TISSIER']);
  });
});

describe("a convocation whose letterhead names the office over its service", () => {
  it('reads no signer in "Le Président" / "Secrétariat Général", the letter signed under its courtesy formula', () => {
    const text = `DÉPARTEMENT DU GERS
  CONSEIL GÉNÉRAL
   Le Président

Secrétariat Général
Service de l'Assemblée
Réf. : SG/AS - N° 1183                          Auch, le 4 mai 1983

                                  Monsieur le Conseiller Général,

        J'ai l'honneur de vous faire connaître que le Bureau du Conseil Général se réunira
le lundi 16 mai 1983 à 10 heures à l'Hôtel du Département.

        Je vous prie d'agréer, Monsieur le Conseiller Général, l'expression de mes sentiments distingués.

                                        Le Président du Conseil Général,

                                        J.-L. DARRIEUX
`;
    expect(letterSignatures(text, null).map((p) => p.surname)).toEqual(['DARRIEUX']);
  });
});

describe('a convocation printed by software, the sitting a form above the letter', () => {
  const text = `DISTRICT URBAIN DE VAUMORIN EDITION DU 07/10/83 A 14:52
CONVOCATION
REUNION DU BUREAU DU DISTRICT
DATE DE LA REUNION HEURE LIEU
MARDI 18 OCTOBRE 1983 18 H 00 HOTEL DU DISTRICT
SALLE DES COMMISSIONS
4 RUE DES TANNEURS
------------------------------------------------------------------------
MONSIEUR LE VICE-PRESIDENT, MONSIEUR LE MEMBRE DU BUREAU,
J'AI L'HONNEUR DE VOUS PRIER DE BIEN VOULOIR ASSISTER A LA REUNION DU
BUREAU DU DISTRICT QUI SE TIENDRA AUX DATE, HEURE ET LIEU INDIQUES
CI-DESSUS, AVEC L'ORDRE DU JOUR SUIVANT :
ORDRE DU JOUR
NO OBJET RAPPORTEUR SERV.
01 APPROBATION DU COMPTE RENDU DE LA REUNION DU LE PRESIDENT SG
20/09/83
02 PERSONNEL - RECRUTEMENT D'UN AGENT M. LE PRESIDENT PERS
VEUILLEZ AGREER, MONSIEUR, L'EXPRESSION DE MES SENTIMENTS DISTINGUES.
A VAUMORIN, LE 7 OCTOBRE 1983
LE PRESIDENT DU DISTRICT,
R. MARCHAL
`;
  const doc = analyzeText(text);

  it('reads the date, time and place "indiqués ci-dessus" from the form, not an agenda point\'s date', () => {
    expect([doc.meeting.date, doc.meeting.time]).toEqual(['1983-10-18', '18:00']);
    expect(doc.meeting.place).toMatch(/^HOTEL DU DISTRICT/);
  });

  it('makes the form its preamble, from its title to the rule under the address', () => {
    const preamble = doc.sections.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preamble).toEqual([text.slice(text.indexOf('CONVOCATION'), text.indexOf('\n----'))]);
  });
});

describe('a convocation whose place is a block "au siège …" under the date', () => {
  it('keeps the place\'s block in the preamble, to the agenda\'s announcement', () => {
    const doc = analyzeText(`Madame, Monsieur,

J'ai l'honneur de vous inviter à participer à la réunion du Bureau
communautaire qui se tiendra le

                    JEUDI 18 MARS 2010 à 18 h 30

au siège de la Communauté de Communes, salle du 1er étage, avec l'ordre du
jour suivant :

     1.  Approbation du compte rendu
     2.  Divers

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments les meilleurs.

Le Président,

Gérard HAFFNEL
`);
    const preamble = doc.sections.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preamble).toHaveLength(1);
    expect(preamble[0]).toMatch(/^J'ai l'honneur[^]*jour suivant :$/);
  });
});

describe("a département's letter convening its council, the commission's meeting named after it", () => {
  it('the body is the council convened ("le Conseil général se réunira"), not the Commission permanente meeting after the sitting', () => {
    const doc = analyzeText(`DÉPARTEMENT DE L'ORNE
CONSEIL GÉNÉRAL

Alençon, le 5 juin 2008

Objet : Convocation à la réunion du Conseil général

Madame, Monsieur le Conseiller général,

J'ai l'honneur de vous informer que le Conseil général se réunira en séance publique le :

LUNDI 23 JUIN 2008 à 9 h 30
à l'Hôtel du Département, salle des délibérations

ORDRE DU JOUR
1 - Compte administratif de l'exercice 2007
2 - Affectation du résultat de l'exercice 2007

Les commissions intérieures se réuniront le lundi 16 juin 2008. La réunion de la Commission permanente
initialement prévue le 23 juin se tiendra à l'issue de la séance publique.

Le Président du Conseil général,
Alain LAMBERT
`);
    expect(doc.meeting.bodyType).toBe('conseil-departemental');
    expect(doc.meeting.date).toBe('2008-06-23');
  });
});

describe('a letter convening a session, signed with a name alone under its courtesy formula, the agenda after it', () => {
  const text = `CONSEIL RÉGIONAL
Le Président

Lille, le 2 octobre 1978

Objet : Convocation à la session ordinaire d'automne 1978.

Mon cher Collègue,

J'ai l'honneur de vous faire connaître que le Conseil Régional se réunira en session ordinaire le
lundi 23 octobre 1978 à 10 heures, dans la salle des séances du Conseil Régional, à Lille.

Je vous prie d'agréer, Mon cher Collègue, l'expression de mes sentiments les meilleurs.

Albert VANDAMME

ORDRE DU JOUR

1. Approbation du procès-verbal de la session des 26 et 27 juin 1978.
2. Rapport n° 78-51 – Budget primitif pour 1979.
3. Questions diverses.

Pour le Président,
et par délégation,
Le Directeur du Cabinet
`;

  it('is signed by that name', () => {
    expect(analyzeText(text).signatures.map((p) => p.surname)).toEqual(['VANDAMME']);
  });
});

/**
 * A region's president convening its council, as a typescript with a margin of handwritten notes gives it back: one note
 * fills the margin's width, one space before the body's column. Invented names.
 */
const REGION_LETTER = `RÉGION               CONSEIL RÉGIONAL DE ARDENNIE
ARDENNIE
                     Le Président
Hôtel de Région                                   le 24 novembre 1998
                     Objet : Réunion du Conseil régional
                             des 14 et 15 décembre 1998

                     Madame la Conseillère régionale,
                     Monsieur le Conseiller régional,

[en marge, manus-    J'ai l'honneur de vous informer que, conformément aux
crit : "envoyé aux   articles L. 4132-8 et L. 4132-18 du code général des col-
47 élus le 27/11 -   lectivités territoriales, le Conseil régional de Ardennie
cf. liste d'envoi et se réunira en séance plénière le lundi 14 décembre 1998 à
d'émargement"]       9 h 30, à l'Hôtel de Région, salle des séances.

                     La Commission permanente se réunira le lundi 14 décembre
                     à 8 h 30, salle des commissions, pour l'examen des dossiers
                     qui lui sont renvoyés.

                     Vous trouverez ci-joint l'ordre du jour de cette réunion.

                     Je vous prie d'agréer, Madame la Conseillère régionale,
                     Monsieur le Conseiller régional, l'expression de mes
                     sentiments les meilleurs.

                     Le Président du Conseil régional,
                     Gilbert FAUVERNIER

ORDRE DU JOUR

1. Budget primitif de l'exercice 1999
2. Décision modificative n° 3 de l'exercice 1998
3. Désignation de représentants du Conseil régional
dans divers organismes
[mention manuscrite : "BP 1999 : rapp. gén. + 3 vol. annexes, envoyés
aux élus par porteur avec le calendrier des commissions
sectorielles et la formule de pouvoir"]
4. Motion relative à l'avenir de la filière bois

Questions orales
`;

describe("a region's letter convening its council, a note filling the margin's width", () => {
  const doc = analyzeText(REGION_LETTER);

  it('reads the note that fills the margin as the margin\'s, the convening sentence whole beside it', () => {
    expect(doc.text).toContain('le Conseil régional de Ardennie\nse réunira en séance plénière');
    expect(doc.text).toMatch(/\[En marge : [^\n]*cf\. liste d'envoi et d'émargement"\]\]/);
  });

  it('the body convened is the council named with its territory, not the commission meeting before it', () => {
    expect(doc.kind).toBe('other');
    expect(doc.meeting.bodyType).toBe('conseil-regional');
    expect(doc.meeting.date).toBe('1998-12-14');
  });

  it('signed by its president: "liste d\'émargement" in a note is no sheet of attendance\'s title', () => {
    expect(doc.signatures.map((p) => p.surname)).toEqual(['FAUVERNIER']);
  });

  it("a transcriber's note under an agenda's line is no explanatory note: no report", () => {
    expect(doc.sections.filter((s) => s.kind === 'report')).toEqual([]);
  });
});

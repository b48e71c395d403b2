/** Who signs, in the layouts text layers give signature blocks. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractSignatures } from '../../src/extract/signatures.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const APPEAL = `Le Maire certifie sous sa responsabilité le caractère exécutoire de cet acte, transmis en
Préfecture le 15/03/2024 et publié le 15/03/2024.

La présente délibération peut faire l'objet d'un recours pour excès de pouvoir devant le
Tribunal administratif dans un délai de deux mois à compter de sa publication. Le tribunal
administratif peut être saisi par l'application informatique « Télérecours citoyens »
accessible par le site internet www.telerecours.fr.

Mairie de Vaubressac – 3, place de l'Église – 36230 VAUBRESSAC – Tél. 02 54 31 07 12
2/2`;

const surnames = (text: string) => extractSignatures(text, null).map((p) => [p.surname, p.role]);

describe('signatures', () => {
  it('pairs two roles side by side with the two names under them, in order', () => {
    const text = `Ainsi fait et délibéré les jour, mois et an susdits.\n\nLe Maire, La secrétaire de séance,\nAlain FOURCADE Céline ROUQUIÉ\n`;
    expect(surnames(text)).toEqual([
      ['FOURCADE', 'Le Maire'],
      ['ROUQUIÉ', 'La secrétaire de séance'],
    ]);
  });

  it('finds the signature block above the executory formula and the ways of appeal', () => {
    const text = `Adopté à l'unanimité.\nPour extrait certifié conforme au registre.\n\nLa secrétaire de séance, Le Maire,\nEstelle RIBAUD Gérald VAUCHEROT\n\n${APPEAL}`;
    expect(surnames(text).map(([s]) => s)).toEqual(['RIBAUD', 'VAUCHEROT']);
  });

  it('does not take a role named in a sentence far from the end for a signature', () => {
    const text = `Le Maire, Monsieur Paul ROCHEVAL expose le projet au conseil.\nAdopté à l'unanimité.\n\n${APPEAL}`;
    expect(surnames(text)).toEqual([]);
  });
});

describe('a date stamp between the role and the name', () => {
  it('is not a signatory', () => {
    const text = `Ainsi fait et délibéré les jour, mois et an que dessus.\n Pour copie conforme,\n Le Maire,\n | 2 0 NOV. 2003 |\n G. MOUILLARD\n`;
    expect(surnames(text).map(([s]) => s)).toEqual(['MOUILLARD']);
  });
});

describe('a stamp beside the signature', () => {
  it('"CERTIFIÉ EXÉCUTOIRE" is not a signatory', () => {
    const text = `Adopté à l'unanimité.\n\nLe Président du Conseil départemental,\nCERTIFIE EXECUTOIRE      Eric BONNAFOND\n`;
    expect(surnames(text).map(([s]) => s)).toEqual(['BONNAFOND']);
  });

  it('"NOTIFIE A L\'INTERESSE(E)" under a certified copy\'s office is not a signatory', () => {
    const text = `Fait à Lille, le 9 avril 2004\nLe Président du Conseil Régional,\nMarcel DUVIVIER\nPour ampliation certifiée conforme\nPour le Président et par délégation,\nLe Directeur Général des Services,\nNOTIFIE A L'INTERESSE(E)\nle ...................... Signature :\n`;
    expect(surnames(text).map(([s]) => s)).toEqual(['DUVIVIER']);
  });
});

describe('two signatures side by side, as the layout keeps them', () => {
  it('each column\'s name is read, in title case or with initials of two letters', () => {
    const text = `Séance du 9 juin 1961
Le Conseil municipal, après en avoir délibéré, décide de renouveler le bail. Adopté à l'unanimité.
Ainsi fait et délibéré les jour, mois et an que dessus.
      Le Maire,                          Le Secrétaire,
      E. Lacombe                         Roques
`;
    expect(analyzeText(text).signatures.map((p) => p.surname)).toEqual(['Lacombe', 'Roques']);
    const pv = `${text.split('Ainsi')[0]}     Le Secrétaire de séance,              Le Président,\n     M.-Th. PERRAUDIN                      J.-P. DESROCHES\n`;
    expect(analyzeText(pv).signatures.map((p) => [p.surname, p.givenName])).toEqual([['PERRAUDIN', 'M.-Th.'], ['DESROCHES', 'J.-P.']]);
  });
});

describe('three signatures side by side under an installation sitting', () => {
  it('"Le doyen d\'âge," is a signer\'s role: each of the three columns gets its name', () => {
    const text = `Séance d'installation du 25 mai 2020
Le Conseil municipal, après en avoir délibéré, à l'unanimité, FIXE à quatre le nombre des adjoints.
L'ordre du jour étant épuisé, la séance est levée à vingt heures quarante-cinq.

Le doyen d'âge,               Le Maire,                 La secrétaire de séance,
Fernand ALBOUY                Xavier DELMAS             Léa COSTES
`;
    expect(analyzeText(text).signatures.map((p) => [p.surname, p.role])).toEqual([
      ['ALBOUY', "Le doyen d'âge"],
      ['DELMAS', 'Le Maire'],
      ['COSTES', 'La secrétaire de séance'],
    ]);
  });
});

describe('an electronic signature', () => {
  it('is the name under "Signé électroniquement par", after the role', () => {
    const text = `Adopté à l'unanimité.\n\n                                        Pour extrait conforme,\n                                        Le Président du Conseil départemental,\n\n                                        Signé électroniquement par\n                                        Thierry DUMAZEAU\n                                        le 09/04/2025\n\nLa présente délibération peut faire l'objet d'un recours devant le tribunal administratif.`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['DUMAZEAU']);
  });
});

describe("a transcriber's note where the hand signed", () => {
  it('reads the name after "[signature manuscrite]" on its line, under the role', () => {
    const text = `Article 2. - Le présent arrêté sera affiché aux lieux habituels.\nFait à Bournazeix, le 11 août 1979.\nLe Maire,\n[signature manuscrite] L. AUBRUN\n[cachet : Mairie de Bournazeix - Creuse]\nMots-clés matière`;
    expect(extractSignatures(text, null).map((p) => p.raw)).toEqual(['L. AUBRUN']);
  });

  it('reads the whole name where the role\'s reach would cut it, a stamp\'s lines after the note', () => {
    const text = `PARC NATUREL RÉGIONAL DES MONTS D'AURÈZE\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\nSéance du 28 juin 2024\nPrésents : Mme Claire BONNEFOY, M. Yves CHAMPEIX, M. Olivier GRENET\n\nObjet : Adhésion à la charte\n\nLe comité syndical, après en avoir délibéré, approuve la charte.\nAdoptée à la majorité des voix exprimées.\n\nPour extrait conforme,\nMontaigut-d'Aurèze, le 1er juillet 2024\nLa Présidente,\n        [signature illisible]     [cachet : PARC NATUREL RÉGIONAL DES MONTS D'AURÈZE\n${' '.repeat(35)}* LE PRÉSIDENT *]\nClaire BONNEFOY\n\nLa présente délibération peut faire l'objet d'un recours devant le Tribunal administratif.`;
    expect(analyzeText(text).signatures.map((p) => p.raw)).toEqual(['Claire BONNEFOY']);
  });
});

describe('the members who signed a register', () => {
  it('are every name after "Suivent les signatures :" or on the line after "ont signé les membres présents"', () => {
    const a = "Ainsi fait et délibéré en séance, les jour, mois et an susdits.\n[Suivent les signatures :] Delpech, Lacoste, Faure, Bouyssou,\nMarty, Pradal.\n";
    expect(extractSignatures(a, null).map((p) => p.surname)).toEqual(['Delpech', 'Lacoste', 'Faure', 'Bouyssou', 'Marty', 'Pradal']);
    const b = "Fait et délibéré les jour mois et an que dessus et ont signé les membres présents, Mr Souques ayant déclaré ne savoir signer.\nBessières maire, Cassagnes, Lafon, Malbec.\n\nNote : la délibération a été approuvée par arrêté préfectoral.";
    expect(extractSignatures(b, null).map((p) => p.surname)).toEqual(['Bessières', 'Cassagnes', 'Lafon', 'Malbec']);
  });
});

describe('the signatures of a document that is no record of a sitting', () => {
  it("reads the mayor's signature under an arrêté", () => {
    const doc = analyzeText(`COMMUNE DE PLOUVENEC
ARRÊTÉ DU MAIRE N° 2015-042
portant réglementation temporaire de la circulation rue de l'Église

Le Maire de la commune de Plouvenec,
Vu le Code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2,
Vu le Code de la route,
Considérant que des travaux de réfection de la chaussée seront réalisés du 4 au 8 mai 2015,

ARRÊTE

Article 1 : La circulation sera interdite rue de l'Église du 4 au 8 mai 2015.
Article 2 : Le présent arrêté sera affiché en mairie.

Fait à Plouvenec, le 27 avril 2015.
Le Maire,
Yann KERGUELEN
`);
    expect(doc.kind).toBe('other');
    expect(doc.signatures.map((p) => p.surname)).toEqual(['KERGUELEN']);
  });
});

describe('the table of signatures closing a procès-verbal', () => {
  it('reads the members who signed, one row a line, not those marked away or represented', () => {
    const doc = analyzeText(`Plus rien n'étant à l'ordre du jour, la séance est levée à 20h35.
\fNoms et prénoms                 Signatures
DUBOST Jean-Marc
CHATELUS Gilles
PRADINES Martine
VERGNOLLE Pascal                 pouvoir à M. DUBOST
BONNEFOY Christelle              excusée
`);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['DUBOST', 'CHATELUS', 'PRADINES']);
  });

  it("reads it one cell a line, each member's cells under their name", () => {
    const text = `La séance est levée à 23h05.

Délibérations du 21 juin 2024 : n° 2024-021 à 2024-027
Nom et prénom
Qualité
Signature
VIGUIER Serge
Maire
CABROLIÉ Josiane
BOUVIALE Henri
secrétaire
BURGUET Kévin
représenté par P-Y CAYLAT
DELMAS Nathalie
Absente excusée
`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['VIGUIER', 'CABROLIÉ', 'BOUVIALE']);
  });

  it('reads it under its title alone ("TABLEAU DES SIGNATURES - SEANCE DU …"), each row\'s office and "signé" after the name', () => {
    const doc = analyzeText(`L'ordre du jour étant épuisé, la séance est levée à 22 h 10.

TABLEAU DES SIGNATURES - SEANCE DU 27 MARS 2009 (délibérations n° 2009-09 à 2009-17)

WEBER Roland Maire  signé
KIEFFER Marie-Thérèse  1ère Adjointe  signé
HEMMERT Luc Conseiller  procuration à M. LORENTZ
KLAM Nadine  Conseillère signé (secrétaire de séance)
LORENTZ Armand   Conseiller   signé
NEU Stéphanie   Conseillère   absente excusée
`);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['WEBER', 'KIEFFER', 'KLAM', 'LORENTZ']);
  });
});

describe("a sub-prefecture's stamp beside the signature", () => {
  it('reads no signatory in "SOUS-PREFECTURE DE LURE"', () => {
    const text = `Ont signé au registre les membres présents.
                                  Pour extrait certifié conforme,
                                        Le Maire,
  SOUS-PREFECTURE DE LURE        ~/  ,/     .
     ARRIVEE LE
`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual([]);
  });

  it('reads the signatory beside a stamp over two lines, not the stamp\'s town', () => {
    const text = `Ont signé au registre les membres présents.
                                              Pour copie conforme,
                                              Le Président,
   SOUS-PREFECTURE
   DE LANGRES                                 J. GRANDIN
   2 1 SEP. 2006
`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['GRANDIN']);
  });
});

describe('the signatures of a register page, several members a row', () => {
  it('reads every member named under "Signatures des membres présents :", not the scrawls under them', () => {
    const doc = analyzeText(`Séance du 14 juin 1991 sous la présidence de M. Bernard KIEFFER, Maire.
Membres présents : MM. KIEFFER Bernard, MEYER Antoine, Mme ROTH Marie-Odile, M. WEBER Joseph.

Point n° 4 : LOTISSEMENT COMMUNAL - FIXATION DU PRIX DE VENTE DES LOTS
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, FIXE le prix de vente des lots.

Signatures des membres présents :

KIEFFER Bernard      MEYER Antoine       ROTH Marie-Odile
   /\\/\\-                 Meyer               M.O. Roth

WEBER Joseph
   ~~

                                       Pour copie conforme,
                                       Le Maire,
                                       B. KIEFFER
`);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['KIEFFER', 'MEYER', 'ROTH', 'WEBER']);
  });
});

describe('a table of the members\' signatures after "Suivent les signatures au registre."', () => {
  it('reads the rows that signed, not the header nor the members marked away', () => {
    const doc = analyzeText(`Séance du 14 octobre 2005 sous la présidence de M. Bernard KIEFFER, Maire.
Présents : MM. KIEFFER Bernard, SCHNEIDER Martin, Mme MULLER Jeanne.

Point n° 49 : BAIL DE CHASSE
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, APPROUVE le bail.

Ainsi délibéré en séance les jour, mois et an susdits.
Suivent les signatures au registre.

NOM ET PRENOM              QUALITE                 SIGNATURE
KIEFFER Bernard            Maire                   ~Kieff
SCHNEIDER Martin           Adjoint                 //¿ ,
MULLER Jeanne              Adjointe                M.~
KLEIN Roland               Conseiller              procuration à M. SCHNEIDER
WALTER Richard             Conseiller              absent
`);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['KIEFFER', 'SCHNEIDER', 'MULLER']);
  });

  it('reads it under a header whose proxies\' column follows the signatures\' ("Nom et prénom Qualité Signature Procuration")', () => {
    const doc = analyzeText(`Séance du 12 avril 2019 sous la présidence de M. Bernard KLEIN, Maire.
Présents : MM. KLEIN Bernard, STAUDT Denis, Mme GRUSS Anne-Marie.

Point n° 3 : COMPTE ADMINISTRATIF 2018
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, APPROUVE le compte administratif.

Nom et prénom Qualité Signature Procuration
KLEIN Bernard Maire ~~
STAUDT Denis 3ème adjoint ~
GRUSS Anne-Marie Conseillère municipale Af
OSTER Fabien Conseiller municipal Excusé Procuration à D. STAUDT
ANDRES Thierry Conseiller municipal Absent

Folio 2019 / 13
`);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['KLEIN', 'STAUDT', 'GRUSS']);
  });
});

describe('the signatories of a register typed as rows of family names', () => {
  it('reads each name of "Ont signé au registre :" rows, a particle with its name, and stops at the prefecture\'s stamp', () => {
    const doc = analyzeText(`Séance du 15 mai 1987 sous la présidence de M. Jean-Paul MOINGEON, Maire.
Présents : MM. MOINGEON, CHAMPEAUX, LORIOT, BOUCHEROT, LE GALL, TISSIER.

1°) TRAVAUX DE VOIRIE
Le Conseil Municipal, à l'unanimité, retient l'offre de l'entreprise PERNOT.

Ont signé au registre :
MOINGEON CHAMPEAUX LORIOT
BOUCHEROT LE GALL TISSIER

Sous-Préfecture
d'AVALLON
Reçu le 22 MAI 1987
`);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['MOINGEON', 'CHAMPEAUX', 'LORIOT', 'BOUCHEROT', 'LE GALL', 'TISSIER']);
  });
});

describe('a stamp read between the role and the name', () => {
  it('signs with the name that has its initial, not the stamp\'s words in capitals', () => {
    const text = `Ainsi fait et délibéré les jour, mois et an que dessus.

Le Président,
~\\ YNDICAT INTERCOMMUNAL
B. GAUTHERON
`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['GAUTHERON']);
  });
});

describe('a speck OCR read after the role', () => {
  it('does not hide the name under "Le Maire, -"', () => {
    const text = `Je vous prie d'agréer l'expression de mes salutations distinguées.

                                              Le Maire, -

                                              Marcellin DORVANTE-LAMBIN
`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['DORVANTE-LAMBIN']);
  });
});

describe('a register page signed by every member present, each name beside its scrawl', () => {
  it('reads every "SURNAME Given" of the grid, the scrawls OCR read as marks between them, not those who did not sign', () => {
    const text = `L'ordre du jour étant épuisé, la séance est levée à 22 h 40.

Ont signé au registre les membres présents :

KUNTZ Gérard, Maire   ~//l/t--        HEBERLE Bernard   ,4Z~(       WALTZER Monique  lA/4~
l/                                       ~"                          -
OBERLE Joseph  $ofG/                  BRUCKER Christian  Jfi-'      STAEDEL René  ~~~
FRITSCH Patrick : absent excusé
`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['KUNTZ', 'HEBERLE', 'WALTZER', 'OBERLE', 'BRUCKER', 'STAEDEL']);
  });

  it('reads "SURNAME P.-A." with initials beside its scrawl; a member whose cell says "procuration" or "absent" did not sign', () => {
    const text = `Plus rien n'étant à l'ordre du jour, la séance est levée à 19 h 40.

                Ont signé au registre les membres présents :
SANTONI P.-A.    ,~~<;/               ALFONSI M.-J.    J/~h,
FILIPPI J.-B.    ~P-(                  CASTA D.         Jl\\'~
MATTEI F.        ~=-(                  MARIANI X.       ,t(\\.
GIORGI A.        procuration           LUCCHINI J.-T.   absent excusé
ANTONI P.-P.     absent
`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['SANTONI', 'ALFONSI', 'FILIPPI', 'CASTA', 'MATTEI', 'MARIANI']);
  });
});

describe('a register page signed by every member present, its rows of names with OCR\'s specks', () => {
  it('reads each family name of the rows under "Ont signé au registre les membres présents.", the specks between them no words', () => {
    const text = `Adopté à l'unanimité.

Ont signé au registre les membres présents.
GOURMELON    ~   BRICOUT       CHAUVIN  .   POUPIN       RABIER       MENAGE
COUSTEAU        GODARD  '    BODINEAU         AUDRAN
`;
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['GOURMELON', 'BRICOUT', 'CHAUVIN', 'POUPIN', 'RABIER', 'MENAGE', 'COUSTEAU', 'GODARD', 'BODINEAU', 'AUDRAN']);
  });
});

describe('a role printed in the right column beside the closing formula', () => {
  const tail = (right: string) => `Article 2 : AUTORISE le Maire à signer toute pièce nécessaire.
Adopté à l'unanimité des membres présents et représentés.
Pour extrait conforme,                                  Le secrétaire de séance,
Motutea, le 23 juin 2025                                ${right}
Le Maire,
Hiro TEMAURI
`;

  it('is signed by the right cell of the next line, the date and place beside it no part of the name', () => {
    expect(extractSignatures(tail('TEHEI Moana'), null).map((p) => [p.surname, p.givenName, p.role])).toEqual([
      ['TEHEI', 'Moana', 'Le secrétaire de séance'],
      ['TEMAURI', 'Hiro', 'Le Maire'],
    ]);
  });

  it('is signed by no one when that cell is no name', () => {
    expect(extractSignatures(tail('(signature illisible)'), null).map((p) => p.surname)).toEqual(['TEMAURI']);
  });
});

describe('a stamp printed between the role and the name', () => {
  const tail = `DIT que la présente délibération sera exécutoire dès sa réception en Préfecture.
     Fait et délibéré en séance, les jour, mois et an que dessus.
                                        Pour extrait conforme,
                                        Le Maire,

REçU A LA PREFECTURE

DU FINISTERE
le 27 OCT. 1989                         J. LE GALL
`;

  it('is no signatory, its lines apart or not; the name set beside its date signs', () => {
    expect(extractSignatures(tail, null).map((p) => [p.surname, p.role])).toEqual([['LE GALL', 'Le Maire']]);
  });
});

describe('the copies noted beside the signature', () => {
  it('"Copie : DGA Ruralités" names no signatory; the name under the scrawl signs', () => {
    // As normalization leaves it: the margin's note and the scrawl on lines of their own.
    const tail = `ADOPTÉ\n\nLe Président du Conseil Régional,\nCopie : DGA Ruralités\n(classt 4.2)\n~/\\/v\\-- .,\nJean-Claude DARRIGADE\n`;
    expect(extractSignatures(tail, null).map((p) => p.surname)).toEqual(['DARRIGADE']);
  });
});

describe('"Ont signé au registre les rnernbres présents": OCR\'s "rn" for the m of "membres"', () => {
  it('names no one, so the lines of the certification after it are no signatures', () => {
    const doc = analyzeText(`Séance du conseil municipal du 29 juin 1984
L'an mil neuf cent quatre-vingt-quatre, le vingt-neuf juin, le Conseil Municipal s'est réuni sous la présidence de M. Paul MORINI, Maire.
Présents : M. Paul MORINI, M. Luc LECA, Mme Anne SUSINI.
OBJET : EMPRUNT
Le Conseil Municipal autorise M. le Maire à signer le contrat. Adopté à l'unanimité.
     Ainsi fait et délibéré les jour, mois et an que dessus.
     Ont sign6 au registre les rnernbres pr6sents.

                                        P0UR EXTRAIT C0NF0RME,
                                        AVAPESSA, le 2 juillet 1984
                                              LE MAIRE,

                                        P. MORINI
`);
    expect(doc.signatures.map((s) => s.surname)).toEqual(['MORINI']);
  });
});

describe("the members' names in rows under their signatures", () => {
  it('reads each name of a row in capitals as a member who signed, a name with its particle whole', () => {
    const text = "La séance est levée à 22 heures 05.\nAinsi fait et délibéré les jour, mois et an que dessus. Au registre suivent les signatures.\n\nGANGLOFF KIEFFER STEINMETZ WEBER\nZIMMER DE LA CROIX BECKER\n\nLe secrétaire de séance : R. SCHNEIDER\n";
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(expect.arrayContaining(['GANGLOFF', 'KIEFFER', 'STEINMETZ', 'WEBER', 'ZIMMER', 'DE LA CROIX', 'BECKER']));
    expect(extractSignatures(text, null).map((p) => p.surname)).not.toContain('GANGLOFF KIEFFER STEINMETZ WEBER');
  });

  it('reads no member from a formula in capitals after the mention ("POUR EXTRAIT CONFORME")', () => {
    const text = 'Au registre suivent les signatures.\n\nPOUR EXTRAIT CONFORME,\nLe Député-Maire,\n\nHubert SANTONI\n';
    expect(extractSignatures(text, null).map((p) => p.surname)).not.toEqual(expect.arrayContaining(['POUR']));
    expect(extractSignatures(text, null).map((p) => p.surname)).not.toEqual(expect.arrayContaining(['EXTRAIT']));
  });
});

describe('roles side by side, the last closed by a full stop', () => {
  it('"Le Président,   La Secrétaire de séance." over the two names: each its signatory', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL DE COLLECTE
Séance du 26 novembre 2024
Le Comité syndical s'est réuni sous la présidence de M. Gilles MARTINAT.
Le Comité, à l'unanimité, attribue le marché.

Le Président,                                        La Secrétaire de séance.
Gilles MARTINAT                                      Nathalie CHAMBRAUD
`);
    expect(doc.signatures.map((s) => s.surname)).toEqual(['MARTINAT', 'CHAMBRAUD']);
  });
});

describe('a receipt stamp beside the role, its place before its date', () => {
  it('"de MEAUX le" / "28 NOV. 1995" is no signatory: the name under the role is', () => {
    const doc = analyzeText(`COMMUNE D'ESSARTIGNY
Séance du 24 novembre 1995
Le Conseil Municipal, sous la présidence de M. René VESSIERE, Maire, à l'unanimité, APPROUVE le plan.

                                        Pour extrait certifié conforme,
                                        A ESSARTIGNY, le 24 novembre 1995
Reçu à la Sous-Préfecture              Le Maire,
de MEAUX le
  28 NOV. 1995

                                        R. VESSIERE
`);
    expect(doc.signatures.map((s) => s.surname)).toEqual(['VESSIERE']);
  });
});

describe("a seal's text between the role and the name", () => {
  it('is no signatory ("* LE MAIRE *"): the name under it is', () => {
    const text = "Le Conseil Municipal, après en avoir délibéré, approuve à l'unanimité.\n\nLe Maire,\n( VILLE DE MORNE-CALEBASSE )\n* LE MAIRE *\nZEPHIR-MONTOUT\n";
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['ZEPHIR-MONTOUT']);
  });
});

describe("a receipt stamp beside the signature, a dash before its day", () => {
  it('"de BOULAY le - 1 DEC. 1983" names no signatory; the mayor under his role does', () => {
    const text = "Adopté à l'unanimité.\n\n Reçu à la Sous-Préfecture          Le Maire,\n de BOULAY le - 1 DEC. 1983\n                                    A. KIEFFER\n";
    expect(extractSignatures(text, null).map((p) => p.surname)).toEqual(['KIEFFER']);
  });
});

describe('an annex opening under a role its executory formula left unsigned', () => {
  it('names no signatory: "ANNEXE 1 À LA DÉLIBÉRATION" and its title are no name', () => {
    const text = `Pour extrait conforme,
Dombasle, le 19 octobre 1992
Le Président,
G. GRANDCOLLIN

Certifie exécutoire compte tenu de la transmission
en Sous-Préfecture le 21.10.1992
Le Président,

ANNEXE 1 À LA DÉLIBÉRATION N° 92/14
BORDEREAU DES PRIX DES TRAVAUX DU FERMIER
`;
    expect(extractSignatures(text, null).map((p) => p.raw)).toEqual(['G. GRANDCOLLIN']);
  });
});

describe('"Suivent les signatures." over a web transcription\'s source line', () => {
  it('names no one from "Registre n° 47 - folios 41-42 - Archives municipales …"; a register\'s names in title case after "ont signé les membres présents" are read', () => {
    const source = `La séance est levée à vingt heures quinze.\nSuivent les signatures.\n\nRegistre n° 47 - folios 41-42 - Archives municipales de Caldarella, cote 1 D 47.\nImprimer | Haut de page | Retour à la liste des séances 1998\n`;
    expect(extractSignatures(source, null)).toEqual([]);
    const names = `Fait et délibéré les jour mois et an que dessus et ont signé les membres présents.\nBessière maire, Cassagne, Lafont, Malbech.\n`;
    expect(extractSignatures(names, null).map((p) => p.surname)).toEqual(['Bessière', 'Cassagne', 'Lafont', 'Malbech']);
  });
});

describe('a stamp printed left of the name under an indented role', () => {
  const signedUnder = (block: string) =>
    analyzeText(`Séance du conseil municipal du 6 avril 2012
Le Conseil Municipal approuve le compte administratif 2011.
Adopté à l'unanimité.
Au registre sont les signatures.

${block}

Le Maire certifie sous sa responsabilité le caractère exécutoire de cet acte, transmis au
représentant de l'Etat le 17/04/2012 et publié ou notifié le 18/04/2012.
`).signatures.map((p) => [p.givenName, p.surname]);

  it("reads the name in the role's column, not the stamp's words on its line", () => {
    expect(
      signedUnder(`                                                  Pour extrait certifié conforme,
                                                  Le Maire,
                    MAIRIE DE
               STE OPPORTUNE
                 DU MAINE                         Gérard POTTIER
                  (Sarthe)`),
    ).toEqual([['Gérard', 'POTTIER']]);
  });

  it('passes over a stamp\'s frame and "(signé)" in that column for the name under them', () => {
    expect(
      signedUnder(`                                    Le Président du District,
              .~ICT DE LA V/                  (signé)
           '/ ALLEE DU FI \\
           \\ * CORSE *   /            D.-A. PAOLACCI
              \`-----'`),
    ).toEqual([['D.-A.', 'PAOLACCI']]);
  });
});

describe("an office whose last words come after the role's ('Le Président du Conseil Départemental,')", () => {
  it('signs above an annex longer than the tail a signature is looked for in', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `${i + 1} Rapport n° ${i + 1} de la commission permanente 23 23 0 0 0 Adopté`).join('\n');
    const doc = analyzeText(`PROCÈS-VERBAL DE LA COMMISSION PERMANENTE DU 20 OCTOBRE 2021
Le Conseil départemental approuve le rapport n° 1 à l'unanimité.

L'ordre du jour étant épuisé, le Président lève la séance.

Le Président du Conseil Départemental,

Guy-Marcel TECHER

La secrétaire de séance,

Fabienne NATIVEL

ANNEXE – RÉCAPITULATIF DES VOTES

N° Objet Votants Pour Contre Abst. NPPV Résultat
${rows}
`);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['TECHER', 'NATIVEL']);
  });
});

describe('"Ont signé au registre les membres présents :" over the signatures, then the members\' grid', () => {
  const signers = (tail: string) =>
    analyzeText(`Séance du conseil municipal du 12 juin 1998
Le Conseil Municipal approuve le compte administratif 1997.
Adopté à l'unanimité.

Fait et délibéré en séance les jour, mois et an susdits.
${tail}
`).signatures.map((p) => p.surname);

  it("reads the grid after the mayor's and the secretary's signatures", () => {
    expect(
      signers(`Ont signé au registre les membres présents :

Le Maire,                                  La secrétaire de séance,
Gérard BOUHÉLIER                           Sylvie PERRAUDIN

TRUCHOT Marie-Claude          GUENEAU Bernard          MAILLARD Jacqueline
RAPENNE Daniel                GRILLOT Michel`),
    ).toEqual(['BOUHÉLIER', 'PERRAUDIN', 'TRUCHOT', 'GUENEAU', 'MAILLARD', 'RAPENNE', 'GRILLOT']);
  });

  it('reads a grid whose rows a blank line parts, an OCR speck after the colon', () => {
    expect(
      signers(`Ont signé au registre les membres présents : ,

R. BRISSET          M. GIRAULT          J-C. PASQUET

G. MOREAU           D. AUCLAIR

REÇU A LA PREFECTURE DE L'INDRE`),
    ).toEqual(['BRISSET', 'GIRAULT', 'PASQUET', 'MOREAU', 'AUCLAIR']);
  });

  it('reads no stamp after "Au registre suivent les signatures." and the mayor\'s', () => {
    expect(signers(`Au registre suivent les signatures.\nLe Maire,\nR. VUILLERMOZ\n\nSOUS-PREFECTURE DE NANTUA\n-- 2 7 NOV. 2009 --\nCOURRIER ARRIVE`)).toEqual(['VUILLERMOZ']);
  });
});

describe("a signing software's field under each act", () => {
  it('reads "Signataire : NAME Given - Office" as the signatory and their office', () => {
    const doc = analyzeText(`Registre des délibérations - Edition détaillée
90-150
VOEU RELATIF AU MAINTIEN DE L'ACTIVITE DE REPARATION NAVALE
LE CONSEIL REGIONAL DEMANDE que la Région participe au capital d'une société d'économie mixte.
Pour 21 Contre 74 Rejeté
Signataire : FABRE-DOMERGUE Lucien - Président
Nombre de délibérations éditées : 1
`);
    expect(doc.signatures.map((p) => [p.surname, p.role])).toEqual([['FABRE-DOMERGUE', 'Président']]);
  });

  it('reads the label alone over its value, the office after a comma or in a "Qualité" field, over a role read in a row above', () => {
    const rows = `N° acte
Objet
Rapporteur
94/051
Cession d'une parcelle communale
Le Maire
Décision :
M. ORSINI Jacques, intéressé à l'affaire, s'étant retiré, le conseil municipal refuse la cession.
`;
    const comma = analyzeText(`${rows}Séance levée à\n20:15\nSignataire\nSANTONI Ange-Mathieu, Maire\n`);
    expect(comma.signatures.map((p) => [p.surname, p.role])).toEqual([['SANTONI', 'Maire']]);
    const office = analyzeText(`${rows}Signataire\nVERHAEGHE Gaston\nQualité\nPrésident du Conseil régional\n`);
    expect(office.signatures.map((p) => [p.surname, p.role])).toEqual([['VERHAEGHE', 'Président du Conseil régional']]);
  });
});

describe('roles one a line, then as many names one a line', () => {
  it('gives each name to its role, in order', () => {
    const text = `Fait et délibéré les jour, mois et an susdits.\nAu registre sont les signatures.\nPour extrait certifié conforme.\nLe Président,\nLa Secrétaire de séance,\nPaul-Marie SANTONI\nLucie MATTEI\nReçu à la Sous-Préfecture de Corte le\n- 4 AVR. 2007\n`;
    expect(surnames(text)).toEqual([
      ['SANTONI', 'Le Président'],
      ['MATTEI', 'La Secrétaire de séance'],
    ]);
  });
});

describe('"Signatures au registre :" and the names after it', () => {
  it('reads each name the register was signed by', () => {
    const doc = analyzeText(`Séance du conseil municipal du 19 octobre 1979
Le Conseil Municipal approuve le budget supplémentaire 1979.
Adopté à l'unanimité.
Séance levée à 23 h 40.
Signatures au registre : GUÉRINEAU P. (Maire) ; TESSIER A. (secrétaire)
Saisie : A.M. / Contrôle : J.-L. F.
`);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['GUÉRINEAU', 'TESSIER']);
  });
});

describe("the president's family name split by OCR before its last letter under the signature", () => {
  const text = `L'an deux mille vingt-trois, le vingt-trois novembre, le Conseil d'administration s'est réuni sous la présidence de M. Claude HUMBERT, Président.
Le Conseil d'administration adopte les propositions budgétaires.

Pour extrait conforme,
Le Président du Conseil d'administration,
      * EHPAD LES CHARMILLES *
Claude HUMBER T
`;
  const president = { raw: 'M. Claude HUMBERT', civility: 'M.' as const, givenName: 'Claude', surname: 'HUMBERT', role: 'Président', span: { start: 114, end: 131 } };

  it('reads "Claude HUMBER T" as the president, his name joined back', () => {
    expect(extractSignatures(text, president).map((p) => p.surname)).toEqual(['HUMBERT']);
  });

  it('joins no letter that makes another name', () => {
    expect(extractSignatures(text.replace('HUMBER T', 'HUMBER A'), president).map((p) => p.surname)).toEqual(['HUMBER']);
  });
});

describe('two secretaries of the sitting', () => {
  it('"Les secrétaires de séance" over two names, a line each: both sign', () => {
    const text = `L'ordre du jour étant épuisé, M. le Président lève la séance à 18 h 25.\nLe Président du conseil régional\nBertrand ROUSSELIER\nLes secrétaires de séance\nLaure BOUCHERON\nMathieu GASNIER\nDocuments associés\n`;
    expect(surnames(text)).toEqual([
      ['ROUSSELIER', 'Le Président du conseil régional'],
      ['BOUCHERON', 'Les secrétaires de séance'],
      ['GASNIER', 'Les secrétaires de séance'],
    ]);
  });

  it('"Sont désignés secrétaires de séance : Mme X et M. Y": the first is the sitting\'s secretary', () => {
    const doc = analyzeText(`Séance plénière du conseil régional du 24 septembre 2015\nLa séance est ouverte à 9 h 40 sous la présidence de M. Bertrand ROUSSELIER, Président du conseil régional.\nSont désignés secrétaires de séance : Mme Laure BOUCHERON et M. Mathieu GASNIER.\n\nRapport CR 58-15 – Décision modificative n° 2\nLe conseil régional adopte la décision modificative à l'unanimité.\n`);
    expect(doc.meeting.secretary?.surname).toBe('BOUCHERON');
  });
});

describe('an office with its qualifier', () => {
  it('"Le Maire sortant," over "F. LE GUELLEC" signs', () => {
    const text = `Veuillez agréer, Monsieur, l'assurance de mes sentiments distingués.\nLe Maire sortant,\nF. LE GUELLEC\n`;
    expect(surnames(text)).toEqual([['LE GUELLEC', 'Le Maire sortant']]);
  });
});

describe("a certificate's sentence naming the office", () => {
  it('"Le Maire de la Commune de GONNEMARE certifie que …": the commune no signer, the name under "Le Maire," is', () => {
    const text = `Fait à Gonnemare, le 30 avril 1981\nLe Maire,\nM. HAUGUEL\n\nCERTIFICAT D'AFFICHAGE\n      Le Maire de la Commune de GONNEMARE certifie que le présent\narrêté a été affiché à la porte de la mairie le 4 mai 1981.\n`;
    expect(surnames(text).map(([s]) => s)).toEqual(['HAUGUEL']);
  });
});

describe("OCR's specks in two roles side by side", () => {
  it('"Le\' President," / "Le Maire,~" / "Le Secretaire de- séanee,": each role read, each name under its own', () => {
    expect(surnames("L'ordre du jour étant épuisé, la séance est levée à 19 h 40.\n\nLe' President,                                La Secrétaire de séance,\nAnge-Mathieu SANTUCCI                        Marie-Josée COSTA\n").map(([s]) => s)).toEqual(['SANTUCCI', 'COSTA']);
    expect(surnames("L'ordre du jour étant épuisé, la séance est levée à 23 h 40.\n\nLe Secrétaire de séance,                    Le Maire,~\nJ. CHAMINADE                                R. FAURIE\n")).toEqual([
      ['CHAMINADE', 'Le Secrétaire de séance'],
      ['FAURIE', 'Le Maire'],
    ]);
    const sitting = `Séance du Bureau du 15 mars 1993
Le Bureau s'est réuni sous la présidence de M. René KIEFFER, Président.
Etaient présents : MM. KIEFFER, PIERRARD, BECKER.
1. Budget
Le Bureau approuve le budget. Adopté à l'unanimité.

L'ordre du jour étant épuisé, la séance est levée à 20 h 45.

         Le Secretaire de- séanee,                     Le Président,


         B. PIERRARD                                  R. KIEFFER
`;
    expect(analyzeText(sitting).signatures.map((p) => p.surname)).toEqual(['PIERRARD', 'KIEFFER']);
  });
});

describe("a prefect's report to the general council", () => {
  it('is signed under "Le Préfet,"; "M. LE PREFET DE REGION" in a title is no signer', () => {
    expect(surnames("Je vous prie de bien vouloir en délibérer.\n\nLe 14 septembre 1976.\n\nLe Préfet,\n\nAndré VAUCELLE\n")).toEqual([['VAUCELLE', 'Le Préfet']]);
    expect(surnames("COMMUNICATION DE M. LE PREFET DE REGION SUR L'EXECUTION DU BUDGET REGIONAL\n")).toEqual([]);
  });
});

describe('a register software\'s "Signataires" field', () => {
  it('reads one signatory a line under it, each office after a comma', () => {
    const text = `Le comité, à l'unanimité, adopte le budget primitif 1990.\nSignataires\nORSONI Paul-Antoine, Président\nLUCIANI Marie-Jeanne, Secrétaire de séance\nNombre d'actes édités : 3\n`;
    expect(surnames(text)).toEqual([
      ['ORSONI', 'Président'],
      ['LUCIANI', 'Secrétaire de séance'],
    ]);
  });

  it('reads them on its own line after a colon, parted by a semicolon, each office in brackets', () => {
    const text = `Adopté à l'unanimité.\nSignataires : RIVIÈRE Hector (Maire) ; BAPTISTE Lucienne (Secrétaire)\nFiche saisie par : ARCH01\n`;
    expect(surnames(text)).toEqual([
      ['RIVIÈRE', 'Maire'],
      ['BAPTISTE', 'Secrétaire'],
    ]);
  });

  it('leaves offices alone on the lines under it to the roles\' reading', () => {
    const text = `Adopté à l'unanimité.\nSignataires\nLe Maire\nGARNIER Louis\nLe secrétaire de séance\nPERROT Henri\n`;
    expect(surnames(text).map(([s]) => s)).toEqual(['GARNIER', 'PERROT']);
  });
});

describe("OCR's speck after the office's article", () => {
  it('reads "Le, President," as the office, the name under it its signer', () => {
    const text = `Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments les meilleurs.

                                        Le, President,

                                        J.-L. MAREUIL
`;
    expect(surnames(text)).toEqual([['MAREUIL', 'Le President']]);
  });
});

describe('a signature delegated by the office that signs', () => {
  const surnames = (text: string) => extractSignatures(text, null).map((p) => [p.surname, p.role]);

  it('"Pour le Président et par délégation," over an office no role names: the name under them signs', () => {
    expect(surnames('La séance est levée à 13 h 10.\nPour le Président et par délégation,\nla Directrice des assemblées\nCatherine BOUVARD-LAISNÉ\n')).toEqual([['BOUVARD-LAISNÉ', 'le Président et par délégation']]);
    expect(surnames('Certifié conforme au registre,\nPour le Maire et par délégation, La responsable des Archives, P. ZÉNON-BELFORT\n')).toEqual([['ZÉNON-BELFORT', 'le Maire et par délégation']]);
  });

  it("over the signer's own office, the name signs as that office", () => {
    expect(surnames('Pour le Président du Conseil Régional\net par délégation,\nLe Secrétaire Général,\n\nYves MOULLEC\n')).toEqual([['MOULLEC', 'Le Secrétaire']]);
  });

  it("not a prefect's visa on the register, nor a sentence saying who signs for the mayor", () => {
    expect(surnames('Le Maire,\nPaul SANTUCCI\nPour le Préfet de la Corse et par délégation,\nle Secrétaire général,\nR. DUVERNOY\n')).toEqual([['SANTUCCI', 'Le Maire']]);
  });
});

describe("a convocation's agenda, a role in a row with an acronym beside it", () => {
  // Written for this test, invented names: the rapporteur's cell, then the document's ("Le Maire RPQS 2022").
  const CONVOCATION = `COMMUNE DE OBER-WALD
Département de la Moselle
Ober-Wald, le 09/11/2023
Objet : Convocation du Conseil Municipal
CONVOCATION
Madame, Monsieur le Conseiller municipal,
J'ai l'honneur de vous convier à la séance du Conseil Municipal qui se tiendra le
jeudi 16 novembre 2023 à 20h00
Salle du conseil - Mairie de Ober-Wald
ORDRE DU JOUR
N° Objet Rapporteur Annexe(s)
1 Désignation du secrétaire de séance Le Maire -
2 Approbation du procès-verbal de la séance du 21/09/2023 Le Maire PV du 21/09
3 Budget principal - Décision modificative n°2 Mme WAGNON DM2
4 Syndicat intercommunal des eaux de la Bièvre - Rapport annuel
sur le prix et la qualité du service (RPQS) 2022
Le Maire RPQS 2022
5 Divers et communications - -
Les documents relatifs aux points inscrits à l'ordre du jour peuvent être consultés en mairie.
Le Maire,
Paul HOFFSTETTER
Mairie de Ober-Wald - 3 rue de l'Église - 57999 OBER-WALD
Document généré le 09/11/2023 10:41 Page 1 / 2
LISTE DE DIFFUSION
Nom Prénom Qualité Mode d'envoi Date d'envoi Accusé de lecture
HOFFSTETTER Paul Maire - - -
SCHALLER Bernard 1er adjoint Voie électronique 09/11/2023 10:42 Lu le 09/11/2023 12:17
WAGNON Sylvie 2e adjointe Voie électronique 09/11/2023 10:42 Lu le 09/11/2023 18:05
Nombre de destinataires : 3
Certifié exact,
Le Maire
Document généré le 09/11/2023 10:41 Page 2 / 2
`;

  it('reads no signature from the row: a family name has a vowel', () => {
    expect(analyzeText(CONVOCATION).signatures.map((p) => p.surname)).toEqual(['HOFFSTETTER']);
  });
});

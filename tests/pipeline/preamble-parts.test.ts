/**
 * The parts of a sitting's opening that stand apart from it: the counts printed in the header
 * (attendance) and the sentence stating the quorum after the lists (preamble). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';

const parts = (doc: MinutesDocument, kind: string) => doc.sections.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));

const minutes = (counts: string, afterLists: string) => `COMMUNE DE VAUBRESSAC
PROCÈS-VERBAL DU CONSEIL MUNICIPAL
${counts}
L'an deux mille vingt-quatre, le douze mars, à vingt heures, le Conseil Municipal, dûment convoqué,
s'est réuni à la Mairie, sous la présidence de Monsieur Paul ROCHEVAL, Maire.

Présents : M. Paul ROCHEVAL, Mme Anne BELMONTE, M. Yves CARADEC.
Absent excusé : M. Marc LOUVIER.
Secrétaire de séance : Mme Anne BELMONTE.
${afterLists}
1 - Tarifs de la salle polyvalente
Le Maire présente les nouveaux tarifs de la salle.
Le Conseil Municipal, après en avoir délibéré, approuve à l'unanimité les tarifs proposés.
`;

/** The minutes with their secretary's line replaced by `lines` (what may stand between the lists and the first point). */
const withSecretaryLine = (lines: string) => minutes('', '').replace('Secrétaire de séance : Mme Anne BELMONTE.\n', lines);

describe("the secretary's line whose sentence goes on under it", () => {
  it('takes the sentence to its end into the attendance ("… désignée en application de" / "l\'article L.2541-6 …")', () => {
    const doc = analyzeText(
      withSecretaryLine("Secrétaire de séance : Mme Anne BELMONTE, secrétaire de mairie, désignée en application de\nl'article L.2541-6 du Code général des collectivités territoriales.\n"),
    );
    expect(parts(doc, 'attendance').at(-1)).toMatch(/désignée en application de\nl'article L\.2541-6 du Code général des collectivités territoriales\.$/);
  });
});

describe('the counts printed in the header', () => {
  it('are attendance, on one line', () => {
    const doc = analyzeText(minutes('Conseillers en exercice : 15 - Présents : 3 - Votants : 3\n', ''));
    expect(parts(doc, 'attendance')[0]).toBe('Conseillers en exercice : 15 - Présents : 3 - Votants : 3');
  });

  it('are attendance with the date cells of their table, one cell a line, its labels then its values', () => {
    const table = "Date de convocation\nDate d'affichage\nMembres en exercice\nPrésents\nVotants\n07/11/2007\n07/11/2007\n12\n9\n10\n";
    const doc = analyzeText(minutes(table, ''));
    expect(parts(doc, 'attendance')[0]).toBe(table.trimEnd());
  });

  it('leave a date with its label before them ("Date de convocation : 5 mars 2024") to the preamble', () => {
    const doc = analyzeText(minutes('Date de convocation : 5 mars 2024\nMembres en exercice : 15\nPrésents : 3\nVotants : 3\n', ''));
    expect(parts(doc, 'attendance')[0]).toBe('Membres en exercice : 15\nPrésents : 3\nVotants : 3');
  });

  it('are attendance, as an Alsace-Moselle box words them ("Nombre des membres du conseil municipal élus : 15")', () => {
    const box = 'Nombre des membres du conseil municipal élus : 15\nNombre des membres en fonction : 14\nNombre des membres présents : 3\nNombre des membres présents ou représentés : 3\n';
    const doc = analyzeText(minutes(box, ''));
    expect(parts(doc, 'attendance')[0]).toBe(box.trimEnd());
  });

  it('are attendance, as a column of labels over a column of numbers', () => {
    const doc = analyzeText(minutes('Nombre de conseillers\nEn exercice\nPrésents\nVotants\n15\n3\n3\n', ''));
    expect(parts(doc, 'attendance')[0]).toBe('Nombre de conseillers\nEn exercice\nPrésents\nVotants\n15\n3\n3');
  });

  it('are attendance, "Membres en fonction : 15 ;" alone before a blank line', () => {
    const doc = analyzeText(minutes('Membres en fonction : 15 ;\n', ''));
    expect(parts(doc, 'attendance')[0]).toBe('Membres en fonction : 15 ;');
  });

  it('are attendance, its rows dashed and led to their figures by dots, the dates beside them', () => {
    const box = "Nombre de conseillers : Date de convocation : 2 mars 1985\n- en exercice ....... 15 Date d'affichage : 2 mars 1985\n- présents .......... 3\n- votants ........... 3\n";
    const doc = analyzeText(minutes(box, ''));
    expect(parts(doc, 'attendance')[0]).toBe(box.trimEnd());
  });

  it('are attendance, "Membres du Bureau en exercice : 14" alone before a blank line', () => {
    const doc = analyzeText(minutes('Date de convocation : 5 mars 2024\nMembres du Bureau en exercice : 14\n', ''));
    expect(parts(doc, 'attendance')[0]).toBe('Membres du Bureau en exercice : 14');
  });

  it('leave "en exercice" to the preamble when it opens a column interleaved with other lines', () => {
    const doc = analyzeText(minutes('Membres en exercice : 6\nPrésents : 5 Séance du 12 mars 2024\nVotants : 5\n', ''));
    expect(parts(doc, 'attendance')[0]).toMatch(/^Présents : M\. Paul/);
  });

  it('leave a lone number in the header to the preamble', () => {
    const doc = analyzeText(minutes('Séance n° 4\n', ''));
    expect(parts(doc, 'preamble')[0]).toMatch(/^COMMUNE DE VAUBRESSAC[\s\S]*Séance n° 4[\s\S]*Maire\.$/);
  });
});

describe('the sentence stating the quorum after the lists', () => {
  it('is preamble', () => {
    const doc = analyzeText(minutes('', '\nLe quorum étant atteint, M. le Maire ouvre la séance à 20 h 05.\n'));
    expect(parts(doc, 'preamble')).toContain('Le quorum étant atteint, M. le Maire ouvre la séance à 20 h 05.');
  });

  it('is preamble between the lists and the secretary\'s line, both of which stay attendance', () => {
    const doc = analyzeText(withSecretaryLine('Le Maire constate que le quorum est atteint. Il rappelle que chaque membre peut être porteur\nd\'un pouvoir.\n\nSecrétaire de séance : Mme Anne BELMONTE.\n'));
    expect(parts(doc, 'preamble')).toContain("Le Maire constate que le quorum est atteint. Il rappelle que chaque membre peut être porteur\nd'un pouvoir.");
    expect(parts(doc, 'attendance').some((p) => p.startsWith('Secrétaire de séance'))).toBe(true);
  });

  it('is preamble to its full stop when the secretary\'s line follows it at once', () => {
    const doc = analyzeText(withSecretaryLine('Le quorum étant atteint, Monsieur le Maire déclare la séance ouverte à 18h47.\nMme Anne BELMONTE est désignée en qualité de secrétaire de séance.\n'));
    expect(parts(doc, 'preamble')).toContain('Le quorum étant atteint, Monsieur le Maire déclare la séance ouverte à 18h47.');
  });

  it('is preamble with the sentence opening the sitting before it ("Le Président ouvre la séance à 14h35.")', () => {
    const doc = analyzeText(minutes('', "\nLe Maire ouvre la séance à 20h35. Le quorum étant atteint, le Conseil Municipal peut valablement délibérer.\n"));
    expect(parts(doc, 'preamble')).toContain('Le Maire ouvre la séance à 20h35. Le quorum étant atteint, le Conseil Municipal peut valablement délibérer.');
  });

  it('is preamble, the sentence opening the sitting, where no quorum is stated', () => {
    const doc = analyzeText(minutes('', '\nLe Maire ouvre la séance à 20 h 10.\n'));
    expect(parts(doc, 'preamble')).toContain('Le Maire ouvre la séance à 20 h 10.');
  });

  it('is left to the first business when it goes on to it', () => {
    const doc = analyzeText(minutes('', '\nLe quorum étant atteint, M. le Maire rappelle que chacun a reçu le procès-verbal de la séance précédente.\n'));
    expect(parts(doc, 'preamble').some((p) => p.includes('procès-verbal'))).toBe(false);
  });
});

describe("a single deliberation headed by its subject, its counts under its opening", () => {
  it('"Objet : …" / "Le Conseil régional … s\'est réuni …" / "Présents : 98 - Représentés : 17": the counts are attendance, not report', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL RÉGIONAL

Objet : Soutien aux lieux de diffusion des musiques actuelles - Convention triennale 2007-2009

Le Conseil régional, régulièrement convoqué, s'est réuni en séance plénière le vendredi 29 juin 2007 à 9 h 30, à l'Hôtel de Région, sous la présidence de M. Jean-Baptiste ROUMIEUX, Président du Conseil régional.

Nombre de conseillers en exercice : 123
Présents : 98 - Représentés : 17 - Absents : 8

LE CONSEIL RÉGIONAL,

VU le code général des collectivités territoriales ;

Après en avoir délibéré,

APPROUVE la convention triennale d'objectifs 2007-2009 ;

AUTORISE le Président à signer la convention.

Résultat du vote :
Pour : 79
Contre : 21
Abstention : 15
`);
    const of = (kind: string) => doc.sections!.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));
    expect(of('attendance')).toEqual(['Nombre de conseillers en exercice : 123\nPrésents : 98 - Représentés : 17 - Absents : 8']);
    expect(of('report').some((r) => r.includes('Présents : 98'))).toBe(false);
  });
});

describe('the counts in a box before the opening, the lists after it', () => {
  it('the opening paragraph between them, with its convocation date, is preamble, not attendance', () => {
    const doc = analyzeText(`DÉPARTEMENT DES COTES-DU-NORD
COMMUNE DE PLOUGONVAL

Nombre de conseillers
en exercice : 19                 PROCES-VERBAL DES DELIBERATIONS
présents    : 16                     DU CONSEIL MUNICIPAL
votants     : 17
                                    Séance du 23 mars 1979

L'an mil neuf cent soixante-dix-neuf, le vingt-trois mars à vingt heures
trente, le Conseil Municipal de cette commune, régulièrement convoqué, s'est
réuni à la Mairie, sous la présidence de M. Yves LE BIHAN, Maire.

Date de la convocation : 16 mars 1979.

Etaient présents : MM. LE BIHAN, Maire ; GUILLOU Jean-Louis, CORRE Marcel, HAMON François,
Mme RIOU Marie-Thérèse, MM. LE CAM Joseph, PRIGENT Alain.

Absent : M. OLLIVIER Paul.

M. PRIGENT Alain a été élu secrétaire de séance.

1° - COMPTE ADMINISTRATIF DE L'EXERCICE 1978
Le Conseil Municipal, hors la présence du Maire, adopte le compte administratif à l'unanimité.
`);
    const of = (kind: string) => doc.sections!.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));
    expect(of('preamble').some((p) => p.includes("L'an mil neuf cent") && p.endsWith('Date de la convocation : 16 mars 1979.'))).toBe(true);
    expect(of('attendance').some((a) => a.includes("L'an mil"))).toBe(false);
    expect(of('attendance').some((a) => a.startsWith('Etaient présents'))).toBe(true);
  });
});

describe("a software's print whose running head tops every page", () => {
  const page1 = `GESTION DES SEANCES v3.2 - SIVOM DE LA VALLEE
Edition du 29/06/1999 à 10:42 - Utilisateur : SECDIR
Page 1 / 2
SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE DE LA VALLEE
COMITE SYNDICAL
Séance du 24 juin 1999
L'an mil neuf cent quatre-vingt-dix-neuf, le vingt-quatre juin à dix-sept heures trente, le Comité syndical s'est réuni sous la présidence de M. Jean ROUX, Président.
Présents : M. Jean ROUX, Mme Odile BLANC, M. Paul VERT.
`;
  const page2 = `GESTION DES SEANCES v3.2 - SIVOM DE LA VALLEE
Edition du 29/06/1999 à 10:42 - Utilisateur : SECDIR
Page 2 / 2
Objet : Tarifs de l'eau 1999
Le Comité syndical fixe les tarifs de l'eau pour 1999.
Adopté à l'unanimité.
`;

  it('starts the preamble under the head, which comes back over the next page', () => {
    const doc = analyzeText(`${page1}\f${page2}`);
    const preamble = doc.sections!.find((s) => s.kind === 'preamble')!;
    expect(doc.text.slice(preamble.start, preamble.end)).toMatch(/^SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE DE LA VALLEE\n/);
  });

  it('keeps the head of a text of one page in its preamble', () => {
    const doc = analyzeText(page1 + page2.split('\n').slice(3).join('\n'));
    const preamble = doc.sections!.find((s) => s.kind === 'preamble')!;
    expect(doc.text.slice(preamble.start, preamble.end)).toMatch(/^GESTION DES SEANCES v3\.2/);
  });
});

describe('the sentence convening the sitting under the subject of an extract', () => {
  it('is preamble, "convoqué," closing a line and "s\'est réuni" opening the next', () => {
    const doc = analyzeText(`REGION DU VAL DE LOIRE
EXTRAIT DU REGISTRE DES DELIBERATIONS
SEANCE PLENIERE DU 14 MAI 1992

DELIBERATION N° CR 21-92

OBJET : AIDE REGIONALE AUX BIBLIOTHEQUES MUNICIPALES

     Le Conseil régional du Val de Loire, régulièrement convoqué,
s'est réuni en séance publique le jeudi quatorze mai mil neuf
cent quatre-vingt-douze, à 9 h 30, sous la présidence de M. Paul
BERNARD, Président du Conseil régional.

LE CONSEIL REGIONAL,

Vu le rapport du Président ;

Après en avoir délibéré,

DECIDE :

Article 1 : d'approuver le règlement d'aide aux bibliothèques municipales.

Adopté à l'unanimité.
`);
    expect(parts(doc, 'preamble').join('\n')).toContain("s'est réuni en séance publique");
    expect(parts(doc, 'report').join('\n')).not.toContain('régulièrement convoqué');
  });
});

describe('those who attended without being members, in a paragraph after the lists', () => {
  it('is attendance, to its full stop or to the sentence that opens under it', () => {
    const doc = analyzeText(minutes('', "Assistait également : M. Paul RENOU, Secrétaire Général\nLe quorum étant atteint, le Maire ouvre la séance.\n"));
    expect(parts(doc, 'attendance').join('\n')).toContain('Assistait également : M. Paul RENOU, Secrétaire Général');
    expect(parts(doc, 'attendance').join('\n')).not.toContain('quorum');
    const capitals = analyzeText(minutes('', "ASSISTAIENT EGALEMENT : M. MAZEAU, Directeur de l'Office ; Mme GADRAT, Chef\ncomptable ; M. le Receveur, excusé.\n"));
    expect(parts(capitals, 'attendance').join('\n')).toContain('comptable ; M. le Receveur, excusé.');
  });
});

/**
 * What an extract prints in its header block, away from its subject: written for these tests,
 * invented names, in the layouts extracts published by communes and EPCI use.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { findHeadings } from '../../src/segment/headings.ts';
import { withoutAnnexHeadings } from '../../src/segment/annexes.ts';

const extract = (header: string, objet: string, body = '') => `COMMUNE DE VAUBRESSAC
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 mars 2024
${header}
L'an deux mille vingt-quatre, le douze mars, à vingt heures, le Conseil Municipal, dûment convoqué,
s'est réuni à la Mairie, sous la présidence de Monsieur Paul ROCHEVAL, Maire.

Présents : M. Paul ROCHEVAL, Mme Anne BELMONTE, M. Yves CARADEC.
Absent excusé : M. Marc LOUVIGNÉ.

${objet}

Monsieur le Maire rappelle les tarifs fixés par délibération n° 2021-032 du 14 septembre 2021.
${body}
Le Conseil Municipal, après en avoir délibéré, à l'unanimité,
DÉCIDE de fixer les tarifs de la salle polyvalente.

Le Maire,
Paul ROCHEVAL`;

describe("the number of a single deliberation printed in the extract's header", () => {
  it('is read when "Délibération n°" stands alone above the preamble', () => {
    const doc = analyzeText(extract('\nDélibération n° 2024-014\n', 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => i.number)).toEqual(['2024-014']);
  });

  it('is read opening the line the sitting\'s date closes, a typewriter\'s space after its slash ("N° 84/ 12      Séance du …")', () => {
    const doc = analyzeText(extract('', 'Objet : Tarifs de la salle polyvalente').replace('Séance du 12 mars 2024', 'N° 84/ 12                 Séance du 12 mars 2024'));
    expect(doc.items.map((i) => i.number)).toEqual(['84/12']);
  });

  it('is read opening the line the opening paragraph runs beside, a margin\'s cell ("N° 2016-0487/CD L\'an deux mille …")', () => {
    const doc = analyzeText(extract('DELIBERATION', 'Objet : Tarifs de la salle polyvalente').replace("\nL'an deux mille", "\nN° 2024-0487/CM L'an deux mille"));
    expect(doc.items.map((i) => i.number)).toEqual(['2024-0487/CM']);
  });

  it('is read after the form\'s label "N° de délibération", the subject after "Objet" and a space, in capitals', () => {
    const doc = analyzeText(extract('N° de délibération AP-2024-02-042\nObjet POLITIQUE ÉDUCATIVE - LYCÉES PUBLICS\nRapporteur Mme Anne BELMONTE', ''));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['AP-2024-02-042', 'POLITIQUE ÉDUCATIVE - LYCÉES PUBLICS']]);
  });

  it('is the deliberation\'s, not the rank of "Rapport n° 21 – Rapporteure : Mme …", which heads no point', () => {
    const doc = analyzeText(extract('Délibération n° CP-2024-09-21\nRapport n° 21 – Rapporteure : Mme Hélène EYRAUD, vice-présidente', ''));
    expect(doc.items.map((i) => i.number)).toEqual(['CP-2024-09-21']);
    expect(doc.items[0]!.title).not.toMatch(/^Rapporteure/);
  });

  it('is the deliberation\'s own under the report\'s rank ("Rapport n° 2.07" / "Délibération n° CP-2012-04-037"); a count\'s line is no subject', () => {
    const text = extract('Rapport n° 2.07\nDélibération n° CP-2024-04-037', '').replace('Absent excusé : M. Marc LOUVIGNÉ.', 'Absent excusé : M. Marc LOUVIGNÉ.\n\nNombre de votants : 3\n\n____________________\n\nFONDS DÉPARTEMENTAL DE SOLIDARITÉ RURALE');
    const doc = analyzeText(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['CP-2024-04-037', 'FONDS DÉPARTEMENTAL DE SOLIDARITÉ RURALE']]);
  });

  it('gives its figures to the sitting and its vote to the act, when a form prints them a label a line over their values', () => {
    const form = 'FICHE ACTE\nEn exercice\nPrésents\nVotants\nPour\nContre\nAbstentions\n15\n11\n12\n12\n0\n0\nTexte de l\'acte\n';
    const doc = analyzeText(form + extract('Délibération n° 2024-014', 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.attendance.counts).toMatchObject({ inOffice: 15, present: 11, voting: 12 });
    expect(doc.items[0]!.decision?.vote).toMatchObject({ unanimous: true, for: 12, against: 0, abstentions: 0 });
  });

  it('is read under a form\'s labels one a line ("N° d\'acte" / "Date de séance" / "Organe" over "1987-019" / "12/06/1987" / …)', () => {
    const form = "FICHE ACTE\nN° d'acte\nDate de séance\nNature de l'acte\nOrgane\n1987-019\n12/06/1987\nDélibération\nConseil municipal\nTexte de l'acte\n";
    const doc = analyzeText(form + extract('', 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.items.map((i) => i.number)).toEqual(['1987-019']);
  });

  it('ends where its annex opens ("ANNEXE À LA DÉLIBÉRATION N° …"): the annexed contract\'s articles are none of its decision', () => {
    const annex = "\nANNEXE À LA DÉLIBÉRATION N° 2024-014\nCONTRAT DE GESTION\nArticle 1 - Le délégataire assure l'exploitation du réseau.\nArticle 2 - Le District verse une contribution forfaitaire.\n";
    const doc = analyzeText(extract('Délibération n° 2024-014', 'Objet : Tarifs de la salle polyvalente') + '\nPour extrait conforme,\n' + annex);
    const item = doc.items[0]!;
    expect(item.span!.end).toBeLessThanOrEqual(doc.text.indexOf('ANNEXE À LA'));
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['décide']);
  });

  it('is read when "Délibération n°" stands right above the sitting sentence, not taken for a subject', () => {
    const doc = analyzeText(extract('Délibération n° 2024-014', 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2024-014', 'Tarifs de la salle polyvalente']]);
  });

  it('gives its number to the "OBJET :" printed a few service lines under it', () => {
    const doc = analyzeText(
      extract('Délibération n° CP-2024-03-117\nDirection des Finances\nService du Budget\nOBJET : Tarifs de la salle polyvalente', ''),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['CP-2024-03-117', 'Tarifs de la salle polyvalente']]);
  });

  it('gives its number to the "OBJET :" set off by a blank line under the service\'s lines and a "Rapport n°"', () => {
    const doc = analyzeText(
      extract('Délibération n° CP 09-06-087\nDirection de l\'Éducation\nService des Lycées\nRapport n° 2009-06-112\n\nOBJET : Tarifs de la salle polyvalente', ''),
    );
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['CP 09-06-087', 'Tarifs de la salle polyvalente']]);
  });

  it('is read when its number has letters between its figures ("09-CP-3-01"), after its label only', () => {
    const series = 'Le quorum étant atteint.\nDÉLIBÉRATION N° 09-CP-3-01\nRapport n° 1.04 – Direction des Routes\nOBJET : RD 956 – Déviation de Contres\nExposé :\nLe Département doit acquérir les emprises.\n';
    expect(findHeadings(series, 0).map((h) => [h.scheme, h.number, h.title])).toEqual([['numbered', '09-CP-3-01', 'RD 956 – Déviation de Contres']]);
    expect(findHeadings('Annexe : opérations\n09-L-029 Lycée Auguste-Mouret – Restructuration de la demi-pension\n', 0)).toEqual([]);
  });

  it('is read when "N°" alone holds a number in three parts', () => {
    const doc = analyzeText(extract('N° 2024-09-142\n', 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.items.map((i) => i.number)).toEqual(['2024-09-142']);
  });

  it("is read at the end of the subject's wrapped line", () => {
    const doc = analyzeText(extract('', 'Objet : Tarifs de la salle polyvalente et des équipements\nsportifs communaux             N° 2024-041'));
    expect(doc.items.map((i) => i.number)).toEqual(['2024-041']);
  });

  it('is not taken from a deliberation the text cites', () => {
    const doc = analyzeText(extract('', 'Objet : Tarifs de la salle polyvalente', 'Vu la délibération n° 2022-117\ndu 3 mai 2022,\n'));
    expect(doc.items.map((i) => i.number)).toEqual([null]);
  });
});

describe("a single deliberation's decision", () => {
  it('ends with its signature, before the executory formula and the ways of appeal', () => {
    const text = `${extract('', 'Objet : Tarifs de la salle polyvalente')}

Le Maire certifie sous sa responsabilité le caractère exécutoire de cet acte.

La présente délibération peut faire l'objet d'un recours devant le Tribunal administratif
dans un délai de deux mois à compter de sa publication.`;
    const doc = analyzeText(text);
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/DÉCIDE de fixer[\s\S]*Paul ROCHEVAL$/);
  });
});

describe("a single deliberation signed electronically", () => {
  it('runs through the block the signing software prints under the signature, not its certificate', () => {
    const text = `${extract('', 'Objet : Tarifs de la salle polyvalente')}

Signé électroniquement par : Paul ROCHEVAL
Date de signature : 14/03/2024
Qualité : Maire de Vaubressac
Certificat : CN=Paul ROCHEVAL,OU=0002 217600000,O=COMMUNE DE
VAUBRESSAC,C=FR

La présente délibération peut faire l'objet d'un recours devant le Tribunal administratif.`;
    const doc = analyzeText(text);
    expect(doc.items).toHaveLength(1);
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/DÉCIDE de fixer[\s\S]*Paul ROCHEVAL\n\nSigné électroniquement[\s\S]*Qualité : Maire de Vaubressac$/);
  });
});

describe("a single deliberation with its president's report annexed after it", () => {
  it('reads the report from "Rapport n°" to the signature that closes it', () => {
    const text = `${extract('', 'Objet : Tarifs de la salle polyvalente')}
\fAnnexe à la délibération
Rapport n°501 « Tarifs de la salle polyvalente »
Assemblée du 12 mars 2024
1. Le bilan des tarifs précédents
Les tarifs fixés en 2021 n'ont pas été revus depuis trois ans, alors que les charges de la salle ont
augmenté d'un cinquième sur la période, notamment l'énergie et l'entretien courant.
2. Les nouveaux tarifs
Il est proposé de porter la location du week-end à 250 euros pour les habitants de la commune.
Le Maire,
Paul ROCHEVAL`;
    const doc = analyzeText(text);
    const reports = doc.sections.filter((s) => s.kind === 'report').map((s) => doc.text.slice(s.start, s.end));
    expect(reports.at(-1)).toMatch(/^Rapport n°501[\s\S]*250 euros pour les habitants de la commune\.$/);
  });
});

describe("a deliberation's number followed by the body that deliberates", () => {
  it('reads "DELIBERATION N° 26/052 AC DE L\'ASSEMBLEE DE CORSE" over "PORTANT ADOPTION …": the subject is the line under, the code with the number', () => {
    const headings = findHeadings("Le quorum étant atteint.\nDELIBERATION N° 26/052 AC DE L'ASSEMBLEE DE CORSE\nPORTANT ADOPTION DU SCHEMA TERRITORIAL DE L'AUTONOMIE 2026-2030\n\nSEANCE DU 26 MARS 2026\n", 0);
    expect(headings.map((h) => [h.number, h.title])).toEqual([['26/052 AC', "PORTANT ADOPTION DU SCHEMA TERRITORIAL DE L'AUTONOMIE 2026-2030"]]);
  });
});

describe('an extract closed by "Pour extrait certifié conforme", its regulation annexed after the signature', () => {
  it('is signed by the name under the formula, the annex read as no point', () => {
    const annex = ['ANNEXE À LA DÉLIBÉRATION N° 2024-014', '', 'RÈGLEMENT D\'UTILISATION DE LA SALLE POLYVALENTE', ''];
    // Pages of it: the signature stands far from the end of the text.
    for (let n = 1; n <= 30; n++) annex.push(`ARTICLE ${n} - DISPOSITION ${n}`, `La salle est louée selon les conditions fixées au présent article, numéro ${n}, pour une durée d'une journée,\nà des associations de la commune ou à des particuliers qui en font la demande écrite un mois avant.`, '');
    const text = extract('', 'Objet : Tarifs de la salle polyvalente').replace('Le Maire,\nPaul ROCHEVAL', `Pour extrait certifié conforme,\nLe Maire,\n\nPaul ROCHEVAL\n\f${annex.join('\n')}`);
    const doc = analyzeText(text);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['ROCHEVAL']);
    expect(doc.items.map((i) => i.title)).toEqual(['Tarifs de la salle polyvalente']);
  });
});

describe('a plenary deliberation whose subject comes before its lists', () => {
  const text = `CONSEIL RÉGIONAL
DÉLIBÉRATION N° 24-PL-10-037

OBJET : SCHÉMA RÉGIONAL DES MOBILITÉS DURABLES - ADOPTION

Le Conseil régional, régulièrement convoqué, s'est réuni le jeudi 17 octobre 2024 sous la
présidence de Mme Maëlle LE GUENEC, Présidente du Conseil régional.

Étaient présents :
M. Yann ABGRAL, Mme Soizic ALAIN, Mme Maëlle LE GUENEC.

EXPOSÉ DES MOTIFS

La loi d'orientation des mobilités confie aux régions l'élaboration d'un schéma régional.

LE CONSEIL RÉGIONAL,

VU le Code général des collectivités territoriales ;

DÉCIDE

ARTICLE 1 : D'ADOPTER le Schéma régional des mobilités durables annexé.

ARTICLE 2 : D'APPROUVER le bilan de la consultation du public.

Adopté à l'unanimité.
`;
  const doc = analyzeText(text);

  it('has its subject for title and its labelled number, not "EXPOSÉ DES MOTIFS"', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['24-PL-10-037', 'SCHÉMA RÉGIONAL DES MOBILITÉS DURABLES - ADOPTION']]);
  });

  it('has no second subject in "RAPPORT DU PRÉSIDENT" or "NOTE DE SYNTHÈSE", labels of its report', () => {
    for (const label of ['RAPPORT DU PRÉSIDENT', 'RAPPORT DE MADAME LA PRÉSIDENTE', 'NOTE DE SYNTHÈSE']) {
      const labelled = analyzeText(text.replace('EXPOSÉ DES MOTIFS', label));
      expect(labelled.items.map((i) => [i.number, i.title]), label).toEqual([['24-PL-10-037', 'SCHÉMA RÉGIONAL DES MOBILITÉS DURABLES - ADOPTION']]);
    }
  });

  it('reads the articles under "DÉCIDE" alone on its line, without counting it as one', () => {
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte', 'approuve']);
    expect(doc.items[0]!.decision?.visas).toHaveLength(1);
  });
});

describe('numbers labelled in other ways', () => {
  it('"Rapport n°" in the header of a single deliberation', () => {
    const doc = analyzeText(extract('\nRapport n° CP-2017-10-14\n', 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.items.map((i) => i.number)).toEqual(['CP-2017-10-14']);
  });

  it('"Délibération n° CP 12/12/08   Rapport n° 8" on one line: one number, no second subject', () => {
    const doc = analyzeText(extract('\nDélibération n° CP 12/12/08             Rapport n° 8\n', 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => i.number)).toEqual(['CP 12/12/08']);
  });

  it('"2 - DÉLIBÉRATION N° 2024-05 : TITLE": the deliberation number, the title without it', () => {
    const text = '\n2 - DÉLIBÉRATION N° 2024-05 : COMPTE ADMINISTRATIF 2023\nLe rapporteur présente le compte.\n';
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([['2024-05', 'COMPTE ADMINISTRATIF 2023']]);
  });

  it.each([
    ['3. DEL-2023-061 – Finances – Décision modificative n° 2', 'DEL-2023-061', 'Finances – Décision modificative n° 2'],
    ['2. DEL2026-031 - COMMISSION D\'APPEL D\'OFFRES', 'DEL2026-031', "COMMISSION D'APPEL D'OFFRES"],
    ['4 - 2024-112 : Tarifs de la cantine', '2024-112', 'Tarifs de la cantine'],
  ])('"%s": the number after the agenda rank is the deliberation\'s', (line, number, title) => {
    const text = `\n${line}\nLe rapporteur présente le dossier.\n`;
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([[number, title]]);
  });

  it('"2024-2025 - PROGRAMME" opens no point numbered "2024-2025": two years are a period, not a number', () => {
    const text = '\n2024-2025 - PROGRAMME DE VOIRIE\nLe rapporteur présente le dossier.\n';
    expect(findHeadings(text, 0).map((h) => h.number)).not.toContain('2024-2025');
  });

  it('a title in capitals wrapped onto a short line in capitals is one title', () => {
    const text = '\n9. DÉLIBÉRATION N° 2026-04-12 : DÉSIGNATION DES REPRÉSENTANTS AU SYNDICAT MIXTE DU BASSIN\nVERSANT DE LA LÈRE ET DE LA VÈRE\n\nLe Président expose.\n';
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['2026-04-12', 'DÉSIGNATION DES REPRÉSENTANTS AU SYNDICAT MIXTE DU BASSIN VERSANT DE LA LÈRE ET DE LA VÈRE'],
    ]);
  });

  it('"N° B-2024-0411 – FINANCES – title" opens a point: a letter may lead the number after "N°"', () => {
    const text = '\nN° B-2024-0411 – FINANCES – Garantie d\'emprunt\nLe rapporteur présente le dossier.\n\nN° B-2024-0412 – MOBILITÉS – Convention de financement\nLe rapporteur présente.\n';
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['B-2024-0411', 'B-2024-0412']);
  });

  it('"2020-06-038 - TITLE": a year, a month and a rank of three digits are a number, not a date', () => {
    const text = '\n2020-06-038 - DESIGNATION DES DELEGUES AU SYNDICAT\nLe Maire expose.\n';
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([['2020-06-038', 'DESIGNATION DES DELEGUES AU SYNDICAT']]);
  });
});

describe('an extract that prints its subject above its lists', () => {
  const text = `Département de la Sarthe
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE
Délibération n° 2022-06-3-12

Objet : Prise de participation au capital de la SPL « Sarthe Tourisme »

Le Conseil départemental de la Sarthe, régulièrement convoqué, s'est réuni le 24 juin 2022 sous la présidence de M. Dominique LE MÈNER.

Présents : Mmes ANGOT, BARRÉ, MM. DROUIN, FRANCO.
Secrétaire de séance : M. DROUIN.

Rapporteur : Mme Claire LANDAIS, Vice-Présidente

La SPL « Sarthe Tourisme » a été créée en 2019 pour porter les projets touristiques du Département.

LE CONSEIL DÉPARTEMENTAL,
Vu le Code général des collectivités territoriales ;
DÉCIDE d'acquérir 120 actions de la SPL.
La délibération est adoptée à l'unanimité.
`;
  const doc = analyzeText(text);
  const part = (kind: string) => doc.sections.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));

  it('has that subject for title, not the "Rapporteur :" line', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2022-06-3-12', 'Prise de participation au capital de la SPL « Sarthe Tourisme »']]);
  });

  it('reads the subject with the header, and starts the report after the lists', () => {
    expect(part('preamble')[0]).toMatch(/^Département de la Sarthe[\s\S]*« Sarthe Tourisme »/);
    expect(part('report')).toEqual([expect.stringMatching(/^Rapporteur : Mme Claire LANDAIS[\s\S]*projets touristiques du Département\.$/)]);
    // The line naming the assembly opens the decision whose visas it heads.
    expect(part('decision')[0]).toMatch(/^LE CONSEIL DÉPARTEMENTAL,\nVu le Code/);
    expect(part('attendance')[0]).toMatch(/^Présents : Mmes ANGOT/);
  });
});

describe('labels of a report part, never a subject', () => {
  it.each([['SYNTHÈSE DU RAPPORT'], ['Rapporteur : M. Jean VARIN, Vice-président']])('"%s"', (label) => {
    const text = `\n1. Tarifs de la salle polyvalente\n\n${label}\n\nLes tarifs de location de la salle n'ont pas changé depuis six ans et doivent être revus.\n\nAdopté à l'unanimité.\n`;
    expect(findHeadings(text, 0).map((h) => h.title)).toEqual(['Tarifs de la salle polyvalente']);
  });
});

describe("the Conseil de Paris's numbers", () => {
  it('"2024 DLH 123 – title" opens a point numbered so', () => {
    const text = "\n2024 DLH 123 – Réalisation d'un programme de logements sociaux\nRapporteur : M. Olivier BRUNSWICK\nLe projet est adopté.\n\n2024 DAC 456 – Subvention à l'association Musiques du 9e\nRapporteure : Mme Claire MONTAGNAC\nLe projet est adopté.\n";
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['2024 DLH 123', "Réalisation d'un programme de logements sociaux"],
      ['2024 DAC 456', "Subvention à l'association Musiques du 9e"],
    ]);
  });
});

describe('numbered articles of a decision', () => {
  it('"1° - Prend acte …", "2° - Approuve …" are no points of the agenda; "3. Vote du budget" is one', () => {
    const text = "\n3. Vote du budget primitif 2024\nLe rapporteur présente le budget.\nDélibère\n1° - Prend acte du bilan de la concertation ;\n2° - Approuve le dossier de réalisation de la ZAC.\n";
    expect(findHeadings(text, 0).map((h) => h.title)).toEqual(['Vote du budget primitif 2024']);
  });

  it('a subject in capitals after a point decided in one line ("1°) APPROUVE à l\'unanimité le procès-verbal …" / "2°) BUDGET SUPPLEMENTAIRE 1996") is a point', () => {
    const text = "\nLE CONSEIL MUNICIPAL :\n\n1°) APPROUVE à l'unanimité le procès-verbal de la séance du 24 mai 1996.\n\n2°) BUDGET SUPPLEMENTAIRE 1996\nAdopte le budget supplémentaire de l'exercice 1996.\nVote : unanimité.\n\n3°) FORET COMMUNALE - COUPES 1997\nApprouve l'état d'assiette des coupes.\n";
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['2', 'BUDGET SUPPLEMENTAIRE 1996'],
      ['3', 'FORET COMMUNALE - COUPES 1997'],
    ]);
  });
});

describe('"Rapport n°" after the agenda rank', () => {
  it('"2 - Rapport n° CP_19_081 : title": the report\'s number is the item\'s', () => {
    const text = "\n2 - Rapport n° CP_19_081 : Fonds de réserve pour l'investissement communal\nLe rapporteur présente.\n";
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([['CP_19_081', "Fonds de réserve pour l'investissement communal"]]);
  });
});

describe('points numbered with an em dash', () => {
  it('"1 — COMPTE ADMINISTRATIF 2020" opens a point, as "1 – …" does', () => {
    const text = '\n1 — COMPTE ADMINISTRATIF 2020\nLe Président présente le compte.\n\n2 — BUDGET PRIMITIF 2021\nLe Président présente le budget.\n';
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['1', 'COMPTE ADMINISTRATIF 2020'],
      ['2', 'BUDGET PRIMITIF 2021'],
    ]);
  });
});

describe('a number labelled "N°"', () => {
  it('"N° 22-148 – TITLE" opens a point whatever the shape of its number, a date excepted', () => {
    const text = "\nN° 22-148 – DÉBAT D'ORIENTATION BUDGÉTAIRE 2023\nLe Maire présente le rapport.\n\nN° 22-149 – TARIFS 2023 DES ÉQUIPEMENTS SPORTIFS\nLe Maire présente les tarifs.\n\nN° 12/03/2023 – RÉUNION PUBLIQUE\nLe Maire informe.\n";
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['22-148', '22-149']);
  });
});

describe('short paragraphs between blank lines', () => {
  it('one that ends on a comma is a clause going on, not a heading', () => {
    const text = `\nOBJET : TARIFS DE LA CANTINE\n\nLe Maire rappelle que les tarifs de la restauration scolaire n'ont pas été revus depuis 2021 et propose une hausse.\n\nVu le code général des collectivités territoriales, et notamment son article L. 2121-29 du code ;\n\nEntendu l'exposé du rapporteur,\n\nLe Conseil municipal, après en avoir délibéré, à l'unanimité, fixe les nouveaux tarifs à compter du 1er avril 2024.\n\n`;
    expect(findHeadings(text, 0).map((h) => h.title)).not.toContain("Entendu l'exposé du rapporteur");
  });
});

describe('a number alone at the head of an extract, its OBJET after the lists', () => {
  it.each([
    ['Délibération n° 2023_12_07\nDate de convocation : 5 mars 2024\nNombre de membres en exercice : 19', '2023_12_07'],
    ["Délibération n° CP-2021-11-047\nDirection de l'Appui aux Territoires\nService Aménagement et Habitat", 'CP-2021-11-047'],
  ])('numbers the one deliberation, whose subject is the OBJET: the lines under it are the header (%#)', (header, number) => {
    const doc = analyzeText(extract(header, 'OBJET : Redevance incitative – tarifs 2025', 'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.\n'));
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[number, 'Redevance incitative – tarifs 2025']]);
  });
});

describe('a deliberation number closing a line of the header', () => {
  it.each([
    ['Séance du 29 mars 2022      Délibération n° 2022/014', '2022/014'],
    ['Séance du 27 juin 2023      Délibération n° D.2023.14', 'D.2023.14'],
  ])('"%s" numbers the one deliberation', (line, number) => {
    const doc = analyzeText(extract(line, 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.items.map((i) => i.number)).toEqual([number]);
  });

  it('a number cited in a sentence of the header is not it', () => {
    const doc = analyzeText(extract('Séance du 29 mars 2022, suite à la délibération n° 2021/032 du 3 mars', 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.items.map((i) => i.number)).toEqual([null]);
  });
});

describe('a title in capitals that prose announces', () => {
  it('"… ainsi modifié :" then, over the page, "TABLEAU DES EFFECTIFS …": a table inside the decision, no new point', () => {
    const text = `SYNDICAT INTERCOMMUNAL DES EAUX DU CAUSSE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL
Séance du 27 juin 2023
L'an deux mille vingt-trois, le vingt-sept juin, le Comité syndical, dûment convoqué, s'est réuni sous
la présidence de M. Paul ROCHEVAL, Président.
Présents : M. Paul ROCHEVAL, Mme Anne BELMONTE, M. Yves CARADEC.

OBJET : RESSOURCES HUMAINES – MISE À JOUR DU TABLEAU DES EFFECTIFS

Le Président rappelle que les emplois sont créés par l'organe délibérant.
Le Comité syndical, après en avoir délibéré,
Article 1 : Décide de créer un emploi de technicien territorial à temps complet.
Article 2 : Adopte le tableau des effectifs du syndicat ainsi modifié :
\fTABLEAU DES EFFECTIFS AU 1er SEPTEMBRE 2023
Grade Catégorie Durée hebdomadaire Postes ouverts Postes pourvus
Attaché territorial A 35 h 1 1
Technicien territorial B 35 h 2 1
Article 3 : Charge le Président de l'exécution de la présente délibération.
Adopté à l'unanimité (3 voix pour).
`;
    const doc = analyzeText(text);
    expect(doc.items.map((i) => i.title)).toEqual(['RESSOURCES HUMAINES – MISE À JOUR DU TABLEAU DES EFFECTIFS']);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['décide', 'adopte', 'charge']);
  });
});

describe('"- Délibération 2024/14 : …" as small communes type their points', () => {
  it('a bullet and the word without its "n°" head a numbered point', () => {
    const text = '\n- Délibération 2024/14 : Admission en non-valeur de créances\nLe Maire présente le dossier.\n- Délibération 2024/15 : Tarifs de la salle des fêtes\nLe Maire présente le dossier.\n';
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['2024/14', 'Admission en non-valeur de créances'],
      ['2024/15', 'Tarifs de la salle des fêtes'],
    ]);
  });
});

describe("a register's code for the word before the point's number", () => {
  it('"D.C.M. N° 2013/18 - …" and "DCM N° 2013/19 - …" head numbered points, the code no part of the number', () => {
    const text = '\nD.C.M. N° 2013/18 - COMPTE ADMINISTRATIF 2012\nLe Conseil Municipal ADOPTE le compte administratif.\nDCM N° 2013/19 - TARIFS DE LA CANTINE\nLe Conseil Municipal FIXE les tarifs.\n';
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['2013/18', 'COMPTE ADMINISTRATIF 2012'],
      ['2013/19', 'TARIFS DE LA CANTINE'],
    ]);
  });
});

describe('short and unlabelled numbers alone on a header line', () => {
  it.each([
    ['Délibération n° 7', '7'],
    ['Délibération CE-2025-03', 'CE-2025-03'],
  ])('"%s" numbers the one deliberation', (line, number) => {
    const doc = analyzeText(extract(`\n${line}\n`, 'Objet : Tarifs de la salle polyvalente'));
    expect(doc.items.map((i) => i.number)).toEqual([number]);
  });
});

describe('a running header that repeats the number over a page', () => {
  it('"Délibération N° 2023/12 – Conseil d\'administration du 14 mars 2023" names the sitting, it heads no point', () => {
    const text = `\nObjet : Révision du règlement des aides facultatives\nLe Président présente le dossier.\nDélibération N° 2023/12 – Conseil d'administration du 14 mars 2023\nLa suite du rapport.\n`;
    expect(findHeadings(text, 0).map((h) => h.number)).not.toContain('2023/12');
  });
});

describe("a budget table's rows under a point", () => {
  it('reads no heading in "2315-104 Aménagement du bourg   + 18 000,00"', () => {
    const text = `DCM 2020-071 - BUDGET PRINCIPAL - DECISION MODIFICATIVE N° 3
Mme KERVIEL présente la décision modificative.
Section d'investissement
  2315-104 Aménagement du bourg                  + 18 000,00
  1641 Emprunt                                   + 18 000,00
Le Conseil municipal, par 13 voix pour et 4 contre, ADOPTE la décision modificative n° 3.

DCM 2020-072 - TARIFS COMMUNAUX 2021
Le Conseil municipal, à l'unanimité, FIXE les tarifs communaux.
`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['DCM 2020-071', 'DCM 2020-072']);
  });
});

describe('lines in capitals inside a point that head nothing', () => {
  it("reads no heading in a table's title over its cells one a line, nor in a bracket's end", () => {
    const text = `5 - 2018-019 : BUDGET PRIMITIF 2018 - BUDGET PRINCIPAL
M. DESMARAIS présente le projet de budget primitif 2018, voté au niveau du chapitre.

SECTION DE FONCTIONNEMENT - DÉPENSES
Chap.
Libellé
BP 2018
Charges à caractère général
1 946 300,00
Charges de personnel
4 385 000,00

Le Conseil Municipal, par 21 voix pour, 4 voix contre (M. PRUNIER, Mme GAUTRON, Mme
BERTHOLET-NAUD)
ADOPTE le budget primitif 2018.

6 - 2018-020 : SUBVENTIONS AUX ASSOCIATIONS
Le Conseil Municipal, à l'unanimité, ATTRIBUE les subventions.
`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['2018-019', '2018-020']);
  });
});

describe("a compte administratif's numbered articles, their verbs in capitals", () => {
  it('reads "1° DONNE ACTE de la présentation …" as an article, not a point', () => {
    const text = `Délibération n° 2013/014
Objet : Approbation du compte administratif de l'exercice 2012
Le Conseil Municipal, sous la présidence de M. Jean-Louis BARRAUD,
1° DONNE ACTE de la présentation faite du compte administratif ;
2° CONSTATE les identités de valeurs avec le compte de gestion ;
3° ADOPTE le compte administratif de l'exercice 2012.
Pour : 13 (treize)
`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['2013/014']);
  });
});

describe('a table of decisions, a row a deliberation', () => {
  it('reads each row\'s vote cell "Pour 37 / Contre 0 / Abst. 3" as its vote, not its title', () => {
    const doc = analyzeText(`CONSEIL COMMUNAUTAIRE DU 30 MARS 2021 – RELEVÉ DE DÉCISIONS
Présents : MM. ABADIE, MARSAN, MIRANDE, NAVARRE.

 N° délib.     Objet                                                   Rapporteur    Vote                           Résultat
 DC2021-033    Compte de gestion 2020 – Budget principal               C. MARSAN     Unanimité                      Adoptée
 DC2021-034    Compte administratif 2020 – Budget principal            C. MARSAN     Pour 37 / Contre 0 / Abst. 3   Adoptée
 DC2021-036    Vote des taux de fiscalité directe 2021                 C. MARSAN     Pour 36 / Contre 4 / Abst. 2   Adoptée
`);
    const votes = doc.items.map((i) => i.decision?.vote && [i.decision.vote.for, i.decision.vote.against, i.decision.vote.abstentions]);
    expect(votes.slice(1)).toEqual([
      [37, 0, 3],
      [36, 4, 2],
    ]);
  });
});

describe('a web page\'s table of decisions, its cells parted by tabs', () => {
  it('reads "33 pour – 2 abstentions" as the row\'s vote, not its title\'s end', () => {
    const doc = analyzeText(`Relevé de décisions du conseil communautaire du 23 septembre 2025
Présents : MM. ABADIE, MARSAN, MIRANDE, NAVARRE.

N°\tObjet\tVote\tDécision
2025-089\tApprobation du procès-verbal de la séance du 8 juillet 2025\tUnanimité\tAdoptée
2025-090\tFinances – Décision modificative n° 2 – Budget principal 2025\t33 pour – 2 abstentions\tAdoptée
2025-093\tEau et assainissement – Tarifs 2026\t30 pour – 4 contre – 1 abstention\tAdoptée
`);
    expect(doc.items.map((i) => i.title)).toEqual(['Approbation du procès-verbal de la séance du 8 juillet 2025', 'Finances – Décision modificative n° 2 – Budget principal 2025', 'Eau et assainissement – Tarifs 2026']);
    expect(doc.items.slice(1).map((i) => i.decision?.vote && [i.decision.vote.for, i.decision.vote.against, i.decision.vote.abstentions])).toEqual([
      [33, null, 2],
      [30, 4, 1],
    ]);
  });
});

describe('points numbered "1- Forêt", the dash against the figure', () => {
  it('reads each as a point', () => {
    const text = `Le compte rendu du 19 septembre est approuvé.

1- Forêt : état d'assiette des coupes 2026
Le conseil approuve l'état d'assiette proposé par l'ONF. Unanimité.

2- Eau potable : tarifs 2026
Abonnement 45 € par an. Adopté : 7 pour, 2 contre.
`;
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['1', "Forêt : état d'assiette des coupes 2026"],
      ['2', 'Eau potable : tarifs 2026'],
    ]);
  });
});

describe("a report's rank beside the commission that examined it", () => {
  it('is no point: the extract\'s subject under "OBJET :" is its one item', () => {
    const doc = analyzeText(`CONSEIL REGIONAL
EXTRAIT DU REGISTRE DES DELIBERATIONS DE LA COMMISSION PERMANENTE
Réunion du 12 juillet 2010 Délibération n° 10-CP-0583

La Commission permanente du Conseil régional, régulièrement convoquée, s'est réunie le 12 juillet 2010 sous la présidence de M. Roland MASSONNET.

OBJET : Soutien à la filière forêt-bois - Aide aux investissements des entreprises

Rapport n° 4-12                       Commission : Agriculture, Forêt, Agro-ressources

La Commission permanente,
Vu le Code général des collectivités territoriales ;
Après en avoir délibéré,
Article 1 : ATTRIBUE une aide de 25 680 € à la SARL COLLINET.
Résultat du vote : Pour : 19 Contre : 0 Abstentions : 2
`);
    expect(doc.items.map((i) => i.title)).toEqual(['Soutien à la filière forêt-bois - Aide aux investissements des entreprises']);
  });
});

describe("an extract's number beside the margin's box of counts, its figures after a typewriter's dots", () => {
  const EXTRACT = `COMMUNE DE VALMORNE
EXTRAIT DU REGISTRE DES DELIBERATIONS
Séance du 26 mars 1993

N° 93-031                                  Nombre de Conseillers :
                                            - en exercice . . . . 29
                                            - présents . . . . . 21
                                            - votants . . . . . . 25

OBJET : JUMELAGE AVEC LA COMMUNE DE PORT-EN-CAUX

L'an mil neuf cent quatre-vingt-treize, le vingt-six mars, le Conseil Municipal s'est réuni sous la présidence de M. Félix DURAND, Maire.

Présents : M. Félix DURAND, Maire ; Mme Jeanne LAGIER ; M. Paul ROUX.

LE CONSEIL MUNICIPAL,
APPROUVE le principe du jumelage.
Adopté à l'unanimité.
`;

  it('reads the act\'s number, not the box\'s label, and the subject under "OBJET :"', () => {
    const doc = analyzeText(EXTRACT);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['93-031', 'JUMELAGE AVEC LA COMMUNE DE PORT-EN-CAUX']]);
  });

  it('reads the counts after dots a space apart', () => {
    expect(analyzeText(EXTRACT).attendance.counts).toMatchObject({ inOffice: 29, present: 21, voting: 25 });
  });
});

describe("an extract whose subject's parts a dash parts over three lines, its number in the margin of the opening paragraph", () => {
  const EXTRACT = `DISTRICT URBAIN DU VAL DE SORBE
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL DE DISTRICT
SEANCE DU 14 JUIN 1985

L'an mil neuf cent quatre-vingt-cinq, le quatorze juin à vingt heures trente, le Conseil de District du Val de
Sorbe, légalement convoqué, s'est réuni à la Mairie de Sorbe, salle du Conseil,
N° 85-047 lieu habituel de ses séances, sous la présidence de
Monsieur Roger VAUTIER, Président.
OBJET :
ASSAINISSEMENT - Station d'épuration intercommunale de la Sorbelle
- Approbation de l'avant-projet sommaire - Plan de financement -
Demandes de subventions et d'emprunt.

Etaient présents : MM. VAUTIER, GALLOIS, Mme PERRIN.

LE CONSEIL DE DISTRICT,
APPROUVE l'avant-projet sommaire.
Adopté à l'unanimité.
`;

  it('reads the whole subject and the number beside the paragraph', () => {
    const doc = analyzeText(EXTRACT);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['85-047', "ASSAINISSEMENT - Station d'épuration intercommunale de la Sorbelle - Approbation de l'avant-projet sommaire - Plan de financement - Demandes de subventions et d'emprunt"],
    ]);
  });
});

describe("an extract's number alone, a paragraph of its own, under its subject", () => {
  it('reads "N° 3/1980" under "OBJET : …" as the deliberation\'s number', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL D'ALIMENTATION EN EAU POTABLE DE LA BARDELLE
EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL
Séance du 14 mars 1980

L'an mil neuf cent quatre-vingt, le quatorze mars, le Comité s'est réuni sous la présidence de M. Henri LACOUR, Président.

Etaient présents : MM. Henri LACOUR, Raymond DELMAS, André BOUSQUET.

Le Président ayant constaté que le quorum était atteint, le Comité peut valablement délibérer.

OBJET : PROGRAMME DE RENFORCEMENT DU RESEAU - TRANCHE 1980
        Approbation de l'avant-projet - Plan de financement - Emprunt

N° 3/1980

        M. le Président rappelle au Comité le programme de renforcement du réseau.

LE COMITE SYNDICAL,
APPROUVE l'avant-projet.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['3/1980', 'PROGRAMME DE RENFORCEMENT DU RESEAU - TRANCHE 1980']]);
  });
});

describe('"ANNEXE" alone on its line over its own title, in an extract of one deliberation', () => {
  const header = `EXTRAIT DU REGISTRE DES DELIBERATIONS
DU CONSEIL D'ADMINISTRATION
Séance du 23 mars 1995

L'an mil neuf cent quatre-vingt-quinze, le vingt-trois mars, le Conseil d'Administration s'est réuni sous la présidence de M. Paul ROCHEVAL, Président.
Etaient présents : M. ROCHEVAL, Mmes BELMONTE, FAVRE ; MM. GIROUD, VIBERT.

OBJET : COMMISSION D'ATTRIBUTION DES LOGEMENTS - Règlement intérieur

Le Président expose le projet de règlement.
Après en avoir délibéré, à l'unanimité,
  - ADOPTE le règlement intérieur annexé à la présente délibération ;
  - CHARGE le Directeur de le notifier.
`;
  const annex = `
                               ANNEXE

      REGLEMENT INTERIEUR DE LA COMMISSION

TITRE I - COMPOSITION ET FONCTIONNEMENT

Article 1er - Le Conseil d'Administration élit en son sein les six membres de la Commission.

TITRE II - INSTRUCTION DES DEMANDES

Article 2 - Les demandes sont enregistrées dans l'ordre de leur dépôt.
`;
  const closing = `
Ainsi fait et délibéré les jour, mois et an que dessus.
Pour extrait certifié conforme,
Le Président,
P. ROCHEVAL
`;
  it("printed inside the record, before its closing: its title and parts head no deliberation, the act's one", () => {
    const text = header + annex + closing;
    expect(withoutAnnexHeadings(text, findHeadings(text, 0)).map((h) => h.title)).toEqual(["COMMISSION D'ATTRIBUTION DES LOGEMENTS - Règlement intérieur"]);
    const doc = analyzeText(text);
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => i.title)).toEqual(["COMMISSION D'ATTRIBUTION DES LOGEMENTS - Règlement intérieur"]);
  });
  it("printed after the record closed, a contract's parties and titled parts under its title, the extract far into its page: none heads a point", () => {
    const contract = `
[p. 3]
ANNEXE
CONVENTION D'EXPLOITATION DU RÉSEAU DE TRANSPORTS URBAINS DU DISTRICT
Entre les soussignés :
Le District, représenté par son Président, M. Paul ROCHEVAL, ci-après dénommé « le District »,
d'une part,
Et la Société des Transports Urbains, ci-après dénommée « l'Exploitant »,
d'autre part,
Il a été convenu ce qui suit :
TITRE I – OBJET ET DURÉE
Article 1er – Objet. Le District confie à l'Exploitant, qui l'accepte, l'exploitation du réseau de transports urbains.
Article 2 – Durée. La présente convention est conclue pour une durée de sept années à compter du 1er janvier 1996.
TITRE II – CONSISTANCE DU SERVICE
Article 3 – Lignes. Le réseau comprend cinq lignes régulières, dont le tracé figure en annexe au cahier des charges.
TITRE III – DISPOSITIONS FINANCIÈRES
Article 4 – Contribution. L'Exploitant reçoit du District une contribution forfaitaire annuelle, versée par douzièmes.
`;
    // The extract far into its page: an archive site's furniture above it.
    const furniture = Array.from({ length: 30 }, (_, i) => `Rubrique ${i + 1} des archives en ligne - consulter les fonds numérisés`).join('\n');
    const doc = analyzeText(`${furniture}\n\n${header}${closing}${contract}`);
    expect(doc.items.map((i) => i.title)).toEqual(["COMMISSION D'ATTRIBUTION DES LOGEMENTS - Règlement intérieur"]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte', 'charge']);
  });
  it('printed after the record closed: the decision ends above it, no act read in its articles ("élit")', () => {
    const doc = analyzeText(header + closing + annex);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte', 'charge']);
  });
});

describe("an earlier act recited in a deliberation's report", () => {
  it('"Par délibération n° 2006-07 du 16 février 2006, le Comité Syndical, après avis …" opens no decision: the decision is the one voted after the report', () => {
    const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL
Séance du 23 novembre 2006

L'an deux mil six, le vingt-trois novembre, le Comité Syndical s'est réuni sous la présidence de M. Paul ROCHEVAL, Président.
Etaient présents : M. ROCHEVAL, Mme BELMONTE, M. GIROUD.

OBJET : DELEGATION DE SERVICE PUBLIC - CHOIX DU DELEGATAIRE

Rapporteur : M. le Président

Par délibération n° 2006-07 du 16 février 2006, le Comité Syndical, après avis du Comité Technique Paritaire, s'est prononcé sur le principe d'une délégation de service public.
La commission a examiné les offres remises le 15 septembre 2006 et propose de retenir la société ECOTRI.

Le Comité Syndical, après en avoir délibéré, à l'unanimité,
- APPROUVE le choix de la société ECOTRI comme délégataire ;
- AUTORISE le Président à signer le contrat.
`;
    const doc = analyzeText(text);
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.start + 40)).toMatch(/^Le Comité Syndical, après en avoir/u);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
  });
});

describe("a software's extract, each label of its form a line over its value, the number's label closed by a colon", () => {
  it('reads "N° d\'ordre :" / "1995/014" as the deliberation\'s number, far above its subject', () => {
    const doc = analyzeText(`COMMUNAUTE DE COMMUNES DU VAL DORÉ
REGISTRE DES DELIBERATIONS
EXTRAIT
Séance du :
30/03/1995
N° d'ordre :
1995/014
Convocation du :
21/03/1995
Nombre de délégués
En exercice
31
Présents
23
Votants
27
Objet :
BUDGET PRIMITIF 1995 - VOTE DU BUDGET
L'an mil neuf cent quatre-vingt-quinze, le trente mars à vingt heures trente, le Conseil de Communauté, régulièrement convoqué, s'est réuni sous la présidence de Monsieur Roger DUPRAT, Président.
Le Conseil de Communauté, après en avoir délibéré, adopte le budget primitif 1995.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['1995/014', 'BUDGET PRIMITIF 1995 - VOTE DU BUDGET']]);
  });

  it('reads "Délibération n° :" / "2007-07" over the form\'s other labels and values likewise', () => {
    const doc = analyzeText(`COMMUNE DE VAUBRESSAC
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du :
12/03/2007
Délibération n° :
2007-07
Date de convocation :
05/03/2007
Date d'affichage :
05/03/2007
Nomenclature ACTES :
7.1 - Décisions budgétaires
Objet :
TARIFS DE LA CANTINE SCOLAIRE
L'an deux mille sept, le douze mars, le Conseil Municipal s'est réuni sous la présidence de M. Paul DURAND, Maire.
Le Conseil Municipal, après en avoir délibéré, fixe les tarifs de la cantine scolaire.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['2007-07']);
  });
});

describe('"N° B. 81/14" in an extract\'s header', () => {
  it("is the act's number, the bureau's letter and its full stop before it", () => {
    const doc = analyzeText(extract('                                                   N° B. 81/14', "OBJET : Service de collecte des ordures ménagères - Acquisition d'un véhicule de collecte"));
    expect(doc.items.map((i) => i.number?.replace(/\s/g, ''))).toEqual(['B.81/14']);
  });
});

describe("a software's extract, each line of its form two cells ('label value label value')", () => {
  it('reads the number before the next cell\'s label and the president after the time\'s cell', () => {
    const doc = analyzeText(`DÉPARTEMENT DU GERS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
COMMISSION PERMANENTE
Réunion du vendredi 25 septembre 2026
N° de délibération CP-20260925-047 Nomenclature ACTES 8.3 - Voirie
Rapporteur M. Jean-Louis ABADIE
Objet RD 930 - Aménagement du carrefour de Lagardère-sur-Baïse - Convention de financement
Date de convocation 15/09/2026 Lieu de la séance Hôtel du Département - Salle de l'Assemblée
Heure d'ouverture 09:30 Président de séance M. Bernard ESPARBÈS
Membres en exercice 34 Présents 27 Représentés 5 Absents 2 Votants 32 Quorum Atteint
La Commission Permanente, après en avoir délibéré, approuve la convention de financement.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['CP-20260925-047']);
    expect(doc.meeting.president?.surname).toBe('ESPARBÈS');
  });
});

describe("a deliberation signed 'Signé : X', made enforceable by its transmission to the prefect, its regulation annexed after", () => {
  it('is signed by the name after "Signé :", the annex\'s ranked parts no points', () => {
    const text = `CONSEIL RÉGIONAL
SÉANCE PLÉNIÈRE DU 11 OCTOBRE 2018

OBJET : FONDS RÉGIONAL D'APPUI AUX COMMUNES RURALES

Le Conseil régional s'est réuni en séance plénière le jeudi 11 octobre 2018 à 10 h 00, sous la présidence de Monsieur Jean-Marc DELBECQUE, Président du Conseil régional.

LE CONSEIL RÉGIONAL,

Vu le Code général des collectivités territoriales ;

Après en avoir délibéré,

DÉCIDE :

Article 1 : de créer le fonds régional d'appui aux communes rurales ;
Article 2 : d'adopter le règlement d'intervention figurant en annexe 1.

Pour : 112
Contre : 0

Fait à l'Hôtel de Région, le 11 octobre 2018

Le Président du Conseil régional,

Signé : Jean-Marc DELBECQUE

Acte rendu exécutoire après transmission au représentant de l'État le 15 octobre 2018

ANNEXE 1 – RÈGLEMENT D'INTERVENTION (extraits)

1. Objectifs
Le fonds a pour objet de soutenir l'investissement des communes rurales et périurbaines de la région.

2. Bénéficiaires
Sont éligibles les communes de moins de 3 500 habitants et leurs groupements.

3. Versement
L'aide est versée sur justification de la réalisation des travaux, au prorata des dépenses.
`;
    const headings = findHeadings(text, 0);
    expect(headings.map((h) => h.title)).not.toContain('Signé : Jean-Marc DELBECQUE');
    expect(withoutAnnexHeadings(text, headings).map((h) => h.title)).toEqual(['CONSEIL RÉGIONAL SÉANCE PLÉNIÈRE DU 11 OCTOBRE 2018', "FONDS RÉGIONAL D'APPUI AUX COMMUNES RURALES"]);
    const doc = analyzeText(text);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['DELBECQUE']);
    expect(doc.items.map((i) => i.title)).toEqual(["FONDS RÉGIONAL D'APPUI AUX COMMUNES RURALES"]);
  });
});

describe("an extract of the Commission départementale of the 1970s, its affair numbered under its bureau's name", () => {
  const text = `DEPARTEMENT DE LA SOMBRE                          REPUBLIQUE FRANCAISE
 CONSEIL GENERAL                         EXTRAIT DU REGISTRE DES DELIBERATIONS
                                           DE LA COMMISSION DEPARTEMENTALE
Direction des Routes                      Séance du 9 mars 1976
  1er Bureau
  Affaire n° 23

     L'an mil neuf cent soixante-seize, le neuf mars, à dix heures, la Commission Départementale
s'est réunie à l'Hôtel de la Préfecture, sous la présidence de M. Louis DEBRAY, Président.

     Etaient présents : MM. DEBRAY, Président ; MOREAU, Secrétaire ; PICARD, LEGRAND, membres.
     Absent excusé : M. VASSEUR .
     Assistait à la séance : M. R. DUMONT, Secrétaire Général de la Préfecture.

     La Commission peut valablement délibérer.

         CHEMINS DEPARTEMENTAUX - PROGRAMME 1976

     RAPPORT DE M. LE PREFET

     J'ai l'honneur de vous proposer de retenir les opérations suivantes.
     Je vous prie de bien vouloir en délibérer.

LA COMMISSION DEPARTEMENTALE,

Vu le rapport de M. le Préfet ;
DECIDE d'approuver le programme 1976 des chemins départementaux.

Adopté à l'unanimité.
`;
  const doc = analyzeText(text);

  it("reads its one point under its title, the prefect's report no point of its own, numbered by its affair", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['23', 'CHEMINS DEPARTEMENTAUX - PROGRAMME 1976']]);
  });

  it('takes who assisted, after the list closed by a full stop set apart, into the attendance', () => {
    const assisting = doc.text.indexOf('Assistait');
    expect(doc.sections.some((s) => s.kind === 'attendance' && s.start <= assisting && s.end > assisting + 30)).toBe(true);
  });
});

describe("an extract's number in the margin beside its lists, its subject under \"OBJET :\" after them", () => {
  it('reads the subject under "OBJET :" as the number\'s title, not the list\'s label beside the number', () => {
    // Invented community and names: the margin's number glued by one space to the proxies' line.
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL DE COMMUNAUTE
Séance du 26 mars 1993
L'an mil neuf cent quatre-vingt-treize, le vingt-six mars, le Conseil de Communauté s'est réuni à la Mairie, sous la présidence de M. Ange PAOLI, Président.
Etaient présents : MM. PAOLI, ALBERTI, MATTEI, LUCCIANI.
N° 93-11 Pouvoirs : M. MARCHI à M. PAOLI ;
M. BATTI à M. MATTEI.
Absent excusé : M. ROSSI.

M. Dominique MATTEI a été désigné secrétaire de séance.

OBJET : COLLECTE DES ORDURES MENAGERES - ACQUISITION D'UN VEHICULE

Le Président expose au Conseil le plan de financement du véhicule.
Le Conseil, après en avoir délibéré, à l'unanimité, APPROUVE le plan de financement.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['93-11', "COLLECTE DES ORDURES MENAGERES - ACQUISITION D'UN VEHICULE"]]);
  });
});

describe("a register's folios, each point's number over its own \"Objet :\", the counts restated between two points", () => {
  it('reads the number over its subject as a point, though the next point\'s "Objet :" follows the restated counts', () => {
    // Invented community: a member left, the register restates the counts before the next point.
    const text = `\n- autorise le Président à signer tout document relatif à ce dossier.
N° 2016-120
Objet : COMPÉTENCE « ZONES D'ACTIVITÉ ÉCONOMIQUE » - TRANSFERT DES ZONES
COMMUNALES AU 1er JANVIER 2017

Monsieur le Président rappelle que la loi transfère aux communautés la compétence.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité, approuve le transfert.
Présents : 21   Votants : 24
(M. TANGUY Loïc, ayant quitté la séance, n'a pas pris part au vote)

N° 2016-121
Objet : PERSONNEL COMMUNAUTAIRE - RÉGIME INDEMNITAIRE

Madame GUILLOU présente le rapport.
`;
    expect(findHeadings(text, 0).map((h) => [h.scheme, h.number])).toEqual([
      ['numbered', '2016-120'],
      ['numbered', '2016-121'],
    ]);
  });
});

describe("a register's deliberations, each numbered by its act's word over the sitting's line and its subject", () => {
  // Invented numbers and figures.
  const page = (n: string, objet: string, act: string) => `DÉLIBÉRATION N° ${n}

SÉANCE PLÉNIÈRE DU 28 JUIN 2007

OBJET : ${objet}

Le Conseil régional, réuni le 28 juin 2007 à l'Hôtel de Région,

Vu le rapport de Monsieur le Président du Conseil régional,

Après en avoir délibéré,

DÉCIDE :

Article 1 : ${act}

La délibération est adoptée à l'unanimité.
`;
  const doc = analyzeText(`REGISTRE DES DÉLIBÉRATIONS DU CONSEIL RÉGIONAL\n\n${page('20071451', "BUDGET SUPPLÉMENTAIRE DE L'EXERCICE 2007", "D'adopter le budget supplémentaire.")}\f${page('20071452', 'TRANSPORT EXPRESS RÉGIONAL – AVENANT N° 6', "D'approuver l'avenant n° 6.")}`);
  it('numbers each by "DÉLIBÉRATION N° …" two lines over its "OBJET :", no colon after the label', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['20071451', "BUDGET SUPPLÉMENTAIRE DE L'EXERCICE 2007"],
      ['20071452', 'TRANSPORT EXPRESS RÉGIONAL – AVENANT N° 6'],
    ]);
  });
});

describe('an extract whose header gives its subject, its report holding tables under captions in capitals', () => {
  const text = `SIVOM DU VAL D'ARRE
Objet
BUDGET PRIMITIF DE L'EXERCICE 1989 - ADOPTION ET FIXATION DES PARTICIPATIONS
EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL
Séance du 28 mars 1989
Le Comité Syndical s'est réuni sous la présidence de Monsieur Antoine DUPRAT, Président.
Présents : MM. DUPRAT, ALBERT, MARTY, PUJOL.
Excusé : M. NOGUÈS.

Rapporteur : M. DUPRAT, Président
Monsieur le Président présente au Comité le projet de budget primitif pour l'exercice 1989.
SECTION DE FONCTIONNEMENT - DEPENSES
60 Achats et variation des stocks 389 500,00
61 Frais de personnel 1 112 000,00
SECTION D'INVESTISSEMENT - DEPENSES
21 Immobilisations corporelles 2 400 000,00
REPARTITION DES PARTICIPATIONS COMMUNALES 1989
Saint-Orens 412 000,00
Valcros 318 000,00
LE COMITE SYNDICAL,
Vu le Code des Communes,
Après en avoir délibéré, à l'unanimité,
ADOPTE le budget primitif de l'exercice 1989 ;
FIXE les participations des communes membres selon le tableau ci-dessus.
Pour extrait conforme,
Le Président,
Antoine DUPRAT
`;

  it('is one deliberation titled by its header, the captions part of its report', () => {
    const items = analyzeText(text).items;
    expect(items.map((i) => i.title)).toEqual(["BUDGET PRIMITIF DE L'EXERCICE 1989 - ADOPTION ET FIXATION DES PARTICIPATIONS"]);
    expect(items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte', 'fixe']);
  });
});

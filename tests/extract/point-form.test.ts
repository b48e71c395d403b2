import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { pointFormSubjects } from '../../src/segment/point-form.ts';

const HEAD = `PROCÈS-VERBAL
BUREAU COMMUNAUTAIRE
Séance du jeudi 13 avril 2023
Président de séance Secrétaire de séance
M. PAYET Jean-Claude Mme DAMOUR Josiane
Membres en exercice Présents à l'ouverture Représentés Votants
15 10 2 12
LISTE DE PRÉSENCE
Nom Prénom Fonction Commune Présence Pouvoir donné à
PAYET Jean-Claude Président Saint-Anselme Présent
1re Vice-
HOARAU Marie-Josée Bras-Mahot Présente
présidente
3e Vice- PAYET Jean-
NATIVEL Sylvie Ravine-Sèche Représentée
présidente Claude
6e Vice- Présente (arrivée à
FONTAINE Marie-Lise Bras-Mahot
présidente 9h40, point n° 4)
7e Vice-
LEBON Éric Plaine-Desroches Excusé
président
8e Vice-
VIRAMA Patrice Ravine-Sèche Présent
président
`;

const POINTS = `Point n° 1
Objet Approbation du procès-verbal de la séance du Bureau communautaire du 16 mars 2023
Rapporteur M. le Président
Le procès-verbal a été transmis aux membres. Aucune observation n'est formulée.
Approuvé à l'unanimité
Point n° 2
N° de délibération B2023-031
Attribution de subventions aux associations – Cohésion sociale – 1re
Objet
répartition 2023
Rapporteur Mme HOARAU Marie-Josée, 1re Vice-présidente
Exposé des motifs
La commission propose une première répartition de 31 000 €.
Décision
Le Bureau communautaire, après en avoir délibéré :
- ATTRIBUE les subventions figurant dans le tableau ci-dessus ;
- AUTORISE le Président à signer les conventions.
Adoptée à l'unanimité
`;

describe("a software PV's points laid out as forms, a label and its value a line, no colon", () => {
  it('reads each point\'s subject, the deliberation\'s number where it has one, a subject wrapped around its label "Objet"', () => {
    expect(pointFormSubjects(POINTS, 0).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Approbation du procès-verbal de la séance du Bureau communautaire du 16 mars 2023'],
      ['B2023-031', 'Attribution de subventions aux associations – Cohésion sociale – 1re répartition 2023'],
    ]);
    const doc = analyzeText(HEAD + POINTS);
    expect(doc.items.map((i) => i.number)).toEqual(['1', 'B2023-031']);
    expect(doc.items[1]!.decision?.articles.map((a) => a.action)).toEqual(['attribue', 'autorise']);
  });
  it('leaves "Objet : …" with its colon to the headings (no second heading)', () => {
    expect(pointFormSubjects('Point n° 2\nN° délibération : 2010-011\nObjet : Approbation du compte de gestion 2009\n', 0)).toEqual([]);
  });
});

describe('a presence table whose cells wrap, centred in their rows', () => {
  it('reads a presence printed over the name\'s line, and a holder\'s name over a represented member\'s', () => {
    const doc = analyzeText(HEAD + POINTS);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['PAYET', 'HOARAU', 'FONTAINE', 'VIRAMA']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['NATIVEL', 'PAYET']]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['LEBON']);
  });
  it('counts "Présents à l\'ouverture" as the present', () => {
    expect(analyzeText(HEAD + POINTS).attendance.counts).toEqual({ inOffice: 15, present: 10, represented: 2, voting: 12 });
  });
});

/**
 * An old deliberation re-keyed into a records software and exported: its labels in a row and
 * their figures one a line, its presence said in words, the body named only where it decides.
 * Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const doc = analyzeText(`Commune de WALDENHEIM Registre des délibérations
Séance du 21/05/1984 Délibération n° 1984/031
Objet : Réfection du chemin rural dit Kirchweg
Conseillers élus Conseillers en fonction Conseillers présents Conseillers absents
11
11
8
3
Sous la présidence de : M. ADAM Charles, Maire
Nom Prénom Qualité Situation
ADAM Charles Maire Présent
BECKER Louise Adjointe Présente
DIEBOLD Paul Adjoint Présent
ERNST Jean Conseiller Absent non excusé
FUCHS Émile Conseiller Présent
GOETZ Anne Conseillère Absente excusée
HERRMANN Luc Conseiller Présent
JUNG Robert Conseiller Présent
KAPP Marie Conseillère Présente
LANG Pierre Conseiller Absent excusé
MOSER Henri Conseiller Présent
Décision
Le Conseil Municipal,
Vu le code des communes,
Après en avoir délibéré,
DECIDE de faire réaliser la réfection du chemin rural dit Kirchweg.
Résultat du vote
Votants Pour Contre Abstentions
8
7
0
1
Pour extrait conforme,
Le Maire
Charles ADAM
`);

describe('an extract re-keyed into a software and exported', () => {
  it('reads the counts whose labels name their members in a row, the figures one a line under them', () => {
    expect(doc.attendance.counts).toMatchObject({ inOffice: 11, present: 8 });
  });

  it('reads "Absent non excusé" as absent, "Absent excusé" as excused', () => {
    const lists = listsOf(doc.attendance);
    expect(lists.absent).toEqual(['ERNST']);
    expect(lists.excused).toEqual(['GOETZ', 'LANG']);
  });

  it('reads the vote whose labels stand in a row, the counts one a line under them', () => {
    expect(doc.items[0]?.decision?.vote).toMatchObject({ for: 7, against: 0, abstentions: 1 });
  });

  it('takes the body from "Le Conseil Municipal," opening the decision when the header names none', () => {
    expect(doc.meeting.bodyType).toBe('conseil-municipal');
  });
});

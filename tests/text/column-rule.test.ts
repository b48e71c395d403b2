import { describe, expect, it } from 'vitest';
import { eraseColumnRule } from '../../src/text/column-rule.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

/** A typed register's page: its margin ruled off from the body, as OCR reads the rule ("|", at times "I" or "!"). */
const RULED = `                      RELEVE DES DECISIONS
              DU CONSEIL MUNICIPAL DU 12 AVRIL 2019
   Nombre de        | L'an deux mil dix-neuf, le douze avril a vingt heures trente,
   conseillers      | le Conseil Municipal de la commune de SAINT-ALBAN, regulièrement
   En exercice : 11 | convoqué, s'est réuni au nombre prescrit par
   Presents : 9     I la loi, à la mairie, sous la présidence de
   Votants : 10     | Monsieur Bernard CHASSANG, Maire.
                    |
                    | Présents : M. Bernard CHASSANG, M. Gérard FAYOLLE, Mme Josette MAGNE.
                    |
   N° 2019-09       | COMPTE DE GESTION 2018 DU RECEVEUR
   Compte de        ! Le Conseil Municipal déclare que le compte de gestion n'appelle
   gestion          | ni observation ni réserve de sa part.
                    | Vote : à l'unanimité
                    |
   N° 2019-10       | BUDGET PRIMITIF 2019
   Budget           I Le Conseil Municipal adopte le budget primitif 2019.
                    | Vote : Pour : 9  Contre : 1  Abstention : 0
`;

describe('the rule between a margin and the body', () => {
  it('is put as spaces, also where OCR read it as "I" or "!"; the lines keep their words', () => {
    const lines = eraseColumnRule(RULED).split('\n');
    expect(lines.some((l) => /\s[|!]\s|\sI\s/.test(l))).toBe(false);
    expect(lines[5]).toBe('   Presents : 9       la loi, à la mairie, sous la présidence de');
  });

  it('leaves a table drawn with bars, several a line, as it is', () => {
    const table = ['| Nom | Présent | Absent |', '| M. DURAND | X |  |', '| Mme MARTIN |  | X |', '| M. PETIT | X |  |', '| Mme ROUX | X |  |', '| M. BLANC | X |  |'].join('\n');
    expect(eraseColumnRule(table)).toBe(table);
  });

  it('lets the sitting, its points and their votes be read', () => {
    const doc = analyzeText(RULED);
    expect(doc.meeting.quorum).toBe(true);
    expect(doc.items.map((i) => [i.number, i.decision?.vote?.unanimous, i.decision?.vote?.against])).toEqual([
      ['2019-09', true, null],
      ['2019-10', false, 1],
    ]);
  });
});

describe('a rule drawn on the first lines of a margin only, its cells parted by spaces below', () => {
  // Invented commune and names: the typescript's rule stops after two lines, the margin's counts go on beside the list.
  const PAGE = `               L'an deux mil sept, le vingt-quatre septembre à dix-huit heures
               trente, le Conseil Municipal de la Ville de SAINT-ORMEL, légalement
               convoqué le 17 septembre 2007, s'est réuni à l'Hôtel de Ville,
               sous la présidence de M. Gérard BOISSEAU, Maire.

Conseillers  | Etaient présents : M. BOISSEAU, Maire, Mme CHEVALIER, M. LEMOINE,
en exercice: | Mme FOUQUET, M. ROUSSEL, M. GIRAUD, Adjoints ;
     12        M. BLONDIN, Mme PERRET, M. MAUPIN, Mme AUCLERC,
Présents :     M. GUIGNON, Conseillers Municipaux.
     11
Votants :      Absent excusé : M. LAMBERT.
     11
               Secrétaire de séance : Mme Martine PERRET.

   -           1 - Approbation du procès-verbal de la séance du 2 juillet 2007

               Le procès-verbal est adopté à l'unanimité.
`;
  it('is put as spaces, so that the list goes on past the margin\'s counts', () => {
    expect(eraseColumnRule(PAGE).split('\n')[5]).toBe('Conseillers    Etaient présents : M. BOISSEAU, Maire, Mme CHEVALIER, M. LEMOINE,');
    const doc = analyzeText(PAGE);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['BOISSEAU', 'CHEVALIER', 'LEMOINE', 'FOUQUET', 'ROUSSEL', 'GIRAUD', 'BLONDIN', 'PERRET', 'MAUPIN', 'AUCLERC', 'GUIGNON']);
    expect(doc.attendance.counts.inOffice).toBe(12);
  });

  it('is no rule where two lines hold a bar and no body resumes at its column below', () => {
    const text = ['Votants | 12', 'Pour | 10', 'Le Conseil adopte la délibération.', 'Fait à Saint-Ormel.', 'Le Maire,', 'G. BOISSEAU'].join('\n');
    expect(eraseColumnRule(text)).toBe(text);
  });
});

describe("a typewriter's rule struck with the exclamation mark, on a page with no bar", () => {
  // Invented department and names: a summary record's margin (counts, each point's number and rapporteur) ruled off by "!".
  const PAGE = `      La Commission Permanente du Conseil Général s'est réunie le lundi six mai deux mil deux,
 à 10 heures, à l'Hôtel du Département, sous la présidence de M. Paul ROSTAING, Président.

Membres en    !  Etaient présents : MM. ROSTAING, AUBERT, Mme BONNET,
exercice : 12 !  MM. CHAUVET, DURIEUX, ESPITALIER, FERAUD.
Présents : 7  !
Votants : 7   !  Absent excusé : M. GILLY.

N° 02-201     !  VOIRIE - Programme d'aide à la voirie communale 2002.
Rapp. M.      !  Individualisation d'une somme de 84 600 € en faveur
AUBERT        !  de 12 communes.
              !                     ADOPTE A L'UNANIMITE.

N° 02-202     !  CULTURE - Subventions aux associations culturelles.
Rapp. Mme     !  Adopté par 5 voix pour et 2 abstentions
BONNET        !  (MM. CHAUVET, DURIEUX).
`;

  it('is put as spaces, the margin and the body two columns', () => {
    const lines = eraseColumnRule(PAGE).split('\n');
    expect(lines.some((l) => /\s!\s|\s!$/.test(l))).toBe(false);
    expect(lines[3]).toBe('Membres en       Etaient présents : MM. ROSTAING, AUBERT, Mme BONNET,');
  });

  it("lets the list run past the margin's counts and each point be read under its number", () => {
    const doc = analyzeText(PAGE);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['ROSTAING', 'AUBERT', 'BONNET', 'CHAUVET', 'DURIEUX', 'ESPITALIER', 'FERAUD']);
    expect(doc.items.map((i) => [i.number, i.decision?.vote?.unanimous, i.decision?.vote?.abstentions])).toEqual([
      ['02-201', true, null],
      ['02-202', false, 2],
    ]);
  });

  it('leaves a sentence\'s exclamation marks as they are', () => {
    const text = ['Bravo ! dit le Maire.', 'Quelle séance ! répond M. X.', 'Enfin ! Le budget est voté.', 'Merci ! à tous.', 'Vive la commune ! et ses habitants.'].join('\n');
    expect(eraseColumnRule(text)).toBe(text);
  });
});

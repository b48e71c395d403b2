/**
 * A procès-verbal exported by software, each point's table header ("Point Objet Rapporteur
 * Commission") printed again over its row, on top of a page as inside one; the row its rank, its
 * subject's first words, its rapporteur and its commission, the subject wrapped under it, then its
 * blocks ("Exposé", "Résumé des débats", "Décision", the vote's grid). Written for these tests,
 * invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const FOOT = (n: number) => `Conseil Général de la Haute-Vesle - PV séance du 12/04/1983 - Édition du 03/03/2010 Page ${n} / 3`;
const PV = `DÉPARTEMENT DE LA HAUTE-VESLE
CONSEIL GÉNÉRAL
PROCÈS-VERBAL DES DÉLIBÉRATIONS
Date 12/04/1983 Heure d'ouverture 10 h 00
Lieu Hôtel du Département - Salle des séances
Présidence M. VALLERAND Pierre, Président du Conseil Général
Secrétaire M. ROCHAIS Alain
Membres en exercice Présents Pouvoirs Votants Excusés
24 21 2 23 1
Ouverture de la séance
Le Président ouvre la séance à 10 h 05 et constate que le quorum est atteint.
Point Objet Rapporteur Commission
1 Procès-verbal de la séance du 15 février 1983 Le Président -
Résumé des débats Aucune observation.
Décision Adopté à l'unanimité
Pour Contre Abstention Ne prend pas part
- - - -
${FOOT(1)}\fPoint Objet Rapporteur Commission
2 Transports scolaires - Règlement départemental des ROCHAIS Alain Education et
circuits spéciaux - Modification culture
Exposé Le rapporteur présente les modifications du règlement des circuits spéciaux.
Résumé des débats M. BRIAND regrette que les familles éloignées ne soient pas mieux aidées.
Décision Le Conseil Général approuve le règlement modifié.
Pour Contre Abstention Ne prend pas part
17 6 0 0
Point Objet Rapporteur Commission
3 Routes départementales - Programme 1983 de LECOMTE Marie Equipement
renforcement des chaussées
Exposé Le programme compte 14 opérations pour 6 200 000 F.
Décision Le Conseil Général arrête le programme et autorise le Président à lancer les consultations.
Pour Contre Abstention Ne prend pas part
23 0 0 0
${FOOT(2)}\fPoint Objet Rapporteur Commission
4 Aide sociale à l'enfance - Tarifs 1983 des foyers MARCHAL Odile Solidarité
départementaux
Exposé Les tarifs progressent de 6,5 %.
Décision Le Conseil Général fixe les tarifs proposés.
Pour Contre Abstention Ne prend pas part
21 0 2 0
Clôture La séance est levée à 12 h 40.
Le Président du Conseil Général Le Secrétaire de séance
Pierre VALLERAND Alain ROCHAIS
${FOOT(3)}`;

describe('a procès-verbal whose points each stand under the table header printed again', () => {
  const doc = analyzeText(PV);

  it('reads a point under each header, those on top of a page too, ranked and titled from their row', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(doc.items[1]!.title).toMatch(/^Transports scolaires - Règlement départemental des circuits spéciaux/u);
    expect(doc.items[1]!.title).not.toContain('ROCHAIS');
  });

  it('reads each point\'s decision and vote under its own row', () => {
    expect(doc.items[1]!.decision?.articles.map((a) => a.action)).toEqual(['approuve']);
    expect(doc.items[1]!.decision?.vote).toMatchObject({ for: 17, against: 6, abstentions: 0 });
    expect(doc.items[2]!.decision?.articles.map((a) => a.action)).toEqual(['arrête', 'autorise']);
    expect(doc.items[3]!.decision?.vote).toMatchObject({ for: 21, against: 0, abstentions: 2 });
  });
});

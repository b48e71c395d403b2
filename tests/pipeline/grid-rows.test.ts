/**
 * A procès-verbal printed by meeting software: a coded presence table, then its points a table under
 * "N° Objet Rapporteur", each row's vote a grid of its own ("Votants Pour Contre Abst. Résultat")
 * under what was said and decided. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PV = `PROCES-VERBAL DE SEANCE
CONSEIL MUNICIPAL
Séance du Heure Lieu
28/06/1991 17H30 Salle des délibérations - Hôtel de Ville
Président : LEBON Jean-Claude, Maire
Le quorum étant atteint, le Président déclare la séance ouverte.
ETAT DE PRESENCE
Nom Prénom Qualité Prés. Pouvoir à
LEBON Jean-Claude Maire P
GRONDIN Roland 1er Adjoint P
PAYET Marie-Josée 2e Adjointe P
TECHER Louis-Marie Conseiller PR GRONDIN
Roland
NATIVEL Gilberte Conseillère AE
DIJOUX Paul Conseiller P
P : présent PR : représenté AE : absent excusé A : absent
DELIBERATIONS
N° Objet Rapporteur
91/044 Approbation du procès-verbal de la séance du 24/05/1991 Le Maire
Votants Pour Contre Abst. Résultat
5 5 0 0 ADOPTE A L'UNANIMITE
91/045 Décision modificative n° 1 - Budget communal 1991 GRONDIN R.
Exposé : ajustement des crédits de la section d'investissement.
Le Conseil Municipal approuve la décision modificative n° 1 du budget communal 1991.
Votants Pour Contre Abst. Résultat
5 3 2 0 ADOPTE
Contre : DIJOUX P., PAYET M.-J.
91/046 Chemin des Salazes - Réfection - Demande de PAYET M.-J.
subvention F.I.D.O.M.
Le Conseil Municipal approuve le projet et sollicite une subvention.
Votants Pour Contre Abst. Résultat
5 5 0 0 ADOPTE A L'UNANIMITE
Séance levée à 19H05
`;

describe('points a table under "N° Objet Rapporteur", a vote grid under each', () => {
  const doc = analyzeText(PV);

  it('reads a point a row, its subject wrapped under the row in small letters, the rapporteur left out', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['91/044', 'Approbation du procès-verbal de la séance du 24/05/1991'],
      ['91/045', 'Décision modificative n° 1 - Budget communal 1991'],
      ['91/046', 'Chemin des Salazes - Réfection - Demande de subvention F.I.D.O.M.'],
    ]);
  });

  it("reads each grid's counts by its labels, the voters' passed over", () => {
    expect(doc.items.map((i) => [i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions, i.decision?.outcome])).toEqual([
      [5, 0, 0, 'adopted'],
      [3, 2, 0, 'adopted'],
      [5, 0, 0, 'adopted'],
    ]);
  });

  it('makes the exposé the report and the decision run from the body acting through the names under the grid', () => {
    const part = (kind: string, item: number) => doc.sections.filter((s) => s.kind === kind && s.item === item).map((s) => doc.text.slice(s.start, s.end));
    expect(part('report', 1)).toEqual(["91/045 Décision modificative n° 1 - Budget communal 1991 GRONDIN R.\nExposé : ajustement des crédits de la section d'investissement."]);
    expect(part('decision', 1)[0]).toMatch(/^Le Conseil Municipal approuve[^]*Contre : DIJOUX P\., PAYET M\.-J\.$/);
  });

  it('reads the first row under a header closing on "Pouvoir à", not as a holder wrapped from it', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['LEBON', 'GRONDIN', 'PAYET', 'DIJOUX']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['TECHER', 'GRONDIN']]);
  });
});

describe("a syndicate's register exported by software: its delegates a row each after their commune, its acts under \"N° acte Objet Rapporteur\", each text labelled and its vote under \"Vote\"", () => {
  const text = `SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-LIGNON
Registre des délibérations - Procès-verbal de séance
Organe Comité syndical
Date de séance 12/03/1981 Heure 18:00
Lieu Mairie de Villeneuve-la-Roche
Président de séance PEYRARD Louis
Secrétaire de séance MOUNIER Jean
Délégués en exercice Présents Pouvoirs Votants
8 6 1 7
Commune Délégué Qualité Statut Mandataire / Suppléant
Villeneuve-la-Roche PEYRARD Louis Titulaire Présent
Villeneuve-la-Roche MOUNIER Jean Titulaire Présent
Les Granges-du-Haut FAYOLLE Henri Titulaire Présent
Les Granges-du-Haut CHAZOT Paul Titulaire Pouvoir PEYRARD Louis
Saint-Julien-d'Ance ROUX Marcel Titulaire Présent
Saint-Julien-d'Ance BONNET Pierre Titulaire Excusé
Montregard-le-Bas VIALLON André Titulaire Présent
Montregard-le-Bas DELORME Jules Titulaire Présent
N° acte Objet Rapporteur
1981-05 Budget primitif 1981 PEYRARD L.
Texte Le budget s'équilibre à 412 000 F en exploitation. Le comité adopte le budget primitif 1981.
Vote Pour Contre Abstention Résultat
7 0 0 Adopté
1981-06 Extension du réseau au hameau des Fraisses - demande MOUNIER J.
de subvention
Texte Le comité approuve le projet et sollicite l'aide du Département.
Vote Pour Contre Abstention Résultat
6 1 0 Adopté
Clôture de séance 19:40
Signataires PEYRARD Louis (Président) MOUNIER Jean (Secrétaire)
`;
  const doc = analyzeText(text);

  it("reads each delegate's name after the commune's cell, without the seat's cell after it", () => {
    expect(doc.attendance.present.map((p) => `${p.surname} ${p.givenName}`)).toEqual([
      'PEYRARD Louis', 'MOUNIER Jean', 'FAYOLLE Henri', 'ROUX Marcel', 'VIALLON André', 'DELORME Jules',
    ]);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['CHAZOT', 'PEYRARD']]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['BONNET']);
  });

  it('titles each act without its rapporteur, its acts from the sentence where the committee acts, its counts under "Vote"', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action), i.decision?.vote?.for, i.decision?.vote?.against])).toEqual([
      ['1981-05', 'Budget primitif 1981', ['adopte'], 7, 0],
      ['1981-06', 'Extension du réseau au hameau des Fraisses - demande de subvention', ['approuve', 'sollicite'], 6, 1],
    ]);
  });

  it("makes each act's text, from its label, the decision where the committee acts, a line break inside its words", () => {
    const wrapped = analyzeText(text.replace("Texte Le comité approuve le projet et sollicite l'aide du Département.", "Texte Le montant des travaux est estimé à 310 000 F. Le\ncomité approuve le projet et sollicite l'aide du Département."));
    const decisionsOf = (d: typeof doc) => d.sections.filter((s) => s.kind === 'decision').map((s) => d.text.slice(s.start, s.end));
    expect(decisionsOf(doc).map((d) => d.slice(0, 30))).toEqual(['Le comité adopte le budget pri', 'Texte Le comité approuve le pr']);
    expect(decisionsOf(wrapped)[1]).toMatch(/^Le\ncomité approuve le projet/);
  });

  it('reads who signed from the "Signataires" field, each with the office in brackets', () => {
    expect(doc.signatures.map((p) => [p.surname, p.role])).toEqual([
      ['PEYRARD', 'Président'],
      ['MOUNIER', 'Secrétaire'],
    ]);
  });
});

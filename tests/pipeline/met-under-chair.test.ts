/**
 * "Le Bureau du Conseil Général, réuni le 17 novembre 1986 à l'Hôtel du Département, sous la
 * présidence de M. X,": the sentence stating the sitting, said without "convoqué", after an
 * export's form and table. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';

const parts = (doc: MinutesDocument, kind: string) => doc.sections.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));

const act = (sentence: string) => `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
Instance
COMMISSION PERMANENTE
Séance du
09/04/1991
Objet
AIDE AUX COMMUNES - VOIRIE RURALE
Membre Qualité Présent Pouvoir donné à Absent / Excusé
M. Aimé DORSANNE Président X
Mme Claire VIGNAL Vice-Présidente X
M. Bruno OSSANT Membre Excusé
M. Gilles RAMBERT Membre X
Texte de l'acte
${sentence}
Vu le code général des collectivités territoriales,
Vu le rapport de M. le Président,
DÉCIDE :
Article 1 : d'attribuer les subventions au titre de la voirie rurale.
`;

describe('the sentence saying the body met, on the sitting\'s date, under its president', () => {
  const sentence = "La Commission Permanente, réunie le 9 avril 1991 à l'Hôtel du Département, sous\nla présidence de M. Aimé DORSANNE, Président du Conseil Général,";

  it('is preamble, from its body to the line before the visas', () => {
    expect(parts(analyzeText(act(sentence)), 'preamble')).toContain(sentence);
  });

  it('gives the place', () => {
    expect(analyzeText(act(sentence)).meeting.place).toBe("Hôtel du Département");
  });

  it("is not preamble when it tells of another meeting (a commission's, on another date)", () => {
    const other = "La commission des finances, réunie le 2 avril 1991 sous la présidence de M. RAMBERT, a émis un avis favorable.";
    expect(parts(analyzeText(act(other)), 'preamble')).not.toContain(other);
  });
});

/** The operative verbs of decisions: the forms articles use, and nouns that are not verbs. */
import { describe, expect, it } from 'vitest';
import { actionAt, nounUse } from '../../src/text/verbs.ts';

describe('operative verbs', () => {
  it.each([
    ['Individualise, sur le chapitre 65, un crédit de 57 450 €', 'individualise'],
    ["Déclare que le compte de gestion n'appelle ni observation ni réserve", 'déclare'],
    ['Admettre en non-valeur les titres irrécouvrables', 'admet'],
    ['Reconnaît la sincérité des restes à réaliser', 'reconnaît'],
    ['Revaloriser les loyers de 2,90 %', 'revalorise'],
    ['Contracte auprès de la Caisse des dépôts un emprunt', 'contracte'],
    ['confère un mandat spécial à M. Alain KERVELLA', 'confère'],
    ['Proroger la convention de deux ans', 'proroge'],
    ['proclame Mme Anne ROUX élue maire', 'proclame'],
  ])('"%s" records "%s"', (line, action) => {
    expect(actionAt(line)?.action).toBe(action);
  });

  it.each(['Adopté à l’unanimité', 'Répartition des sièges', 'Déclaration préalable de travaux', 'Confirmation du projet'])(
    '"%s" is not an article\'s verb',
    (line) => expect(actionAt(line)).toBeNull(),
  );
});

describe('verbs recorded as the gold writes them', () => {
  it('"ÉMET un avis favorable" is "émet"; "prend en charge" is one action', () => {
    expect(actionAt('ÉMET un avis favorable au projet')?.action).toBe('émet');
    expect(actionAt('prend en charge les frais de transport')?.action).toBe('prend en charge');
    expect(actionAt('de prendre en charge les frais')).toBeNull();
  });
});

describe('a verb form used as a noun', () => {
  it.each([' DES TAUX D\'IMPOSITION 2023', ' du budget primitif', ' DE SUBVENTION', " D'AIDE À LA PIERRE", ' de la taxe'])('"…%s" after the form is a noun\'s complement', (after) =>
    expect(nounUse(after)).toBe(true),
  );
  it.each([' DE FIXER les tarifs', " d'adhérer au syndicat", ' LE MAIRE à signer', ' dupont'])('"…%s" is not', (after) => expect(nounUse(after)).toBe(false));
});

describe("a typewriter's é struck as an e and an apostrophe", () => {
  it('"Adopte\' à l\'unanimité", "Approuve’ par 12 voix": the participle, no act; "Adopte le budget" is one', () => {
    expect(actionAt("Adopte' à l'unanimite' des votants.")).toBeNull();
    expect(actionAt('Approuve’ par 12 voix pour')).toBeNull();
    expect(actionAt('Adopte le budget primitif')?.action).toBe('adopte');
  });
});

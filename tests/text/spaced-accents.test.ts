/** Accented letters a text layer set apart with a space on each side. */
import { describe, expect, it } from 'vitest';
import { joinSpacedAccents } from '../../src/text/spaced-accents.ts';
import { normalizePages } from '../../src/text/normalize.ts';

describe('accented letters set apart by spaces', () => {
  it('writes "R é gional", "d é lib é rations", "pr é l è vement", "co û t", "unanimit é ." whole', () => {
    expect(joinSpacedAccents('Le Conseil R é gional, les d é lib é rations, par pr é l è vement, le co û t, à l\'unanimit é .')).toBe(
      "Le Conseil Régional, les délibérations, par prélèvement, le coût, à l'unanimité .",
    );
  });

  it('leaves the word after a closing accent that is a word of its own ("affich é en", "adopt é à"), and joins "Adopt é e"', () => {
    expect(joinSpacedAccents("(affich é en application) ; adopt é à l'unanimité ; Adopt é e par 27 voix")).toBe("(affiché en application) ; adopté à l'unanimité ; Adoptée par 27 voix");
  });

  it('joins an accent opening a line to its word ("é tant atteint"), and leaves "à" and text with no lone accent', () => {
    expect(joinSpacedAccents('Le quorum\né tant atteint, la s é ance')).toBe('Le quorum\nétant atteint, la séance');
    const clean = 'Il a été élu à la majorité, été comme hiver.';
    expect(joinSpacedAccents(clean)).toBe(clean);
  });

  it('is applied to every page before the other rules, so a cue word set apart is read ("Pr é sents")', () => {
    expect(normalizePages(['Pr é sents : MM. KERMARREC, LE BIHAN.'])[0]).toBe('Présents : MM. KERMARREC, LE BIHAN.');
  });
});

describe("a word's capital set apart from its accented letter", () => {
  it('joins "G érard", "R éhabilitation", "l\'H ôtel"; leaves "A été", "Y était", an initial "J. Émile"', () => {
    expect(joinSpacedAccents("G érard ZEPHIR ; R éhabilitation ; à l'H ôtel de Ville")).toBe("Gérard ZEPHIR ; Réhabilitation ; à l'Hôtel de Ville");
    expect(joinSpacedAccents('A été désigné ; Y était ; M. J. émile')).toBe('A été désigné ; Y était ; M. J. émile');
  });
});

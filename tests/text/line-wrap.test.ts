import { describe, expect, it } from 'vitest';
import { continuedLineEnd, endsHanging, unwrap } from '../../src/text/line-wrap.ts';

/** The text from the start of its first line to continuedLineEnd of that line. */
const wrapped = (text: string, maxLines?: number) => text.slice(0, continuedLineEnd(text, text.indexOf('\n'), text.length, maxLines));

describe('continuedLineEnd', () => {
  it('goes on after a word no phrase ends on, onto a line in lower case, after a glued hyphen', () => {
    expect(wrapped('Vu la délibération du conseil du\n3 mars 2021 portant délégation,\nVu le budget,')).toBe('Vu la délibération du conseil du\n3 mars 2021 portant délégation,');
    expect(wrapped('Vu le code général des collectivités\nterritoriales ;\nVu le budget ;')).toBe('Vu le code général des collectivités\nterritoriales ;');
    expect(wrapped('Tarifs de la cantine – année 2024-\n2025\nLe maire rappelle les tarifs.')).toBe('Tarifs de la cantine – année 2024-\n2025');
    expect(wrapped("Vente d'un terrain à la société d'\nAménagement du Val\nLe maire présente")).toBe("Vente d'un terrain à la société d'\nAménagement du Val");
  });

  it('takes the last line of a page as the rest, and stops at its form feed', () => {
    const text = "approuve l'adhésion de la commune au groupement de\ncommandes et autorise le Maire à signer.\fQuestions diverses\nla suite";
    expect(text.slice(0, continuedLineEnd(text, text.indexOf('\n'), text.length))).toBe("approuve l'adhésion de la commune au groupement de\ncommandes et autorise le Maire à signer.");
    const turned = 'Vu la convention conclue avec la\nsociété X et\fla commune de Y,';
    expect(turned.slice(0, continuedLineEnd(turned, turned.indexOf('\n'), turned.length))).toBe('Vu la convention conclue avec la\nsociété X et');
  });

  it('stops where the clause ended, at a blank line, a page break or a line that opens its own clause', () => {
    for (const text of [
      'Vu le code de l’éducation ;\nde plus le maire rappelle',
      'Vu le budget,\nle maire rappelle',
      'Vu la délibération du conseil du\n\n3 mars 2021',
      'Vu la délibération du conseil du\f3 mars 2021',
      'Vu la convention conclue avec la\nConsidérant le besoin',
      'Vu la convention conclue avec la\n- le département',
      'Vu la convention conclue avec la\nLe Conseil Municipal décide',
      'Vu la convention conclue avec la\n2. Travaux de voirie',
    ]) {
      expect(continuedLineEnd(text, text.indexOf('\n'), text.length), JSON.stringify(text)).toBe(text.indexOf('\n'));
    }
  });

  it('does not join a line ending on a full word to a capitalised line', () => {
    const text = 'Adhésion au groupement de commandes\nConformément aux dispositions';
    expect(continuedLineEnd(text, text.indexOf('\n'), text.length)).toBe(text.indexOf('\n'));
  });

  it('takes at most maxLines lines and never passes the limit', () => {
    const text = 'a de\nb de\nc de\nd de\ne';
    expect(wrapped(text, 2)).toBe('a de\nb de\nc de');
    expect(continuedLineEnd(text, 4, 7)).toBe(7);
  });
});

describe('unwrap', () => {
  it('joins a hyphen glued to the break and makes other breaks one space', () => {
    expect(unwrap('année scolaire 2024-\n2025')).toBe('année scolaire 2024-2025');
    expect(unwrap('portant \n  délégation')).toBe('portant délégation');
    expect(unwrap('Marché de travaux -\nlot 2')).toBe('Marché de travaux - lot 2');
  });
});

describe('a line ending on a dash set off by spaces', () => {
  it('hangs: the title\'s next part follows ("Lignières -" / "Vaux-sur-Savrelle - Approbation …")', () => {
    expect(endsHanging('OBJET : Renforcement de la conduite de distribution Lignières -')).toBe(true);
    expect(endsHanging('La commune de Vaux-sur-')).toBe(true);
    expect(endsHanging('Tarifs 2024')).toBe(false);
    const text = 'Renforcement de la conduite Lignières -\nVaux-sur-Savrelle - Approbation de l\'avant-projet\n\nLe Président expose.';
    expect(text.slice(0, continuedLineEnd(text, text.indexOf('\n'), text.length))).toBe("Renforcement de la conduite Lignières -\nVaux-sur-Savrelle - Approbation de l'avant-projet");
  });
});

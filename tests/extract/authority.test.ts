import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../src/extract/authority.ts';
import type { BodyType } from '../../src/schema/minutes.ts';

const name = (text: string, body: BodyType | null) => findAuthority(text, body)?.name ?? null;
/** Text with no cue in it, to push a phrase out of the head zone or into the signature zone. */
const filler = (chars: number) => 'Le conseil en débat longuement. '.repeat(Math.ceil(chars / 32));

describe('authority: what the document names', () => {
  it('reads a letterhead as written, across a line break, with its span', () => {
    const text = 'RÉPUBLIQUE FRANÇAISE\nMAIRIE DE\nVILLENEUVE-SUR-LOT\nConseil municipal du 3 mai 2021\n';
    const a = findAuthority(text, 'conseil-municipal')!;
    expect(a.name).toBe('MAIRIE DE VILLENEUVE-SUR-LOT');
    expect(text.slice(a.span.start, a.span.end).replace(/\s+/g, ' ')).toBe(a.name);
    expect(name('COMMUNE DE SAINT-GERMAIN EN LAYE\nSéance du 2 mars 2020', 'conseil-municipal')).toBe('COMMUNE DE SAINT-GERMAIN EN LAYE');
  });

  it('reads the legal formula, stopping at the next heading word of a flattened page', () => {
    expect(name('Extrait du registre des délibérations du conseil municipal de BRAY Séance du 2 mars 2020', 'conseil-municipal')).toBe('BRAY');
    const text = "L'an deux mille vingt, le Conseil municipal de la commune de Pont de l'Arche, régulièrement convoqué, s'est réuni";
    expect(name(text, 'conseil-municipal')).toBe("commune de Pont de l'Arche");
  });

  it('keeps the letterhead form when the formula names the same place, the formula when they differ', () => {
    expect(name('Ville de Lunel\nLe Conseil municipal de LUNEL, dûment convoqué, s’est réuni.', 'conseil-municipal')).toBe('Ville de Lunel');
    // An OCR slip in a running header ("Brlves") loses to the sentence that convenes the sitting.
    const ccas = "C.C.A.S. de Brlves - Séance du 2 juin 2022\nLe Conseil d'administration du C.C.A.S. de BRIVES, dûment convoqué, s'est réuni.";
    expect(name(ccas, 'conseil-administration')).toBe('C.C.A.S. de BRIVES');
  });

  it("reads the mayor's title, and stops before the person who holds it", () => {
    expect(name('sous la présidence de M. Paul DURAND, Maire de Cassel, dans la salle du conseil.', 'conseil-municipal')).toBe('Cassel');
    expect(name('Le Maire de Cassel Paul DURAND ouvre la séance.', 'conseil-municipal')).toBe('Cassel');
    const signed = `${filler(4000)}\nLe Maire de Sains-du-Nord,\nJean PETIT`;
    expect(name(signed, 'conseil-municipal')).toBe('Sains-du-Nord');
  });

  it('reads the names of intercommunal bodies, regions and postal lines', () => {
    expect(name("Communauté d'agglomération Porte de l'Isère\nConseil communautaire du 5 mai 2022", 'conseil-communautaire')).toBe(
      "Communauté d'agglomération Porte de l'Isère",
    );
    expect(name('Région Grand Est\nCommission permanente du 4 juillet 2023', 'commission-permanente')).toBe('Région Grand Est');
    expect(name("Mairie\n1 place de l'Église\n59177 Sains-du-Nord\nConseil municipal du 2 mai 2021", 'conseil-municipal')).toBe('Sains-du-Nord');
    expect(name('Fait à Cassel, le 3 mai 2021.', 'conseil-municipal')).toBe('Cassel');
  });
});

describe('authority: null rather than a wrong guess', () => {
  it("does not take a member commune for an intercommunal body's authority", () => {
    const text = 'Le Conseil communautaire, réuni à la mairie de Cassel, sous la présidence de M. Paul DURAND, Maire de Cassel.';
    expect(name(text, 'conseil-communautaire')).toBeNull();
    expect(name('Conseil communautaire du 5 mai 2022\nPrésents :\nCommune de Cassel : M. Paul DURAND\n', 'conseil-communautaire')).toBeNull();
  });

  it('does not take a department of the letterhead for a commune', () => {
    expect(name('Département du Cantal\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nLe Conseil municipal de cette commune', 'conseil-municipal')).toBeNull();
  });

  it('does not read a street, a mention in running text, or another body’s act', () => {
    expect(name('12 rue de la Commune de Paris\nConseil municipal du 2 mai 2021', 'conseil-municipal')).toBeNull();
    expect(name('Le projet est mené en partenariat avec la Région de Normandie, qui le finance.', 'commission-permanente')).toBeNull();
    expect(name('Vu la délibération du conseil municipal de Lille en date du 3 mai 2021,', 'conseil-municipal')).toBeNull();
    expect(name('Département de l’Hérault, la Région et l’État financent le projet.', 'commission-permanente')).toBeNull();
  });

  it('does not take a date, a heading word or a person after a cue', () => {
    expect(name('Le Conseil municipal du 14 mai 2020, dûment convoqué, s’est réuni.', 'conseil-municipal')).toBeNull();
    expect(name('Procès-verbal du Conseil municipal de la séance du 2 mai.', 'conseil-municipal')).toBeNull();
    expect(name('sous la présidence de M. Jean DUPONT, Maire.', 'conseil-municipal')).toBeNull();
  });

  it('ends on any text, an astral character where an empty cue matches included', () => {
    expect(name('', 'conseil-municipal')).toBeNull();
    expect(name('\u{1F600}\n\u{1F600}', null)).toBeNull();
    expect(name('\u{1F600} Commune de Lunel', 'conseil-municipal')).toBe('Commune de Lunel');
  });

  it('needs a body to trust a cue that depends on it, and reads only the head and the signature zone', () => {
    expect(name('M. Paul DURAND, Maire de Cassel, ouvre la séance.', null)).toBeNull();
    const deep = `${filler(3000)}le conseil municipal de LUNEL, dûment convoqué. ${filler(3000)}`;
    expect(name(deep, 'conseil-municipal')).toBeNull();
  });
});

/** ts_headline output -> plain snippet with match offsets, and its two renderings. */
import { describe, expect, it } from 'vitest';
import { FRAGMENT, parseHeadline, renderSnippet, START, STOP, truncateSnippet } from '../../src/search/snippet.ts';

const mark = (w: string) => `${START}${w}${STOP}`;

describe('parseHeadline', () => {
  it('keeps the text, drops the markers and gives each match its offsets', () => {
    const s = parseHeadline(`la ${mark('convention')} cadre de ${mark('partenariat')} signée`);
    expect(s.text).toBe('la convention cadre de partenariat signée');
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['convention', 'partenariat']);
  });

  it('makes line breaks and OCR spacing one space, and joins fragments with an ellipsis', () => {
    const s = parseHeadline(`  Vu la\n${mark('délibération')}   du\r\n 3 mars ${FRAGMENT}\nla ${mark('délibération')} n° 2 `);
    expect(s.text).toBe('Vu la délibération du 3 mars … la délibération n° 2');
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['délibération', 'délibération']);
  });

  it('leaves the text\'s own « » and brackets alone', () => {
    const s = parseHeadline(`coworking « ${mark('LE')} PRISME » [annexe]`);
    expect(s.text).toBe('coworking « LE PRISME » [annexe]');
    expect(s.highlights).toEqual([[12, 14]]);
  });
});

describe('renderSnippet', () => {
  const s = parseHeadline(`une ${mark('convention')} de ${mark('crédit')}`);
  it('marks matches with ** for a pipe', () => expect(renderSnippet(s, false)).toBe('une **convention** de **crédit**'));
  it('in bold for a terminal', () => expect(renderSnippet(s, true)).toBe('une \u001b[1mconvention\u001b[22m de \u001b[1mcrédit\u001b[22m'));
});

describe('truncateSnippet', () => {
  const s = parseHeadline(`DEMANDE DE ${mark('SUBVENTION')} EAJE ${mark('BEAUMONT')}`);
  it('leaves a short one as is', () => expect(truncateSnippet(s, 100)).toBe(s));
  it('cuts with an ellipsis, clipping a match that straddles the cut and dropping those past it', () => {
    const cut = truncateSnippet(s, 16);
    expect(cut.text).toBe('DEMANDE DE SUBV…');
    expect(renderSnippet(cut, false)).toBe('DEMANDE DE **SUBV**…');
  });
});

import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/text/mojibake.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('UTF-8 read back as Windows-1252', () => {
  it('is read back as UTF-8 where the page shows the pattern again and again', () => {
    expect(repairMojibake('SÃ©ance du 9 fÃ©vrier 2017 – RÃ‰PUBLIQUE FRANÃ‡AISE – Lâ€™an, Ã  dix-neuf heures, nÂ° 18, SaÃ´ne')).toBe(
      'Séance du 9 février 2017 – RÉPUBLIQUE FRANÇAISE – L’an, à dix-neuf heures, n° 18, Saône',
    );
  });

  it('leaves a text alone that shows it once or twice, or not at all', () => {
    const once = 'La société KÃ©ROUAC, sise à Brest, a été retenue.';
    expect(repairMojibake(once)).toBe(once);
    const plain = 'Séance du 9 février 2017, à dix-neuf heures, l’an deux mille dix-sept.';
    expect(repairMojibake(plain)).toBe(plain);
  });

  it('lets the stages read the lists and the date of a page so garbled', () => {
    const doc = analyzeText(`SÃ©ance du conseil municipal du 9 fÃ©vrier 2017
Lâ€™an deux mille dix-sept, le neuf fÃ©vrier, le Conseil Municipal sâ€™est rÃ©uni sous la prÃ©sidence de Mme Christine DESVIGNES, Maire.
PrÃ©sents : Mme DESVIGNES Christine, M. PERRIN Alain, Mme BONNET Sylvie.
Absent excusÃ© : M. JOLY StÃ©phane.

Objet : Tarifs de la salle des fÃªtes
Le Conseil municipal, aprÃ¨s en avoir dÃ©libÃ©rÃ©, Ã  lâ€™unanimitÃ©, FIXE les tarifs.
`);
    expect(doc.meeting.date).toBe('2017-02-09');
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['DESVIGNES', 'PERRIN', 'BONNET']);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['JOLY']);
    expect(doc.text).toContain('Séance du conseil municipal');
  });
});

describe("a DOS code page's accents read as Windows-1252", () => {
  it('reads "‚" "Š" "ˆ" "‡" "ƒ" inside or closing a word as é è ê ç â, and leaves them elsewhere', () => {
    expect(repairMojibake('Le Pr‚sident ouvre la s‚ance ; adopt‚ à l\'unanimit‚. Fa‡ades, trŠs, fˆte, gƒteau.')).toBe(
      "Le Président ouvre la séance ; adopté à l'unanimité. Façades, très, fête, gâteau.",
    );
    expect(repairMojibake('‚ ‡ 12 ƒ')).toBe('‚ ‡ 12 ƒ');
  });

  it('lets the vote be read: "à l\'unanimit‚" is unanimous', () => {
    const doc = analyzeText("Séance du 3 mai 1990\n\n1 - Budget\nLe Conseil adopte le budget à l'unanimit‚.\n");
    expect(doc.items[0]?.decision?.vote?.unanimous).toBe(true);
  });
});

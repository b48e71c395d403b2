/** No stage may throw, whatever string it is given: scans and text layers produce anything. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePages, joinPages } from '../../src/text/normalize.ts';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { extractMeeting } from '../../src/extract/meeting.ts';
import { findHeadings } from '../../src/segment/headings.ts';
import { buildItems } from '../../src/extract/items.ts';
import { parsePersonList } from '../../src/extract/persons.ts';
import { readVote } from '../../src/extract/vote.ts';
import { extractArticles } from '../../src/extract/articles.ts';
import { readRegister } from '../../src/extract/register.ts';
import { extractSignatures } from '../../src/extract/signatures.ts';
import { MinutesDocument } from '../../src/schema/minutes.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

/** Strings made of the pieces minutes are made of, so the rules actually fire. */
const minutesish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Présents :', 'Absents excusés :', 'Pouvoirs :', 'Secrétaire :', 'M. ', 'Mme ', 'Madame ', 'DUPONT', 'Jean-Pierre',
        ' à ', ' pouvoir à ', 'excusée', "L'an deux mille vingt", ' le 3 mars 2021', 'à 20h30', '\n', '\n\n', '\f', ' ',
        'Vu le code', 'DÉCIDE', '- Approuve', 'Pour : 12', "à l'unanimité", 'ORDRE DU JOUR', '1. ', 'D2024-01 - Objet : ',
        'CONSEIL MUNICIPAL', 'sous la présidence de', 'Le Président,', '(', ')', ':', ',', '.', '27/01/2025 2025_001 Approuvée',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), minutesish);

describe('no stage throws on arbitrary strings', () => {
  it('each stage, and the whole pipeline, returns valid data', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { text } = joinPages(normalizePages(s.split('\f')));
        const att = extractAttendance(text);
        extractMeeting(text, text.length, false);
        const headings = findHeadings(text, att.span?.end ?? 0);
        buildItems(text, headings, text.length, headings.length === 1);
        parsePersonList(text, 0, text.length);
        readVote(text, 0, text.length);
        extractArticles(text, 0, text.length);
        readRegister(text);
        extractSignatures(text, null);
        const doc = analyzeText(s);
        expect(MinutesDocument.safeParse(doc).success).toBe(true);
        for (const sec of doc.sections) expect(sec.end).toBeLessThanOrEqual(doc.text.length);
      }),
      { numRuns: 400 },
    );
  });
});

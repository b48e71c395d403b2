/**
 * The reference document the product was specified from: every field of its gold, exactly,
 * from its text and from the PDF with a text layer that the fixture script makes of it
 * (fixtures/pdf/000.pdf: no blank lines survive a text layer, the harder case).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../fixtures/generate.ts';
import { processFile } from '../../src/pipeline.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { referenceFieldTests, referenceText } from '../helpers/reference.ts';

const doc = analyzeText(referenceText, '000.txt');

describe('reference document 000', () => {
  referenceFieldTests(() => doc);

  it('is deterministic', () => {
    expect(JSON.stringify(analyzeText(referenceText, '000.txt'))).toBe(JSON.stringify(doc));
  });
});

describe('reference document 000 as a PDF with a text layer', () => {
  let pdfDoc: MinutesDocument;
  beforeAll(async () => {
    pdfDoc = await processFile(join(FIXTURES_DIR, 'pdf', '000.pdf'));
  });

  referenceFieldTests(() => pdfDoc);

  it('was read from the text layer', () => {
    expect(pdfDoc.source.pages.map((p) => p.method)).toEqual(['text', 'text']);
  });
});

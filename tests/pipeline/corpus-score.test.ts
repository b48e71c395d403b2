/**
 * The whole shared corpus scored by the project's scorer (score.py): the figures the product
 * is judged by, for the .txt inputs and for the same texts rendered to text-layer PDFs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../fixtures/text-pdf.ts';
import { loadBytes } from '../../src/ingest/load.ts';
import { analyze } from '../../src/pipeline.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { corpusIds, corpusText, score, writePrediction, type Score } from '../helpers/score.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'minutes-corpus-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let textScore: Score;

describe('shared corpus', () => {
  it('text inputs: macro F1 >= 0.90 with no field below 0.75', () => {
    const out = tempDir();
    for (const id of corpusIds()) writePrediction(out, id, analyzeText(corpusText(id), `${id}.txt`));
    textScore = score(out);
    console.log(`corpus (.txt): macro F1 ${textScore.macroF1} over ${textScore.docs} documents`);
    expect(textScore.missing).toEqual([]);
    expect(textScore.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(Object.entries(textScore.fields).filter(([, v]) => v.f1 < 0.75)).toEqual([]);
  });

  it('the same texts as text-layer PDFs score within 0.02 of the .txt run', { timeout: 120_000 }, async () => {
    const out = tempDir();
    for (const id of corpusIds()) {
      const pdf = await renderTextPdf(corpusText(id));
      writePrediction(out, id, analyze(await loadBytes(`${id}.pdf`, pdf)));
    }
    const pdfScore = score(out);
    console.log(`corpus (.pdf): macro F1 ${pdfScore.macroF1} (text ${textScore.macroF1})`);
    expect(pdfScore.missing).toEqual([]);
    expect(Math.abs(pdfScore.macroF1 - textScore.macroF1)).toBeLessThanOrEqual(0.02);
  });
});

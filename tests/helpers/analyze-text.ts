/** Runs the pure pipeline on a text as if it came from a .txt file, without touching the disk. */
import { createHash } from 'node:crypto';
import { analyze } from '../../src/pipeline.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';

export function analyzeText(text: string, fileName = 'test.txt'): MinutesDocument {
  const bytes = Buffer.from(text, 'utf8');
  return analyze({
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: text.split('\f').map((t, i) => ({ page: i + 1, method: 'text' as const, text: t, confidence: null, needsOcr: false })),
    warnings: [],
  });
}

/**
 * The stages keep per-document caches and module-level patterns; none of that may leak from one
 * document into the next. A document analyzed first, last, or twice in a row gives the same JSON
 * (a leftover regex lastIndex once moved a preamble boundary depending on what ran before).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/ingest/load.ts';
import { analyze } from '../../src/pipeline.ts';
import { CORPUS_DIR, hasCorpus, REPO_ROOT } from '../corpus.ts';

const texts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));

async function outputs(order: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of order) out.set(path, JSON.stringify(analyze(await loadFile(path))));
  return out;
}

describe('analysis is independent of what ran before', () => {
  const inputs = [...texts(join(REPO_ROOT, 'fixtures/text')), ...(hasCorpus ? texts(CORPUS_DIR) : [])];

  it('gives the same JSON in document order, in reverse order, and twice in a row', async () => {
    const forward = await outputs(inputs);
    const backward = await outputs([...inputs].reverse());
    const twice = new Map<string, string>();
    for (const path of inputs) {
      await outputs([path]);
      twice.set(path, (await outputs([path])).get(path)!);
    }
    for (const path of inputs) {
      expect(backward.get(path), `${path} after the others`).toBe(forward.get(path));
      expect(twice.get(path), `${path} after itself`).toBe(forward.get(path));
    }
  }, 60_000);
});

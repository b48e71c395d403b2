import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoldValidationError, HISTORY_DIR, saveGold } from '../../src/review/gold.ts';
import { UnsafeNameError } from '../../src/review/paths.ts';
import { MinutesDocument } from '../../src/schema/minutes.ts';
import { firstVote, makeRun, type Run } from './helpers.ts';

let run: Run;
let doc: MinutesDocument;
beforeAll(async () => {
  run = await makeRun();
  doc = run.docs.get('saint-aubin-2023-045.json')!;
}, 60_000);
afterAll(() => run?.cleanup());

const fresh = () => mkdtempSync(join(run.root, 'gold-'));
const read = (path: string) => MinutesDocument.parse(JSON.parse(readFileSync(path, 'utf8')));

function withVoteFor(n: unknown): MinutesDocument {
  const copy = structuredClone(doc);
  const { index } = firstVote(copy);
  (copy.items[index]!.decision!.vote as Record<string, unknown>).for = n;
  return copy;
}

describe('saving gold documents', () => {
  it('writes a valid document, creating the directory', async () => {
    const gold = join(fresh(), 'nested', 'gold');
    const saved = await saveGold(gold, 'a.json', withVoteFor(14), { expectedId: doc.id });
    expect(saved).toMatchObject({ path: join(gold, 'a.json'), previous: null, unchanged: false });
    expect(firstVote(read(saved.path)).vote.for).toBe(14);
    // temp-then-rename: nothing else is left in the directory
    expect(readdirSync(gold)).toEqual(['a.json']);
  });

  it('keeps every replaced version in .history, numbered, and never rewrites an identical one', async () => {
    const gold = fresh();
    await saveGold(gold, 'a.json', withVoteFor(11));
    const second = await saveGold(gold, 'a.json', withVoteFor(12));
    const third = await saveGold(gold, 'a.json', withVoteFor(13));
    expect(second.previous).toBe(join(gold, HISTORY_DIR, 'a.1.json'));
    expect(third.previous).toBe(join(gold, HISTORY_DIR, 'a.2.json'));
    expect(firstVote(read(join(gold, HISTORY_DIR, 'a.1.json'))).vote.for).toBe(11);
    expect(firstVote(read(join(gold, HISTORY_DIR, 'a.2.json'))).vote.for).toBe(12);
    expect(firstVote(read(join(gold, 'a.json'))).vote.for).toBe(13);

    const same = await saveGold(gold, 'a.json', withVoteFor(13));
    expect(same).toMatchObject({ unchanged: true, previous: null });
    expect(readdirSync(join(gold, HISTORY_DIR)).sort()).toEqual(['a.1.json', 'a.2.json']);
  });

  it('numbers after the highest kept version, even with gaps and other documents beside', async () => {
    const gold = fresh();
    await saveGold(gold, 'a.json', withVoteFor(1));
    await saveGold(gold, 'a.b.json', withVoteFor(1));
    await saveGold(gold, 'a.b.json', withVoteFor(2)); // a.b.1.json must not count for a.json
    writeFileSync(join(gold, HISTORY_DIR, 'a.7.json'), '{}');
    const saved = await saveGold(gold, 'a.json', withVoteFor(2));
    expect(saved.previous).toBe(join(gold, HISTORY_DIR, 'a.8.json'));
  });

  it('numbers history once per save when saves overlap', async () => {
    const gold = fresh();
    await saveGold(gold, 'a.json', withVoteFor(0));
    const results = await Promise.all([1, 2, 3, 4].map((n) => saveGold(gold, 'a.json', withVoteFor(n))));
    expect(results.map((r) => r.previous).sort()).toEqual([1, 2, 3, 4].map((n) => join(gold, HISTORY_DIR, `a.${n}.json`)));
  });

  it('refuses a document the schema refuses, naming each field, and leaves the gold as it was', async () => {
    const gold = fresh();
    await saveGold(gold, 'a.json', withVoteFor(5));
    const before = readFileSync(join(gold, 'a.json'), 'utf8');
    const bad = withVoteFor('twelve') as unknown as Record<string, unknown> & MinutesDocument;
    bad.meeting.date = '12/09/2023';
    const error = await saveGold(gold, 'a.json', bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoldValidationError);
    const { index } = firstVote(doc);
    const problems = (error as GoldValidationError).problems;
    expect(problems.some((p) => p.startsWith(`items[${index}].decision.vote.for:`))).toBe(true);
    expect(problems.some((p) => p.startsWith('meeting.date:') && p.includes('YYYY-MM-DD'))).toBe(true);
    expect((error as Error).message).toContain('a.json');
    expect(readFileSync(join(gold, 'a.json'), 'utf8')).toBe(before);
    expect(existsSync(join(gold, HISTORY_DIR))).toBe(false);
  });

  it('refuses a gold document about another input', async () => {
    const other = { ...structuredClone(doc), id: `sha256:${'0'.repeat(64)}` };
    await expect(saveGold(fresh(), 'a.json', other, { expectedId: doc.id })).rejects.toThrow(/id: sha256:0+ is not the reviewed document's/);
  });

  it('refuses names that are paths', async () => {
    const gold = fresh();
    await expect(saveGold(gold, '../a.json', doc)).rejects.toThrow(UnsafeNameError);
    await expect(saveGold(gold, 'a.txt', doc)).rejects.toThrow(/\.json/);
    expect(readdirSync(gold)).toEqual([]);
  });
});

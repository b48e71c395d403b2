/**
 * `minutes index` and `minutes search` end to end: the real CLI on the outputs of `minutes
 * process` over the shared corpus, into a PostgreSQL schema of the test's own.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import type { SearchResult } from '../../src/search/pg-search.ts';
import { BIN, collect, runCli, startCli, tempDirs } from '../cli/helpers.ts';
import { CORPUS_DIR } from '../corpus.ts';
import { testPg, type TestPg } from './pg.ts';

const pg = await testPg();
const fresh = tempDirs();
const TIMEOUT = { timeout: 120_000 };

const readDoc = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as MinutesDocument;
const summary = (stdout: string) => /(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed/.exec(stdout)?.slice(1).map(Number);

describe.skipIf(!pg)('minutes index + minutes search (PostgreSQL)', TIMEOUT, () => {
  // The body is still collected when skipped: no destructuring of null.
  const { url, schema, client } = (pg ?? {}) as TestPg;
  const pgArgs = ['--pg', url, '--schema', schema];
  let out: string;
  let docs: MinutesDocument[];

  /** xmin and indexed_at of every row: any write changes xmin. */
  const rowVersions = async () => ({
    documents: (await client.query(`SELECT id, xmin::text, indexed_at FROM "${schema}".documents ORDER BY id`)).rows,
    items: (await client.query(`SELECT document_id, index, xmin::text FROM "${schema}".items ORDER BY document_id, index`)).rows,
  });
  const itemsOf = async (id: string) =>
    (await client.query<{ index: number; title: string }>(`SELECT index, title FROM "${schema}".items WHERE document_id = $1 ORDER BY index`, [id])).rows;
  const searchJson = async (...query: string[]) => {
    const r = await runCli(['search', ...pgArgs, '--json', ...query]);
    return { ...r, result: JSON.parse(r.stdout) as SearchResult };
  };

  beforeAll(async () => {
    out = join(fresh(), 'out');
    const processed = await runCli(['process', CORPUS_DIR, '--out', out, '--quiet']);
    expect(processed.code, processed.stderr).toBe(0);
    docs = readdirSync(out)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => readDoc(out, f));
  }, 120_000);
  afterAll(async () => pg?.stop());

  it('indexes every document and item of the directory, then re-indexing it writes nothing', async () => {
    const first = await runCli(['index', ...pgArgs, out]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(summary(first.stdout)).toEqual([docs.length, 0, 0, 0]);

    const counts = await client.query(`SELECT (SELECT count(*) FROM "${schema}".documents)::int AS documents, (SELECT count(*) FROM "${schema}".items)::int AS items`);
    expect(counts.rows[0]).toEqual({ documents: docs.length, items: docs.reduce((n, d) => n + d.items.length, 0) });
    const stored = await client.query(`SELECT record FROM "${schema}".documents WHERE id = $1`, [docs[0]!.id]);
    expect(stored.rows[0].record, 'the whole record, as written by minutes process').toEqual(docs[0]);

    const before = await rowVersions();
    const again = await runCli(['index', ...pgArgs, out]);
    expect(again.code).toBe(0);
    expect(summary(again.stdout)).toEqual([0, 0, docs.length, 0]);
    expect(await rowVersions()).toEqual(before);
  });

  it('finds the reference document (000) first for "convention de partenariat", with the words highlighted', async () => {
    const reference = readDoc(out, '000.json');
    const { code, result } = await searchJson('convention de partenariat');
    expect(code).toBe(0);
    expect(result.documents[0]).toMatchObject({ id: reference.id, fileName: '000.txt', date: reference.meeting.date });
    const item = result.documents[0]!.items[0]!;
    expect(item.title).toBe(reference.items[item.index]!.title);
    const marked = item.snippet.highlights.map(([s, e]) => item.snippet.text.slice(s, e).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['convention', 'partenariat']));
    for (let i = 1; i < result.documents.length; i++) expect(result.documents[i]!.rank).toBeLessThanOrEqual(result.documents[i - 1]!.rank);

    const text = await runCli(['search', ...pgArgs, 'convention', 'de', 'partenariat']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1\. 000\.txt · 2014-07-21 · /);
    expect(text.stdout).toContain('**convention** cadre de **partenariat**');
  });

  it('a match outside every item (the attendance list) shows the document\'s own snippet', async () => {
    const reference = readDoc(out, '000.json');
    const inItems = JSON.stringify(reference.items).toLowerCase();
    const surname = reference.attendance.present.map((p) => p.surname).find((name) => !inItems.includes(name.toLowerCase()))!;
    const { code, result } = await searchJson(surname);
    expect(code).toBe(0);
    const hit = result.documents.find((d) => d.id === reference.id)!;
    expect(hit).toMatchObject({ matchedItems: 0, items: [] });
    expect(hit.snippet!.highlights.map(([s, e]) => hit.snippet!.text.slice(s, e))).toContain(surname);
  });

  it('--limit caps the documents shown and says how many matched', async () => {
    const all = await searchJson('délibération');
    expect(all.result.total).toBeGreaterThan(2);
    const two = await searchJson('délibération', '--limit', '2');
    expect(two.result.documents.map((d) => d.id)).toEqual(all.result.documents.slice(0, 2).map((d) => d.id));
    expect(two.result.total).toBe(all.result.total);
  });

  it('a changed document is updated and loses the items it no longer has; the others stay untouched', async () => {
    const name = readdirSync(out).find((f) => readDoc(out, f).items.length >= 4)!;
    const doc = readDoc(out, name);
    const changed: MinutesDocument = { ...doc, items: doc.items.slice(0, 2).map((item, i) => (i === 0 ? { ...item, title: 'Aménagement du xylophone municipal' } : item)) };
    const dir = fresh();
    writeFileSync(join(dir, name), JSON.stringify(changed, null, 2));
    const before = await rowVersions();

    const r = await runCli(['index', ...pgArgs, dir]);
    expect(r.code).toBe(0);
    expect(summary(r.stdout)).toEqual([0, 1, 0, 0]);
    expect((await itemsOf(doc.id)).map((i) => i.title)).toEqual(changed.items.map((i) => i.title));
    const after = await rowVersions();
    expect(after.documents.filter((d) => d.id !== doc.id)).toEqual(before.documents.filter((d) => d.id !== doc.id));
    expect(after.items.filter((i) => i.document_id !== doc.id)).toEqual(before.items.filter((i) => i.document_id !== doc.id));

    const found = await searchJson('xylophone');
    expect(found.result.documents.map((d) => [d.id, d.items.map((i) => i.index)])).toEqual([[doc.id, [0]]]);

    // The directory as processed puts it back.
    expect(summary((await runCli(['index', ...pgArgs, out])).stdout)).toEqual([0, 1, docs.length - 1, 0]);
    expect((await itemsOf(doc.id)).length).toBe(doc.items.length);
    expect((await searchJson('xylophone')).code).toBe(1);
  });

  it('reports a file that is not JSON or not a document by name and reason, indexes the rest, exits 1', async () => {
    const dir = fresh();
    const other = { ...docs[0]!, id: `sha256:${'ab'.repeat(32)}`, source: { ...docs[0]!.source, fileName: 'copy.txt' } };
    writeFileSync(join(dir, 'a-broken.json'), '{"schemaVersion": "1.0", ');
    writeFileSync(join(dir, 'b-invalid.json'), JSON.stringify({ ...docs[0], kind: 'poem' }));
    writeFileSync(join(dir, 'c-good.json'), JSON.stringify(other));
    writeFileSync(join(dir, 'c-good.error.json'), JSON.stringify({ file: 'c.pdf', code: 'CORRUPT_PDF', message: 'x' }));
    mkdirSync(join(dir, 'empty'));

    const r = await runCli(['index', ...pgArgs, dir, join(dir, 'missing')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^FAIL ${join(dir, 'missing')}: no such file or directory$`, 'm'));
    expect(r.stderr).toMatch(/^FAIL \S*a-broken\.json: not JSON \(.+\)$/m);
    expect(r.stderr).toMatch(/^FAIL \S*b-invalid\.json: not a MinutesDocument \(kind: .+\)$/m);
    expect(r.stderr).not.toContain('c-good');
    expect(summary(r.stdout)).toEqual([1, 0, 0, 3]);
    expect((await itemsOf(other.id)).length).toBe(other.items.length);
    await client.query(`DELETE FROM "${schema}".documents WHERE id = $1`, [other.id]);
    expect((await client.query(`SELECT count(*)::int AS n FROM "${schema}".items WHERE document_id = $1`, [other.id])).rows[0].n, 'items go with their document').toBe(0);
  });

  it('reads NDJSON from standard input (minutes process --format ndjson | minutes index -)', async () => {
    const child = startCli(['index', ...pgArgs, '-']);
    child.stdin!.end(`${JSON.stringify(docs[0])}\n\nnot json\n${JSON.stringify(docs[1])}\n`);
    const r = await collect(child);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FAIL \(stdin\):3: not JSON/m);
    expect(summary(r.stdout)).toEqual([0, 0, 2, 1]);
  });

  it('a query that matches nothing exits 1 with a message; one with only stop words is a usage error', async () => {
    const none = await runCli(['search', ...pgArgs, 'zzyzx', 'quokka']);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toContain("no document matches 'zzyzx quokka'");
    const json = await searchJson('zzyzx');
    expect(json.code).toBe(1);
    expect(json.result).toEqual({ query: 'zzyzx', total: 0, documents: [] });

    const stop = await runCli(['search', ...pgArgs, 'le', 'de', 'la']);
    expect(stop.code).toBe(2);
    expect(stop.stderr).toMatch(/no word to search for/);
  });

  it('words match their other French forms, and accents do not matter when unaccent is there', async () => {
    const plural = await searchJson('conventions', 'partenariats');
    expect(plural.result.documents[0]?.fileName).toBe('000.txt');
    const folds = (await client.query(`SELECT to_tsvector('"${schema}".minutes_fr', 'délibération') = to_tsvector('"${schema}".minutes_fr', 'deliberation') AS f`)).rows[0].f as boolean;
    const hasUnaccent = (await client.query(`SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'unaccent'`)).rows[0].n > 0;
    expect(folds).toBe(hasUnaccent);
    if (folds) {
      const [accented, bare] = [await searchJson('délibération'), await searchJson('deliberation')];
      expect(bare.result.documents.map((d) => d.id)).toEqual(accented.result.documents.map((d) => d.id));
    }
  });

  it('search on a schema never indexed says so, exit 1', async () => {
    const r = await runCli(['search', '--pg', url, '--schema', `${schema}_none`, 'convention']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no search index in schema/);
  });
});

describe('PostgreSQL cannot be reached', TIMEOUT, () => {
  it('index and search name the URL without its password, exit 1, no stack trace', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const url = `postgres://someone:hunter2@127.0.0.1:${port}/db`;
    const dir = fresh();
    cpSync(join(CORPUS_DIR, '000.gold.json'), join(dir, 'x.json'));
    for (const args of [['index', '--pg', url, dir], ['search', '--pg', url, 'convention']]) {
      const r = await runCli(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`minutes: cannot connect to PostgreSQL at postgres://someone:***@127.0.0.1:${port}/db: connection refused (is the server running?)\n`);
    }
  });

  it('no URL at all is a usage error (exit 2)', async () => {
    const env = { ...process.env, PG_URL: '', DATABASE_URL: '' };
    const child = spawn(process.execPath, [BIN, 'search', 'convention'], { env });
    const r = await collect(child);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^minutes: --pg URL is required \(or set PG_URL or DATABASE_URL\)$/m);
  });
});

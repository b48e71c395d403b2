/**
 * The index's library functions against PostgreSQL: migrations that can run again and at the
 * same time, and a document PostgreSQL refuses reported without stopping the batch.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument, type Loaded } from '../../src/search/document-files.ts';
import { indexDocuments } from '../../src/search/pg-index.ts';
import { migrate } from '../../src/search/pg-schema.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { MINUTES_TXT } from '../cli/helpers.ts';
import { testPg, type TestPg } from './pg.ts';

const db = await testPg();

describe.skipIf(!db)('search index in PostgreSQL (library)', () => {
  // The body is still collected when skipped: no destructuring of null.
  const { url, schema, client } = (db ?? {}) as TestPg;
  afterAll(async () => db?.stop());

  const tableCount = async () =>
    (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = $1`, [schema])).rows[0].n as number;

  it('migrations run twice, and from two connections at once, without error', async () => {
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const [a, b] = await Promise.all([migrate(client, schema), migrate(other, schema)]);
      expect(a).toEqual(b);
      expect(await migrate(client, schema)).toEqual(a);
      expect(await tableCount()).toBe(2);
    } finally {
      await other.end();
    }
  });

  it('a document whose text is too big for a tsvector is reported; the next one is indexed', async () => {
    await migrate(client, schema);
    const good = analyzeText(MINUTES_TXT, 'good.txt');
    // 40,000 distinct 32-character words: about 1.4 MB of lexemes, over PostgreSQL's 1 MB per tsvector.
    const words = Array.from({ length: 40_000 }, (_, i) => createHash('md5').update(String(i)).digest('hex'));
    const huge = { ...good, id: `sha256:${'cd'.repeat(32)}`, text: words.join(' ') };
    const loaded: Loaded[] = [loadDocument('huge.json', JSON.stringify(huge)), loadDocument('good.json', JSON.stringify(good))];
    const reported: string[] = [];

    const summary = await indexDocuments(client, schema, loaded, (f) => reported.push(f.where));
    expect(summary).toMatchObject({ new: 1, updated: 0, unchanged: 0 });
    expect(summary.failed).toEqual([{ where: 'huge.json', reason: expect.stringMatching(/^PostgreSQL refused it: .*too long for tsvector/) }]);
    expect(reported).toEqual(['huge.json']);
    const ids = (await client.query(`SELECT id FROM "${schema}".documents`)).rows.map((r) => r.id);
    expect(ids).toEqual([good.id]);
    expect((await client.query(`SELECT count(*)::int AS n FROM "${schema}".items WHERE document_id = $1`, [huge.id])).rows[0].n).toBe(0);
  });
});

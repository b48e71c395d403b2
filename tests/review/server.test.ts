import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../src/review/server.ts';
import { MinutesDocument } from '../../src/schema/minutes.ts';
import { firstVote, makeRun, pretty, rawRequest, type Run } from './helpers.ts';

let run: Run;
let server: ReviewServer;
let host: string;
const AUBIN = 'saint-aubin-2023-045.json';

beforeAll(async () => {
  run = await makeRun();
  writeFileSync(join(run.root, 'secret.json'), pretty(run.docs.get(AUBIN)!));
  server = await startReviewServer({ out: run.out, gold: run.gold, inputs: run.inputs, port: 0 });
  host = new URL(server.url).host;
}, 60_000);
afterAll(async () => {
  await server?.close();
  run?.cleanup();
});

const json = (body: string) => JSON.parse(body) as Record<string, unknown>;
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(server.url, path, {
    method: 'POST',
    headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('review server', () => {
  it('binds to 127.0.0.1 and sends a strict Content-Security-Policy with every response', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    for (const path of ['/', '/document?name=000.json', '/static/document.js', '/api/documents', '/nothing']) {
      const res = await rawRequest(server.url, path);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves pages without inline script: scripts are separate files', async () => {
    for (const page of ['/', '/document']) {
      const html = (await rawRequest(server.url, page)).body;
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs).toMatch(/src="\/static\/[a-z-]+\.js"/);
        expect(body!.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    for (const h of [`evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `127.0.0.1:${Number(port) + 1}`, '']) {
      const res = await rawRequest(server.url, '/api/documents', { headers: { Host: h } });
      expect(res.status, h).toBe(403);
      expect(res.body).not.toContain('sha256');
    }
    for (const h of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      expect((await rawRequest(server.url, '/api/documents', { headers: { Host: h } })).status).toBe(200);
    }
  });

  it('refuses writes from another origin, without Origin, or not as JSON', async () => {
    const doc = run.docs.get(AUBIN)!;
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ Origin: 'http://evil.example' }, /Origin/],
      [{ Origin: 'null' }, /Origin/],
      [{ Origin: `http://${host}`, 'Sec-Fetch-Site': 'cross-site' }, /cross-site/],
      [{ Origin: `http://${host}`, 'Content-Type': 'text/plain' }, /JSON/],
    ];
    for (const [headers, message] of cases) {
      const res = await post(`/api/documents/${AUBIN}/gold`, doc, headers);
      expect(res.status).toBe(403);
      expect(String(json(res.body).error)).toMatch(message);
    }
    const noOrigin = await rawRequest(server.url, `/api/documents/${AUBIN}/gold`, {
      method: 'POST',
      headers: { Host: host, 'Content-Type': 'application/json' },
      body: JSON.stringify(doc),
    });
    expect(noOrigin.status).toBe(403);
    expect(existsSync(join(run.gold, AUBIN))).toBe(false);
  });

  it('refuses file names that leave the directories, and names that are not outputs', async () => {
    const cases = [
      '/api/documents/..%2Fsecret.json',
      '/api/documents/%2E%2E%2Fsecret.json',
      '/api/documents/..%5Csecret.json',
      '/api/documents/%2Fetc%2Fpasswd',
      '/api/documents/.history',
      '/api/documents/%00.json',
      '/api/documents/%E0%A4%A',
      '/static/..%2F..%2F..%2Fpackage.json',
      '/static/../../package.json',
      '/api/documents/../../secret.json',
    ];
    for (const path of cases) {
      const res = await rawRequest(server.url, path, { headers: { Host: host } });
      expect([400, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('"schemaVersion"');
      expect(res.body, path).not.toContain('"name": "minutes"');
    }
    expect((await rawRequest(server.url, '/api/documents/secret.json')).status).toBe(404);
    const up = await post('/api/documents/..%2Fsecret.json/gold', run.docs.get(AUBIN));
    expect(up.status).toBe(400);
    expect(existsSync(join(run.root, 'gold', '..', 'secret.json.1'))).toBe(false);
  });

  it('saves a valid gold, keeps the previous one, and refuses an invalid one with the fields named', async () => {
    const doc = structuredClone(run.docs.get(AUBIN)!);
    const { index } = firstVote(doc);
    firstVote(doc).vote.for = 3;
    const first = await post(`/api/documents/${AUBIN}/gold`, doc);
    expect(first.status).toBe(200);
    firstVote(doc).vote.for = 4;
    const second = await post(`/api/documents/${AUBIN}/gold`, doc);
    expect(json(second.body).saved).toMatchObject({ previous: join(run.gold, '.history', 'saint-aubin-2023-045.1.json') });
    const saved = MinutesDocument.parse(JSON.parse(readFileSync(join(run.gold, AUBIN), 'utf8')));
    expect(firstVote(saved).vote.for).toBe(4);
    // The page's data now has the gold, and its difference with this run.
    const view = json(second.body).view as { shown: string; comparisons: Array<{ key: string; changes: Array<{ path: string }> }> };
    expect(view.shown).toBe('gold');
    expect(view.comparisons[0]!.changes.map((c) => c.path)).toEqual([`items[${index}].decision.vote.for`]);

    (doc.meeting as Record<string, unknown>).date = 'hier';
    const bad = await post(`/api/documents/${AUBIN}/gold`, doc);
    expect(bad.status).toBe(422);
    expect(json(bad.body).problems).toEqual([expect.stringMatching(/^meeting\.date: .*YYYY-MM-DD/)]);
    expect(firstVote(MinutesDocument.parse(JSON.parse(readFileSync(join(run.gold, AUBIN), 'utf8')))).vote.for).toBe(4);
  });

  it('draws PDF pages as images and says why a text input has none', async () => {
    const png = await fetch(new URL('/api/documents/000.json/pages/2', server.url));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString('latin1')).toBe('PNG');
    const beyond = await fetch(new URL('/api/documents/000.json/pages/3', server.url));
    expect(beyond.status).toBe(404);
    const text = await fetch(new URL(`/api/documents/${AUBIN}/pages/1`, server.url));
    expect(text.status).toBe(404);
    expect(((await text.json()) as { error: string }).error).toMatch(/text/);
  }, 30_000);
});

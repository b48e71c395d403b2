/**
 * For the review tests: real pipeline outputs of bundled fixtures in a temp directory (out/,
 * inputs/), a second run that differs in known ways, and plain HTTP requests that can set
 * the headers a browser would not let a page set (Host, Origin).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFile } from '../../src/pipeline.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A text PDF (page images), a deliberation with vote figures, minutes with several items. */
export const RUN_INPUTS = ['pdf/000.pdf', 'text/saint-aubin-2023-045.txt', 'text/plateau-comite-2024-02-07.txt'];

export const pretty = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

export interface Run {
  root: string;
  out: string;
  inputs: string;
  gold: string;
  /** Output file name -> document. */
  docs: Map<string, MinutesDocument>;
  cleanup(): void;
}

/** Runs the pipeline on `RUN_INPUTS` (copied to inputs/) and writes out/<name>.json. */
export async function makeRun(): Promise<Run> {
  const root = mkdtempSync(join(tmpdir(), 'minutes-review-'));
  const out = join(root, 'out');
  const inputs = join(root, 'inputs');
  mkdirSync(out);
  mkdirSync(inputs);
  const docs = new Map<string, MinutesDocument>();
  for (const rel of RUN_INPUTS) {
    const input = join(inputs, basename(rel));
    copyFileSync(join(FIXTURES, rel), input);
    const doc = await processFile(input);
    const name = `${basename(rel).replace(/\.[^.]+$/, '')}.json`;
    writeFileSync(join(out, name), pretty(doc));
    docs.set(name, doc);
  }
  return { root, out, inputs, gold: join(root, 'gold'), docs, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The first item that has a vote, with its index. */
export function firstVote(doc: MinutesDocument): { index: number; vote: NonNullable<NonNullable<MinutesDocument['items'][number]['decision']>['vote']> } {
  const index = doc.items.findIndex((it) => it.decision?.vote);
  if (index < 0) throw new Error(`${doc.source.fileName}: no item with a vote`);
  return { index, vote: doc.items[index]!.decision!.vote! };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * An HTTP request to `server` for `path` as written (no URL normalisation of '..'), with
 * exactly the given headers (fetch would refuse to set Host).
 */
export function rawRequest(server: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const u = new URL(server);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path, method: options.method ?? 'GET', headers: options.headers, setHost: !(options.headers && 'Host' in options.headers) },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

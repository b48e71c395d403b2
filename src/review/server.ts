/**
 * The review web app: node:http, a route table, JSON in and out. The pages are static files
 * (src/review/static/) that fetch their data; nothing from a document is ever put into HTML
 * by the server. Guards (security.ts) run before any route.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog, type Entry } from './catalog.ts';
import { FIELD_CHOICES } from './field-choices.ts';
import { comparisons, documentView } from './document-view.ts';
import { GoldValidationError, saveGold } from './gold.ts';
import { InputIndex } from './inputs.ts';
import { listRows } from './list-rows.ts';
import { PageImageCache } from './page-images.ts';
import { nameProblem } from './paths.ts';
import { hostProblem, SECURITY_HEADERS, writeProblem } from './security.ts';
import type { MinutesDocument } from '../schema/minutes.ts';

export interface ReviewOptions {
  /** The run's output directory (DIR/<name>.json). */
  out: string;
  /** Where gold documents are read and saved. */
  gold: string;
  /** Another run's output directory, matched by document id. */
  against?: string | undefined;
  /** Where the original PDFs / .txt files are, to show page images. */
  inputs?: string | undefined;
  host?: string | undefined;
  /** 0 picks a free port. */
  port?: number | undefined;
}

export interface ReviewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Largest request body: a document carries its whole text (a 500-page register is a few MB). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
  }
}

/** The static files, from the sources even when this module runs compiled from dist/. */
function staticDir(): string {
  const candidates = ['./static/', '../../../src/review/static/'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  const found = candidates.find((dir) => existsSync(join(dir, 'list.html')));
  if (!found) throw new Error(`review page files not found (looked in ${candidates.join(', ')})`);
  return found;
}

function loadStatic(): Map<string, { type: string; bytes: Buffer }> {
  const dir = staticDir();
  const files = new Map<string, { type: string; bytes: Buffer }>();
  for (const name of readdirSync(dir)) {
    const type = CONTENT_TYPES[extname(name)];
    if (type && nameProblem(name) === null) files.set(name, { type, bytes: readFileSync(join(dir, name)) });
  }
  return files;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new HttpError(400, `the body is not JSON (${(error as Error).message})`);
  }
}

function decodeName(raw: string): string {
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'malformed percent-encoding in the document name');
  }
  const problem = nameProblem(name);
  if (problem) throw new HttpError(400, `bad document name: ${problem}`);
  return name;
}

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

export async function startReviewServer(options: ReviewOptions): Promise<ReviewServer> {
  const catalog = new Catalog({ out: options.out, gold: options.gold, against: options.against });
  const inputs = options.inputs === undefined ? null : new InputIndex(options.inputs);
  const images = new PageImageCache();
  const statics = loadStatic();
  const host = options.host ?? '127.0.0.1';
  let port = options.port ?? 0;

  async function entryOf(rawName: string): Promise<Entry> {
    const name = decodeName(rawName);
    const entry = await catalog.entry(name);
    if (!entry) throw new HttpError(404, `no document ${JSON.stringify(name)} in ${options.out}`);
    return entry;
  }

  function outputOf(entry: Entry): MinutesDocument {
    if (!entry.output.doc) throw new HttpError(409, entry.output.error ?? `${entry.name} cannot be read`);
    return entry.output.doc;
  }

  async function inputOf(doc: MinutesDocument) {
    return inputs ? inputs.find(doc.source) : null;
  }

  /** The document page's data, with where its input was found. */
  async function viewOf(entry: Entry) {
    const input = entry.output.doc ? await inputOf(entry.output.doc) : null;
    return { ...documentView(entry), input: input && { type: input.type, matchedBy: input.matchedBy, fileName: input.path }, choices: FIELD_CHOICES };
  }

  const page = (file: string): Handler => async (_req, res) => {
    const f = statics.get(file)!;
    send(res, 200, f.type, f.bytes);
  };

  const routes: Array<{ method: string; path: RegExp; handler: Handler }> = [
    { method: 'GET', path: /^\/$/, handler: page('list.html') },
    { method: 'GET', path: /^\/document$/, handler: page('document.html') },
    // Browsers ask for it on every page: answered empty rather than with a 404 in the console.
    { method: 'GET', path: /^\/favicon\.ico$/, handler: async (_req, res) => send(res, 204, 'image/x-icon', '') },
    {
      method: 'GET',
      path: /^\/static\/([^/]+)$/,
      handler: async (_req, res, [raw]) => {
        const name = decodeName(raw!);
        const f = statics.get(name);
        if (!f) throw new HttpError(404, `no such file ${JSON.stringify(name)}`);
        send(res, 200, f.type, f.bytes);
      },
    },
    {
      method: 'GET',
      path: /^\/api\/documents$/,
      handler: async (_req, res) => {
        sendJson(res, 200, {
          rows: listRows(await catalog.entries()),
          dirs: { out: options.out, gold: options.gold, against: options.against ?? null, inputs: options.inputs ?? null },
        });
      },
    },
    {
      method: 'GET',
      path: /^\/api\/documents\/([^/]+)$/,
      handler: async (_req, res, [raw]) => {
        sendJson(res, 200, await viewOf(await entryOf(raw!)));
      },
    },
    {
      method: 'GET',
      path: /^\/api\/documents\/([^/]+)\/pages\/(\d{1,6})$/,
      handler: async (_req, res, [raw, pageText]) => {
        const doc = outputOf(await entryOf(raw!));
        const n = Number(pageText);
        if (n < 1 || n > doc.source.pageCount) throw new HttpError(404, `page ${n} does not exist (the document has ${doc.source.pageCount})`);
        const input = await inputOf(doc);
        if (!input) throw new HttpError(404, `the input ${doc.source.fileName} was not found${inputs ? ` under ${options.inputs}` : ' (no --inputs)'}`);
        if (input.type !== 'pdf') throw new HttpError(404, `${input.path} is text: no page image`);
        let file;
        try {
          file = await images.get(input.path, n);
        } catch (error) {
          throw new HttpError(500, (error as Error).message);
        }
        send(res, 200, file.contentType, file.bytes);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/documents\/([^/]+)\/diff$/,
      handler: async (req, res, [raw]) => {
        const entry = await entryOf(raw!);
        const output = outputOf(entry);
        const draft = await readJsonBody(req);
        if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) throw new HttpError(400, 'the body must be a document object');
        // A draft may be invalid while being typed: the diff reads any JSON shape.
        sendJson(res, 200, { comparisons: comparisons(output, draft as MinutesDocument, entry.against?.doc ?? null) });
      },
    },
    {
      method: 'POST',
      path: /^\/api\/documents\/([^/]+)\/gold$/,
      handler: async (req, res, [raw]) => {
        const entry = await entryOf(raw!);
        const output = outputOf(entry);
        const candidate = await readJsonBody(req);
        let saved;
        try {
          saved = await saveGold(options.gold, entry.name, candidate, { expectedId: output.id });
        } catch (error) {
          if (error instanceof GoldValidationError) throw new HttpError(422, error.message, error.problems);
          throw error;
        }
        const fresh = (await catalog.entry(entry.name)) ?? entry;
        sendJson(res, 200, {
          saved: { path: saved.path, previous: saved.previous, unchanged: saved.unchanged },
          view: await viewOf(fresh),
        });
      },
    },
  ];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = hostProblem(req.headers.host, { port, boundName: host });
    if (refused) throw new HttpError(403, refused);
    const url = new URL(req.url ?? '/', 'http://review.invalid');
    if (req.method === 'POST') {
      const problem = writeProblem({
        host: req.headers.host,
        origin: req.headers.origin,
        contentType: req.headers['content-type'],
        secFetchSite: header(req, 'sec-fetch-site'),
      });
      if (problem) throw new HttpError(403, problem);
    }
    let allowed = false;
    for (const route of routes) {
      const m = route.path.exec(url.pathname);
      if (!m) continue;
      allowed = true;
      // HEAD is GET without the body (node:http leaves the body out).
      if (route.method !== (req.method === 'HEAD' ? 'GET' : req.method)) continue;
      await route.handler(req, res, m.slice(1));
      return;
    }
    throw allowed ? new HttpError(405, `${req.method} not allowed here`) : new HttpError(404, `no such page ${url.pathname}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) process.stderr.write(`minutes review: ${req.method} ${req.url}: ${message}\n`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, status, { error: message, ...(error instanceof HttpError && error.details ? { problems: error.details } : {}) });
      if (status === 413) req.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The documents under review, read from disk on every request (a run or a save may have
 * changed them), each file parsed again only when its size or time changed.
 *   out      the run being reviewed: DIR/<name>.json (never <name>.error.json, never hidden)
 *   gold     reviewed documents under the same names
 *   against  another run, matched by document id: names may differ between runs
 * A file that does not parse or validate is reported with its reason; the others go on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { MinutesDocument } from '../schema/minutes.ts';
import { formatPath } from './gold.ts';
import { fileInside, nameProblem } from './paths.ts';

export interface Loaded {
  name: string;
  doc: MinutesDocument | null;
  /** Why the file could not be used (bad JSON, schema), naming the file. */
  error: string | null;
}

export interface Entry {
  name: string;
  output: Loaded;
  gold: Loaded | null;
  against: Loaded | null;
}

const isDocumentFile = (name: string) => name.endsWith('.json') && !name.endsWith('.error.json') && nameProblem(name) === null;

/** One directory of MinutesDocument JSON files. A missing directory holds no documents. */
export class JsonDir {
  readonly #cache = new Map<string, { key: string; loaded: Loaded }>();

  constructor(readonly dir: string) {}

  async names(): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(this.dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && isDocumentFile(e.name))
      .map((e) => e.name)
      .sort();
  }

  /** The document `name`, or null when there is no such file. */
  async load(name: string): Promise<Loaded | null> {
    const path = fileInside(this.dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (!info.isFile()) return null;
    const key = `${info.size}:${info.mtimeMs}`;
    const hit = this.#cache.get(name);
    if (hit?.key === key) return hit.loaded;
    const loaded = parseDocument(name, path, await readFile(path, 'utf8'));
    this.#cache.set(name, { key, loaded });
    return loaded;
  }

  async loadAll(): Promise<Loaded[]> {
    const out: Loaded[] = [];
    for (const name of await this.names()) {
      const loaded = await this.load(name);
      if (loaded) out.push(loaded);
    }
    return out;
  }
}

export function parseDocument(name: string, path: string, content: string): Loaded {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { name, doc: null, error: `${path}: not JSON (${(error as Error).message})` };
  }
  const parsed = MinutesDocument.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${formatPath(i.path)}: ${i.message}`);
    return { name, doc: null, error: `${path}: not a MinutesDocument (${first.join('; ')}${parsed.error.issues.length > 3 ? '; ...' : ''})` };
  }
  return { name, doc: parsed.data, error: null };
}

export interface CatalogDirs {
  out: string;
  gold: string;
  against?: string | undefined;
}

export class Catalog {
  readonly out: JsonDir;
  readonly gold: JsonDir;
  readonly against: JsonDir | null;

  constructor(dirs: CatalogDirs) {
    this.out = new JsonDir(dirs.out);
    this.gold = new JsonDir(dirs.gold);
    this.against = dirs.against === undefined ? null : new JsonDir(dirs.against);
  }

  async names(): Promise<string[]> {
    return this.out.names();
  }

  /** Every output with its gold and its counterpart in the other run. */
  async entries(): Promise<Entry[]> {
    const byId = await this.#againstById();
    const entries: Entry[] = [];
    for (const name of await this.out.names()) {
      const output = await this.out.load(name);
      if (!output) continue; // removed since the listing
      entries.push({ name, output, gold: await this.gold.load(name), against: output.doc ? byId?.get(output.doc.id) ?? null : null });
    }
    return entries;
  }

  /** One output (null when `name` is not one of them: names are looked up, never trusted). */
  async entry(name: string): Promise<Entry | null> {
    if (!(await this.out.names()).includes(name)) return null;
    const output = await this.out.load(name);
    if (!output) return null;
    const byId = await this.#againstById();
    return { name, output, gold: await this.gold.load(name), against: output.doc ? byId?.get(output.doc.id) ?? null : null };
  }

  async #againstById(): Promise<Map<string, Loaded> | null> {
    if (!this.against) return null;
    const map = new Map<string, Loaded>();
    for (const loaded of await this.against.loadAll()) {
      if (loaded.doc && !map.has(loaded.doc.id)) map.set(loaded.doc.id, loaded);
    }
    return map;
  }
}

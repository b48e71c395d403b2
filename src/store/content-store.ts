/**
 * A content-addressed store on a directory: the blobs the distributed pipeline passes between
 * machines (input files, prepared page images, loaded documents, OCR results) live here, and
 * queue jobs carry only their keys. Redis holds no document bytes: it stays small, and its
 * memory limit (noeviction) is never reached by a batch of large scans.
 *
 * - Key = SHA-256 of the bytes, 64 lowercase hex digits; the blob is `<root>/<k0k1>/<key>`
 *   (256 fan-out folders keep directories small on a 10^6-blob store).
 * - Writes go to a temporary file in the same folder, flushed, then renamed: a reader (another
 *   worker, another machine on a shared volume) never sees half a blob. Two writers of the
 *   same key write the same bytes, so whichever rename wins is right.
 * - Reads check the SHA-256 again: a blob damaged on a shared disk is a clear error naming it,
 *   not a wrong document.
 *
 * The root is a directory path or a `file://` URL, shared by every worker and submitter.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A blob is missing, damaged or cannot be written; the message names the key and the store. */
export class StoreError extends Error {
  override name = 'StoreError';
}

const KEY = /^[0-9a-f]{64}$/;

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Where the store is when none is given: MINUTES_STORE, else ~/.cache/minutes/store (or under
 * XDG_CACHE_HOME). Good for one machine; several machines need a shared path given explicitly.
 */
export function defaultStoreLocation(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MINUTES_STORE) return env.MINUTES_STORE;
  const cache = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'minutes', 'store');
}

/** A store location (path or file:// URL) -> an absolute directory path. */
export function storeRoot(location: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    if (!location.toLowerCase().startsWith('file://')) {
      throw new StoreError(`unsupported store location ${location}: give a directory path or a file:// URL`);
    }
    return fileURLToPath(location);
  }
  return resolve(location);
}

export class ContentStore {
  private constructor(readonly root: string) {}

  /** Opens (and creates) the store at a directory path or file:// URL. */
  static async open(location: string): Promise<ContentStore> {
    const root = storeRoot(location);
    try {
      await mkdir(root, { recursive: true });
    } catch (error) {
      throw new StoreError(`cannot create the store directory ${root} (${(error as Error).message})`);
    }
    return new ContentStore(root);
  }

  /** The file holding blob `key`. */
  path(key: string): string {
    if (!KEY.test(key)) throw new StoreError(`not a store key: '${key}' (expected 64 hex digits)`);
    return join(this.root, key.slice(0, 2), key);
  }

  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  /** Stores `bytes` unless already there; resolves to their key. */
  async put(bytes: Uint8Array | string): Promise<string> {
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    const key = sha256Hex(data);
    const path = this.path(key);
    // Content-addressed: a blob already there holds these very bytes.
    if (existsSync(path)) return key;
    const tmp = join(dirname(path), `.${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(tmp, 'w');
      try {
        await handle.writeFile(data);
        // Flushed before the rename: a crash must not leave a renamed, empty blob behind.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, path);
    } catch (error) {
      await rm(tmp, { force: true });
      throw new StoreError(`cannot write blob ${key} to the store ${this.root} (${(error as Error).message})`);
    }
    return key;
  }

  /** The bytes of blob `key`, checked against it. */
  async get(key: string): Promise<Uint8Array> {
    const path = this.path(key);
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new StoreError(
        missing
          ? `blob ${key} is not in the store ${this.root} (do all workers and the submitter use the same --store?)`
          : `cannot read blob ${key} from the store ${this.root} (${(error as Error).message})`,
      );
    }
    if (sha256Hex(data) !== key) throw new StoreError(`blob ${key} in the store ${this.root} is damaged (its SHA-256 does not match)`);
    return data;
  }

  /** Stores a value as JSON; resolves to its key. */
  putJson(value: unknown): Promise<string> {
    return this.put(JSON.stringify(value));
  }

  async getJson<T>(key: string): Promise<T> {
    const bytes = await this.get(key);
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T;
  }
}

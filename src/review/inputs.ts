/**
 * Finding the original input of an output document under `--inputs DIR`: by the sha256 the
 * pipeline recorded (the bytes it read), else by the file name (the input may have been
 * replaced since, which the reviewer is told). Inputs are walked like `minutes process` walks
 * a directory; files are hashed only when a name does not already match, once per process.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { expandInputs } from '../cli/inputs.ts';
import { findPdfHeader } from '../ingest/load.ts';

export interface FoundInput {
  path: string;
  /** 'fileName' means the name matched but the bytes differ from the ones processed. */
  matchedBy: 'sha256' | 'fileName';
  type: 'pdf' | 'text';
}

export interface SourceRef {
  sha256: string;
  fileName: string;
}

/** Bytes looked at for the PDF header, as the loader does (junk may precede `%PDF-`). */
const HEADER_BYTES = 1024;

export class InputIndex {
  #files: Promise<string[]> | undefined;
  #bySha: Promise<Map<string, string>> | undefined;
  readonly #hashes = new Map<string, Promise<string | null>>();

  constructor(private readonly dir: string) {}

  async find(source: SourceRef): Promise<FoundInput | null> {
    const files = await this.files();
    const named = files.filter((f) => basename(f) === source.fileName);
    for (const path of named) {
      if ((await this.hash(path)) === source.sha256) return { path, matchedBy: 'sha256', type: await fileType(path) };
    }
    const path = (await this.bySha()).get(source.sha256);
    if (path) return { path, matchedBy: 'sha256', type: await fileType(path) };
    const first = named[0];
    return first ? { path: first, matchedBy: 'fileName', type: await fileType(first) } : null;
  }

  private files(): Promise<string[]> {
    this.#files ??= expandInputs([this.dir]).then(({ inputs }) => inputs.filter((i) => !i.refused).map((i) => i.file));
    return this.#files;
  }

  private bySha(): Promise<Map<string, string>> {
    this.#bySha ??= (async () => {
      const map = new Map<string, string>();
      for (const path of await this.files()) {
        const sha = await this.hash(path);
        if (sha && !map.has(sha)) map.set(sha, path);
      }
      return map;
    })();
    return this.#bySha;
  }

  private hash(path: string): Promise<string | null> {
    let h = this.#hashes.get(path);
    if (!h) {
      h = sha256File(path).catch(() => null);
      this.#hashes.set(path, h);
    }
    return h;
  }
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The loader decides by content, not by extension: so do we. */
async function fileType(path: string): Promise<'pdf' | 'text'> {
  const handle = await open(path, 'r');
  try {
    const buf = new Uint8Array(HEADER_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEADER_BYTES, 0);
    return findPdfHeader(buf.subarray(0, bytesRead)) >= 0 ? 'pdf' : 'text';
  } finally {
    await handle.close();
  }
}

/**
 * Saving a reviewer's corrections as a gold MinutesDocument. The gold set is what every later
 * run is scored against, so: it must validate against the contract, a save is never seen half
 * written (temp then rename), and the version it replaces is kept in `.history/`, numbered.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../cli/atomic-write.ts';
import { MinutesDocument } from '../schema/minutes.ts';
import { fileInside } from './paths.ts';

export const HISTORY_DIR = '.history';

export class GoldValidationError extends Error {
  override name = 'GoldValidationError';
  constructor(
    message: string,
    /** One line per problem: `path: reason`. */
    readonly problems: string[],
  ) {
    super(message);
  }
}

export interface SaveResult {
  /** The gold file written. */
  path: string;
  /** Where the version it replaced was kept; null when there was none or nothing changed. */
  previous: string | null;
  /** The candidate equals the gold already on disk: nothing was written. */
  unchanged: boolean;
  document: MinutesDocument;
}

export interface SaveOptions {
  /** The `id` of the output being reviewed: a gold document is about the same input. */
  expectedId?: string;
}

/** `items[0].decision.vote.for`: the way fields are named to the reviewer. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(document)';
}

/** The candidate as a MinutesDocument, or GoldValidationError naming every field that is wrong. */
export function validateGold(name: string, candidate: unknown, options: SaveOptions = {}): MinutesDocument {
  const parsed = MinutesDocument.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    throw new GoldValidationError(`${name}: not saved, the document does not follow the schema:\n${problems.join('\n')}`, problems);
  }
  if (options.expectedId !== undefined && parsed.data.id !== options.expectedId) {
    const problem = `id: ${parsed.data.id} is not the reviewed document's ${options.expectedId}`;
    throw new GoldValidationError(`${name}: not saved, ${problem}`, [problem]);
  }
  return parsed.data;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Saves run one after the other per file: two tabs saving at once must not number history twice. */
const queues = new Map<string, Promise<unknown>>();

function serialized<T>(key: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(key) ?? Promise.resolve()).then(work, work);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

/**
 * Validates `candidate` and writes it to `goldDir/name` (created when missing). A gold file
 * already there is first copied to `goldDir/.history/<stem>.<n>.json`, n one more than the
 * highest kept.
 */
export async function saveGold(goldDir: string, name: string, candidate: unknown, options: SaveOptions = {}): Promise<SaveResult> {
  const path = fileInside(goldDir, name);
  if (!name.endsWith('.json')) throw new GoldValidationError(`${name}: a gold file name ends in .json`, ['name: must end in .json']);
  const document = validateGold(name, candidate, options);
  const content = pretty(document);
  return serialized(path, async () => {
    await mkdir(goldDir, { recursive: true });
    const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (existing === content) return { path, previous: null, unchanged: true, document };
    let previous: string | null = null;
    if (existing !== null) {
      const historyDir = join(goldDir, HISTORY_DIR);
      await mkdir(historyDir, { recursive: true });
      const stem = name.slice(0, -'.json'.length);
      const kept = `${stem}.${(await highestKept(historyDir, stem)) + 1}.json`;
      await writeFileAtomic(historyDir, kept, existing);
      previous = join(historyDir, kept);
    }
    await writeFileAtomic(goldDir, name, content);
    return { path, previous, unchanged: false, document };
  });
}

async function highestKept(historyDir: string, stem: string): Promise<number> {
  let highest = 0;
  for (const file of await readdir(historyDir)) {
    if (!file.startsWith(`${stem}.`) || !file.endsWith('.json')) continue;
    const n = file.slice(stem.length + 1, -'.json'.length);
    if (/^\d+$/.test(n)) highest = Math.max(highest, Number(n));
  }
  return highest;
}

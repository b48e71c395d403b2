/**
 * Reading the MinutesDocuments that QA compares: one file, or every document of an output
 * directory. A file that cannot be read, is not JSON or breaks the contract is an error naming
 * the file and the reason; in a directory the others are still read.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MinutesDocument } from '../schema/minutes.ts';

export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export interface LoadedDocument {
  file: string;
  doc: MinutesDocument;
}

/** The first problem zod found, where it is: "items.0.title: Invalid input: expected string". */
export function firstIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}

/** Parsed JSON of a file, or a DocumentError saying why not. */
export async function readJson(file: string): Promise<unknown> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (err) {
    throw new DocumentError(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
  }
  try {
    return JSON.parse(content) as unknown;
  } catch (err) {
    throw new DocumentError(file, `not JSON (${(err as Error).message})`);
  }
}

export function asMinutesDocument(file: string, json: unknown): MinutesDocument {
  const parsed = MinutesDocument.safeParse(json);
  if (!parsed.success) throw new DocumentError(file, `not a MinutesDocument (${firstIssue(parsed.error)})`);
  return parsed.data;
}

export async function readDocument(file: string): Promise<MinutesDocument> {
  return asMinutesDocument(file, await readJson(file));
}

/** The documents a directory's files hold: `minutes process --out` names them <name>.json. */
export const isDocumentFile = (name: string): boolean => name.endsWith('.json') && !name.endsWith('.error.json') && !name.startsWith('.');

export async function readDocumentDir(dir: string): Promise<{ documents: LoadedDocument[]; errors: DocumentError[] }> {
  const names = (await readdir(dir)).filter(isDocumentFile).sort();
  const documents: LoadedDocument[] = [];
  const errors: DocumentError[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      documents.push({ file, doc: await readDocument(file) });
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
      errors.push(err);
    }
  }
  return { documents, errors };
}

/**
 * Two sets of documents (two output directories) compared document by document: paired by
 * `id` (the sha256 of the source, so renamed outputs still pair), with a tally of the changed
 * fields over all documents, the figure that tells a reviewer what a pipeline change moved.
 */
import { changeParts, diffDocuments, normalizePath, type DiffOptions, type FieldChange } from './diff.ts';
import type { LoadedDocument } from './documents.ts';

export interface DocumentDiff {
  id: string;
  a: string;
  b: string;
  changes: FieldChange[];
}

export interface Unpaired {
  id: string;
  file: string;
}

export interface SetDiff {
  /** Pairs that differ, in B's file order. */
  documents: DocumentDiff[];
  /** How many pairs were compared. */
  compared: number;
  onlyInA: Unpaired[];
  onlyInB: Unpaired[];
  /** The same id twice on one side: only the first file is compared. */
  duplicates: Unpaired[];
}

/** The field a change belongs to in every document: "items[*].decision.vote.for", "attendance.absent". */
export const summaryKey = (change: FieldChange): string => normalizePath(changeParts(change).path);

function byId(docs: LoadedDocument[], duplicates: Unpaired[]): Map<string, LoadedDocument> {
  const map = new Map<string, LoadedDocument>();
  for (const d of docs) {
    if (map.has(d.doc.id)) duplicates.push({ id: d.doc.id, file: d.file });
    else map.set(d.doc.id, d);
  }
  return map;
}

export function diffSets(a: LoadedDocument[], b: LoadedDocument[], options: DiffOptions = {}): SetDiff {
  const duplicates: Unpaired[] = [];
  const left = byId(a, duplicates);
  const right = byId(b, duplicates);
  const documents: DocumentDiff[] = [];
  let compared = 0;
  for (const [id, db] of right) {
    const da = left.get(id);
    if (!da) continue;
    compared++;
    const changes = diffDocuments(da.doc, db.doc, options);
    if (changes.length) documents.push({ id, a: da.file, b: db.file, changes });
  }
  const only = (from: Map<string, LoadedDocument>, other: Map<string, LoadedDocument>) =>
    [...from.values()].filter((d) => !other.has(d.doc.id)).map((d) => ({ id: d.doc.id, file: d.file }));
  return { documents, compared, onlyInA: only(left, right), onlyInB: only(right, left), duplicates };
}

/** Changes per field over all documents, most changed first. */
export function summarize(documents: DocumentDiff[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const d of documents) for (const c of d.changes) counts.set(summaryKey(c), (counts.get(summaryKey(c)) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/** The review list: one row per output, with what a reviewer sorts on to find the worst first. */
import { diffDocuments } from '../qa/diff.ts';
import type { MinutesDocument } from '../schema/minutes.ts';
import type { Entry } from './catalog.ts';

export interface ListRow {
  name: string;
  fileName: string | null;
  kind: MinutesDocument['kind'] | null;
  date: string | null;
  body: string | null;
  pages: number | null;
  /** Mean OCR confidence of the OCR'd pages; null when no page was OCR'd. */
  meanConfidence: number | null;
  warnings: number | null;
  /** Fields that differ between this run and the gold; null without a (readable) gold. */
  goldDiffs: number | null;
  /** Fields that differ between this run and the other run; null without a counterpart there. */
  againstDiffs: number | null;
  /** Why the output, its gold or its counterpart could not be read. */
  errors: string[];
}

export function meanConfidence(doc: MinutesDocument): number | null {
  const values = doc.source.pages.map((p) => p.confidence).filter((c): c is number => c !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function listRow(entry: Entry): ListRow {
  const doc = entry.output.doc;
  const errors = [entry.output.error, entry.gold?.error, entry.against?.error].filter((e): e is string => !!e);
  const gold = entry.gold?.doc;
  const against = entry.against?.doc;
  return {
    name: entry.name,
    fileName: doc?.source.fileName ?? null,
    kind: doc?.kind ?? null,
    date: doc?.meeting.date ?? null,
    body: doc?.meeting.body ?? null,
    pages: doc?.source.pageCount ?? null,
    meanConfidence: doc ? meanConfidence(doc) : null,
    warnings: doc?.warnings.length ?? null,
    goldDiffs: doc && gold ? diffDocuments(doc, gold).length : null,
    againstDiffs: doc && against ? diffDocuments(against, doc).length : null,
    errors,
  };
}

export const listRows = (entries: Entry[]): ListRow[] => entries.map(listRow);

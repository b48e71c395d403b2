/**
 * The composition of the stages: load -> normalize -> segment -> extract -> validate.
 * Each stage is a plain function over plain data; this file only wires them, so the
 * in-process CLI and the BullMQ processors call exactly the same code.
 */
import { MinutesDocument } from './schema/minutes.ts';
import type { LoadedDocument } from './ingest/types.ts';
import { loadFile, type LoadOptions } from './ingest/load.ts';

/** Text pages -> a validated MinutesDocument. Pure: no I/O, deterministic. */
export function analyze(loaded: LoadedDocument): MinutesDocument {
  // STUB: replaced by normalize/segment/extract (in progress).
  const text = loaded.pages.map((p) => p.text).join('\f');
  const doc: MinutesDocument = {
    schemaVersion: '1.0',
    id: `sha256:${loaded.sha256}`,
    source: {
      fileName: loaded.fileName,
      sha256: loaded.sha256,
      bytes: loaded.bytes,
      pageCount: loaded.pages.length,
      pages: loaded.pages.map((p) => ({ page: p.page, method: p.method, confidence: p.confidence, chars: p.text.length })),
    },
    kind: 'other',
    authority: { name: null },
    meeting: {
      body: null, bodyType: null, date: null, dateText: null, dateSpan: null, time: null, place: null,
      convocationDate: null, president: null, secretary: null, quorum: null,
    },
    attendance: {
      present: [], presentIncludesProxies: false, represented: [], excused: [], absent: [],
      counts: { inOffice: null, present: null, represented: null, voting: null },
    },
    items: [],
    signatures: [],
    sections: [],
    text,
    warnings: [...loaded.warnings],
  };
  return MinutesDocument.parse(doc);
}

/** A file on disk -> a validated MinutesDocument. Throws InputError for a refused input. */
export async function processFile(path: string, options: LoadOptions = {}): Promise<MinutesDocument> {
  return analyze(await loadFile(path, options));
}

/**
 * `minutes eval` over directories: every gold file (NNN.gold.json compact, or a reviewed
 * MinutesDocument NNN.json) with its prediction PRED/NNN.json, or for a reviewed document the
 * prediction of the same `id`. A prediction that is missing or unreadable counts as all missed
 * and is listed; a gold that cannot be read is reported and left out.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MinutesDocument } from '../schema/minutes.ts';
import { readGold } from './compact-gold.ts';
import { DocumentError, asMinutesDocument, isDocumentFile, readDocumentDir, readJson } from './documents.ts';
import { scoreDocument, summarizeTallies, Tallies, type Scores } from './eval.ts';
import { COMPARISONS, type MatchMode } from './normalize.ts';

export interface EvalOptions {
  goldDir: string;
  predDir: string;
  /** Where NNN.txt of a compact gold is, to locate its sections (default: goldDir). */
  rawDir?: string;
  /** Only these gold names (NNN). */
  ids?: readonly string[];
}

export interface Missing {
  name: string;
  reason: string;
}

export interface EvalReport {
  docs: number;
  /** Gold documents without a usable prediction (scored as all missed). */
  missing: Missing[];
  /** Gold files that could not be read (not scored). */
  errors: Array<{ file: string; reason: string }>;
  soft: Scores;
  strict: Scores;
}

/** "000.gold.json" and "000.json" are both gold 000. */
const goldName = (file: string): string => file.replace(/(\.gold)?\.json$/, '');

async function readTextIfAny(file: string): Promise<string | null> {
  return existsSync(file) ? readFile(file, 'utf8') : null;
}

export async function evaluate(options: EvalOptions): Promise<EvalReport> {
  const { goldDir, predDir } = options;
  const rawDir = options.rawDir ?? goldDir;
  const files = (await readdir(goldDir)).filter(isDocumentFile).sort();
  const tallies = { soft: new Tallies(), strict: new Tallies() };
  const missing: Missing[] = [];
  const errors: EvalReport['errors'] = [];
  let byId: Map<string, MinutesDocument> | null = null;
  let docs = 0;

  for (const file of files) {
    const name = goldName(file);
    if (options.ids && !options.ids.includes(name)) continue;
    let gold;
    try {
      gold = readGold(await readJson(join(goldDir, file)));
    } catch (err) {
      errors.push(err instanceof DocumentError ? { file: err.file, reason: err.reason } : { file: join(goldDir, file), reason: (err as Error).message });
      continue;
    }
    let pred: MinutesDocument | null = null;
    const predFile = join(predDir, `${name}.json`);
    if (existsSync(predFile)) {
      try {
        pred = asMinutesDocument(predFile, await readJson(predFile));
      } catch (err) {
        if (!(err instanceof DocumentError)) throw err;
        missing.push({ name, reason: err.message });
      }
    } else if (gold.id) {
      byId ??= new Map((await readDocumentDir(predDir)).documents.map((d) => [d.doc.id, d.doc]));
      pred = byId.get(gold.id) ?? null;
      if (!pred) missing.push({ name, reason: `no ${name}.json in ${predDir}, nor a document with id ${gold.id}` });
    } else {
      missing.push({ name, reason: `no ${name}.json in ${predDir}` });
    }
    const text = gold.text ?? (await readTextIfAny(join(rawDir, `${name}.txt`)));
    for (const mode of ['soft', 'strict'] as const satisfies readonly MatchMode[]) scoreDocument(gold.gold, text, pred, COMPARISONS[mode], tallies[mode]);
    docs++;
  }
  return { docs, missing, errors, soft: summarizeTallies(tallies.soft), strict: summarizeTallies(tallies.strict) };
}

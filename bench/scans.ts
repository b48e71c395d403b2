/**
 * Scanned corpus scored by the project's scorer (`npm run score:scans`): every text of the
 * shared corpus rendered as a scan (fixtures/scan-pdf.ts: plain, rotated, G4 variants), read
 * by the whole pipeline with OCR, scored by ../shared/tools/score.py against the gold, beside
 * the .txt run.
 *
 * Checks: scans macro F1 >= 0.85; date, attendance and items fields within 0.05 of the text
 * run; rotated and G4 variants within 0.02 of the plain scans (macro F1).
 *
 * OCR output is cached per scan (.cache/ocr/, keyed by the PDF's hash and the OCR sources), so
 * a change to extraction re-scores in seconds; --fresh OCRs everything again.
 *
 * Options: --variants plain,rotated,g4  --workers N (default: cores)  --fresh  --out DIR
 *          --strict (exit 1 on FAIL)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CORPUS_DIR, FIXTURES_DIR } from '../fixtures/generate.ts';
import { cachedScan } from '../fixtures/scan-cache.ts';
import type { ScanVariant } from '../fixtures/scan-pdf.ts';
import { writeFileAtomicSync } from '../src/cli/atomic-write.ts';
import { loadBytes } from '../src/ingest/load.ts';
import type { LoadedDocument } from '../src/ingest/types.ts';
import { OcrPool } from '../src/ocr/engine.ts';
import { readPages } from '../src/ocr/read-pages.ts';
import { analyze } from '../src/pipeline.ts';
import { arg, runMain } from './command-line.ts';
import { scorePy, type Score } from './score-py.ts';

const REPO = dirname(FIXTURES_DIR);
const OCR_CACHE = join(REPO, '.cache', 'ocr');
const BUDGET = { macro: 0.85, vsText: 0.05, vsPlain: 0.02 };
/** Fields the issue compares with the text run: the date, attendance and items. */
const COMPARED = /^(meeting\.date|attendance\.|items$|item\.)/;

const score = (predDir: string): Score => scorePy(DEFAULT_CORPUS_DIR, predDir);

/** What the OCR reads depends on these sources; any change to them invalidates the cache. */
function ocrSourcesHash(): string {
  const h = createHash('sha256');
  for (const dir of ['src/ocr', 'src/ingest']) {
    for (const f of readdirSync(join(REPO, dir)).sort()) h.update(f).update(readFileSync(join(REPO, dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

async function ocrCached(pdfPath: string, pool: () => Promise<OcrPool>, fresh: boolean, sourcesHash: string): Promise<{ loaded: LoadedDocument; cached: boolean }> {
  const bytes = new Uint8Array(readFileSync(pdfPath));
  const key = `${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}-${sourcesHash}`;
  const name = `${key}.json`;
  const path = join(OCR_CACHE, name);
  if (!fresh && existsSync(path)) return { loaded: JSON.parse(readFileSync(path, 'utf8')) as LoadedDocument, cached: true };
  const loaded = await readPages(await loadBytes(pdfPath.replace(/^.*\//, ''), bytes, { allowImageOnly: true }), bytes, await pool());
  mkdirSync(OCR_CACHE, { recursive: true });
  writeFileAtomicSync(OCR_CACHE, name, JSON.stringify(loaded));
  return { loaded, cached: false };
}

async function main(): Promise<number> {
  const variants = arg('--variants', 'plain,rotated,g4').split(',') as ScanVariant[];
  const workers = arg('--workers', '');
  const fresh = process.argv.includes('--fresh');
  const strict = process.argv.includes('--strict');
  const outRoot = arg('--out', mkdtempSync(join(tmpdir(), 'minutes-scans-')));
  const ids = readdirSync(DEFAULT_CORPUS_DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.split('.')[0]!)
    .sort();

  let started: Promise<OcrPool> | undefined;
  const pool = () => (started ??= OcrPool.create(workers ? { workers: Number(workers) } : {}));
  const sourcesHash = ocrSourcesHash();

  // The text run, through the same analyze().
  const textDir = join(outRoot, 'text');
  mkdirSync(textDir, { recursive: true });
  for (const id of ids) {
    const txt = readFileSync(join(DEFAULT_CORPUS_DIR, `${id}.txt`));
    writeFileSync(join(textDir, `${id}.json`), JSON.stringify(analyze(await loadBytes(`${id}.txt`, txt))));
  }
  const scores: Record<string, Score> = { text: score(textDir) };

  const pagesRead: Record<string, { pages: number; ms: number; cached: number; confidence: number[] }> = {};
  for (const variant of variants) {
    const dir = join(outRoot, variant);
    mkdirSync(dir, { recursive: true });
    const stats = (pagesRead[variant] = { pages: 0, ms: 0, cached: 0, confidence: [] as number[] });
    for (const id of ids) {
      const pdf = await cachedScan(join(DEFAULT_CORPUS_DIR, `${id}.txt`), variant);
      const t0 = performance.now();
      const { loaded, cached } = await ocrCached(pdf, pool, fresh, sourcesHash);
      if (!cached) stats.ms += performance.now() - t0;
      stats.pages += loaded.pages.length;
      stats.cached += cached ? 1 : 0;
      for (const p of loaded.pages) if (p.confidence !== null) stats.confidence.push(p.confidence);
      process.stderr.write(`\r${variant}: ${id} (${loaded.pages.length} pages${cached ? ', cached' : ''})        `);
      writeFileSync(join(dir, `${id}.json`), JSON.stringify(analyze(loaded)));
    }
    process.stderr.write('\n');
    scores[variant] = score(dir);
  }
  await (await started)?.close();

  // Report: every field, text beside each variant.
  const columns = ['text', ...variants];
  const fields = Object.keys(scores.text!.fields);
  const W = 28;
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(W) : c.padStart(9))).join(' '));
  console.log(`\nminutes score:scans: ${ids.length} documents; predictions in ${outRoot}\n`);
  line(['field (F1)', ...columns]);
  line(['-'.repeat(W), ...columns.map(() => '-'.repeat(9))]);
  for (const f of fields) line([f, ...columns.map((c) => scores[c]!.fields[f]?.f1.toFixed(3) ?? '-')]);
  line(['MACRO F1', ...columns.map((c) => scores[c]!.macroF1.toFixed(3))]);
  console.log('');
  for (const v of variants) {
    const s = pagesRead[v]!;
    const conf = s.confidence.reduce((a, b) => a + b, 0) / Math.max(1, s.confidence.length);
    console.log(`${v}: ${s.pages} pages, mean confidence ${conf.toFixed(3)}${s.cached < ids.length ? `, OCR ${(s.ms / 1000).toFixed(0)} s for ${ids.length - s.cached} documents` : ' (OCR cached)'}`);
  }

  const checks: Array<[string, boolean]> = [];
  const plain = scores.plain ?? scores[variants[0]!]!;
  checks.push([`scans macro F1 ${plain.macroF1.toFixed(3)} >= ${BUDGET.macro}`, plain.macroF1 >= BUDGET.macro]);
  for (const f of fields.filter((f) => COMPARED.test(f))) {
    const gap = scores.text!.fields[f]!.f1 - (plain.fields[f]?.f1 ?? 0);
    checks.push([`${f}: text - scan = ${gap.toFixed(3)} <= ${BUDGET.vsText}`, gap <= BUDGET.vsText]);
  }
  for (const v of variants.filter((v) => v !== 'plain' && scores.plain)) {
    const gap = Math.abs(scores[v]!.macroF1 - scores.plain!.macroF1);
    checks.push([`${v} vs plain: |${scores[v]!.macroF1.toFixed(3)} - ${scores.plain!.macroF1.toFixed(3)}| = ${gap.toFixed(3)} <= ${BUDGET.vsPlain}`, gap <= BUDGET.vsPlain]);
  }
  console.log('');
  for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
  console.log('');
  return strict && checks.some(([, ok]) => !ok) ? 1 : 0;
}

runMain(main);

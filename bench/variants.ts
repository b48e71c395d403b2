/**
 * Robustness to layout and typing (`npm run score:variants`): every text of the shared corpus
 * as other producers would have given it (fixtures/text-variants.ts), analyzed, and scored by
 * ../shared/tools/score.py against the same gold, beside the text as it came:
 *   - rewrapped as narrower and wider columns would have wrapped it (only spaces and line
 *     breaks trade places);
 *   - with its blank lines dropped, as many text layers drop them;
 *   - without accents, as typed by some or read by OCR ("procuration a", "a la majorite");
 *   - with family names in title case ("Michèle Dupont" rather than "Michèle DUPONT").
 *
 * A rule that reads a title only up to the end of one line, or knows "à" but not "a", works on
 * the document it was written for and fails on the next one; this is where that shows.
 *
 * Check: for every layout, macro F1 within 0.01 of the unchanged texts.
 * Options: --widths 45,70,110  --out DIR (predictions kept there)  --strict (exit 1 on FAIL)
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../fixtures/generate.ts';
import { dropAccents, dropBlankLines, namesInTitleCase, reflow } from '../fixtures/text-variants.ts';
import { loadBytes } from '../src/ingest/load.ts';
import { analyze } from '../src/pipeline.ts';
import { arg, runMain } from './command-line.ts';
import { scorePy, type Score } from './score-py.ts';

const BUDGET = 0.01;

interface GoldSection {
  from: string;
  to: string;
}

/** The gold with its section bounds re-read at the same offsets of the rewrapped text. */
function movedGold(gold: { sections?: GoldSection[] | null }, before: string, after: string): unknown {
  for (const s of gold.sections ?? []) {
    const a = before.indexOf(s.from);
    const b = before.indexOf(s.to, Math.max(a, 0));
    if (a >= 0) s.from = after.slice(a, a + s.from.length);
    if (b >= 0) s.to = after.slice(b, b + s.to.length);
  }
  return gold;
}

/** The gold with its section bounds, quoted text, changed as the text was. */
function quotedGold(gold: { sections?: GoldSection[] | null }, change: (s: string) => string): unknown {
  for (const s of gold.sections ?? []) Object.assign(s, { from: change(s.from), to: change(s.to) });
  return gold;
}

/** The layouts compared with the text as given: a label, the text, the gold. */
interface Variant {
  label: string;
  dir: string;
  text: (t: string) => string;
  gold: (g: { sections?: GoldSection[] | null }, before: string, after: string) => unknown;
}

async function run(dir: string, texts: ReadonlyMap<string, string>): Promise<Score> {
  const pred = join(dir, 'pred');
  mkdirSync(pred, { recursive: true });
  for (const [id, text] of texts) {
    const doc = analyze(await loadBytes(`${id}.txt`, new TextEncoder().encode(text)));
    writeFileSync(join(pred, `${id}.json`), JSON.stringify(doc));
  }
  return scorePy(dir, pred);
}

async function main(): Promise<number> {
  const widths = arg('--widths', '45,70,110').split(',').map(Number).filter((w) => w > 10);
  const outRoot = arg('--out', mkdtempSync(join(tmpdir(), 'minutes-variants-')));
  const strict = process.argv.includes('--strict');
  const ids = readdirSync(DEFAULT_CORPUS_DIR).filter((f) => /^\d+\.gold\.json$/.test(f)).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  const original = new Map(ids.map((id) => [id, readFileSync(join(DEFAULT_CORPUS_DIR, `${id}.txt`), 'utf8')]));

  const variants: Variant[] = [
    { label: 'as given', dir: 'as-given', text: (t) => t, gold: (g) => g },
    ...widths.map((w): Variant => ({ label: `width ${w}`, dir: `width-${w}`, text: (t) => reflow(t, w), gold: movedGold })),
    { label: 'no blank', dir: 'no-blank-lines', text: dropBlankLines, gold: (g) => quotedGold(g, dropBlankLines) },
    { label: 'no accent', dir: 'no-accents', text: dropAccents, gold: (g) => quotedGold(g, dropAccents) },
    { label: 'title case', dir: 'names-title-case', text: namesInTitleCase, gold: movedGold },
  ];
  const labels = variants.map((v) => v.label);
  const scores: Score[] = [];
  for (const variant of variants) {
    const dir = join(outRoot, variant.dir);
    mkdirSync(dir, { recursive: true });
    const texts = new Map<string, string>();
    for (const id of ids) {
      const before = original.get(id)!;
      const after = variant.text(before);
      texts.set(id, after);
      writeFileSync(join(dir, `${id}.txt`), after);
      const gold = JSON.parse(readFileSync(join(DEFAULT_CORPUS_DIR, `${id}.gold.json`), 'utf8')) as { sections?: GoldSection[] | null };
      writeFileSync(join(dir, `${id}.gold.json`), JSON.stringify(variant.gold(gold, before, after)));
    }
    scores.push(await run(dir, texts));
  }

  const W = 24;
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(W) : c.padStart(11))).join(' '));
  console.log(`\nminutes score:variants: ${ids.length} documents in ${variants.length - 1} variants; predictions in ${outRoot}\n`);
  line(['field (F1)', ...labels]);
  line(['-'.repeat(W), ...labels.map(() => '-'.repeat(11))]);
  for (const field of Object.keys(scores[0]!.fields).sort()) {
    const f1 = scores.map((s) => s.fields[field]?.f1 ?? NaN);
    // Only the fields that move: the table is about what a layout changes.
    if (f1.every((x) => Math.abs(x - f1[0]!) < 0.005)) continue;
    line([field, ...f1.map((x) => x.toFixed(3))]);
  }
  line(['macro', ...scores.map((s) => s.macroF1.toFixed(3))]);
  console.log('');
  let ok = true;
  for (const [i, s] of scores.entries()) {
    if (i === 0) continue;
    const pass = scores[0]!.macroF1 - s.macroF1 <= BUDGET;
    ok &&= pass;
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${labels[i]}: macro F1 ${s.macroF1.toFixed(3)}, within ${BUDGET} of ${scores[0]!.macroF1.toFixed(3)}`);
  }
  console.log('');
  return strict && !ok ? 1 : 0;
}

runMain(main);

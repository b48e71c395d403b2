/**
 * pdf.js's legacy build replaces Array.prototype.push and JSON.parse process-wide with core-js
 * polyfills; src/ingest/pdfjs.ts puts the engine's back. These tests keep it the only door.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../corpus.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the pdf.js door (src/ingest/pdfjs.ts)', () => {
  it('is the only module of src/ and pipelines/ that loads pdf-parse or pdfjs-dist', () => {
    const offenders = [...sources(join(REPO_ROOT, 'src')), ...sources(join(REPO_ROOT, 'pipelines'))]
      .filter((f) => !f.endsWith(join('ingest', 'pdfjs.ts')))
      // A type-only import is erased at compile time and evaluates nothing.
      .filter((f) => /^\s*import\s+(?!type\b)[^;]*from\s+'(?:pdf-parse|pdfjs-dist)[^']*'|import\(\s*'(?:pdf-parse|pdfjs-dist)/m.test(readFileSync(f, 'utf8')))
      .map((f) => relative(REPO_ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('leaves the engine\'s Array.prototype.push and JSON.parse in place once PDFs can be read', () => {
    const script = `
      const push = Array.prototype.push, parse = JSON.parse;
      const { register } = await import('tsx/esm/api'); register();
      const { loadBytes } = await import('./src/ingest/load.ts');
      await import('./src/ingest/page-image.ts');
      const { readFileSync } = await import('node:fs');
      await loadBytes('000.pdf', readFileSync('fixtures/pdf/000.pdf'));
      console.log(JSON.stringify({ push: push === Array.prototype.push, parse: parse === JSON.parse }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toEqual({ push: true, parse: true });
  }, 60_000);
});

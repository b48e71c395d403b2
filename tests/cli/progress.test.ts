import { describe, expect, it } from 'vitest';
import { formatDuration, Progress, renderBar } from '../../src/cli/progress.ts';

function sink(columns = 80) {
  const chunks: string[] = [];
  const stream = { columns, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

describe('progress', () => {
  it('formats durations as m:ss or h:mm:ss', () => {
    expect([formatDuration(0), formatDuration(61_400), formatDuration(3_725_000)]).toEqual(['0:00', '1:01', '1:02:05']);
  });

  it('draws files done/total, pages, failures, elapsed and ETA within the terminal width', () => {
    const line = renderBar({ done: 10, total: 40, pages: 31, failed: 1, elapsedMs: 20_000 }, 100);
    expect(line).toBe('[#####---------------] 10/40 files · 31 pages · 1 failed · 0:20 · ETA 1:00');
    expect(line.length).toBeLessThan(100);
    expect(renderBar({ done: 10, total: 40, pages: 31, failed: 1, elapsedMs: 20_000 }, 30)).toBe(' 10/40 files · 31 pages · 1 f');
  });

  it('counts the OCR pages of a scan while it is being read, and stops once it is done', () => {
    const state = { done: 2, total: 5, pages: 9, failed: 0, elapsedMs: 60_000 };
    expect(renderBar({ ...state, ocr: { done: 3, total: 12 } }, 120)).toBe('[########------------] 2/5 files · 9 pages · OCR 3/12 pages · 0 failed · 1:00 · ETA 1:30');
    expect(renderBar({ ...state, ocr: { done: 12, total: 12 } }, 120)).not.toContain('OCR');
    const { stream, text } = sink();
    const p = new Progress(stream, 'lines', (f) => f.file);
    p.start(1);
    for (let i = 1; i <= 12; i++) p.ocrPage('scan.pdf', i, 12);
    expect(text()).toBe('ocr scan.pdf: 10/12 pages\nocr scan.pdf: 12/12 pages\n');
  });

  it('prints one line per file and the summary when stderr is not a TTY', () => {
    const { stream, text } = sink();
    const p = new Progress(stream, 'lines', (f) => `FAIL ${f.file}: ${f.code}: ${f.message}`);
    p.start(3);
    p.ok('000.txt', 1, 'deliberation', 'out/000.json');
    p.fail({ file: 'bad.pdf', code: 'ENCRYPTED_PDF', message: 'encrypted' });
    p.finish(1);
    expect(text()).toMatch(
      /^ok 000\.txt -> out\/000\.json \(1 page, deliberation\)\nFAIL bad\.pdf: ENCRYPTED_PDF: encrypted\n1 document \(1 page\), 1 failed, in [\d.]+ s\ninterrupted: 1 of 3 inputs not processed\nfailed:\n {2}bad\.pdf: ENCRYPTED_PDF: encrypted\n$/,
    );
  });

  it('prints only failures in the failures view', () => {
    const { stream, text } = sink();
    const p = new Progress(stream, 'failures', (f) => JSON.stringify(f));
    p.start(2);
    p.note('ignored');
    p.ok('a.txt', 2, 'minutes', undefined);
    p.fail({ file: 'b.pdf', code: 'NEEDS_OCR', message: 'scan' });
    p.finish(0);
    expect(text()).toBe('{"file":"b.pdf","code":"NEEDS_OCR","message":"scan"}\n');
  });

  it('redraws a single line in place on a TTY, failures above it, and clears it before the summary', () => {
    const { stream, text } = sink();
    const p = new Progress(stream, 'bar', (f) => `FAIL ${f.file}`);
    p.start(2);
    p.fail({ file: 'b.pdf', code: 'NEEDS_OCR', message: 'scan' });
    p.ok('a.txt', 2, 'minutes', undefined);
    p.finish(0);
    const out = text();
    expect(out).not.toMatch(/\n.*\/2 files.*\n/); // the bar never ends a line
    expect(out).toContain('\r\x1b[2KFAIL b.pdf\n');
    expect(out).toMatch(/2\/2 files · 2 pages · 1 failed/);
    expect(out).toMatch(/\r\x1b\[2K1 document \(2 pages\), 1 failed/);
  });
});

/**
 * What a batch tells the user on stderr while it runs, then its summary.
 *   bar:      a TTY: one line redrawn in place (files, pages, failures, elapsed, ETA), failures above it
 *   lines:    not a TTY: one line per file
 *   failures: only the failures (--quiet, or ndjson on a non-TTY where stderr is a stream of JSON lines)
 */
import { performance } from 'node:perf_hooks';

export interface Failure {
  file: string;
  code: string;
  message: string;
}

export type View = 'bar' | 'lines' | 'failures';

export interface BarState {
  done: number;
  total: number;
  pages: number;
  failed: number;
  elapsedMs: number;
  /** OCR of the current document: pages read of pages to read. */
  ocr?: { done: number; total: number } | undefined;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}

const BAR_WIDTH = 20;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The progress line, at most `columns - 1` characters (the last column would wrap on some terminals). */
export function renderBar(s: BarState, columns: number): string {
  const eta = s.done > 0 && s.done < s.total ? ` · ETA ${formatDuration((s.elapsedMs / s.done) * (s.total - s.done))}` : '';
  const ocr = s.ocr && s.ocr.done < s.ocr.total ? ` · OCR ${s.ocr.done}/${s.ocr.total} pages` : '';
  const text = ` ${s.done}/${s.total} files · ${plural(s.pages, 'page')}${ocr} · ${s.failed} failed · ${formatDuration(s.elapsedMs)}${eta}`;
  // A bar of fixed width, or none on a narrow terminal: it must not jitter as the numbers grow.
  const filled = s.total === 0 ? BAR_WIDTH : Math.round((BAR_WIDTH * s.done) / s.total);
  const bar = columns - 1 >= BAR_WIDTH + 2 + text.length ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]` : '';
  return `${bar}${text}`.slice(0, Math.max(0, columns - 1));
}

export class Progress {
  private readonly started = performance.now();
  private total = 0;
  private done = 0;
  private pages = 0;
  private readonly failures: Failure[] = [];
  private ocr: { done: number; total: number } | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly view: View,
    private readonly failureLine: (f: Failure) => string,
  ) {}

  get failed(): number {
    return this.failures.length;
  }

  start(total: number): void {
    this.total = total;
    if (this.view !== 'bar') return;
    this.redraw();
    this.timer = setInterval(() => this.redraw(), 1000).unref();
  }

  /** A remark for the user (renamed output, empty directory); not shown in the failures view. */
  note(message: string): void {
    if (this.view !== 'failures') this.print(`note: ${message}`);
  }

  /** A scanned page has been read: long documents show their pages going by. */
  ocrPage(file: string, done: number, total: number): void {
    this.ocr = { done, total };
    if (this.view === 'lines' && (done === total || done % 10 === 0)) this.print(`ocr ${file}: ${done}/${total} pages`);
    else this.redraw();
  }

  ok(file: string, pages: number, kind: string, output: string | undefined): void {
    this.done++;
    this.pages += pages;
    if (this.view === 'lines') this.print(`ok ${file}${output ? ` -> ${output}` : ''} (${plural(pages, 'page')}, ${kind})`);
    else this.redraw();
  }

  fail(failure: Failure): void {
    this.done++;
    this.failures.push(failure);
    this.print(this.failureLine(failure));
  }

  /** Clears the bar and prints the summary; `remaining` inputs were not processed, for `why`. */
  finish(remaining: number, why = 'interrupted'): void {
    clearInterval(this.timer);
    if (this.view === 'bar') this.stream.write('\r\x1b[2K');
    if (this.view === 'failures') return;
    const documents = this.done - this.failures.length;
    const lines = [
      `${plural(documents, 'document')} (${plural(this.pages, 'page')}), ${this.failures.length} failed, in ${((performance.now() - this.started) / 1000).toFixed(1)} s`,
    ];
    if (remaining > 0) lines.push(`${why}: ${remaining} of ${this.total} inputs not processed`);
    if (this.failures.length > 0) lines.push('failed:', ...this.failures.map((f) => `  ${f.file}: ${f.code}: ${f.message}`));
    this.stream.write(`${lines.join('\n')}\n`);
  }

  private print(line: string): void {
    this.stream.write(this.view === 'bar' ? `\r\x1b[2K${line}\n` : `${line}\n`);
    this.redraw();
  }

  private redraw(): void {
    if (this.view !== 'bar' || this.total === 0) return;
    const state = { done: this.done, total: this.total, pages: this.pages, failed: this.failures.length, elapsedMs: performance.now() - this.started, ocr: this.ocr };
    this.stream.write(`\r\x1b[2K${renderBar(state, this.stream.columns || 80)}`);
  }
}

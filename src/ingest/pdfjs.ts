/**
 * The one door to pdf.js (and pdf-parse, which wraps it): every module of the project that
 * needs either imports it from here.
 *
 * Why: pdf.js's legacy build, the one pdf-parse loads in Node, bundles core-js, which on Node 20
 * replaces two engine built-ins for the whole process with JavaScript polyfills, for spec corner
 * cases nothing here depends on: `Array.prototype.push` (a push onto an array whose length is
 * read-only must throw) and `JSON.parse` (source-text access for revivers). Every push anywhere
 * in the process, ours and pdf.js's own, then runs ~10 lines of JavaScript instead of the
 * inlined built-in, and every JSON.parse a much slower one. So the engine's functions are
 * captured before pdf.js is evaluated and put back right after.
 * Measured on the bench's text-layer PDFs (npm run bench): pdf-parse alone 434 -> 501 pages/s,
 * the whole pipeline 336 -> 378 pages/s.
 */
const ENGINE_PUSH = Array.prototype.push;
const ENGINE_JSON_PARSE = JSON.parse;

const pdfParse = await import('pdf-parse');
export const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// The worker half, which pdf.js runs in this thread in Node, bundles core-js too and would
// replace them again on the first PDF read: load it now (it registers itself as
// globalThis.pdfjsWorker, which pdf.js then uses instead of importing it later).
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

for (const [owner, key, value] of [
  [Array.prototype, 'push', ENGINE_PUSH],
  [JSON, 'parse', ENGINE_JSON_PARSE],
] as const) {
  Object.defineProperty(owner, key, { value, writable: true, enumerable: false, configurable: true });
}

export const { PDFParse, VerbosityLevel } = pdfParse;
export type PDFParse = InstanceType<typeof PDFParse>;

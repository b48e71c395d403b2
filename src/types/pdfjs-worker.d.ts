// pdf.js ships no declarations for its worker half; src/ingest/pdfjs.ts only loads it for its side effect.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';

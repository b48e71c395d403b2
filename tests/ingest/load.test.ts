import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFixtures, FIXTURES_DIR, makePng, hasQpdf, sha256 } from '../../fixtures/generate.ts';
import { renderTextPdf, LINES_PER_PAGE, toWinAnsi } from '../../fixtures/text-pdf.ts';
import { decodeText, hasUsableText, loadBytes, loadFile } from '../../src/ingest/load.ts';
import { CORPUS_DIR } from '../corpus.ts';
import { InputError, type InputErrorCode, type LoadedDocument } from '../../src/ingest/types.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

// pdf.js start-up (its worker module goes through the vite transform) can take seconds on a busy box.
vi.setConfig({ testTimeout: 30_000 });

const CORPUS = CORPUS_DIR;
const bad = (name: string) => join(FIXTURES_DIR, 'bad', name);
const enc = (s: string) => new TextEncoder().encode(s);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Non-blank lines, whitespace collapsed. */
const lines = (s: string) => s.split('\n').map(collapse).filter((l) => l !== '');
const pdfLines = (doc: LoadedDocument) => doc.pages.flatMap((p) => lines(p.text));

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, got a document');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bad inputs: exact error codes, file named', () => {
  const cases: Array<[string, InputErrorCode, RegExp]> = [
    ['empty.pdf', 'EMPTY_FILE', /empty/],
    ['not-a-pdf.pdf', 'UNSUPPORTED_TYPE', /PNG/],
    ['truncated.pdf', 'CORRUPT_PDF', /damaged|invalid/],
    ['corrupt.pdf', 'CORRUPT_PDF', /damaged|invalid/],
    ['encrypted.pdf', 'ENCRYPTED_PDF', /password|encrypted/],
    ['zero-pages.pdf', 'NO_PAGES', /no pages/],
    ['image-only.pdf', 'NEEDS_OCR', /image-only PDF: 1 page needs OCR, which is turned off/],
  ];
  for (const [name, code, reason] of cases) {
    it(`${name} -> ${code}`, async () => {
      const path = bad(name);
      const error = await inputError(loadFile(path));
      expect(error.code).toBe(code);
      expect(error.file).toBe(path);
      expect(error.message).toContain(path);
      expect(error.message).toMatch(reason);
    });
  }

  it('loadBytes names the file it was given', async () => {
    const error = await inputError(loadBytes('scan-2024.pdf', new Uint8Array(readFileSync(bad('corrupt.pdf')))));
    expect(error.code).toBe('CORRUPT_PDF');
    expect(error.file).toBe('scan-2024.pdf');
    expect(error.message).toMatch(/^scan-2024\.pdf: /);
  });

  it('missing file and directory -> READ_FAILED', async () => {
    expect((await inputError(loadFile('/nonexistent/x.pdf'))).code).toBe('READ_FAILED');
    expect((await inputError(loadFile(FIXTURES_DIR))).code).toBe('READ_FAILED');
  });

  it('TOO_LARGE is decided by stat, before reading the file', async () => {
    const readFile = vi.mocked(fsPromises.readFile);
    readFile.mockClear();
    const error = await inputError(loadFile(join(FIXTURES_DIR, 'pdf', '000.pdf'), { maxBytes: 1000 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/000\.pdf: file too large \(\d+ bytes, limit 1000\)/);
    expect(readFile).not.toHaveBeenCalled();
    expect((await inputError(loadBytes('x.txt', enc('hello world'), { maxBytes: 5 }))).code).toBe('TOO_LARGE');
  });

  it('whitespace-only and BOM-only inputs -> EMPTY_FILE', async () => {
    expect((await inputError(loadBytes('a.txt', enc(' \n\t\f\r\n ')))).code).toBe('EMPTY_FILE');
    expect((await inputError(loadBytes('b.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])))).code).toBe('EMPTY_FILE');
    expect((await inputError(loadBytes('c.txt', new Uint8Array(0)))).code).toBe('EMPTY_FILE');
  });

  it('binary content is refused whatever the extension', async () => {
    expect((await inputError(loadBytes('image.txt', makePng(4, 4)))).code).toBe('UNSUPPORTED_TYPE');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00]);
    const zipError = await inputError(loadBytes('minutes.pdf', zip));
    expect(zipError.code).toBe('UNSUPPORTED_TYPE');
    expect(zipError.message).toMatch(/ZIP/);
    const random = new Uint8Array(512).map((_, i) => (i * 73 + 11) % 256);
    expect((await inputError(loadBytes('data.bin', random))).code).toBe('UNSUPPORTED_TYPE');
  });

  it('never throws anything but InputError on damaged PDFs, and prints nothing', async () => {
    const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => vi.spyOn(console, m));
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    const pdf = new Uint8Array(readFileSync(join(FIXTURES_DIR, 'pdf', '000.pdf')));
    const variants: Uint8Array[] = [];
    for (let cut = 9; cut < pdf.length; cut += Math.floor(pdf.length / 25)) variants.push(pdf.slice(0, cut));
    for (let k = 0; k < 25; k++) {
      const v = pdf.slice();
      for (let j = 0; j < 8; j++) v[(k * 7919 + j * 104729) % v.length] = (k * 31 + j * 17) % 256;
      variants.push(v);
    }
    for (const v of variants) {
      try {
        await loadBytes('fuzz.pdf', v, { timeoutMs: 20_000 });
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
    for (const spy of [...spies, stdout, stderr]) expect(spy).not.toHaveBeenCalled();
  });
});

describe('plain text', () => {
  it('splits pages on form feed and drops a trailing empty page', async () => {
    const doc = await loadBytes('m.txt', enc('page one\nline 2\fpage two\f\n'));
    expect(doc.pages.map((p) => p.text)).toEqual(['page one\nline 2', 'page two']);
    expect(doc.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(doc.pages.every((p) => p.method === 'text' && p.confidence === null && !p.needsOcr)).toBe(true);
    expect(doc.warnings).toEqual([]);
  });

  it('reports sha256 and byte length of the input', async () => {
    const bytes = enc('Séance du conseil municipal\n');
    const doc = await loadBytes('m.txt', bytes);
    expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(doc.bytes).toBe(bytes.length);
    expect(doc.fileName).toBe('m.txt');
  });

  it('strips a UTF-8 BOM', async () => {
    const doc = await loadBytes('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Délibération n° 12')]));
    expect(doc.pages[0]!.text).toBe('Délibération n° 12');
  });

  it('decodes invalid UTF-8 as windows-1252', async () => {
    // "Délibération l’été : 5 €" in windows-1252: é=E9, ’=92, €=80
    const bytes = new Uint8Array([...enc('D'), 0xe9, ...enc('lib'), 0xe9, ...enc('ration l'), 0x92, 0xe9, ...enc('t'), 0xe9, ...enc(' : 5 '), 0x80]);
    const doc = await loadBytes('cp1252.txt', bytes);
    expect(doc.pages[0]!.text).toBe('Délibération l’été : 5 €');
  });

  it('type is decided by content: a .pdf name holding text loads as text', async () => {
    const doc = await loadBytes('actually-text.pdf', enc('Compte rendu de la séance du conseil'));
    expect(doc.pages[0]!.method).toBe('text');
    expect(decodeText(enc('abc'))).toBe('abc');
  });

  it('loads the not-minutes text (refusing it is the classifier’s job)', async () => {
    const doc = await loadFile(bad('not-minutes.txt'));
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]!.text).toContain('Gâteau au yaourt');
  });
});

describe('PDF text layer', () => {
  it('000.pdf round-trips the text of 000.txt, line for line', async () => {
    const source = readFileSync(join(CORPUS, '000.txt'), 'utf8');
    const doc = await loadFile(join(FIXTURES_DIR, 'pdf', '000.pdf'));
    expect(doc.fileName).toBe('000.pdf');
    expect(doc.warnings).toEqual([]);
    expect(doc.pages.length).toBe(Math.ceil(source.replace(/\n$/, '').split('\n').length / LINES_PER_PAGE));
    const all = collapse(doc.pages.map((p) => p.text).join('\n'));
    for (const line of lines(source)) expect(all).toContain(line);
    expect(pdfLines(doc)).toEqual(lines(source));
    // No page markers, no blank lines, no trailing newline.
    for (const p of doc.pages) {
      expect(p.text).not.toMatch(/-- \d+ of \d+ --/);
      expect(p.text).not.toMatch(/\n\s*\n/);
      expect(p.text).toBe(p.text.trimEnd());
    }
  });

  it('a rendered corpus text keeps its page and line structure', async () => {
    for (const name of ['001', '006', '010', '025']) {
      const text = readFileSync(join(CORPUS, `${name}.txt`), 'utf8');
      const doc = await loadBytes(`${name}.pdf`, await renderTextPdf(text));
      // Expected: the source lines as drawn (WinAnsi), LINES_PER_PAGE per page, blank lines not in a text layer.
      const source = toWinAnsi(text).replace(/\n$/, '').split('\n');
      const expected: string[][] = [];
      for (let i = 0; i < source.length; i += LINES_PER_PAGE) expected.push(lines(source.slice(i, i + LINES_PER_PAGE).join('\n')));
      expect(doc.pages.map((p) => lines(p.text)), name).toEqual(expected);
    }
  });

  it('form feed forces a new page in the rendered PDF', async () => {
    const doc = await loadBytes('ff.pdf', await renderTextPdf('Première page du procès-verbal de séance\fDeuxième page du procès-verbal de séance\n'));
    expect(doc.pages.map((p) => p.text)).toEqual(['Première page du procès-verbal de séance', 'Deuxième page du procès-verbal de séance']);
  });

  it('French accents and typographic signs survive; the rest maps to an equivalent or ?', async () => {
    const text = 'L’assemblée « délibère » • œuvre Œ ç à è é ê ë î ï ô ù û ü ÿ É È À Ç … – — € ° ²';
    const doc = await loadBytes('fr.pdf', await renderTextPdf(`${text}\nx ≤ 3 − 1 ﬁn 漢 fin du texte de contrôle`));
    expect(doc.pages[0]!.text.split('\n')).toEqual([text, 'x <= 3 - 1 fin ? fin du texte de contrôle']);
  });

  it('does not detach or change the caller’s bytes', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES_DIR, 'pdf', '000.pdf')));
    const before = sha256(bytes);
    const doc = await loadBytes('000.pdf', bytes);
    expect(bytes.length).toBe(doc.bytes);
    expect(sha256(bytes)).toBe(before);
    expect(doc.sha256).toBe(before);
  });

  it('concurrent loads do not interfere', async () => {
    const names = ['000', '006', '010', '025'];
    const pdfs = await Promise.all(names.map(async (n) => renderTextPdf(readFileSync(join(CORPUS, `${n}.txt`), 'utf8'))));
    const sequential: string[][] = [];
    for (const [i, pdf] of pdfs.entries()) sequential.push((await loadBytes(names[i]!, pdf)).pages.map((p) => p.text));
    const parallel = await Promise.all(pdfs.map((pdf, i) => loadBytes(names[i]!, pdf)));
    expect(parallel.map((d) => d.pages.map((p) => p.text))).toEqual(sequential);
  });

  it('finds the PDF header after a few leading junk bytes', async () => {
    const pdf = new Uint8Array(readFileSync(join(FIXTURES_DIR, 'pdf', '000.pdf')));
    const doc = await loadBytes('junk.pdf', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x0a, ...pdf]));
    expect(doc.pages.length).toBe(2);
  });

  it('flags image-only and garbage pages as needing OCR, keeps the others', async () => {
    const good = 'Le conseil municipal approuve à l’unanimité le compte administratif de l’exercice 2023.';
    const garbage = '#### %%%% @@@@ !!!! ???? ;;;; ++++ ==== **** //// ab cd ef gh';
    const doc = await PDFDocument.load(await renderTextPdf(`${good}\f${garbage}\f${good}`), { updateMetadata: false });
    const image = await doc.embedPng(makePng(32, 32));
    doc.addPage().drawImage(image, { x: 50, y: 50, width: 300, height: 300 });
    const loaded = await loadBytes('mixed.pdf', await doc.save());
    expect(loaded.pages.map((p) => p.needsOcr)).toEqual([false, true, false, true]);
    expect(loaded.pages[1]).toEqual({ page: 2, method: 'ocr', text: '', confidence: null, needsOcr: true });
    expect(loaded.pages[0]).toMatchObject({ page: 1, method: 'text', text: good, confidence: null });
    expect(loaded.warnings).toEqual(['page 2: no usable text layer, needs OCR', 'page 4: no usable text layer, needs OCR']);
  });

  it('hasUsableText: letters count, digits are neutral', () => {
    expect(hasUsableText('')).toBe(false);
    expect(hasUsableText('Vote : 12 pour')).toBe(false); // fewer than 20 letters
    expect(hasUsableText('Budget primitif, section de fonctionnement 2024 : 1 234 567,89 € ; 2 345 678,90 € ; 3 456 789,01 €')).toBe(true);
    expect(hasUsableText('\u0001\u0002\u0003 #### %%%% &&&& abcdefghijklmnopqrstu ###########################')).toBe(false);
  });

  it('a parse that exceeds the timeout is refused as CORRUPT_PDF, not left hanging', async () => {
    const pdf = await renderTextPdf(readFileSync(join(CORPUS, '021.txt'), 'utf8'));
    const error = await inputError(loadBytes('slow.pdf', pdf, { timeoutMs: 1 }));
    expect(error.code).toBe('CORRUPT_PDF');
    expect(error.message).toMatch(/did not finish within 1 ms/);
  });
});

describe('fixtures are deterministic', () => {
  it('renderTextPdf is byte-identical on every run', async () => {
    const text = readFileSync(join(CORPUS, '006.txt'), 'utf8');
    expect(sha256(await renderTextPdf(text))).toBe(sha256(await renderTextPdf(text)));
  });

  it('the generator rebuilds the committed fixtures byte for byte', async () => {
    const a = await buildFixtures(CORPUS);
    const b = await buildFixtures(CORPUS);
    if (!hasQpdf()) expect(a.skipped).toEqual(['bad/encrypted.pdf']);
    for (const [name, bytes] of a.files) {
      expect(sha256(b.files.get(name)!), name).toBe(sha256(bytes));
      expect(sha256(readFileSync(join(FIXTURES_DIR, name))), name).toBe(sha256(bytes));
    }
  });
});

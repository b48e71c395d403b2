/**
 * Ingest: bytes on disk -> pages of text (LoadedDocument), knowing nothing of French minutes.
 *
 * The type is decided by content, never by extension: `%PDF-` near the start -> PDF (text layer
 * via pdf-parse / pdf.js); bytes that decode as text -> plain text (UTF-8, else windows-1252),
 * pages split on form feed. Everything refused raises an InputError with a stable code.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PDFParse, VerbosityLevel } from './pdfjs.ts';
import { InputError, type InputErrorCode, type LoadedDocument, type LoadedPage } from './types.ts';

export interface LoadOptions {
  /** Refuse inputs larger than this (TOO_LARGE). Default 200 MiB. */
  maxBytes?: number;
  /** Give up on a PDF whose parsing takes longer than this (CORRUPT_PDF). Default 120 s. */
  timeoutMs?: number;
  /**
   * Accept a PDF whose pages all lack a text layer (the caller will OCR them). Without it such
   * a PDF is refused with NEEDS_OCR.
   */
  allowImageOnly?: boolean;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;

/** A page with fewer letters than this has no usable text layer. */
export const MIN_PAGE_LETTERS = 20;
/** Among non-space, non-digit characters, at least this share must be letters. */
export const MIN_LETTER_RATIO = 0.5;

/** The header may sit after a few junk bytes (pdf.js and Acrobat look in the first 1024). */
const PDF_HEADER_WINDOW = 1024;

/** Magic numbers of common non-text formats, for a precise UNSUPPORTED_TYPE message. */
const SIGNATURES: ReadonlyArray<readonly [string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['ZIP archive (or DOCX/ODT/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP archive (or DOCX/ODT/XLSX)', [0x50, 0x4b, 0x05, 0x06]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['legacy Office document (OLE2)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Windows executable', [0x4d, 0x5a]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['BMP image', [0x42, 0x4d]],
];

function fail(code: InputErrorCode, file: string, reason: string): never {
  throw new InputError(code, file, `${file}: ${reason}`);
}

/** Read a file from disk and load it. The size is checked with stat before reading. */
export async function loadFile(path: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  return loadBytesAs(path, await readInput(path, options), options);
}

/** The bytes of an input file, refused with READ_FAILED / TOO_LARGE / EMPTY_FILE before reading when it can be. */
export async function readInput(path: string, options: LoadOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) fail('READ_FAILED', path, 'not a regular file');
    size = st.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    fail('READ_FAILED', path, `cannot read file (${describeFsError(error)})`);
  }
  if (size > maxBytes) fail('TOO_LARGE', path, `file too large (${size} bytes, limit ${maxBytes})`);
  if (size === 0) fail('EMPTY_FILE', path, 'file is empty (0 bytes)');
  try {
    return await readFile(path);
  } catch (error) {
    fail('READ_FAILED', path, `cannot read file (${describeFsError(error)})`);
  }
}

/** loadBytes for a file read from `path`: errors name the path as the caller gave it. */
export async function loadBytesAs(path: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedDocument> {
  try {
    return await loadBytes(basename(path), bytes, options);
  } catch (error) {
    // Name the file as the caller gave it (full path), not only its base name.
    if (error instanceof InputError && error.file !== path) {
      const reason = error.message.startsWith(`${error.file}: `) ? error.message.slice(error.file.length + 2) : error.message;
      throw new InputError(error.code, path, `${path}: ${reason}`);
    }
    throw error;
  }
}

/** Load in-memory bytes. `fileName` is only used to name the document and in messages. */
export async function loadBytes(fileName: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) fail('TOO_LARGE', fileName, `file too large (${bytes.length} bytes, limit ${maxBytes})`);
  if (bytes.length === 0) fail('EMPTY_FILE', fileName, 'file is empty (0 bytes)');
  if (isAllWhitespace(bytes)) fail('EMPTY_FILE', fileName, `file contains only whitespace (${bytes.length} bytes)`);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { fileName, sha256, bytes: bytes.length };

  if (findPdfHeader(bytes) >= 0) {
    const { pages, warnings } = await loadPdf(fileName, bytes, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.allowImageOnly ?? false);
    return { ...base, pages, warnings };
  }

  const signature = sniffSignature(bytes);
  if (signature) fail('UNSUPPORTED_TYPE', fileName, `unsupported file type: ${signature}, expected a PDF or a plain-text file`);
  const text = decodeText(bytes);
  if (text === null) fail('UNSUPPORTED_TYPE', fileName, 'unsupported file type: binary content that is neither a PDF nor plain text');
  return { ...base, ...textPages(fileName, text) };
}

// ---------------------------------------------------------------------------------------------
// Plain text

function isAllWhitespace(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3; // UTF-8 BOM
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  }
  return true;
}

function sniffSignature(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) {
      // 'MZ' and 'BM' are plausible starts of a text ("MZ..." is rare, "BM..." less so): require binary content too.
      if (sig.length <= 2 && decodeText(bytes) !== null) continue;
      return name;
    }
  }
  return null;
}

/** Decode text as UTF-8 (BOM stripped), falling back to windows-1252; null when the bytes look binary. */
export function decodeText(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    try {
      const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
      return text.includes('\0') ? null : text;
    } catch {
      return null;
    }
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  // Binary test on the raw bytes: NUL or many C0 control characters.
  let controls = 0;
  for (const b of body) {
    if (b === 0) return null;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1a) || b === 0x7f) controls++;
  }
  if (controls > Math.max(2, body.length * 0.01)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = decodeWindows1252(body);
    // Bytes 0x81 0x8D 0x8F 0x90 0x9D are undefined in windows-1252 (kept as C1 controls).
    const c1 = text.match(/[\u0080-\u009f]/g)?.length ?? 0;
    if (c1 > Math.max(2, text.length * 0.01)) return null;
  }
  return text;
}

/** windows-1252 bytes 0x80..0x9F (undefined ones kept as the C1 control of the same value). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decode windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1
 * (0x92 -> U+0092 instead of ’), a Node bug fixed only in later versions.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function textPages(fileName: string, text: string): { pages: LoadedPage[]; warnings: string[] } {
  const chunks = text.replace(/\r\n?/g, '\n').split('\f');
  while (chunks.length > 1 && chunks[chunks.length - 1]!.trim() === '') chunks.pop();
  if (chunks.every((c) => c.trim() === '')) fail('EMPTY_FILE', fileName, 'file contains only whitespace');
  const pages = chunks.map((chunk, i): LoadedPage => ({ page: i + 1, method: 'text', text: chunk, confidence: null, needsOcr: false }));
  return { pages, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// PDF

export function findPdfHeader(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - 5, PDF_HEADER_WINDOW);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return i;
  }
  return -1;
}

/** pdf-parse's own page marker ("-- 1 of 3 --"), in case it ever appears in page text. */
const PAGE_MARKER = /^[ \t]*-- \d+ of \d+ --[ \t]*$/;

/** Clean one page of pdf-parse text: LF line ends, no page markers, no trailing blank lines. */
export function cleanPageText(text: string): string {
  // Nearly every page has neither a CR nor a marker: only the trailing space goes (trimEnd strips
  // exactly what /\s+$/ does). The split-filter-join pass runs only when it can change something.
  if (text.indexOf('\r') < 0 && text.indexOf('-- ') < 0) return text.trimEnd();
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !PAGE_MARKER.test(line))
    .join('\n')
    .replace(/\s+$/, '');
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

const LETTER_CLASS = 1;
const NEUTRAL_CLASS = 2; // a digit or a space: counted neither way
const OTHER_CLASS = 3;
/**
 * The class of each BMP character past ASCII, worked out with the regular expressions above the
 * first time the character is seen (0: not yet): French text is full of accented letters, and a
 * String.fromCodePoint and up to three regex tests for each of them made this check a few
 * percent of the parse time of a text-layer PDF.
 */
const BMP_CLASS = new Uint8Array(0x10000);

function classOf(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? LETTER_CLASS : DIGIT.test(ch) || SPACE.test(ch) ? NEUTRAL_CLASS : OTHER_CLASS;
}

/** Whether a page's text layer is usable: enough letters, and mostly letters (digits aside). */
export function hasUsableText(text: string): boolean {
  // Digits are neutral: a page of figures with labels is a real text layer.
  let letters = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII fast path
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
      else if (c >= 0x30 && c <= 0x39) continue;
      else if (c > 0x20 && c !== 0x7f) other++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) other++; // control chars
      continue;
    }
    let kind: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      kind = classOf(cp);
    } else {
      kind = BMP_CLASS[c]!;
      if (kind === 0) kind = BMP_CLASS[c] = classOf(c);
    }
    if (kind === LETTER_CLASS) letters++;
    else if (kind === OTHER_CLASS) other++;
  }
  if (letters < MIN_PAGE_LETTERS) return false;
  return letters / (letters + other) >= MIN_LETTER_RATIO;
}

async function loadPdf(fileName: string, bytes: Uint8Array, timeoutMs: number, allowImageOnly: boolean): Promise<{ pages: LoadedPage[]; warnings: string[] }> {
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes survive.
  const parser = new PDFParse({
    data: bytes.slice(),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    stopAtErrors: false,
  });
  const deadline = Date.now() + timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = extractPages(parser, deadline);
    work.catch(() => undefined); // the loser of the race must not become an unhandled rejection
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PdfTimeout()), timeoutMs);
    });
    const raw = await Promise.race([work, timeout]);
    if (raw.length === 0) fail('NO_PAGES', fileName, 'PDF has no pages');
    const pages: LoadedPage[] = [];
    const warnings: string[] = [];
    for (const [i, rawText] of raw.entries()) {
      const text = cleanPageText(rawText);
      if (hasUsableText(text)) {
        pages.push({ page: i + 1, method: 'text', text, confidence: null, needsOcr: false });
      } else {
        pages.push({ page: i + 1, method: 'ocr', text: '', confidence: null, needsOcr: true });
        warnings.push(`page ${i + 1}: no usable text layer, needs OCR`);
      }
    }
    if (!allowImageOnly && pages.every((p) => p.needsOcr)) {
      fail('NEEDS_OCR', fileName, `image-only PDF: ${pages.length} ${pages.length === 1 ? 'page needs' : 'pages need'} OCR, which is turned off`);
    }
    return { pages, warnings };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw classifyPdfError(fileName, error, timeoutMs);
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => undefined);
  }
}

/** Pages read per getText call: few enough for the deadline to be checked often. */
const PAGES_PER_CALL = 16;

/**
 * Raw text of every page, in order, PAGES_PER_CALL pages per getText call (the document is
 * loaded once and cached by PDFParse), yielding to the event loop between calls so the
 * deadline and the timeout timer can fire: pdf.js runs in-thread here and would otherwise
 * never let a timer run. One call per page cost ~8 % of the parse time in fixed overhead.
 * pageJoiner '' keeps "-- N of M --" markers out of result.text; only per-page texts are used.
 */
async function extractPages(parser: PDFParse, deadline: number): Promise<string[]> {
  const texts: string[] = [];
  let total = PAGES_PER_CALL;
  for (let first = 1; first <= total; first += PAGES_PER_CALL) {
    const wanted = Array.from({ length: PAGES_PER_CALL }, (_, i) => first + i);
    const result = await parser.getText({ partial: wanted, pageJoiner: '' });
    total = result.total;
    if (total === 0) break;
    for (const num of wanted.filter((n) => n <= total)) {
      const page = result.pages.find((p) => p.num === num);
      if (!page) throw new Error(`page ${num} missing from the text result`);
      texts.push(page.text);
    }
    if (first + PAGES_PER_CALL <= total) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (Date.now() > deadline) throw new PdfTimeout();
    }
  }
  return texts;
}

class PdfTimeout extends Error {}

function classifyPdfError(fileName: string, error: unknown, timeoutMs: number): InputError {
  if (error instanceof PdfTimeout) {
    return new InputError('CORRUPT_PDF', fileName, `${fileName}: PDF parsing did not finish within ${timeoutMs} ms (damaged or pathological file)`);
  }
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password|encrypt/i.test(message)) {
    return new InputError('ENCRYPTED_PDF', fileName, `${fileName}: PDF is password-protected or encrypted (${message})`);
  }
  return new InputError('CORRUPT_PDF', fileName, `${fileName}: PDF is damaged or invalid (${message || name || 'unknown error'})`);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

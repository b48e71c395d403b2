/** What ingest hands to the rest of the pipeline: pages of text, knowing nothing of French minutes. */

export interface LoadedPage {
  /** 1-based page number. */
  page: number;
  method: 'text' | 'ocr';
  text: string;
  /** OCR mean confidence 0..1; null for a text layer. */
  confidence: number | null;
  /** True when the page has no usable text layer (image-only scan) and OCR has not run. */
  needsOcr: boolean;
}

export interface LoadedDocument {
  fileName: string;
  sha256: string;
  bytes: number;
  pages: LoadedPage[];
  /** Doubts raised while loading (image-only pages, garbage text layer...). */
  warnings: string[];
}

/** Every way an input can be refused. The code is what `<name>.error.json` carries. */
export const INPUT_ERROR_CODES = [
  'EMPTY_FILE',
  'TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'CORRUPT_PDF',
  'ENCRYPTED_PDF',
  'NO_PAGES',
  'NEEDS_OCR',
  'OCR_FAILED',
  'OCR_UNAVAILABLE',
  'READ_FAILED',
] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

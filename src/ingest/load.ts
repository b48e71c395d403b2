// STUB: being written (PDF text layers, plain text, error classification).
import type { LoadedDocument } from './types.ts';
export interface LoadOptions { maxBytes?: number }
export async function loadFile(path: string, _options: LoadOptions = {}): Promise<LoadedDocument> {
  throw new Error(`not implemented: ${path}`);
}

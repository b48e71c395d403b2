/**
 * CSV as RFC 4180 writes and reads it: comma-separated, CRLF between records, a field quoted
 * when it holds the separator, a quote or a line break, quotes inside doubled. SCDL files are
 * comma-separated UTF-8 (Validata reports `;` as invalid-column-delimiter).
 */

const SEPARATOR = ',';
const RECORD_END = '\r\n';

/**
 * Quoted when RFC 4180 requires it (separator, quote, CR, LF), and also for `;`: French
 * spreadsheets guess `;` as the separator, and a quoted field survives that guess.
 */
const NEEDS_QUOTES = /[,";\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The whole file: the header, then one record per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((r) => r.map(csvField).join(SEPARATOR) + RECORD_END).join('');
}

export interface CsvRecord {
  fields: string[];
  /** Line of the file where the record starts, from 1. */
  line: number;
}

export interface CsvSyntaxError {
  line: number;
  message: string;
}

/**
 * The records of a CSV text, quoted fields spanning lines included. A stray quote in an
 * unquoted field, text after a closing quote or a quote never closed are syntax errors; the
 * parse goes on so that every error of a file is reported at once.
 */
export function parseCsv(text: string): { records: CsvRecord[]; errors: CsvSyntaxError[] } {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let field = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        if (!closed) errors.push({ line: start, message: 'a quoted field is never closed (missing ")' });
        let trailing = '';
        while (i < n && text[i] !== SEPARATOR && text[i] !== '\r' && text[i] !== '\n') trailing += text[i++];
        if (trailing !== '') {
          errors.push({ line, message: `text after a closing quote: '${trailing}' (a quote inside a field is written "")` });
          field += trailing;
        }
      } else {
        while (i < n && text[i] !== SEPARATOR && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
        if (field.includes('"')) errors.push({ line, message: `a quote in an unquoted field: '${field}' (quote the field and double the quote)` });
      }
      fields.push(field);
      if (i < n && text[i] === SEPARATOR) {
        i++;
        continue;
      }
      endOfRecord = true;
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
    }
    records.push({ fields, line: start });
  }
  return { records, errors };
}

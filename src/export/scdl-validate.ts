/**
 * Checks a CSV against the SCDL deliberations schema and says what is wrong, by row and column.
 *
 * The rules are those of `scdl/deliberations` `schema.json` version 2.1.5 (Table Schema,
 * https://gitlab.com/opendatafrance/scdl/deliberations), as its generated documentation gives
 * them (https://schema.data.gouv.fr/scdl/deliberations/latest/documentation.html): which
 * fields are required, their types and patterns, the missing value "" ; plus the Validata
 * custom checks the schema declares (validata-core, custom_checks/README.md):
 * nomenclature-actes-value on DELIB_MATIERE_NOM, year-interval-value on BUDGET_ANNEE,
 * cohesive-columns-value BUDGET_ANNEE/BUDGET_NOM, compare-columns-value PREF_DATE >= DELIB_DATE,
 * sum-columns-value VOTE_REEL = VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION. Two rules come from
 * the field descriptions: DELIB_MATIERE_CODE is one of the nomenclature's codes ('1.1' to '9.4')
 * and agrees with the matière named in DELIB_MATIERE_NOM.
 */
import { fold } from '../text/fuzzy.ts';
import { parseCsv } from './csv.ts';
import { isMatiereCode, MATIERES_1 } from './matiere.ts';
import { SCDL_COLUMNS, type ScdlColumn } from './scdl.ts';

export interface ValidationProblem {
  /** Record number, the header being 1 (as Validata counts); null for the file as a whole. */
  row: number | null;
  /** Line of the file where that record starts. */
  line: number | null;
  column: ScdlColumn | string | null;
  message: string;
}

type CellType = 'string' | 'date' | 'integer';

interface ColumnRule {
  required: boolean;
  type: CellType;
  pattern?: { re: RegExp; text: string };
  format?: 'uri';
}

const COLUMN_RULES: Readonly<Record<ScdlColumn, ColumnRule>> = {
  COLL_NOM: { required: true, type: 'string' },
  COLL_SIRET: { required: true, type: 'string', pattern: { re: /^\d{14}$/, text: '^\\d{14}$ (14 digits)' } },
  DELIB_ID: { required: true, type: 'string' },
  DELIB_DATE: { required: true, type: 'date' },
  DELIB_MATIERE_CODE: { required: true, type: 'string', pattern: { re: /^\d\.\d{1,2}$/, text: '^\\d\\.\\d{1,2}$ (like 7.1 or 7.10)' } },
  DELIB_MATIERE_NOM: { required: true, type: 'string' },
  DELIB_OBJET: { required: true, type: 'string' },
  BUDGET_ANNEE: { required: false, type: 'string', pattern: { re: /^[0-9]{4}(\/[0-9]{4})?$/, text: '^[0-9]{4}(\\/[0-9]{4})?$ (YYYY or YYYY/YYYY)' } },
  BUDGET_NOM: { required: false, type: 'string' },
  PREF_ID: { required: false, type: 'string' },
  PREF_DATE: { required: false, type: 'date' },
  VOTE_EFFECTIF: { required: false, type: 'integer' },
  VOTE_REEL: { required: false, type: 'integer' },
  VOTE_POUR: { required: false, type: 'integer' },
  VOTE_CONTRE: { required: false, type: 'integer' },
  VOTE_ABSTENTION: { required: false, type: 'integer' },
  DELIB_URL: { required: false, type: 'string', format: 'uri' },
};

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const TYPE_CHECKS: Readonly<Record<CellType, { ok: (s: string) => boolean; expected: string }>> = {
  string: { ok: () => true, expected: 'text' },
  date: { ok: isDate, expected: 'a date YYYY-MM-DD' },
  integer: { ok: (s) => /^[+-]?\d+$/.test(s), expected: 'a whole number' },
};

const isUri = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s);

/** A row by column name; a column the file lacks reads as empty. */
type Cells = (column: ScdlColumn) => string;

const AUTHORIZED_MATIERES = new Set(Object.values(MATIERES_1).map(fold));

/** The Validata custom checks of the schema and the two rules of the descriptions; each skips empty cells. */
const ROW_CHECKS: ReadonlyArray<{ column: ScdlColumn; check: (cell: Cells) => string | null }> = [
  {
    column: 'DELIB_MATIERE_NOM',
    check: (cell) => {
      const v = cell('DELIB_MATIERE_NOM');
      if (v === '') return null;
      const slash = v.indexOf('/');
      if (slash < 0) return `'${v}': the slash between matière and sous-matière is missing ("finances locales/décisions budgétaires")`;
      const prefix = v.slice(0, slash);
      if (AUTHORIZED_MATIERES.has(fold(prefix)) && !v.includes('/ ')) return null;
      if (AUTHORIZED_MATIERES.has(fold(prefix.trimEnd())) || v.includes('/ ')) return `'${v}': no space before or after the slash`;
      return `'${v}': '${prefix}' is not a matière of the @ctes nomenclature (${Object.values(MATIERES_1).join(', ')})`;
    },
  },
  {
    column: 'DELIB_MATIERE_CODE',
    check: (cell) => {
      const v = cell('DELIB_MATIERE_CODE');
      return v === '' || !/^\d\.\d{1,2}$/.test(v) || isMatiereCode(v) ? null : `'${v}' is not a code of the @ctes nomenclature ('1.1' to '1.7', '2.1' to '2.3', … '9.1' to '9.4')`;
    },
  },
  {
    column: 'DELIB_MATIERE_CODE',
    check: (cell) => {
      const code = cell('DELIB_MATIERE_CODE');
      const name = cell('DELIB_MATIERE_NOM');
      const level1 = MATIERES_1[code.split('.')[0]!];
      if (!isMatiereCode(code) || level1 === undefined || !name.includes('/')) return null;
      const prefix = fold(name.slice(0, name.indexOf('/')));
      if (!AUTHORIZED_MATIERES.has(prefix) || prefix === fold(level1)) return null;
      return `'${code}' is a code of '${level1}', but DELIB_MATIERE_NOM names '${name.slice(0, name.indexOf('/'))}'`;
    },
  },
  {
    column: 'BUDGET_ANNEE',
    check: (cell) => {
      const m = /^(\d{4})\/(\d{4})$/.exec(cell('BUDGET_ANNEE'));
      return m && Number(m[2]) <= Number(m[1]) ? `'${cell('BUDGET_ANNEE')}': the second year must come after the first` : null;
    },
  },
  {
    column: 'BUDGET_NOM',
    check: (cell) =>
      (cell('BUDGET_ANNEE') === '') === (cell('BUDGET_NOM') === '') ? null : 'BUDGET_ANNEE and BUDGET_NOM go together: both filled or both empty',
  },
  {
    column: 'PREF_DATE',
    check: (cell) => {
      const pref = cell('PREF_DATE');
      const delib = cell('DELIB_DATE');
      if (!isDate(pref) || !isDate(delib)) return null;
      return pref >= delib ? null : `PREF_DATE ${pref} is before DELIB_DATE ${delib}: an act reaches the préfecture after its adoption`;
    },
  },
  {
    column: 'VOTE_REEL',
    check: (cell) => {
      const cols = ['VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'] as const;
      const values = cols.map(cell);
      if (values.some((v) => !/^[+-]?\d+$/.test(v))) return null;
      const [reel, pour, contre, abstention] = values.map(Number) as [number, number, number, number];
      return reel === pour + contre + abstention ? null : `VOTE_REEL ${reel} is not VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION (${pour} + ${contre} + ${abstention} = ${pour + contre + abstention})`;
    },
  },
];

/** Everything wrong with an SCDL deliberations CSV; none means it is valid. */
export function validateScdl(csvText: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const text = csvText.startsWith('\uFEFF') ? csvText.slice(1) : csvText;
  const { records, errors } = parseCsv(text);
  for (const e of errors) problems.push({ row: null, line: e.line, column: null, message: e.message });
  const header = records[0];
  if (header === undefined) return [...problems, { row: null, line: null, column: null, message: 'empty file: no header' }];

  if (header.fields.length === 1 && header.fields[0]!.includes(';')) {
    return [...problems, { row: 1, line: header.line, column: null, message: "the separator is ';': SCDL files are comma-separated (',')" }];
  }
  const position = new Map<string, number>();
  header.fields.forEach((name, i) => position.set(name, i));
  for (const column of SCDL_COLUMNS) {
    if (!position.has(column)) problems.push({ row: 1, line: header.line, column, message: `missing column ${column}` });
  }
  header.fields.forEach((name, i) => {
    if (!(SCDL_COLUMNS as readonly string[]).includes(name)) problems.push({ row: 1, line: header.line, column: name, message: `column ${i + 1} '${name}' is not a column of the schema` });
  });
  if (header.fields.length === SCDL_COLUMNS.length && SCDL_COLUMNS.every((c) => position.has(c)) && SCDL_COLUMNS.some((c, i) => header.fields[i] !== c)) {
    problems.push({ row: 1, line: header.line, column: null, message: `columns out of order: expected ${SCDL_COLUMNS.join(',')}` });
  }

  records.slice(1).forEach((record, k) => {
    const row = k + 2;
    const at = (column: ScdlColumn | string | null, message: string) => problems.push({ row, line: record.line, column, message });
    if (record.fields.length === 1 && record.fields[0] === '') {
      at(null, 'blank row');
      return;
    }
    if (record.fields.length !== header.fields.length) at(null, `${record.fields.length} cells, the header has ${header.fields.length}`);
    const cell: Cells = (column) => {
      const i = position.get(column);
      return i === undefined ? '' : (record.fields[i] ?? '');
    };
    for (const column of SCDL_COLUMNS) {
      if (!position.has(column)) continue;
      const rule = COLUMN_RULES[column];
      const value = cell(column);
      if (value === '') {
        if (rule.required) at(column, 'required value is empty');
        continue;
      }
      const type = TYPE_CHECKS[rule.type];
      if (!type.ok(value)) at(column, `'${value}' is not ${type.expected}`);
      else if (rule.pattern && !rule.pattern.re.test(value)) at(column, `'${value}' does not match ${rule.pattern.text}`);
      else if (rule.format === 'uri' && !isUri(value)) at(column, `'${value}' is not a URI (scheme and address, like https://…)`);
    }
    for (const { column, check } of ROW_CHECKS) {
      if (!position.has(column)) continue;
      const message = check(cell);
      if (message !== null) at(column, message);
    }
  });
  return problems;
}

/** "row 3 (line 4), DELIB_DATE: …" */
export function formatProblem(p: ValidationProblem): string {
  const place = p.row !== null ? `row ${p.row}${p.line !== null ? ` (line ${p.line})` : ''}` : p.line !== null ? `line ${p.line}` : 'file';
  return `${place}${p.column !== null ? `, ${p.column}` : ''}: ${p.message}`;
}

/**
 * A parser for the YAML docker-compose.yml is written in, no more (no YAML package in the
 * project): block mappings and sequences by indentation, flow sequences of scalars
 * (`["a", "b"]`), plain and quoted scalars, literal blocks (`|`), anchors on mapping values
 * (`&name`), aliases (`*name`) and the merge key (`<<: *name`). Anything else throws with its
 * line number, so a compose file that outgrows the subset fails its test loudly rather than
 * being misread.
 */
type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

interface Line {
  no: number;
  indent: number;
  text: string;
}

export function parseYamlSubset(source: string): Value {
  const lines: Line[] = [];
  source.split('\n').forEach((raw, i) => {
    if (/^\s*(#.*)?$/.test(raw)) return;
    if (raw.includes('\t')) throw new Error(`line ${i + 1}: tab in indentation`);
    lines.push({ no: i + 1, indent: raw.length - raw.trimStart().length, text: raw.trim() });
  });
  const anchors = new Map<string, Value>();
  let pos = 0;

  function scalar(text: string, no: number): Value {
    const t = stripComment(text).trim();
    if (t.startsWith('*')) {
      const v = anchors.get(t.slice(1));
      if (v === undefined) throw new Error(`line ${no}: unknown alias ${t}`);
      return v;
    }
    if (t.startsWith('[')) {
      if (!t.endsWith(']')) throw new Error(`line ${no}: unterminated flow sequence`);
      const inner = t.slice(1, -1).trim();
      if (inner === '') return [];
      return splitFlow(inner, no).map((item) => scalar(item, no));
    }
    if (t.startsWith('{')) throw new Error(`line ${no}: flow mappings are outside the subset`);
    if (t.startsWith('"')) return JSON.parse(t) as string;
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === '' || t === '~' || t === 'null') return null;
    if (t === 'true' || t === 'false') return t === 'true';
    if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
    return t;
  }

  function block(indent: number): Value {
    const first = lines[pos];
    if (!first || first.indent < indent) return null;
    return first.text.startsWith('- ') || first.text === '-' ? sequence(first.indent) : mapping(first.indent);
  }

  function sequence(indent: number): Value[] {
    const out: Value[] = [];
    while (pos < lines.length && lines[pos]!.indent === indent && lines[pos]!.text.startsWith('-')) {
      const line = lines[pos]!;
      const rest = line.text.slice(1).trim();
      pos++;
      if (rest === '') out.push(block(indent + 1));
      else if (/^[\w.-]+:(\s|$)/.test(rest)) throw new Error(`line ${line.no}: mappings inside sequences are outside the subset`);
      else out.push(scalar(rest, line.no));
    }
    return out;
  }

  function mapping(indent: number): { [key: string]: Value } {
    const out: { [key: string]: Value } = {};
    while (pos < lines.length && lines[pos]!.indent === indent) {
      const line = lines[pos]!;
      const m = /^("[^"]*"|[^\s:][^:]*?):(?:\s+(.*))?$/.exec(line.text);
      if (!m) throw new Error(`line ${line.no}: expected 'key: value', got '${line.text}'`);
      const key = m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!;
      let rest = stripComment(m[2] ?? '').trim();
      pos++;
      let anchor: string | undefined;
      const a = /^&([\w-]+)\s*(.*)$/.exec(rest);
      if (a) {
        anchor = a[1];
        rest = a[2]!;
      }
      let value: Value;
      if (rest === '|' || rest === '|-') value = literal(indent, rest === '|');
      else if (rest === '') value = lines[pos] && lines[pos]!.indent > indent ? block(lines[pos]!.indent) : null;
      else value = scalar(rest, line.no);
      if (anchor) anchors.set(anchor, value);
      if (key === '<<') {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`line ${line.no}: << needs a mapping`);
        for (const [k, v] of Object.entries(value)) if (!(k in out)) out[k] = v;
      } else out[key] = value;
    }
    if (pos < lines.length && lines[pos]!.indent > indent) throw new Error(`line ${lines[pos]!.no}: unexpected indentation`);
    return out;
  }

  /** A literal block: the raw lines indented deeper than its key, comments and blank lines kept as text. */
  function literal(indent: number, keepNewline: boolean): string {
    const start = lines[pos];
    if (!start || start.indent <= indent) return '';
    const rawLines = source.split('\n');
    const out: string[] = [];
    let i = start.no - 1;
    for (; i < rawLines.length; i++) {
      const raw = rawLines[i]!;
      if (raw.trim() !== '' && raw.length - raw.trimStart().length < start.indent) break;
      out.push(raw.slice(start.indent));
    }
    while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
    while (pos < lines.length && lines[pos]!.no <= i) pos++;
    return out.join('\n') + (keepNewline ? '\n' : '');
  }

  const value = block(0);
  if (pos < lines.length) throw new Error(`line ${lines[pos]!.no}: unexpected content`);
  return value;
}

function stripComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i);
  }
  return text;
}

function splitFlow(inner: string, no: number): string[] {
  const items: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') throw new Error(`line ${no}: nested flow collections are outside the subset`);
    else if (c === ',') {
      items.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  if (quote) throw new Error(`line ${no}: unterminated quote`);
  items.push(inner.slice(start));
  return items;
}

/**
 * The vertical rule a register or a typed form draws between its margin and its body, as OCR reads
 * it back: a "|" in the same column of line after line, at times an "I", an "l" or a "!" ("Presents : 9
 * I la loi"). Left in, it stands between every margin cell and its line of the body, and no rule
 * that reads a line from its start sees the body's words there. Put as a space, the page is two
 * columns laid out with spaces, which unweaveColumns knows.
 */

/** What OCR makes of a rule: the bar itself, or a letter as thin. */
const RULE_CHARS = new Set(['|', '¦', '│', 'I', 'l', '!']);
/** The bar itself, which must make up most of the rule's column (a letter alone proves nothing). */
const BAR_CHARS = new Set(['|', '¦', '│']);
/**
 * A typewriter's rule, struck with the exclamation mark line after line ("Présents : 13 !  PELLEGRIN, …"):
 * read as bars on a page that has none (a sentence's "!" is never in one column line after line).
 */
const BANG_CHARS = new Set(['!']);
/** Fewer lines drawn with a bar than this are no rule. */
const MIN_BAR_LINES = 5;
/** The share of the lines holding a bar at all that must hold it in the rule's column, alone. */
const MIN_SHARE = 0.8;
/** A rule drawn on fewer lines than MIN_BAR_LINES, over a margin parted by spaces (bodyLinesAt), has at least these. */
const MIN_SHORT_BAR_LINES = 2;
/** How far OCR may have moved the rule on a line, in columns. */
const DRIFT = 1;

/** Whether `line` has a rule character at `p` with a space before it and a space or the line's end after it. */
function ruleAt(line: string, p: number, chars: ReadonlySet<string>): boolean {
  return p > 0 && p < line.length && chars.has(line[p]!) && line[p - 1] === ' ' && (p + 1 === line.length || line[p + 1] === ' ');
}

/** How many lines have their text resume at `column` after three spaces at least (a line barred there has " | " before it, so counts none). */
function bodyLinesAt(lines: readonly string[], column: number): number {
  let n = 0;
  for (const line of lines) if (line.length > column && line[column] !== ' ' && line.slice(column - 3, column) === '   ') n++;
  return n;
}

/** The column of each bar (one of `bars`) of `line` standing between spaces. */
function barsOf(line: string, bars: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (const bar of bars) for (let p = line.indexOf(bar); p >= 0; p = line.indexOf(bar, p + 1)) if (ruleAt(line, p, bars)) out.push(p);
  return out;
}

/** `page` with its margin's rule put as spaces; `page` itself where no such rule is drawn. */
export function eraseColumnRule(page: string): string {
  if (page.includes('|') || page.includes('¦') || page.includes('│')) return eraseRuleOf(page, BAR_CHARS);
  return page.includes(' ! ') ? eraseRuleOf(page, BANG_CHARS) : page;
}

/** `page` with its rule drawn with `bars` put as spaces; `page` itself where there is none. */
function eraseRuleOf(page: string, bars: ReadonlySet<string>): string {
  const lines = page.split('\n');
  // Lines holding one bar alone, by its column; tables drawn with bars hold several a line.
  const byColumn = new Map<number, number>();
  let barred = 0;
  const bar = bars === BAR_CHARS ? '|' : '!';
  for (const line of lines) {
    const found = barsOf(line, bars);
    if (!found.length && !line.includes(bar)) continue;
    barred++;
    if (found.length === 1) byColumn.set(found[0]!, (byColumn.get(found[0]!) ?? 0) + 1);
  }
  let column = -1;
  let best = 0;
  for (const [p, n] of byColumn) {
    // A column and its neighbours: OCR moves the rule by a column here and there.
    const near = n + (byColumn.get(p - DRIFT) ?? 0) + (byColumn.get(p + DRIFT) ?? 0);
    if (near > best || (near === best && n > (byColumn.get(column) ?? 0))) [column, best] = [p, near];
  }
  if (best < MIN_SHARE * barred) return page;
  // A rule drawn on a few lines only, the margin's cells parted by spaces below: where the body
  // resumes after its bar, line after line of the page starts its text after a run of spaces.
  const drawnShort = best < MIN_BAR_LINES;
  if (drawnShort && (best < MIN_SHORT_BAR_LINES || bodyLinesAt(lines, column + 2) < MIN_BAR_LINES)) return page;
  // Short, the rule's letters are too weak a sign: its bars alone are erased.
  // Struck with "!", the rule's column holds that mark alone.
  const chars = drawnShort || bars === BANG_CHARS ? bars : RULE_CHARS;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    for (let p = column - DRIFT; p <= column + DRIFT; p++) {
      if (!ruleAt(line, p, chars)) continue;
      lines[i] = `${line.slice(0, p)} ${line.slice(p + 1)}`.trimEnd();
      changed = true;
      break;
    }
  }
  return changed ? lines.join('\n') : page;
}

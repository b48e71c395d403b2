/**
 * Registers of deliberations ("RÉPERTOIRE CHRONOLOGIQUE DES DÉLIBÉRATIONS"): one row per
 * deliberation, date, number, subject and result, the subject often wrapped around the row.
 */
import type { Item, Outcome, Vote } from '../schema/minutes.ts';

/** A result's word, whole ("Adoptée", "REJETE", "Pris acte"), and the outcome it records. */
export const RESULTS: ReadonlyArray<readonly [RegExp, Outcome]> = [
  [/^(?:approuv[ée]e?s?|adopt[ée]e?s?|vot[ée]e?s?)$/iu, 'adopted'],
  [/^(?:rejet[ée]e?s?|refus[ée]e?s?)$/iu, 'rejected'],
  [/^(?:prend\s+acte|pris\s+acte|donne\s+acte)$/iu, 'noted'],
];
/**
 * A vote column's figures, as tables abbreviate them: "25 P / 4 Abst.", "22 P / 6 C (1 NPPV)",
 * "22 P / 4 C / 3 Abst.".
 */
const TALLY = String.raw`\d{1,3}[ \t]*P\.?(?:[ \t]*\/[ \t]*\d{1,3}[ \t]*(?:C|Abst)\.?){1,2}`;
/** What a note after a vote says, in brackets: "(1 NPPV)", "(2 ne prennent pas part au vote)". */
const VOTE_NOTE = String.raw`(?:[ \t]*\([^()\n]{1,40}\))?`;
/** An election's result: "Élu : M. THIÉBAUT (23 voix)", "Liste élue (23 voix)". */
const ELECTED = String.raw`(?:(?:liste|candidate?)[ \t]+)?[ée]lue?s?(?:[ \t]*:[^()\n]{0,40}?)?[ \t]*\(\d{1,3}[ \t]+voix\)`;
const RESULT = String.raw`((?:approuv|adopt|rejet|refus)[ée]e?s?(?:[ \t]+[àa][ \t]+(?:l['’]unanimit[ée]|la[ \t]+majorit[ée]))?(?:[ \t]+${TALLY})?${VOTE_NOTE}|(?:maj(?:\.|orit[ée])[ \t]*)?${TALLY}${VOTE_NOTE}|unanimit[ée]${VOTE_NOTE}|${ELECTED}|prend\s+acte|pris\s+acte|retir[ée]e?s?)`;
/** An ACTES code after the row's date ("7.1", "3.2"), and the date it was sent to the prefecture closing the row. */
const CODE_AFTER_DATE = String.raw`(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})?[ \t]+)?`;
/** The dates closing the row: sent to the prefecture, and posted ("Transmis le", "Affiché le"). */
const DATE_SENT = String.raw`(?:[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}){0,2}`;
/** Date, number, subject, result: "30/01/2023 2023_01 Tarifs de la cantine approuvée". */
const ROW = new RegExp(String.raw`^[ \t]*(\d{1,2}\/\d{1,2}\/\d{2,4})[ \t]+([A-Z]{0,4}[-_ ]?\d{2,4}(?:[ \t]?[-_/]|[ \t])\d{1,4})[ \t]*${CODE_AFTER_DATE}(.*?)[ \t]*${RESULT}?${DATE_SENT}[ \t]*[.,;:]?[ \t]*$`, 'imu');
/** Number, date, subject, maybe an ACTES code, result: "2023-01  30/01/2023  Tarifs  7.1  Adoptée à l'unanimité". */
const NUMBER_FIRST_ROW = new RegExp(String.raw`^[ \t]*([A-Z]{0,4}[-_ ]?\d{2,4}[-_/]\d{1,4})[ \t]+(\d{1,2}\/\d{1,2}\/\d{2,4})(?!\d)[ \t]*${CODE_AFTER_DATE}(.*?)(?:[ \t]+\d{1,2}(?:\.\d{1,2})?(?!\d))?[ \t]*${RESULT}?${DATE_SENT}[ \t]*[.,;:]?[ \t]*$`, 'imu');
/**
 * The vote's columns a register's header names by their initials or words ("Nature / Vote …
 * P C A NPPV", "Pour Contre Abstentions"): each row then gives its figures, a dash where nothing
 * was voted, after a nature's code ("DE" for a deliberation).
 */
const FIGURE_HEADER = /(?:^|[ \t])(?:P[ \t]+C[ \t]+A(?:[ \t]+NPPV)?|Pour[ \t]+Contre[ \t]+Abst(?:\.|entions?)?)(?=[ \t]*(?:\n|$))/mu;
const FIGURES = String.raw`(?:[ \t]+[A-Z]{2,3})?((?:[ \t]+(?:\d{1,3}|-)){3,4})`;
const NUMBER_FIRST_FIGURES_ROW = new RegExp(String.raw`^[ \t]*([A-Z]{0,4}[-_ ]?\d{2,4}[-_/]\d{1,4})[ \t]+(\d{1,2}\/\d{1,2}\/\d{2,4})(?!\d)[ \t]*${CODE_AFTER_DATE}(.*?)${FIGURES}[ \t]*${RESULT}?${DATE_SENT}[ \t]*[.,;:]?[ \t]*$`, 'imu');
/** An ACTES code closing a wrapped subject's line, or alone on it ("… suite à démission 5.1", "9.1"). */
const CODE_CLOSING = /(?:^|[ \t]+)\d{1,2}\.\d{1,2}(?:\.\d{1,2})?[ \t]*$/;
/** A label and its value after the table ("Nombre d'actes : 11"): no subject goes on there. */
const LABEL_LINE = /^[ \t]*\S[^:\n]{0,40}[ \t]:[ \t]/;

/** The rapporteur's column closing the subject: "… rue des Tanneurs M. GÉRARDIN". */
const RAPPORTEUR_AFTER = /(?:^|[ \t]+)(?:M\.|MM\.|Mme|Mmes)[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*$/u;

/** A row's vote as its columns give it (the contract's Vote without what no column holds). */
type Tally = Pick<Vote, 'for' | 'against' | 'abstentions'> & { notVoting?: Vote['notVoting'] };

/** A vote column's figures (TALLY, or an election's votes): for, against, abstentions. */
function tallyOf(result: string): Tally | null {
  const figures = [...result.matchAll(/(\d{1,3})[ \t]*(P|C|Abst)\b/giu)];
  const votes = figures.length ? null : /\((\d{1,3})[ \t]+voix\)/u.exec(result);
  if (votes) return { for: parseInt(votes[1]!, 10), against: null, abstentions: null };
  if (!figures.length) return null;
  const of = (mark: string) => {
    const f = figures.find((m) => m[2]!.toLowerCase() === mark);
    return f ? parseInt(f[1]!, 10) : null;
  };
  return { for: of('p'), against: of('c'), abstentions: of('abst') };
}

/** The figures of the vote's columns as a tally; null when every column holds a dash (nothing was voted). */
function figureTally(figures: ReadonlyArray<number | null>): Tally | null {
  if (figures.every((f) => f === null)) return null;
  return { for: figures[0] ?? null, against: figures[1] ?? null, abstentions: figures[2] ?? null, notVoting: figures[3] ?? null };
}

/**
 * The outcome a row's result states; else, for a vote column without the outcome's word
 * ("Unanimité", "Maj. 23 P / 6 C", "Élu : M. X (23 voix)"), the one its figures decide.
 */
function outcomeOf(result: string, unanimous: boolean, tally: Tally | null): Outcome | null {
  const stated = RESULTS.find(([re]) => re.test(result.replace(/\s+(?:[àa]\s+|\d).*$/u, '').replace(/\s+/g, ' ')))?.[1];
  if (stated) return stated;
  if (unanimous || /^(?:maj|liste|candidat|[ée]lu)/iu.test(result)) return 'adopted';
  if (!tally || tally.for === null) return null;
  if (tally.against === null || tally.for > tally.against) return 'adopted';
  return tally.for < tally.against ? 'rejected' : null;
}

interface Row {
  number: string;
  subject: string;
  result: string;
  /** The vote's figures in the order of their columns (for, against, abstentions, not voting), null where a dash. */
  figures: Array<number | null> | null;
}

/** A row's fields, whichever of the two orders it was written in. */
function readRow(line: string, figureColumns: boolean): Row | null {
  // Both orders hold a date written with slashes: a line without one is turned away before the
  // patterns, whose leading "^[ \t]*" and lazy subject are tried over the whole line otherwise.
  if (!line.includes('/')) return null;
  const m = ROW.exec(line);
  if (m) return { number: m[2]!, subject: m[3]!.replace(RAPPORTEUR_AFTER, ''), result: m[4] ?? '', figures: null };
  const f = figureColumns ? NUMBER_FIRST_FIGURES_ROW.exec(line) : null;
  if (f) return { number: f[1]!, subject: f[3]!, result: f[5] ?? '', figures: f[4]!.trim().split(/[ \t]+/).map((x) => (x === '-' ? null : parseInt(x, 10))) };
  const n = NUMBER_FIRST_ROW.exec(line);
  return n ? { number: n[1]!, subject: n[3]!.replace(RAPPORTEUR_AFTER, ''), result: n[4] ?? '', figures: null } : null;
}

/**
 * The lines after a row that go on with its subject, the ACTES code of the row among them
 * ("conseillère municipale suite à démission 5.1"): up to the next row, a blank line or a label;
 * none when no line of them holds the code (the layout is then another).
 */
function wrappedWithCode(lines: ReadonlyArray<{ s: string; afterBreak: boolean }>, rows: ReadonlyArray<Row | null>, i: number): { words: string; last: number } | null {
  let j = i + 1;
  let coded = false;
  const words: string[] = [];
  // A page's break ends them too: the next page opens on its running header.
  for (; j < lines.length && !rows[j] && !lines[j]!.afterBreak && lines[j]!.s.trim() && !LABEL_LINE.test(lines[j]!.s); j++) {
    const s = lines[j]!.s;
    if (CODE_CLOSING.test(s)) coded = true;
    words.push(s.replace(CODE_CLOSING, '').trim());
  }
  return coded ? { words: words.filter(Boolean).join(' '), last: j - 1 } : null;
}

const ROW_DATE = /\d{1,2}\/\d{1,2}\/\d{2,4}/g;

export function readRegister(text: string): Item[] {
  // A register is rows of dates: without a few of them there is nothing to read. Counted up to
  // three and no further: every document is asked, most hold none or few.
  let dates = 0;
  ROW_DATE.lastIndex = 0;
  while (dates < 3 && ROW_DATE.exec(text)) dates++;
  if (dates < 3) return [];
  const lines: Array<{ start: number; end: number; s: string; afterBreak: boolean }> = [];
  let pos = 0;
  // A page break ends a line too: a row may open the next page.
  for (const s of text.split(/[\n\f]/)) {
    lines.push({ start: pos, end: pos + s.length, s, afterBreak: text[pos - 1] === '\f' });
    pos += s.length + 1;
  }
  const figureColumns = FIGURE_HEADER.test(text);
  const rows = lines.map((l) => readRow(l.s, figureColumns));
  const items: Item[] = [];
  rows.forEach((m, i) => {
    if (!m) return;
    let wrapped: ReturnType<typeof wrappedWithCode>;
    let title = m.subject.trim();
    let start = lines[i]!.start;
    let end = lines[i]!.end;
    if (!title) {
      // The subject wraps around its row: the line above and the line below.
      const above = i > 0 && !rows[i - 1] && lines[i - 1]!.s.trim() ? lines[i - 1]! : null;
      const below = i + 1 < lines.length && !rows[i + 1] && lines[i + 1]!.s.trim() ? lines[i + 1]! : null;
      title = [above?.s, below?.s].filter(Boolean).join(' ').trim();
      if (above) start = above.start;
      if (below) end = below.end;
    } else if (m.figures && (wrapped = wrappedWithCode(lines, rows, i))) {
      if (wrapped.words) title += ' ' + wrapped.words;
      end = lines[wrapped.last]!.end;
    } else if (i + 1 < lines.length && !rows[i + 1] && (/^\s*\S{1,12}\s*$/.test(lines[i + 1]!.s) || /^[ \t]{6,}\S/.test(lines[i + 1]!.s))) {
      // A short word, or a line indented under the subject's column: the subject goes on.
      title += ' ' + lines[i + 1]!.s.trim();
      end = lines[i + 1]!.end;
    }
    const result = m.result.trim();
    const unanimous = /unanimit/iu.test(result);
    const tally = m.figures ? figureTally(m.figures) : tallyOf(result);
    const outcome = outcomeOf(result, unanimous, tally);
    items.push({
      // OCR spaces a number out ("2025 _012"): the separator is kept, the space is not.
      number: m.number.replace(/[ 	]+(?=[-_/])/, ''),
      title: title.replace(/\s+/g, ' '),
      rapporteur: null,
      report: null,
      decision: outcome
        ? {
            visas: [],
            considerations: [],
            articles: [],
            vote: unanimous || tally ? { unanimous, for: tally?.for ?? null, against: tally?.against ?? null, abstentions: tally?.abstentions ?? null, notVoting: tally?.notVoting ?? null, againstNames: [], abstentionNames: [], span: null } : null,
            outcome,
          }
        : null,
      span: { start, end },
    });
  });
  return items;
}

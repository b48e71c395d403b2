/**
 * A table that text extraction read column by column: its labels one a line, then its figures
 * one a line, as many ("En exercice\nPrésents\nVotants\n45\n36\n42", "Pour\nContre\n13\n0").
 * Each figure is its label's, in order. Shared by the counts of attendance and of votes.
 */

/** A date among the values ("18/03/1994"), before the figures or after them. Lower-cased, trimmed. */
const DATE_VALUE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
/**
 * A value that is no figure a counts table may end on: whether the quorum is met, a vote's
 * outcome ("Résultat" / "Adoptée"), or a date (a software export's "Date de convocation" after
 * the counts). Lower-cased, trimmed.
 */
const WORD_VALUE = new RegExp(String.raw`^(?:atteint|non\s+atteint|oui|non|acquis|r[ée]uni|(?:adopt|approuv|rejet)[ée]e?s?(?:\s+[àa]\s+l['’]\s?unanimit[ée](?:\s+des\s+[\p{L} ]{3,40})?|\s+[àa]\s+la\s+majorit[ée])?|${DATE_VALUE.source.slice(1, -1)})$`, 'u');
const MAX_WORD_VALUES = 2;
/** A figure and, in brackets, who it counts. */
const FIGURE_WITH_NOTE = /^\d{1,3}[ \t]*\([^()]{1,40}\)$/u;
/** How a vote went, in a word, opening a vote table's values under its label "Vote". Lower-cased, trimmed. */
const VOTE_WORD_VALUE = /^(?:unanimit[ée]|majorit[ée](?:\s+absolue|\s+relative)?)$/u;
const MAX_DATE_VALUES = 2;
/**
 * The label of such a value, the table's last ("Quorum", "Résultat", "Date de convocation"): a
 * title over the labels ("RÉSULTAT DU VOTE" / "Pour" / …) is none, the word after the figures
 * then the table's own.
 */
const WORD_LABEL = /quorum|r[ée]sultat|d[ée]cision|^date\b/u;

/**
 * The first such table among `lines` (trimmed, lower-cased): each label's key (null for a label
 * of the table that is no key), the figures, and the lines it spans. `accept` may turn down a
 * run of labels ("Pour" must be among a vote's). A label is words, never a figure.
 */
export function labelColumn<K>(
  lines: readonly string[],
  labels: ReadonlyArray<readonly [RegExp, K | null]>,
  accept: (keys: ReadonlyArray<K | null>) => boolean = () => true,
): { keys: Array<K | null>; values: number[]; first: number; last: number } | null {
  // A table is as many labels as figures, the figures from where the labels stop: so its labels
  // are the lines just above a run of figures, as many (a wrapped label two lines). Only those
  // lines are tested against the labels (not every line, each against each label), in the order
  // a scan of the lines from the top would have found them.
  // A figure may carry who it counts, in brackets ("1 (M. le Président)" under "Ne prend pas part au vote").
  const isFigure = (line: string) => line.length >= 1 && (line.length <= 3 ? /^\d{1,3}$/.test(line) : FIGURE_WITH_NOTE.test(line));
  // A value in words may close the figures, its label the last ("Quorum" / … / "Atteint"): counted with them.
  const wordValues = (k: number) => {
    let n = 0;
    while (n < MAX_WORD_VALUES && k + n < lines.length && WORD_VALUE.test(lines[k + n]!)) n++;
    return n;
  };
  const rowOf = (line: string) => labels.find(([re]) => re.test(line));
  // Dates may open the values, their labels the first ("Date de convocation" / "Date d'affichage" /
  // "Conseillers en exercice" / … / "18/03/1994" / "30/03/1994" / "11" / …); so may how the vote
  // went in a word ("Vote" / "Pour" / … / "Majorité" / "15" / …).
  const datesBefore = (k: number) => {
    let n = 0;
    while (n < MAX_DATE_VALUES && k - n - 1 >= 0 && (DATE_VALUE.test(lines[k - n - 1]!) || VOTE_WORD_VALUE.test(lines[k - n - 1]!))) n++;
    return n;
  };
  const starts: Array<{ at: number; figures: number; words: number; dates: number }> = [];
  for (let k = 0; k < lines.length; k++) {
    if (!isFigure(lines[k]!) || (k > 0 && isFigure(lines[k - 1]!))) continue;
    let end = k;
    while (end < lines.length && isFigure(lines[end]!)) end++;
    const dates = datesBefore(k);
    if (end - k >= 2 && k - dates - (end - k) >= 0) starts.push({ at: k, figures: end - k, words: wordValues(end), dates });
    k = end - 1;
  }
  const tables = starts.flatMap(({ at, figures, words, dates }) => {
    // With the values in words after the figures, or without them (a label above the table's);
    // with the dates before them, or without.
    for (const lead of dates ? [dates, 0] : [0]) {
      for (const extra of words && WORD_LABEL.test(lines[at - lead - 1] ?? '') ? [words, 0] : [0]) {
        const labelled = labelsAbove(lines, at - lead, lead + figures + extra, rowOf);
        if (labelled) return [{ keys: labelled.keys.slice(lead, lead + figures), first: labelled.first, at, figures, extra }];
      }
    }
    return [];
  });
  tables.sort((a, b) => a.first - b.first);
  for (const { keys, first, at: j, figures, extra } of tables) {
    // The labels stop where the figures start, not before and not after.
    if (rowOf(lines[j]!) || !accept(keys)) continue;
    return { keys, values: lines.slice(j, j + figures).map((l) => parseInt(l, 10)), first, last: j + figures + extra - 1 };
  }
  return null;
}

/** The counts' title over their labels, a line of its own. Lower-cased, trimmed. */
const TITLE_OVER_LABELS = /^nombre\s+d(?:e|es)\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s|administrateurs)$/u;

/**
 * The `count` labels just above line `at`, read upwards: a label is one line, or two when its
 * cell wrapped ("Ne prend pas part" over "au vote", "Membres en" over "exercice").
 */
function labelsAbove<K>(
  lines: readonly string[],
  at: number,
  count: number,
  rowOf: (line: string) => readonly [RegExp, K | null] | undefined,
): { keys: Array<K | null>; first: number } | null {
  const keys: Array<K | null> = [];
  let p = at - 1;
  while (keys.length < count) {
    if (p < 0) return null;
    // "Nombre de membres" over "En exercice" / "Présents" / …: the title of the labels below it, among the dates' labels.
    if (keys.length > 0 && TITLE_OVER_LABELS.test(lines[p]!) && !rowOf(lines[p]!)) {
      p--;
      continue;
    }
    const one = rowOf(lines[p]!);
    const two = one || p === 0 ? undefined : rowOf(`${lines[p - 1]} ${lines[p]}`);
    if (!one && !two) return null;
    keys.unshift((one ?? two)![1]);
    p -= one ? 1 : 2;
  }
  return { keys, first: p + 1 };
}

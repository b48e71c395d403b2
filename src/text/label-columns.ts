/**
 * A table that text extraction read column by column: its labels one a line, then its figures
 * one a line, as many ("En exercice\nPrésents\nVotants\n45\n36\n42", "Pour\nContre\n13\n0").
 * Each figure is its label's, in order. Shared by the counts of attendance and of votes.
 */

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
  // are the lines just above a run of figures, as many. Only those lines are tested against the
  // labels (not every line, each against each label), in the order a scan of the lines from the
  // top would have found them.
  const isFigure = (line: string) => line.length >= 1 && line.length <= 3 && /^\d{1,3}$/.test(line);
  const rowOf = (line: string) => labels.find(([re]) => re.test(line));
  const starts: Array<{ first: number; figures: number }> = [];
  for (let k = 0; k < lines.length; k++) {
    if (!isFigure(lines[k]!) || (k > 0 && isFigure(lines[k - 1]!))) continue;
    let end = k;
    while (end < lines.length && isFigure(lines[end]!)) end++;
    if (end - k >= 2 && k - (end - k) >= 0) starts.push({ first: k - (end - k), figures: end - k });
    k = end - 1;
  }
  starts.sort((a, b) => a.first - b.first);
  for (const { first, figures } of starts) {
    const j = first + figures;
    const keys: Array<K | null> = [];
    for (let i = first; i < j; i++) {
      const row = rowOf(lines[i]!);
      if (!row) break;
      keys.push(row[1]);
    }
    // The labels stop where the figures start, not before and not after.
    if (keys.length !== figures || rowOf(lines[j]!) || !accept(keys)) continue;
    return { keys, values: lines.slice(j, j + figures).map((l) => parseInt(l, 10)), first, last: j + figures - 1 };
  }
  return null;
}

/**
 * A table that text extraction read column by column: its labels one a line, then its figures
 * one a line, as many ("En exercice\nPrésents\nVotants\n45\n36\n42", "Pour\nContre\n13\n0").
 * Each figure is its label's, in order. Shared by the counts of attendance and of votes.
 */

/**
 * The first such table among `lines` (trimmed, lower-cased): each label's key (null for a label
 * of the table that is no key), the figures, and the lines it spans. `accept` may turn down a
 * run of labels ("Pour" must be among a vote's).
 */
export function labelColumn<K>(
  lines: readonly string[],
  labels: ReadonlyArray<readonly [RegExp, K | null]>,
  accept: (keys: ReadonlyArray<K | null>) => boolean = () => true,
): { keys: Array<K | null>; values: number[]; first: number; last: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const keys: Array<K | null> = [];
    let j = i;
    for (; j < lines.length; j++) {
      const row = labels.find(([re]) => re.test(lines[j]!));
      if (!row) break;
      keys.push(row[1]);
    }
    if (keys.length < 2 || !accept(keys)) continue;
    const values: number[] = [];
    for (let k = j; k < lines.length && /^\d{1,3}$/.test(lines[k]!); k++) values.push(parseInt(lines[k]!, 10));
    if (values.length === keys.length) return { keys, values, first: i, last: j + values.length - 1 };
  }
  return null;
}

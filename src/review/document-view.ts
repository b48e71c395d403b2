/**
 * What the document page shows: the document being corrected (the gold when there is one, else
 * a copy of this run's output) and its differences, each anchored to the field of that document
 * it belongs beside.
 *
 *   gold     diffDocuments(run, shown): paths index into the shown document, so every change
 *            sits on its field; "removed" = only this run has it, shown on the list it would
 *            be in.
 *   against  diffDocuments(other run, run): paths index into this run's output. They sit on
 *            their fields only while the shown document has the run's lists element for
 *            element; otherwise on the nearest field without an index (a person of the run's
 *            list 3 may be the gold's 2).
 */
import { changeParts, diffDocuments, type FieldChange } from '../qa/diff.ts';
import type { MinutesDocument } from '../schema/minutes.ts';
import type { Entry } from './catalog.ts';

export type ComparisonKey = 'gold' | 'against';

export interface ShownChange {
  path: string;
  op: FieldChange['op'];
  /** The other document's value, as text (absent for an addition). */
  before?: string;
  /** The shown document's value, as text (absent for a removal). */
  after?: string;
  /** The field of the shown document to display the change beside. */
  anchor: string;
}

export interface Comparison {
  key: ComparisonKey;
  /** What the other side is called: "this run" against the gold, "the other run" against this run. */
  other: string;
  changes: ShownChange[];
}

export interface DocumentView {
  name: string;
  /** What the editor holds: the saved gold, or this run's output when nothing was saved yet. */
  shown: 'gold' | 'output';
  document: MinutesDocument;
  output: MinutesDocument;
  hasGold: boolean;
  against: { name: string } | null;
  comparisons: Comparison[];
  errors: string[];
}

/** `items[2].decision` -> `items[2]`; a path with no index is its own anchor. */
const withoutLastIndex = (path: string) => path.replace(/\[\d+\]$/, '');
const beforeFirstIndex = (path: string) => path.replace(/\[.*$/, '');

/** Elements were added or removed in some list between the two: indices of one do not fit the other. */
function sameShape(a: MinutesDocument, b: MinutesDocument): boolean {
  return !diffDocuments(a, b).some((c) => c.op !== 'changed' && c.path.endsWith(']'));
}

function shownChanges(changes: FieldChange[], anchorOf: (change: FieldChange) => string): ShownChange[] {
  return changes.map((change) => {
    const parts = changeParts(change);
    return {
      path: change.path,
      op: change.op,
      ...(parts.before === undefined ? {} : { before: parts.before }),
      ...(parts.after === undefined ? {} : { after: parts.after }),
      anchor: anchorOf(change),
    };
  });
}

/** A removal's last index points into the other document: it stands beside the list instead. */
const ownAnchor = (change: FieldChange) => (change.op === 'removed' ? withoutLastIndex(change.path) : change.path);

/**
 * The comparisons for `shown`: the saved gold, or the reviewer's draft (which has a gold
 * comparison even before its first save); null when neither.
 */
export function comparisons(output: MinutesDocument, shown: MinutesDocument | null, against: MinutesDocument | null): Comparison[] {
  const out: Comparison[] = [];
  if (shown) out.push({ key: 'gold', other: 'this run', changes: shownChanges(diffDocuments(output, shown), ownAnchor) });
  if (against) {
    const aligned = !shown || sameShape(output, shown);
    const anchor = aligned ? ownAnchor : (c: FieldChange) => beforeFirstIndex(c.path);
    out.push({ key: 'against', other: 'the other run', changes: shownChanges(diffDocuments(against, output), anchor) });
  }
  return out;
}

/** The page's data for one entry; null when its output could not be read (the errors say why). */
export function documentView(entry: Entry): DocumentView | { name: string; errors: string[] } {
  const output = entry.output.doc;
  const errors = [entry.output.error, entry.gold?.error, entry.against?.error].filter((e): e is string => !!e);
  if (!output) return { name: entry.name, errors };
  const gold = entry.gold?.doc ?? null;
  const against = entry.against?.doc ?? null;
  return {
    name: entry.name,
    shown: gold ? 'gold' : 'output',
    document: gold ?? output,
    output,
    hasGold: gold !== null,
    against: entry.against ? { name: entry.against.name } : null,
    comparisons: comparisons(output, gold, against),
    errors,
  };
}

/**
 * What every export format lists: the deliberations of a set of documents (items with a
 * decision), in one deterministic order, each with a stable id, the identifier SCDL calls
 * DELIB_ID, and the vote counts the text states.
 */
import type { Decision, Item, MinutesDocument, Person, Vote } from '../schema/minutes.ts';

export interface Deliberation {
  /** Stable across runs: the document id and the item's index in `items` ("sha256:…#2"). */
  id: string;
  document: MinutesDocument;
  index: number;
  item: Item;
  decision: Decision;
}

/** An item an export could not write, by id, with the reason. */
export interface ExportProblem {
  id: string;
  file: string;
  message: string;
}

/** Something an export chose that a person should review; the item is written. */
export interface ExportNote {
  id: string;
  file: string;
  message: string;
}

export const itemId = (document: MinutesDocument, index: number) => `${document.id}#${index}`;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted by sitting date (undated last), then document id, then item index. */
export function deliberationsOf(documents: readonly MinutesDocument[]): Deliberation[] {
  const out: Deliberation[] = [];
  for (const document of documents) {
    document.items.forEach((item, index) => {
      if (item.decision) out.push({ id: itemId(document, index), document, index, item, decision: item.decision });
    });
  }
  return out.sort(
    (a, b) =>
      compare(a.document.meeting.date ?? '\uffff', b.document.meeting.date ?? '\uffff') ||
      compare(a.document.id, b.document.id) ||
      a.index - b.index,
  );
}

/**
 * DELIB_ID of each deliberation: its number as written when no other deliberation of the
 * export has it; else qualified by the sitting date ("2019-06-13-1"), then by the document.
 * An item without a number is "<date>-<position in the document>".
 */
export function delibIds(deliberations: readonly Deliberation[]): Map<string, string> {
  const levels = (d: Deliberation): string[] => {
    const number = d.item.number?.trim() || null;
    const date = d.document.meeting.date ?? 'undated';
    const dated = `${date}-${number ?? d.index + 1}`;
    const byDocument = `${dated}-${d.document.id.replace(/^sha256:/, '').slice(0, 8)}`;
    return number !== null ? [number, dated, byDocument] : [dated, byDocument];
  };
  const candidates = new Map(deliberations.map((d) => [d.id, levels(d)]));
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (let level = 0; ids.size < deliberations.length; level++) {
    const pending = deliberations.filter((d) => !ids.has(d.id));
    const keyOf = (d: Deliberation) => {
      const c = candidates.get(d.id)!;
      return c[Math.min(level, c.length - 1)]!;
    };
    const count = new Map<string, number>();
    for (const d of pending) count.set(keyOf(d), (count.get(keyOf(d)) ?? 0) + 1);
    const last = pending.every((d) => level >= candidates.get(d.id)!.length - 1);
    for (const d of pending) {
      const key = keyOf(d);
      if (last || (count.get(key) === 1 && !taken.has(key))) {
        ids.set(d.id, key);
        taken.add(key);
      }
    }
  }
  return ids;
}

export interface VoteCounts {
  for: number | null;
  against: number | null;
  abstentions: number | null;
  notVoting: number | null;
}

/**
 * The counts the text states, and one it implies: a unanimous vote whose counts are given
 * had nobody against. A count the text does not give stays null, never 0.
 */
export function voteCounts(vote: Vote | null): VoteCounts {
  if (vote === null) return { for: null, against: null, abstentions: null, notVoting: null };
  const stated = vote.for !== null || vote.against !== null || vote.abstentions !== null;
  return {
    for: vote.for,
    against: vote.against ?? (vote.unanimous && stated ? 0 : null),
    abstentions: vote.abstentions,
    notVoting: vote.notVoting,
  };
}

/** A person as a reader names them: given name (or initials) and surname, no civility. */
export const personName = (p: Person) => [p.givenName, p.surname].filter((s) => s !== null && s !== '').join(' ');

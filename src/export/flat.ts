/**
 * Documents -> one flat record per deliberation, for search engines: scalar fields and lists
 * of strings only, so any indexer maps them without a nested schema. The `id` (document id and
 * item index) is stable across runs; `delibId` is the DELIB_ID the SCDL export gives the same
 * deliberation.
 */
import type { MinutesDocument } from '../schema/minutes.ts';
import type { AuthorityConfig } from './authority-config.ts';
import { deliberationsOf, delibIds, personName, voteCounts, type ExportProblem } from './deliberations.ts';
import { chooseMatiere } from './matiere.ts';

export interface FlatRecord {
  id: string;
  delibId: string;
  documentId: string;
  itemIndex: number;
  file: string;
  kind: MinutesDocument['kind'];
  authority: string | null;
  body: string | null;
  bodyType: MinutesDocument['meeting']['bodyType'];
  date: string | null;
  number: string | null;
  title: string;
  rapporteur: string | null;
  /** The explanatory part before the decision. */
  report: string | null;
  /** The decision: visas, considérants and articles, one per line. */
  decision: string;
  actions: string[];
  outcome: string | null;
  voteUnanimous: boolean | null;
  voteFor: number | null;
  voteAgainst: number | null;
  voteAbstentions: number | null;
  voteNotVoting: number | null;
  againstNames: string[];
  abstentionNames: string[];
  present: string[];
  /** Who gave a proxy, "NAME (pouvoir à NAME)" when the holder is known. */
  represented: string[];
  matiereCode: string | null;
  /** True when the code is the keyword table's suggestion, not the authority's word. */
  matiereSuggested: boolean;
}

export function toFlat(documents: readonly MinutesDocument[], config?: AuthorityConfig): { records: FlatRecord[]; problems: ExportProblem[] } {
  const deliberations = deliberationsOf(documents);
  const ids = delibIds(deliberations);
  const records: FlatRecord[] = [];
  const problems: ExportProblem[] = [];
  for (const d of deliberations) {
    const { document: doc, item, decision } = d;
    if (item.title.trim() === '') {
      problems.push({ id: d.id, file: doc.source.fileName, message: 'not exported: no title' });
      continue;
    }
    const delibId = ids.get(d.id)!;
    const counts = voteCounts(decision.vote);
    const matiere = chooseMatiere(delibId, item.title, config?.matiere);
    records.push({
      id: d.id,
      delibId,
      documentId: doc.id,
      itemIndex: d.index,
      file: doc.source.fileName,
      kind: doc.kind,
      authority: config?.name ?? doc.authority.name,
      body: doc.meeting.body,
      bodyType: doc.meeting.bodyType,
      date: doc.meeting.date,
      number: item.number,
      title: item.title,
      rapporteur: item.rapporteur && personName(item.rapporteur),
      report: item.report,
      decision: [...decision.visas, ...decision.considerations, ...decision.articles.map((a) => a.text)].join('\n'),
      actions: decision.articles.map((a) => a.action),
      outcome: decision.outcome,
      voteUnanimous: decision.vote?.unanimous ?? null,
      voteFor: counts.for,
      voteAgainst: counts.against,
      voteAbstentions: counts.abstentions,
      voteNotVoting: counts.notVoting,
      againstNames: decision.vote?.againstNames.map(personName) ?? [],
      abstentionNames: decision.vote?.abstentionNames.map(personName) ?? [],
      present: doc.attendance.present.map(personName),
      represented: doc.attendance.represented.map((r) => (r.proxy ? `${personName(r.person)} (pouvoir à ${personName(r.proxy)})` : personName(r.person))),
      matiereCode: matiere?.code ?? null,
      matiereSuggested: matiere?.source === 'suggested',
    });
  }
  return { records, problems };
}

/** One compact JSON line per record, each ended by a newline. */
export const toNdjson = (records: readonly FlatRecord[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');

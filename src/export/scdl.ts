/**
 * Documents -> rows of the SCDL deliberations table (schema scdl/deliberations 2.1.5), one per
 * deliberation. What the documents say fills the row; what they cannot (SIRET, matière, URL)
 * comes from the authority config. A deliberation that would make a row the schema refuses
 * (no date, no title, no matière) is reported by id instead of written half-empty.
 */
import type { MinutesDocument } from '../schema/minutes.ts';
import type { AuthorityConfig } from './authority-config.ts';
import { deliberationsOf, delibIds, voteCounts, type Deliberation, type ExportNote, type ExportProblem } from './deliberations.ts';
import { chooseMatiere, MATIERES_2, scdlMatiereName } from './matiere.ts';

/** The columns, in the schema's order. */
export const SCDL_COLUMNS = [
  'COLL_NOM',
  'COLL_SIRET',
  'DELIB_ID',
  'DELIB_DATE',
  'DELIB_MATIERE_CODE',
  'DELIB_MATIERE_NOM',
  'DELIB_OBJET',
  'BUDGET_ANNEE',
  'BUDGET_NOM',
  'PREF_ID',
  'PREF_DATE',
  'VOTE_EFFECTIF',
  'VOTE_REEL',
  'VOTE_POUR',
  'VOTE_CONTRE',
  'VOTE_ABSTENTION',
  'DELIB_URL',
] as const;
export type ScdlColumn = (typeof SCDL_COLUMNS)[number];
export type ScdlRow = Record<ScdlColumn, string>;

export interface ScdlExport {
  rows: ScdlRow[];
  /** The deliberation each row comes from, same order as `rows`. */
  sources: Deliberation[];
  problems: ExportProblem[];
  notes: ExportNote[];
}

const count = (n: number | null) => (n === null ? '' : String(n));

/** DELIB_URL from the config's template, or null when a placeholder has no value for this item. */
function deliberationUrl(template: string, values: Record<string, string | null>): string | null {
  let missing = false;
  const url = template.replace(/\{([^}]*)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === null || v === undefined) missing = true;
    return encodeURIComponent(v ?? '');
  });
  return missing ? null : url;
}

/** A column the schema requires that this deliberation cannot fill, as the reason to report. */
const REQUIRED_FROM_DOCUMENT: ReadonlyArray<{ column: ScdlColumn; missing: (d: Deliberation) => boolean; reason: string }> = [
  { column: 'DELIB_DATE', missing: (d) => d.document.meeting.date === null, reason: 'no date: the document gives no sitting date' },
  { column: 'DELIB_OBJET', missing: (d) => d.item.title.trim() === '', reason: 'no title' },
];

export function toScdl(documents: readonly MinutesDocument[], config: AuthorityConfig): ScdlExport {
  const deliberations = deliberationsOf(documents);
  const ids = delibIds(deliberations);
  const out: ScdlExport = { rows: [], sources: [], problems: [], notes: [] };

  for (const d of deliberations) {
    const file = d.document.source.fileName;
    const refused = REQUIRED_FROM_DOCUMENT.filter((r) => r.missing(d));
    if (refused.length > 0) {
      out.problems.push({ id: d.id, file, message: `not exported: ${refused.map((r) => r.reason).join('; ')}` });
      continue;
    }
    const delibId = ids.get(d.id)!;
    const matiere = chooseMatiere(delibId, d.item.title, config.matiere);
    if (matiere === null) {
      out.problems.push({
        id: d.id,
        file,
        message: `not exported: no matière for ${delibId} ('${d.item.title}'): give it in the authority config (matiere.items["${delibId}"]) or set matiere.default`,
      });
      continue;
    }
    if (matiere.source === 'suggested') {
      out.notes.push({
        id: d.id,
        file,
        message: `${delibId}: matière ${matiere.code} (${MATIERES_2[matiere.code]}) suggested from '${matiere.keyword}' in '${d.item.title}'; confirm it in matiere.items`,
      });
    }

    const date = d.document.meeting.date!;
    const counts = voteCounts(d.decision.vote);
    const voted = d.decision.vote !== null;
    let reel = voted ? d.document.attendance.counts.voting : null;
    const { for: pour, against: contre, abstentions } = counts;
    if (reel !== null && pour !== null && contre !== null && abstentions !== null && pour + contre + abstentions !== reel) {
      // VOTE_REEL must be POUR + CONTRE + ABSTENTION; the sitting's count of voters does not describe this vote.
      out.notes.push({
        id: d.id,
        file,
        message: `${delibId}: VOTE_REEL left empty: ${reel} voters at the sitting but ${pour} + ${contre} + ${abstentions} votes on this item`,
      });
      reel = null;
    }

    let url = '';
    if (config.deliberationUrl !== undefined) {
      const filled = deliberationUrl(config.deliberationUrl, {
        id: delibId,
        number: d.item.number?.trim() || null,
        date,
        file: file.replace(/\.[^.]*$/, ''),
      });
      if (filled === null) out.notes.push({ id: d.id, file, message: `${delibId}: DELIB_URL left empty: the item has no number for {number}` });
      url = filled ?? '';
    }

    out.rows.push({
      COLL_NOM: config.name,
      COLL_SIRET: config.siret,
      DELIB_ID: delibId,
      DELIB_DATE: date,
      DELIB_MATIERE_CODE: matiere.code,
      DELIB_MATIERE_NOM: scdlMatiereName(matiere.code),
      DELIB_OBJET: d.item.title,
      BUDGET_ANNEE: '',
      BUDGET_NOM: '',
      PREF_ID: config.prefId ?? '',
      PREF_DATE: '',
      VOTE_EFFECTIF: count(d.document.attendance.counts.inOffice),
      VOTE_REEL: count(reel),
      VOTE_POUR: count(pour),
      VOTE_CONTRE: count(contre),
      VOTE_ABSTENTION: count(abstentions),
      DELIB_URL: url,
    });
    out.sources.push(d);
  }
  return out;
}

/** The rows as lists of cells in column order, for the CSV writer. */
export const scdlCells = (rows: readonly ScdlRow[]): string[][] => rows.map((r) => SCDL_COLUMNS.map((c) => r[c]));

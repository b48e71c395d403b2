/**
 * Gold annotations for `minutes eval`, in either of two forms: the compact gold of the shared
 * corpus (format in ../shared/corpus/GUIDE.md: people as surnames, items as titles, votes and
 * verbs, sections as quoted first/last words), or a reviewed MinutesDocument as the review app
 * saves it, which is brought to the compact form here so one scorer serves both.
 */
import { z } from 'zod';
import { BodyType, DocumentKind, MinutesDocument, Outcome, SectionKind, type Person } from '../schema/minutes.ts';
import { firstIssue } from './documents.ts';

const text = z.string().nullable().optional();
const int = z.number().int().nullable().optional();
const names = z.array(z.string());

/** The compact gold as GUIDE.md writes it; absent keys read as null, as score.py's `.get`. */
export const CompactGold = z.object({
  kind: DocumentKind.nullable().optional(),
  authority: text,
  meeting: z
    .object({
      bodyType: BodyType.nullable().optional(),
      date: text,
      time: text,
      place: text,
      president: text,
      secretary: text,
      quorum: z.boolean().nullable().optional(),
    })
    .nullable()
    .optional(),
  attendance: z
    .object({
      present: names.optional(),
      represented: z.array(z.tuple([z.string(), z.string().nullable()])).optional(),
      excused: names.optional(),
      absent: names.optional(),
      counts: z.object({ inOffice: int, present: int, represented: int, voting: int }).nullable().optional(),
    })
    .nullable()
    .optional(),
  items: z
    .array(
      z.object({
        number: text,
        title: text,
        optional: z.boolean().optional(),
        vote: z.object({ unanimous: z.boolean().nullable().optional(), for: int, against: int, abstentions: int }).nullable().optional(),
        outcome: Outcome.nullable().optional(),
        actions: names.nullable().optional(),
        visas: int,
      }),
    )
    .nullable()
    .optional(),
  signatures: names.nullable().optional(),
  sections: z.array(z.object({ kind: SectionKind, from: z.string(), to: z.string() })).nullable().optional(),
  notes: names.optional(),
});
export type CompactGold = z.infer<typeof CompactGold>;

/** A gold ready to score: the compact form, and the text its sections are located in (if known). */
export interface Gold {
  gold: CompactGold;
  /** The reviewed document's own text; null for a compact gold (its text is NNN.txt beside it). */
  text: string | null;
  /** The reviewed document's id, to find its prediction whatever the file names. */
  id: string | null;
  form: 'compact' | 'document';
}

/** Surnames upper case, as the annotators write them (GUIDE.md). */
const surname = (p: Person | null): string | null => (p ? p.surname.toLocaleUpperCase('fr-FR') : null);
const surnames = (ps: Person[]): string[] => ps.map((p) => surname(p)!);

/**
 * A reviewed MinutesDocument as compact gold. Every item is required (a reviewer keeps only
 * real items); a section becomes its whole text as both `from` and `to`, so locating it in
 * the document's text finds exactly its offsets.
 */
export function toCompactGold(doc: MinutesDocument): CompactGold {
  const { meeting: m, attendance: a } = doc;
  return {
    kind: doc.kind,
    authority: doc.authority.name,
    meeting: {
      bodyType: m.bodyType,
      date: m.date,
      time: m.time,
      place: m.place,
      president: surname(m.president),
      secretary: surname(m.secretary),
      quorum: m.quorum,
    },
    attendance: {
      present: surnames(a.present),
      represented: a.represented.map((r) => [surname(r.person)!, surname(r.proxy)]),
      excused: surnames(a.excused),
      absent: surnames(a.absent),
      counts: { ...a.counts },
    },
    items: doc.items.map((item) => {
      const d = item.decision;
      const v = d?.vote ?? null;
      return {
        number: item.number,
        title: item.title,
        optional: false,
        vote: v && { unanimous: v.unanimous, for: v.for, against: v.against, abstentions: v.abstentions },
        outcome: d?.outcome ?? null,
        actions: d?.articles.length ? d.articles.map((x) => x.action) : null,
        visas: d?.visas.length || null,
      };
    }),
    signatures: surnames(doc.signatures),
    sections: doc.sections
      .filter((s) => s.kind !== 'other' && s.end > s.start)
      .map((s) => {
        const body = doc.text.slice(s.start, s.end);
        return { kind: s.kind, from: body, to: body };
      }),
  };
}

/** A reviewed document is told from a compact gold by the contract's own marker. */
const isDocument = (json: unknown): boolean => typeof json === 'object' && json !== null && 'schemaVersion' in json;

/** Either form of gold, validated; throws an Error naming what is wrong (the caller names the file). */
export function readGold(json: unknown): Gold {
  if (isDocument(json)) {
    const parsed = MinutesDocument.safeParse(json);
    if (!parsed.success) throw new Error(`a reviewed MinutesDocument, but invalid (${firstIssue(parsed.error)})`);
    return { gold: toCompactGold(parsed.data), text: parsed.data.text, id: parsed.data.id, form: 'document' };
  }
  const parsed = CompactGold.safeParse(json);
  if (!parsed.success) throw new Error(`not a compact gold (GUIDE.md) nor a MinutesDocument (${firstIssue(parsed.error)})`);
  return { gold: parsed.data, text: null, id: null, form: 'compact' };
}

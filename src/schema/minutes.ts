/**
 * The output contract (../shared/CONTRACT.md) as a zod schema. Every type of the
 * project that describes output is inferred from here, never written twice.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0' as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const hhmm = z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM');
const count = z.number().int().nonnegative().nullable();

/** Character offsets into `text` of the words a field was read from; null when inferred. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, 'span end before start');

export const Person = z.object({
  raw: z.string().min(1),
  civility: z.enum(['M.', 'Mme']).nullable(),
  givenName: z.string().nullable(),
  surname: z.string().min(1),
  role: z.string().nullable(),
  span: Span.nullable(),
});

export const PageInfo = z.object({
  page: z.number().int().positive(),
  method: z.enum(['text', 'ocr']),
  confidence: z.number().min(0).max(1).nullable(),
  chars: z.number().int().nonnegative(),
});

export const Source = z.object({
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative(),
  pages: z.array(PageInfo),
});

export const DocumentKind = z.enum(['deliberation', 'minutes', 'list', 'other']);

export const BodyType = z.enum([
  'commission-permanente',
  'conseil-municipal',
  'conseil-communautaire',
  'conseil-departemental',
  'conseil-regional',
  'conseil-administration',
  'bureau',
  'comite-syndical',
  'other',
]);

export const Meeting = z.object({
  body: z.string().nullable(),
  bodyType: BodyType.nullable(),
  date: isoDate.nullable(),
  dateText: z.string().nullable(),
  /** Provenance of `date` (contract: meeting.date carries a span). */
  dateSpan: Span.nullable(),
  time: hhmm.nullable(),
  place: z.string().nullable(),
  convocationDate: isoDate.nullable(),
  president: Person.nullable(),
  secretary: Person.nullable(),
  quorum: z.boolean().nullable(),
});

export const Represented = z.object({ person: Person, proxy: Person.nullable() });

export const Counts = z.object({
  inOffice: count,
  present: count,
  represented: count,
  voting: count,
});

export const Attendance = z.object({
  present: z.array(Person),
  presentIncludesProxies: z.boolean(),
  represented: z.array(Represented),
  excused: z.array(Person),
  absent: z.array(Person),
  counts: Counts,
});

export const Vote = z.object({
  unanimous: z.boolean(),
  for: count,
  against: count,
  abstentions: count,
  notVoting: count,
  againstNames: z.array(Person),
  abstentionNames: z.array(Person),
  span: Span.nullable(),
});

export const Article = z.object({
  action: z.string().min(1),
  text: z.string(),
  span: Span.nullable(),
});

export const Outcome = z.enum(['adopted', 'rejected', 'noted']);

export const Decision = z.object({
  visas: z.array(z.string()),
  considerations: z.array(z.string()),
  articles: z.array(Article),
  vote: Vote.nullable(),
  outcome: Outcome.nullable(),
});

export const Item = z.object({
  number: z.string().nullable(),
  title: z.string(),
  rapporteur: Person.nullable(),
  report: z.string().nullable(),
  decision: Decision.nullable(),
  span: Span.nullable(),
});

export const SectionKind = z.enum(['preamble', 'attendance', 'report', 'decision', 'other']);

export const Section = z
  .object({
    kind: SectionKind,
    item: z.number().int().nonnegative().nullable(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    page: z.number().int().positive(),
  })
  .refine((s) => s.end >= s.start, 'section end before start');

export const MinutesDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  source: Source,
  kind: DocumentKind,
  authority: z.object({ name: z.string().nullable() }),
  meeting: Meeting,
  attendance: Attendance,
  items: z.array(Item),
  signatures: z.array(Person),
  sections: z.array(Section),
  text: z.string(),
  warnings: z.array(z.string()),
});

export type Span = z.infer<typeof Span>;
export type Person = z.infer<typeof Person>;
export type PageInfo = z.infer<typeof PageInfo>;
export type Source = z.infer<typeof Source>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type BodyType = z.infer<typeof BodyType>;
export type Meeting = z.infer<typeof Meeting>;
export type Represented = z.infer<typeof Represented>;
export type Counts = z.infer<typeof Counts>;
export type Attendance = z.infer<typeof Attendance>;
export type Vote = z.infer<typeof Vote>;
export type Article = z.infer<typeof Article>;
export type Outcome = z.infer<typeof Outcome>;
export type Decision = z.infer<typeof Decision>;
export type Item = z.infer<typeof Item>;
export type SectionKind = z.infer<typeof SectionKind>;
export type Section = z.infer<typeof Section>;
export type MinutesDocument = z.infer<typeof MinutesDocument>;

/** The JSON Schema of the contract, generated from the zod schema. */
export function minutesJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(MinutesDocument, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}

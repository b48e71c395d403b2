/**
 * What an authority's documents do not say and SCDL needs: its official name and SIRET, the
 * préfecture that receives its acts, where its deliberations are published, and the @ctes
 * matière of each deliberation (or rules to suggest one). One small JSON file per authority,
 * checked here before any row is written.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { isMatiereCode } from './matiere.ts';

/** The values `deliberationUrl` may use, each URL-encoded into the link. */
export const URL_PLACEHOLDERS = ['id', 'number', 'date', 'file'] as const;
export type UrlPlaceholder = (typeof URL_PLACEHOLDERS)[number];

const matiereCode = z
  .string({ error: 'a matière code is a string ("7.10" and 7.1 differ; a JSON number would merge them)' })
  .refine(isMatiereCode, { error: (issue) => `'${String(issue.input)}' is not a code of the @ctes nomenclature (1.1 … 9.4)` });

const placeholdersOf = (template: string) => [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);

const urlTemplate = z
  .string()
  .refine((t) => placeholdersOf(t).every((p) => (URL_PLACEHOLDERS as readonly string[]).includes(p)), {
    error: `unknown placeholder: use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
  })
  .refine((t) => /^https?:\/\//.test(t) && URL.canParse(t.replace(/\{[^}]*\}/g, 'x')), {
    error: 'not an http(s) URL once its placeholders are filled',
  });

export const AuthorityConfig = z.strictObject({
  /** COLL_NOM: the official name ("Commune de Pierrefonds"). */
  name: z.string().trim().min(1),
  /** COLL_SIRET: 9 digits of SIREN and 5 of NIC, no spaces. */
  siret: z.string().regex(/^\d{14}$/, '14 digits, no spaces'),
  /** PREF_ID: the préfecture's code ("PREF060"), when known. */
  prefId: z.string().trim().min(1).optional(),
  /** DELIB_URL, e.g. "https://example.org/deliberations/{id}.pdf". */
  deliberationUrl: urlTemplate.optional(),
  matiere: z
    .strictObject({
      /** Matière of given deliberations, by DELIB_ID: what a person decided, never overridden. */
      items: z.record(z.string(), matiereCode).default({}),
      /** The authority's own keywords, tried before the built-in table. */
      rules: z.array(z.strictObject({ code: matiereCode, keywords: z.array(z.string().min(1)).min(1) })).default([]),
      /** Matière of a deliberation nothing else classifies. */
      default: matiereCode.optional(),
    })
    .default({ items: {}, rules: [] }),
});
export type AuthorityConfig = z.infer<typeof AuthorityConfig>;

/** Reads and checks a config file; the error names the file and every wrong field. */
export async function loadAuthorityConfig(path: string): Promise<AuthorityConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read the authority config: ${(err as Error).message}`);
  }
  const parsed = AuthorityConfig.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`${path}: not a valid authority config:\n  ${issues.join('\n  ')}`);
  }
  return parsed.data;
}

/** `minutes search`: full-text search of the documents loaded by `minutes index`. */
import { parseArgs } from 'node:util';
import { EmptyQueryError, search, type DocumentHit, type SearchResult } from '../search/pg-search.ts';
import { connectPg, PG_HELP, PG_OPTIONS, pgTarget, reportingPgErrors } from '../search/pg-target.ts';
import { renderSnippet, truncateSnippet } from '../search/snippet.ts';
import { EXIT, positiveInt, UsageError } from './usage-error.ts';

const DEFAULT_LIMIT = 10;
const DEFAULT_ITEMS = 3;

export const help = `Usage: minutes search --pg URL [--schema NAME] [--limit N] [--items N] [--json] <query>...

Searches the documents that \`minutes index\` loaded, in French: words match their other forms
(convention, conventions; délibère, délibération), and accents are ignored when the server has
the unaccent extension. The query's words are joined by AND; "quoted words" must follow each
other, -word excludes, "or" between words matches either.

Results are documents, best first: each with its file name, meeting date, body and kind, then
its best matching items (number and title) with a snippet of the text around the matched
words (bold on a terminal, **word** otherwise); a document whose match lies outside its items
(attendance, preamble) shows a snippet of its text instead.

Options:
${PG_HELP}
  --limit N            show at most N documents (default ${DEFAULT_LIMIT})
  --items N            show at most N matching items per document (default ${DEFAULT_ITEMS})
  --json               print {query, total, documents: [...]} on stdout; snippets are plain text
                       with highlights as [start, end) character offsets
  -h, --help           show this help

Examples:
  minutes search --pg postgres://postgres@127.0.0.1:5432/test convention de partenariat
  minutes search '"aire d accueil" gens du voyage -camping' --limit 5
  minutes search --json subvention | jq '.documents[].fileName'

Exit status: 0 some document matches, 1 none matches (like grep) or PostgreSQL cannot be used,
2 bad usage (no query, or only stop words such as "le de la").
`;

const MAX_TITLE = 110;

function header(hit: DocumentHit, position: number): string {
  const where = [hit.authority, hit.body].filter((s): s is string => s !== null).join(', ');
  const parts = [hit.fileName, hit.date ?? 'date unknown', where, hit.kind].filter((s) => s !== '');
  return `${position}. ${parts.join(' · ')}`;
}

function render(result: SearchResult, tty: boolean): string {
  const lines: string[] = [];
  result.documents.forEach((hit, i) => {
    if (i > 0) lines.push('');
    lines.push(header(hit, i + 1));
    for (const item of hit.items) {
      const label = item.number !== null ? `n° ${item.number}` : `item ${item.index + 1}`;
      lines.push(`   ${label}: ${renderSnippet(truncateSnippet(item.heading, MAX_TITLE), tty)}`);
      if (item.snippet.text !== '') lines.push(`      ${renderSnippet(item.snippet, tty)}`);
    }
    if (hit.matchedItems > hit.items.length) lines.push(`   and ${hit.matchedItems - hit.items.length} more matching items (--items)`);
    if (hit.snippet !== null) lines.push(`   ${renderSnippet(hit.snippet, tty)}`);
  });
  lines.push('', `${result.documents.length} of ${result.total} matching document${result.total === 1 ? '' : 's'}${result.total > result.documents.length ? ' (--limit)' : ''}`);
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...PG_OPTIONS,
      limit: { type: 'string' },
      items: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('give the words to search for');
  const limit = positiveInt('--limit', values.limit) ?? DEFAULT_LIMIT;
  const itemsPerDocument = positiveInt('--items', values.items) ?? DEFAULT_ITEMS;
  const target = pgTarget(values);

  return reportingPgErrors(target, async () => {
    const client = await connectPg(target);
    try {
      let result: SearchResult;
      try {
        result = await search(client, target.schema, query, { limit, itemsPerDocument });
      } catch (error) {
        if (error instanceof EmptyQueryError) throw new UsageError(error.message);
        throw error;
      }
      if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (result.total > 0) process.stdout.write(render(result, process.stdout.isTTY === true && !process.env.NO_COLOR));
      if (result.total === 0 && !values.json) process.stderr.write(`no document matches '${query}'\n`);
      return result.total > 0 ? EXIT.ok : EXIT.failed;
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}

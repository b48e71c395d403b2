/** `minutes schema`: the JSON Schema of a MinutesDocument, generated from the zod contract. */
import { parseArgs } from 'node:util';
import { minutesJsonSchema } from '../schema/minutes.ts';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes schema

Prints the JSON Schema (draft 2020-12) of the output documents on stdout.
The committed copy is schema/minutes.schema.json; regenerate it with \`npm run schema\`.
`;

/** The exact bytes of schema/minutes.schema.json. */
export function renderSchema(): string {
  return `${JSON.stringify(minutesJsonSchema(), null, 2)}\n`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`schema takes no arguments (got '${positionals[0]}')`);
  process.stdout.write(renderSchema());
  return EXIT.ok;
}

/**
 * The Popolo JSON Schemas of schemas/popolo (copied unchanged from popolo-project/popolo-spec)
 * compiled by ajv. They are draft-03; ajv reads draft-07, so three draft-03 idioms are
 * translated as they load, nothing else: `id` -> `$id`, `"required": true` on a property ->
 * the name in its parent's `required` list, and the draft-03 `$schema` dropped. The formats they
 * use (date-time, uri, email) are given to ajv, which checks none by itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

const DIR = new URL('./schemas/popolo/', import.meta.url).pathname;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A draft-03 schema as draft-07 says the same thing. */
function fromDraft3(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(fromDraft3);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (key === 'id' && typeof value === 'string') out.$id = value;
    else if (key === 'properties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const properties: { [key: string]: Json } = {};
      const required: string[] = [];
      for (const [name, sub] of Object.entries(value)) {
        if (sub !== null && typeof sub === 'object' && !Array.isArray(sub) && sub.required === true) {
          required.push(name);
          const { required: _, ...rest } = sub;
          properties[name] = fromDraft3(rest);
        } else properties[name] = fromDraft3(sub);
      }
      out.properties = properties;
      if (required.length > 0) out.required = required;
    } else if (key === 'required' && typeof value === 'boolean') continue;
    else out[key] = fromDraft3(value);
  }
  return out;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export interface PopoloValidators {
  event: ValidateFunction;
  motion: ValidateFunction;
  voteEvent: ValidateFunction;
  organization: ValidateFunction;
}

export function popoloValidators(): PopoloValidators {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(fromDraft3(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Json) as object);
  }
  const get = (name: string) => ajv.getSchema(`http://www.popoloproject.com/schemas/${name}.json#`)!;
  return { event: get('event'), motion: get('motion'), voteEvent: get('vote_event'), organization: get('organization') };
}

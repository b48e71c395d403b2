import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema } from '../src/cli/schema.ts';

const COMMITTED = new URL('../schema/minutes.schema.json', import.meta.url);

describe('schema/minutes.schema.json', () => {
  it('is the JSON Schema generated from src/schema/minutes.ts', () => {
    let committed = '';
    try {
      committed = readFileSync(COMMITTED, 'utf8');
    } catch {
      // missing: the comparison below fails with the hint
    }
    expect(committed, 'schema/minutes.schema.json is out of date: run `npm run schema` and commit it').toBe(renderSchema());
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthorityConfig, loadAuthorityConfig } from '../../src/export/authority-config.ts';
import { tempDirs } from '../cli/helpers.ts';

const fresh = tempDirs();

describe('authority config', () => {
  const valid = { name: 'Commune de Saint-Exemple', siret: '21000000000000' };

  it('takes the smallest config and fills the matière defaults', () => {
    expect(AuthorityConfig.parse(valid)).toEqual({ ...valid, matiere: { items: {}, rules: [] } });
  });

  it('refuses a code written as a number, an unknown code, a SIRET with spaces, an unknown URL placeholder, an unknown key', () => {
    const issues = (x: unknown) => AuthorityConfig.safeParse(x).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues({ ...valid, matiere: { default: 7.1 } })).toEqual([expect.stringMatching(/^matiere\.default: a matière code is a string/)]);
    expect(issues({ ...valid, matiere: { items: { D1: '7.11' } } })).toEqual([expect.stringMatching(/^matiere\.items\.D1: '7\.11' is not a code/)]);
    expect(issues({ ...valid, siret: '210 000 000 00000' })).toEqual(['siret: 14 digits, no spaces']);
    expect(issues({ ...valid, deliberationUrl: 'https://x.fr/{numero}.pdf' })).toEqual([expect.stringMatching(/^deliberationUrl: unknown placeholder/)]);
    expect(issues({ ...valid, deliberationUrl: 'x.fr/{id}.pdf' })).toEqual([expect.stringMatching(/^deliberationUrl: not an http/)]);
    expect(issues({ ...valid, sirett: '1' })).toHaveLength(1);
  });

  it('names the file and every wrong field when loading', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ name: '', siret: '12' }));
    await expect(loadAuthorityConfig(join(dir, 'bad.json'))).rejects.toThrow(/bad\.json: not a valid authority config:\n {2}name: .*\n {2}siret: 14 digits/);
    writeFileSync(join(dir, 'broken.json'), '{ name');
    await expect(loadAuthorityConfig(join(dir, 'broken.json'))).rejects.toThrow(/broken\.json: cannot read the authority config/);
  });

  it('the example config of fixtures/authority is valid', async () => {
    await expect(loadAuthorityConfig(new URL('../../fixtures/authority/example.json', import.meta.url).pathname)).resolves.toMatchObject({ siret: '21000000000000' });
  });
});

/** `minutes export` and `minutes validate` end to end: the real CLI on temp dirs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, runCli, SPAWN_TIMEOUT, tempDirs, writeFiles } from '../cli/helpers.ts';
import { documentWith, item, vote } from './documents.ts';

const fresh = tempDirs();
const CONFIG = JSON.stringify({ name: 'Commune de Saint-Exemple', siret: '21000000000000', matiere: { default: '9.1' } });

/** An output directory as `minutes process` leaves it: documents, a failure, and a file that is not a document. */
function outputDir(dir: string) {
  const good = documentWith([item('Travaux de voirie ; "rue" des Écoles', { number: 'D1', vote: vote({ unanimous: true }) })], { date: '2025-03-03', fileName: 'good.txt' });
  const undated = documentWith([item('Tarifs'), item('Budget')], { seed: 'undated', date: null, fileName: 'undated.txt' });
  writeFiles(dir, {
    'out/good.json': `${JSON.stringify(good, null, 2)}\n`,
    'out/undated.json': JSON.stringify(undated),
    'out/scan.error.json': JSON.stringify({ file: 'scan.pdf', code: 'OCR_FAILED', message: 'x' }),
    'out/notes.json': JSON.stringify({ hello: 'world' }),
    'out/truncated.json': '{"schemaVersion": "1.0", ',
    'commune.json': CONFIG,
  });
  return { good, undated };
}

describe('minutes export', SPAWN_TIMEOUT, () => {
  it('writes the valid rows, reports bad files and undated items by id, skips *.error.json, exits 1', async () => {
    const dir = fresh();
    const { good, undated } = outputDir(dir);
    const r = await runCli(['export', '--format', 'scdl', '--authority-config', 'commune.json', '--out', 'csv/deliberations.csv', 'out'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const fails = r.stderr.split('\n').filter((l) => l.startsWith('FAIL'));
    expect(fails).toEqual([
      expect.stringMatching(/^FAIL out\/notes\.json: not a minutes document: /),
      expect.stringMatching(/^FAIL out\/truncated\.json: not JSON: /),
      `FAIL undated.txt (${undated.id}#0): not exported: no date: the document gives no sitting date`,
      `FAIL undated.txt (${undated.id}#1): not exported: no date: the document gives no sitting date`,
    ]);
    expect(r.stderr).not.toMatch(/scan/);
    expect(r.stderr).toMatch(/^1 deliberation from 2 documents -> csv\/deliberations\.csv \(scdl\), 4 reported$/m);
    const csv = readFileSync(join(dir, 'csv/deliberations.csv'), 'utf8');
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv).toContain(',D1,2025-03-03,8.3,domaines de compétences par thèmes/voirie,"Travaux de voirie ; ""rue"" des Écoles",');
    expect(listFiles(join(dir, 'csv')), 'no temporary file left').toEqual(['deliberations.csv']);
    expect(good.id).toMatch(/^sha256:/);

    const v = await runCli(['validate', 'csv/deliberations.csv'], dir);
    expect([v.code, v.stdout]).toEqual([0, 'ok csv/deliberations.csv\n']);
  });

  it('exits 0 when nothing is reported; --quiet prints nothing; ndjson and popolo go to stdout without --out', async () => {
    const dir = fresh();
    outputDir(dir);
    const scdl = await runCli(['export', '-f', 'scdl', '-c', 'commune.json', '-q', '--out', 'd.csv', 'out/good.json'], dir);
    expect([scdl.code, scdl.stderr]).toEqual([0, '']);
    const ndjson = await runCli(['export', '-f', 'ndjson', '--out', '-', 'out/good.json'], dir);
    expect(ndjson.code).toBe(0);
    expect(JSON.parse(ndjson.stdout)).toMatchObject({ title: 'Travaux de voirie ; "rue" des Écoles', voteUnanimous: true, voteAgainst: null });
    const popolo = await runCli(['export', '-f', 'popolo', 'out/good.json'], dir);
    expect(JSON.parse(popolo.stdout)).toMatchObject({ events: [expect.anything()], motions: [expect.anything()] });
  });

  it('bad usage exits 2 and says why: no format, scdl without config, an invalid config names its file', async () => {
    const dir = fresh();
    outputDir(dir);
    writeFiles(dir, { 'wrong.json': JSON.stringify({ name: 'X', siret: '123', matiere: { default: 7.1 } }) });
    const noFormat = await runCli(['export', 'out'], dir);
    expect([noFormat.code, noFormat.stderr]).toEqual([2, expect.stringMatching(/--format is required/)]);
    const noConfig = await runCli(['export', '-f', 'scdl', 'out'], dir);
    expect([noConfig.code, noConfig.stderr]).toEqual([2, expect.stringMatching(/--format scdl needs --authority-config/)]);
    const wrong = await runCli(['export', '-f', 'scdl', '-c', 'wrong.json', 'out'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/wrong\.json: not a valid authority config:\n {2}siret: 14 digits, no spaces\n {2}matiere\.default: a matière code is a string/);
    const help = await runCli(['export', '--help']);
    expect([help.code, help.stdout]).toEqual([0, expect.stringMatching(/^Usage: minutes export[\s\S]*Exit status:/)]);
  });

  it('a path that does not exist is reported and the others exported', async () => {
    const dir = fresh();
    outputDir(dir);
    const r = await runCli(['export', '-f', 'ndjson', 'nowhere', 'out/good.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FAIL nowhere: no such file or directory$/m);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('minutes validate', SPAWN_TIMEOUT, () => {
  it('says what is wrong by row and column, exits 1', async () => {
    const dir = fresh();
    outputDir(dir);
    await runCli(['export', '-f', 'scdl', '-c', 'commune.json', '-q', '--out', 'd.csv', 'out/good.json'], dir);
    const csv = readFileSync(join(dir, 'd.csv'), 'utf8').replace('21000000000000', '2100000000').replace('2025-03-03', '03/03/2025');
    writeFiles(dir, { 'bad.csv': csv });
    const r = await runCli(['validate', 'bad.csv', 'missing.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      "bad.csv: row 2 (line 2), COLL_SIRET: '2100000000' does not match ^\\d{14}$ (14 digits)",
      "bad.csv: row 2 (line 2), DELIB_DATE: '03/03/2025' is not a date YYYY-MM-DD",
      'bad.csv: 2 problems',
      '',
    ]);
    expect(r.stderr).toMatch(/^FAIL missing\.csv: cannot read: ENOENT$/m);
    expect((await runCli(['validate'], dir)).code).toBe(2);
  });
});

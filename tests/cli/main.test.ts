import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { renderSchema } from '../../src/cli/schema.ts';
import { runCli, SPAWN_TIMEOUT, tempDirs } from './helpers.ts';

// Each test only spawns the CLI: run them side by side (assertions use the test's own expect).
describe.concurrent('minutes (usage)', SPAWN_TIMEOUT, () => {
  const cwd = tempDirs()(); // a usage error must not get as far as creating --out, but if it did: not in the repo

  it.for(['--help', '-h', 'help'])('%s teaches usage on stdout, exit 0', async (flag, { expect }) => {
    const r = await runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/minutes process .*--out/);
    expect(r.stdout).toContain('Examples');
  });

  it('without arguments prints the help on stderr, exit 2', async ({ expect }) => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
    expect(r.stdout).toBe('');
  });

  it('help process shows the options of the command', async ({ expect }) => {
    const r = await runCli(['help', 'process']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format');
    expect(r.stdout).toContain('error.json');
  });

  it('--version prints the package version', async ({ expect }) => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.for<string[]>([
    ['frobnicate'],
    ['--frobnicate'],
    ['process'],
    ['process', 'x.txt'],
    ['process', 'x.txt', '--out'],
    ['process', 'x.txt', '--out', 'o', '--bogus'],
    ['process', 'x.txt', '--out', 'o', '--format', 'xml'],
    ['process', 'x.txt', '--format', 'ndjson', '--out', 'o'],
    ['process', 'x.txt', '--out', 'o', '--max-bytes', 'lots'],
    ['schema', 'extra'],
  ])('bad usage %j: message on stderr, exit 2', async (args, { expect }) => {
    const r = await runCli(args, cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^minutes: .+\nRun 'minutes (\w+ )?--help' for usage\.\n$/);
    expect(r.stdout).toBe('');
  });

  it('schema prints the bytes `npm run schema` commits', async ({ expect }) => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(renderSchema());
    expect(JSON.parse(r.stdout)).toHaveProperty('properties.meeting');
  });
});

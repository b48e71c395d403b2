import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileInside, nameProblem, UnsafeNameError } from '../../src/review/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'minutes-review-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('file names from requests', () => {
  it.each([
    ['..', "'..'"],
    ['../gold.json', '/'],
    ['..%2Fx', "'..'"],
    ['a..json', "'..'"],
    ['sub/000.json', '/'],
    ['..\\..\\win.ini', '\\'],
    ['/etc/passwd', '/'],
    ['.history', 'hidden'],
    ['.000.json.123.tmp', 'hidden'],
    ['a\0.json', 'NUL'],
    ['a\n.json', 'control'],
    ['', 'empty'],
    ['x'.repeat(256), '255'],
  ])('refuses %j', (name, reason) => {
    expect(nameProblem(name)).toContain(reason);
    expect(() => fileInside(dir, name)).toThrow(UnsafeNameError);
  });

  it.each(['000.json', 'saint-aubin-2023-045.json', 'Délibération n° 12 (copie).json', 'x<img src=x onerror=alert(1)>.json'])('accepts the plain name %j, inside the directory', (name) => {
    expect(nameProblem(name)).toBeNull();
    const path = fileInside(dir, name);
    expect(path.startsWith(dir + sep)).toBe(true);
    expect(path.slice(dir.length + 1)).toBe(name);
  });
});

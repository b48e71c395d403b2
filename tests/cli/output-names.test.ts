import { describe, expect, it } from 'vitest';
import { outputNames } from '../../src/cli/output-names.ts';

describe('outputNames', () => {
  it('is the file name without its extension', () => {
    expect(outputNames(['corpus/000.txt', 'x.pdf', 'a.b.PDF', 'noext']).names).toEqual(['000', 'x', 'a.b', 'noext']);
  });

  it('numbers later inputs that share a name, in input order, and says so', () => {
    const { names, renamed } = outputNames(['a/000.txt', 'b/000.pdf', 'c/000.txt']);
    expect(names).toEqual(['000', '000-2', '000-3']);
    expect(renamed).toEqual([
      'b/000.pdf has the same output name as a/000.txt: writing it as 000-2.json',
      'c/000.txt has the same output name as a/000.txt: writing it as 000-3.json',
    ]);
  });

  it('never takes a name another input has naturally, nor one differing only in case', () => {
    expect(outputNames(['a/x.txt', 'b/x.txt', 'x-2.txt']).names).toEqual(['x', 'x-3', 'x-2']);
    expect(outputNames(['X.txt', 'x.pdf']).names).toEqual(['X', 'x-2']);
  });

  it('keeps <name>.json and <name>.error.json of two inputs apart', () => {
    expect(outputNames(['x.txt', 'x.error.txt']).names).toEqual(['x', 'x.error-2']);
    expect(outputNames(['x.error.txt', 'x.txt']).names).toEqual(['x.error', 'x-2']);
  });
});

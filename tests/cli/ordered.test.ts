import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { forEachOrdered } from '../../src/cli/ordered.ts';

describe('forEachOrdered', () => {
  it('delivers in input order whatever order the work finishes in, within the concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    const delivered: number[] = [];
    const work = async (ms: number) => {
      peak = Math.max(peak, ++inFlight);
      await sleep(ms);
      inFlight--;
      return ms;
    };
    const n = await forEachOrdered([30, 5, 20, 1, 10], work, (r) => void delivered.push(r), { concurrency: 3 });
    expect(n).toBe(5);
    expect(delivered).toEqual([30, 5, 20, 1, 10]);
    expect(peak).toBe(3);
  });

  it('starts nothing new once stopped, and delivers what was started', async () => {
    let stop = false;
    const delivered: number[] = [];
    const n = await forEachOrdered([1, 2, 3, 4], async (x) => x, (r) => {
      delivered.push(r);
      stop = r === 2;
    }, { stopped: () => stop });
    expect(n).toBe(2);
    expect(delivered).toEqual([1, 2]);
  });
});

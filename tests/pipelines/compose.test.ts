/**
 * docker-compose.yml parses and runs what exists: Redis configured for BullMQ (appendonly,
 * noeviction), replicated workers, and services whose commands and flags are the CLI's own
 * (checked against `minutes <command> --help`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../corpus.ts';
import { runCli, SPAWN_TIMEOUT } from '../cli/helpers.ts';
import { parseYamlSubset } from './yaml-subset.ts';

interface Service {
  image?: string;
  build?: { context: string; dockerfile_inline?: string };
  command?: string[];
  entrypoint?: string[];
  deploy?: { replicas?: number };
  environment?: Record<string, string>;
  volumes?: string[];
  profiles?: string[];
  stop_grace_period?: string;
}

const compose = parseYamlSubset(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as unknown as { services: Record<string, Service>; volumes: Record<string, unknown> };
const services = compose.services;
const cliServices = Object.entries(services).filter(([, s]) => s.build !== undefined);

describe('docker-compose.yml', () => {
  it('has a Redis that keeps jobs across restarts and never evicts them', () => {
    const command = services.redis?.command ?? [];
    expect(command[0]).toBe('redis-server');
    expect(command.join(' ')).toContain('--appendonly yes');
    expect(command.join(' ')).toContain('--maxmemory-policy noeviction');
    expect(services.redis?.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
  });

  it('runs several workers, stopped gracefully, and a submit example', () => {
    expect(services.worker?.command?.[0]).toBe('worker');
    expect(services.worker?.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(services.worker?.stop_grace_period).toMatch(/^\d+s$/);
    // One worker per core: the GC on the worker's own thread (see `minutes worker --help`).
    expect(services.worker?.entrypoint).toEqual(['node', '--single-threaded-gc', 'bin/minutes.js']);
    expect(services.submit?.command?.slice(0, 1)).toEqual(['submit']);
    expect(services.submit?.command).toEqual(expect.arrayContaining(['--out', '--wait']));
  });

  it('gives workers and submitter the same store and output paths', () => {
    for (const name of ['worker', 'submit']) {
      expect(services[name]?.environment?.MINUTES_STORE).toBe('/data/store');
      expect(services[name]?.environment?.REDIS_URL).toBe('redis://redis:6379');
      expect(services[name]?.volumes).toEqual(expect.arrayContaining(['store:/data/store', './out:/data/out']));
    }
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['store', 'redis-data']));
  });

  it('builds an image with the sources the CLI runs', () => {
    const dockerfile = services.worker?.build?.dockerfile_inline ?? '';
    for (const dir of ['bin', 'src', 'pipelines', 'scripts']) expect(dockerfile).toContain(`COPY ${dir} ./${dir}`);
    expect(dockerfile).toContain('ENTRYPOINT ["node", "bin/minutes.js"]');
  });

  it.each(cliServices.map(([name, s]) => [name, s.command ?? []] as const))(
    'service %s runs an existing command with flags it knows',
    async (_name, command) => {
      const [name, ...args] = command;
      const r = await runCli([name!, '--help']);
      expect(r.code, r.stderr).toBe(0);
      for (const flag of args.filter((a) => a.startsWith('--'))) expect(r.stdout).toContain(flag);
    },
    SPAWN_TIMEOUT.timeout,
  );
});

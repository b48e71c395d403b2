/** `minutes status`: the queues' jobs by state, the workers connected, the failed documents and why. */
import { parseArgs } from 'node:util';
import { openQueues, REDIS_HELP, REDIS_OPTIONS, redisTarget, reportingCommandErrors } from '../../pipelines/command-options.ts';
import { queueStatus, STATES, type Status } from '../../pipelines/inspect.ts';
import { QUEUE_NAMES } from '../../pipelines/topology.ts';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes status --redis URL [--json] [--limit N]

What the queues hold: for each queue (documents: one job per submitted file; pages: the
scanned pages waiting for OCR; assemble: documents whose pages are being read), its jobs by
state and the workers connected; then every failed document with its reason, which reads
CODE: message as in DIR/<name>.error.json (CORRUPT_PDF, ENCRYPTED_PDF, UNSUPPORTED_TYPE...).

Options:
${REDIS_HELP}
  --json               print the figures as one JSON object on stdout
  --limit N            list at most N failed documents (default 100)
  -h, --help           show this help

A failed document stays listed until it is retried (\`minutes retry --failed\`) or submitted
again with --force.

Examples:
  minutes status --redis redis://127.0.0.1:6379
  minutes status --redis redis://127.0.0.1:6379 --json | jq '.counts.documents'

Exit status: 0 nothing failed, 1 some document failed (or the queues cannot be reached), 2 bad usage.
`;

function render(status: Status): string {
  const header = ['queue', ...STATES, 'workers'];
  const rows = QUEUE_NAMES.map((name) => [name, ...STATES.map((s) => String(status.counts[name][s] ?? 0)), String(status.workers[name] ?? '?')]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const lines = [line(header), ...rows.map(line)];
  const failedTotal = status.failed.length + status.moreFailed;
  if (failedTotal === 0) lines.push('', 'no failed document');
  else {
    lines.push('', `failed documents (${failedTotal}):`);
    for (const f of status.failed) lines.push(`  ${f.file}: ${f.code}: ${f.message}`);
    if (status.moreFailed > 0) lines.push(`  ... and ${status.moreFailed} more (--limit)`);
  }
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...REDIS_OPTIONS, json: { type: 'boolean', default: false }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const limit = values.limit === undefined ? 100 : /^\d+$/.test(values.limit) ? Number(values.limit) : NaN;
  if (!Number.isSafeInteger(limit)) throw new UsageError(`--limit must be a whole number, not '${values.limit}'`);
  const target = redisTarget(values);
  return reportingCommandErrors(async () => {
    const { queues, close } = await openQueues(target, 'minutes-status');
    try {
      const status = await queueStatus(queues, limit);
      process.stdout.write(values.json ? `${JSON.stringify(status, null, 2)}\n` : render(status));
      return status.failed.length + status.moreFailed > 0 ? EXIT.failed : EXIT.ok;
    } finally {
      await close();
    }
  });
}

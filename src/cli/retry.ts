/** `minutes retry --failed`: the failed documents go back on the queues. */
import { parseArgs } from 'node:util';
import { openQueues, REDIS_HELP, REDIS_OPTIONS, redisTarget, reportingCommandErrors } from '../../pipelines/command-options.ts';
import { retryFailed } from '../../pipelines/retry.ts';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes retry --failed --redis URL

Puts every failed document (\`minutes status\` lists them) back on the queues, with all its
attempts, for the running workers to process again. Use it once the cause is fixed: a disk
that was full, a worker machine without the OCR model, a store that was not mounted.

A document refused for its input (CORRUPT_PDF, ENCRYPTED_PDF, UNSUPPORTED_TYPE...) fails again
at once: replace the file and submit it again instead (its new content makes a new job).
A document that failed on an OCR page is split again and all its pages read afresh.

Options:
  --failed             retry the failed documents (required: the only selection for now)
${REDIS_HELP}
  -h, --help           show this help

Examples:
  minutes retry --failed --redis redis://127.0.0.1:6379
  minutes retry --failed --redis redis://127.0.0.1:6379 && minutes status --redis redis://127.0.0.1:6379

Exit status: 0 every failed document retried, 1 some could not be (being processed, removed
meanwhile) or the queues cannot be reached, 2 bad usage.
`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...REDIS_OPTIONS, failed: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (!values.failed) throw new UsageError('say which jobs to retry: --failed');
  const target = redisTarget(values);
  return reportingCommandErrors(async () => {
    const { queues, close } = await openQueues(target, 'minutes-retry');
    try {
      const report = await retryFailed(queues);
      const total = report.documents + report.assembled;
      process.stdout.write(`retried ${total} failed document${total === 1 ? '' : 's'} (${report.documents} from the start, ${report.assembled} split again for OCR)\n`);
      for (const line of report.skipped) process.stderr.write(`not retried: ${line}\n`);
      return report.skipped.length > 0 ? EXIT.failed : EXIT.ok;
    } finally {
      await close();
    }
  });
}

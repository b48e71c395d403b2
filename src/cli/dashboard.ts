/** `minutes dashboard`: bull-board over the three queues, in a browser. */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { openQueues, REDIS_HELP, REDIS_OPTIONS, redisTarget, reportingCommandErrors } from '../../pipelines/command-options.ts';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes dashboard --redis URL [--port N] [--host H] [--read-only]

Serves bull-board, a web view of the queues: jobs by state, a job's data (its file, pages,
store keys), its result or its failure with the stack, retries and removals by hand.

Options:
${REDIS_HELP}
  -p, --port N         port to listen on (default 3000; 0 picks a free one)
  --host H             address to bind (default 127.0.0.1: this machine only; the dashboard
                       has no login, so put it behind an authenticating proxy before
                       binding it to a network address)
  --read-only          no retry, removal or pause from the page
  -h, --help           show this help

Stops on Ctrl-C or SIGTERM.

Examples:
  minutes dashboard --redis redis://127.0.0.1:6379            then open http://127.0.0.1:3000/
  ssh -L 3000:127.0.0.1:3000 queue-host                         to look from another machine

Exit status: 0 stopped, 1 the queues cannot be reached or the port is taken, 2 bad usage.
`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...REDIS_OPTIONS,
      port: { type: 'string', short: 'p' },
      host: { type: 'string', default: '127.0.0.1' },
      'read-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const port = values.port === undefined ? 3000 : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
  if (!Number.isSafeInteger(port) || port > 65535) throw new UsageError(`--port must be a port number, not '${values.port}'`);
  const target = redisTarget(values);

  return reportingCommandErrors(async () => {
    // Loaded only now: bull-board and express take a while to import, and --help must stay fast.
    const [{ createBullBoard }, { BullMQAdapter }, { ExpressAdapter }] = await Promise.all([
      import('@bull-board/api'),
      import('@bull-board/api/bullMQAdapter'),
      import('@bull-board/express'),
    ]);
    const { queues, close } = await openQueues(target, 'minutes-dashboard');
    const adapter = new ExpressAdapter();
    adapter.setBasePath('/');
    createBullBoard({
      queues: queues.all().map((q) => new BullMQAdapter(q, { readOnlyMode: values['read-only'] })),
      // @bull-board/express pins its own copy of @bull-board/api (9.10.1 beside our 9.10.2): the
      // same classes at run time, two declarations of them for TypeScript.
      serverAdapter: adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    });
    const server = createServer(adapter.getRouter() as Parameters<typeof createServer>[1]);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, values.host, resolve);
      });
    } catch (error) {
      await close();
      process.stderr.write(`minutes: cannot listen on ${values.host}:${port} (${(error as Error).message})\n`);
      return EXIT.failed;
    }
    const address = server.address();
    const shown = typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}/` : String(address);
    process.stderr.write(`dashboard on ${shown} (Ctrl-C to stop)\n`);

    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    process.stderr.write(`${signal}: dashboard stopped\n`);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await close();
    return EXIT.ok;
  });
}

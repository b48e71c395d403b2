/**
 * Ctrl-C (SIGINT) or SIGTERM once: the batch stops after the current file and prints its summary.
 * Twice: the temporary files of unfinished writes are removed and the process exits at once.
 */
import { constants } from 'node:os';
import { removeTemporaryFilesSync } from './atomic-write.ts';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export class Interrupt {
  private received: NodeJS.Signals | undefined;

  constructor(private readonly tell: (message: string) => void) {
    for (const signal of SIGNALS) process.on(signal, this.onSignal);
  }

  get requested(): boolean {
    return this.received !== undefined;
  }

  /** 128 + the signal number (130 for SIGINT), as shells report a process a signal ended. */
  get exitCode(): number | undefined {
    return this.received && 128 + constants.signals[this.received];
  }

  dispose(): void {
    for (const signal of SIGNALS) process.off(signal, this.onSignal);
  }

  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.received !== undefined) {
      removeTemporaryFilesSync();
      process.stderr.write(`\n${signal}: aborted\n`);
      process.exit(128 + constants.signals[signal]);
    }
    this.received = signal;
    this.tell(`${signal}: stopping after the current file (${signal} again to abort)`);
  };
}

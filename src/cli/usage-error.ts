/** Bad command line: main prints the message, points to the command's help and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes of every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

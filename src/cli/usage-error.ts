/** Bad command line: main prints the message, points to the command's help and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes of every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A flag that takes a positive whole number: its value, undefined when absent, else UsageError. */
export function positiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number, not '${value}'`);
  return n;
}

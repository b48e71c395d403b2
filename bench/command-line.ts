/** What every benchmark script does with its command line and with its outcome. */

/** The value after `flag` on the command line, or `fallback` when it is missing or empty. */
export function arg(flag: string, fallback: string): string {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/**
 * Runs the script's `main` and exits with the code it returns (0 when none). An exception is
 * printed, exit 1. Exits explicitly: an OCR pool or a pdf.js handle left open must not keep
 * the process alive after the report.
 */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

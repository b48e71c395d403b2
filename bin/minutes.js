#!/usr/bin/env node
// Runs the CLI from dist/ (compiled by `npm ci` or `npm run build`) when it is at least as new
// as every source file; otherwise straight from the TypeScript sources through tsx, so a
// checkout being edited never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    newest = Math.max(newest, e.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsFresh() {
  try {
    const built = statSync(`${root}dist/src/cli/main.js`).mtimeMs;
    // pipelines/ is compiled too: an edit there alone must not run stale code.
    return built >= newestSource(`${root}src`) && built >= newestSource(`${root}pipelines`);
  } catch {
    return false;
  }
}

let main;
if (process.env.MINUTES_FROM_SOURCE !== '1' && compiledIsFresh()) {
  ({ main } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  // Our tsconfig, not whichever one the current directory happens to have.
  register({ tsconfig: `${root}tsconfig.json` });
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));

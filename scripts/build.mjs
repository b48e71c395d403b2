#!/usr/bin/env node
// Compiles src/, bench/ and fixtures/ to dist/ (plain JavaScript) so that the installed CLI
// runs without a TypeScript loader: faster start, and pdf.js is not held in memory twice by
// the loader's transform cache (~200 MB). Run by `npm ci` (prepare). Without TypeScript
// installed (`--omit=dev`) it does nothing: bin/minutes.js then runs the sources through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = `${root}node_modules/typescript/bin/tsc`;
if (!existsSync(tsc)) {
  console.log('minutes: TypeScript not installed; the CLI will run from the sources');
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
process.exit(r.status ?? 1);

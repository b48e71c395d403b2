#!/usr/bin/env node
// Runs the TypeScript CLI straight from the checkout: tsx compiles src/ on the fly, no build step.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Our tsconfig, not whichever one the current directory happens to have.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

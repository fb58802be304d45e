#!/usr/bin/env node
// The CLI is compiled by `npm ci` (the `prepare` script runs `tsc`); this file only starts it.
import { main } from '../dist/pipeline/cli.js';

main(process.argv.slice(2)).then(
  (exitCode) => { process.exitCode = exitCode; },
  (error) => { console.error(error instanceof Error ? error.stack ?? error.message : String(error)); process.exitCode = 2; },
);

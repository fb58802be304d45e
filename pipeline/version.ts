import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const packageJson = require('../../package.json') as { version: string };

/** The package version (dist/pipeline/version.js reads ../../package.json). */
export const VERSION: string = packageJson.version;

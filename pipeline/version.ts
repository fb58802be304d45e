import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package version, read from the package.json above this file (dist/pipeline/ when built, pipeline/ from source). */
function readVersion(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate)) {
      const packageJson = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (packageJson.name === 'vnextract' && packageJson.version) return packageJson.version;
    }
    if (dirname(folder) === folder) return 'unknown';
  }
}

export const VERSION: string = readVersion();

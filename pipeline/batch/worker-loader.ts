// A worker thread's entry when the worker is bundled (`npm run build`): the bundle, compiled with its code cache
// (worker-code-cache.ts). The bundle then runs as worker.ts does.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkerBundle, WORKER_BUNDLE } from './worker-code-cache.js';

loadWorkerBundle(path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_BUNDLE));

// Instructions a warm article, by cachegrind (not part of `npm run bench`; needs valgrind and a build in dist/):
//   for n in 1 3; do valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/tmp/cg.$n \
//     node --predictable tests/bench/instructions.mjs . DUMP.jsonl $n 2> /tmp/cg.$n.txt; done
// then (I refs of 3 passes - I refs of 1 pass) / (2 x the dump's lines) is the count a warm article costs: the first
// pass compiles and tiers up the code, the next two run it warm (runs of one build agree within 0.2-0.7%). A seed-size dump
// is what `npm run bench` writes as its seed-size input (7.0-8.0 KB articles); 600 lines are enough.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [repoArgument = '.', dump, passesArgument = '1'] = process.argv.slice(2);
if (dump === undefined) throw new Error('usage: node tests/bench/instructions.mjs REPO DUMP.jsonl PASSES');
const distUrl = (path) => pathToFileURL(resolve(repoArgument, 'dist', path)).href;
const { processRawItem } = await import(distUrl('pipeline/batch/process-item.js'));
const { DEFAULT_FIELD_NAMES } = await import(distUrl('input/articles.js'));
const lines = readFileSync(dump).toString('latin1').split('\n').filter((line) => line.length > 0).map((line) => Buffer.from(line, 'latin1'));
const settings = { fields: DEFAULT_FIELD_NAMES, shard: null };
let bytes = 0;
for (let pass = 0; pass < Number(passesArgument); pass += 1) {
  for (let index = 0; index < lines.length; index += 1) {
    const outcome = processRawItem({ kind: 'jsonl', file: dump, name: 'dump', line: index + 1, bytes: lines[index] }, settings, {});
    if (outcome.kind === 'record') bytes += outcome.bytes.length;
  }
}
console.log(`${Number(passesArgument)} passes over ${lines.length} articles, ${bytes} bytes of records`);

// Adds up the counters of every TRX file in a folder and prints "N passed, N failed, N skipped".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'artifacts/test-results';
let passed = 0, failed = 0, skipped = 0;
for (const file of readdirSync(folder).filter(f => f.endsWith('.trx'))) {
  const xml = readFileSync(join(folder, file), 'utf8');
  const counters = xml.match(/<Counters\b[^>]*>/);
  if (!counters) continue;
  const value = name => Number((counters[0].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [0, 0])[1]);
  passed += value('passed');
  failed += value('failed') + value('error') + value('timeout') + value('aborted');
  skipped += value('notExecuted') + value('inconclusive');
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);

// Merges the shard summaries (summary-*.json) under a folder into <folder>/summary.json and prints a Markdown table.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'artifacts';
const shards = readdirSync(dir).filter((f) => /^summary-\d+\.json$/.test(f)).sort();
const cases = shards.flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')).cases);
cases.sort((a, b) => String(a.id ?? a.file).localeCompare(String(b.id ?? b.file)));
const count = (c, severity) => c.diagnostics.filter((d) => d.severity === severity).length;
const merged = {
  cases: cases.map((c) => ({ id: c.id, file: c.file, status: c.status, errors: count(c, 'error'), warnings: count(c, 'warning'), words: c.words?.total ?? null })),
  summary: { total: cases.length, rendered: cases.filter((c) => c.status === 'rendered').length, failed: cases.filter((c) => c.status === 'failed').length },
};
writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(merged, null, 2) + '\n');
const lines = [
  `### Appeal cases: ${merged.summary.rendered} rendered, ${merged.summary.failed} failed of ${merged.summary.total}`,
  '',
  '| Case | Status | Errors | Warnings | Words |',
  '|---|---|---:|---:|---:|',
  ...merged.cases.map((c) => `| ${c.id ?? c.file} | ${c.status === 'failed' ? '❌ failed' : '✅ ' + c.status} | ${c.errors} | ${c.warnings} | ${c.words ?? ''} |`),
];
console.log(lines.join('\n'));

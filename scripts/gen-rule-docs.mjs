// Writes docs/rules/ (a page per rule and the index) from the rules' own metadata (src/rules/docs.ts).
// `node scripts/gen-rule-docs.mjs --check` fails when the pages are out of date (a test does the same).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// The rules are TypeScript: bundle the page module into a temporary file and import it. The file sits under
// node_modules/.cache so that the packages it leaves external resolve from this project.
mkdirSync('node_modules/.cache', { recursive: true });
const tmp = mkdtempSync(path.join('node_modules/.cache', 'appeal-rule-docs-'));
const bundle = path.join(tmp, 'docs.mjs');
await build({
  entryPoints: ['src/rules/docs.ts'],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { rulePages, ruleDocsDir } = await import(pathToFileURL(path.resolve(bundle)).href);
rmSync(tmp, { recursive: true, force: true });

const pages = rulePages();
const present = existsSync(ruleDocsDir) ? readdirSync(ruleDocsDir).filter((f) => f.endsWith('.md')) : [];
const stale = [
  ...[...pages]
    .filter(([file, text]) => !present.includes(file) || readFileSync(path.join(ruleDocsDir, file), 'utf8') !== text)
    .map(([f]) => f),
  ...present.filter((f) => !pages.has(f)),
];
if (process.argv.includes('--check')) {
  if (stale.length) {
    console.error(`${ruleDocsDir} is out of date (${stale.join(', ')}): run npm run gen:rule-docs`);
    process.exit(1);
  }
} else {
  mkdirSync(ruleDocsDir, { recursive: true });
  for (const file of present.filter((f) => !pages.has(f))) rmSync(path.join(ruleDocsDir, file));
  for (const [file, text] of pages) writeFileSync(path.join(ruleDocsDir, file), text);
  console.log(`${ruleDocsDir}: ${pages.size} pages, ${stale.length} changed`);
}

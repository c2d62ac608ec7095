// Bundles src/ into dist/ with esbuild: one ESM file per entry, dependencies left in node_modules; copies
// the preview page's files to dist/preview-page/.
// A bundle starts faster than many small modules; dynamic imports stay lazy (split chunks).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

// Dependencies stay in node_modules, except `docx` (see below).
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(dependencies).flatMap((name) => [name, `${name}/*`]);

// Chunk names carry a content hash: clear the old ones so dist/ (and the package) holds only this build's.
rmSync('dist/chunks', { recursive: true, force: true });

await build({
  entryPoints: {
    cli: 'src/cli/bin.ts',
    worker: 'src/batch/worker.ts',
    prepare: 'src/prepare.ts',
    'code-cache': 'src/code-cache.ts',
    'snapshot-start': 'src/cli/snapshot-start.ts',
    'snapshot-build': 'src/snapshot-build.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: true,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
});

// Prepared once here instead of in every run's first case: the Latin faces every DOCX embeds, obfuscated and
// deflated (dist/fonts/), and the case schema's validator as code (dist/case-validator.cjs).
rmSync('dist/fonts', { recursive: true, force: true });
const prepare = await import(new URL('../dist/prepare.js', import.meta.url).href);
prepare.prepareFonts('dist/fonts');
writeFileSync('dist/case-validator.cjs', prepare.caseValidatorModule());

// The startup snapshot's script (src/snapshot/entry.ts): one CommonJS file, as `node --build-snapshot` takes, with
// the packages left in node_modules and loaded by src/snapshot/loader.cjs (put in front of it); marked and
// stemmer are ES modules only, which the snapshot cannot load, so they are bundled in. The sample case it
// builds while it is made (to warm fonts and layouts) is copied beside it.
rmSync('dist/snapshot-warm', { recursive: true, force: true });
await build({
  entryPoints: { snapshot: 'src/snapshot/entry.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: external.filter((name) => !/^(marked|stemmer)(\/|$)/.test(name)),
  define: { 'import.meta.url': '__appealModuleUrl' },
  banner: { js: readFileSync('src/snapshot/loader.cjs', 'utf8') },
  logLevel: 'warning',
});
// A function compiled while the snapshot is built cannot import(): the bundle's import() calls (ES-module
// packages loaded on demand) go through the loader's __appealImport.
{
  const loader = readFileSync('src/snapshot/loader.cjs', 'utf8');
  const bundle = readFileSync('dist/snapshot.cjs', 'utf8');
  const at = bundle.indexOf(loader);
  if (at < 0) throw new Error('dist/snapshot.cjs does not start with src/snapshot/loader.cjs');
  const code = bundle.slice(at + loader.length).replaceAll(/\bimport\((?=["'])/g, '__appealImport(');
  if (/\bimport\(/.test(code)) throw new Error('dist/snapshot.cjs: an import() the snapshot cannot run');
  writeFileSync('dist/snapshot.cjs', bundle.slice(0, at + loader.length) + code);
}
// The case and its four exhibits only (evidence.yaml is what scripts/make-evidence.mjs draws them from): about 130 KB.
// Not the benchmark's cold case (thistle-late-shipment), so that the cold figure is not of the warm-up's own case.
cpSync('cases/oakridge-atoz', 'dist/snapshot-warm', { recursive: true, filter: (file) => !file.endsWith('evidence.yaml') });

// The benchmark's stage harness (bench/stages.ts): a separate bundle so the CLI's chunks stay as they are.
await build({
  entryPoints: { stages: 'bench/stages.ts' },
  outdir: 'dist/bench',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

// docx's CommonJS build needs nothing else, so the package carries a copy (dist/vendor/) instead of depending
// on docx: a user's install then leaves out docx's declared dependencies (nanoid 6, @types/node), which ask for
// a newer Node than appeal-kit supports and are never loaded. CommonJS, so Node 20 caches its compiled code.
rmSync('dist/vendor', { recursive: true, force: true });
mkdirSync('dist/vendor');
const docxDir = path.resolve(path.dirname(createRequire(import.meta.url).resolve('docx')), '..');
cpSync(path.join(docxDir, 'dist/index.cjs'), 'dist/vendor/docx.cjs');
cpSync(path.join(docxDir, 'LICENSE'), 'dist/vendor/docx.LICENSE');

// The preview page (HTML, CSS and the browser script) is served as files: copy it beside the bundle.
rmSync('dist/preview-page', { recursive: true, force: true });
cpSync('src/cli/preview/page', 'dist/preview-page', { recursive: true });

// Bundles src/ into dist/ with esbuild: one ESM file per entry, dependencies left in node_modules.
// A bundle starts faster than many small modules; dynamic imports stay lazy (split chunks).
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts', worker: 'src/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
});

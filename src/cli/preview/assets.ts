// The files the preview page is made of: its own HTML, CSS and script, and pdf.js from node_modules.
// Each is listed once at start-up, by name; the server serves nothing that is not in these tables.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../package-files.js';

/** Request path (below /page/ or /pdfjs/) -> absolute file. */
export type AssetTable = Map<string, string>;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.icc': 'application/vnd.iccprofile',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** The Content-Type for a file name. */
export const contentType = (file: string): string => contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * The page's folder: dist/preview-page/ when running the compiled CLI (scripts/compile.mjs copies it
 * there), else the source folder next to this module.
 */
export function pageFolder(): string {
  const here = fileURLToPath(import.meta.url);
  const root = packageRoot();
  const compiled = path.join(root, 'dist', 'preview-page');
  if (here.startsWith(path.join(root, 'dist') + path.sep) && existsSync(compiled)) return compiled;
  return path.join(root, 'src', 'cli', 'preview', 'page');
}

/** The page's own files by name (index.html, app.js, style.css, …). */
export function pageAssets(folder = pageFolder()): AssetTable {
  const table: AssetTable = new Map();
  for (const name of readdirSync(folder)) if (contentTypes[path.extname(name)]) table.set(name, path.join(folder, name));
  if (!table.has('index.html')) throw new Error(`appeal preview: the page is missing from ${folder}`);
  return table;
}

/**
 * pdf.js as the browser needs it: the library and its worker, and the data it loads on demand (CMaps,
 * standard fonts, image decoders, the colour profile), keyed "build/pdf.min.mjs", "cmaps/UniJIS-UCS2-H.bcmap", ….
 */
export function pdfjsAssets(): AssetTable {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const table: AssetTable = new Map();
  for (const name of ['pdf.min.mjs', 'pdf.worker.min.mjs']) table.set(`build/${name}`, path.join(root, 'build', name));
  const data: Record<string, string[]> = { cmaps: ['.bcmap'], standard_fonts: ['.pfb', '.ttf'], wasm: ['.wasm', '.js'], iccs: ['.icc'] };
  for (const [dir, extensions] of Object.entries(data)) {
    const folder = path.join(root, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder))
      if (extensions.includes(path.extname(name))) table.set(`${dir}/${name}`, path.join(folder, name));
  }
  return table;
}

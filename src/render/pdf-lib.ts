// @cantoo/pdf-lib, loaded once per process.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type PdfLib = typeof import('@cantoo/pdf-lib');
let pdfLib: Promise<PdfLib> | undefined;

/**
 * @cantoo/pdf-lib, loaded once. Its single-file ES build (dist/pdf-lib.esm.js, the same code and version)
 * loads in about a fifth of the time of the ~190 modules its package entry point pulls in, which matters
 * for a cold `appeal build` of one case; the entry point is the fallback. Every user in this process takes
 * it from here, so there is only one instance of the library's classes.
 */
export function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= (async () => {
    try {
      const entry = createRequire(import.meta.url).resolve('@cantoo/pdf-lib');
      const single = path.join(path.dirname(entry), '..', 'dist', 'pdf-lib.esm.js');
      if (existsSync(single)) return (await import(pathToFileURL(single).href)) as PdfLib;
    } catch {
      // fall through to the package entry point
    }
    return import('@cantoo/pdf-lib');
  })();
  return pdfLib;
}

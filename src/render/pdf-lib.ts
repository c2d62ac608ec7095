// @cantoo/pdf-lib, loaded once per process.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type PdfLib = typeof import('@cantoo/pdf-lib');

// pdf-lib pauses on a 0 ms timer every 100 objects it parses and every 50 it writes, to let a browser's page
// respond; nothing here waits on the event loop meanwhile, and each pause is at least a millisecond of nothing
// (far more on a busy machine, where the process must be scheduled again). The same bytes either way.
/** Options for every PDFDocument.load: parse without pausing. */
export const LOAD_WITHOUT_PAUSES = { parseSpeed: Number.POSITIVE_INFINITY } as const;
/** Options for every PDFDocument.save: write without pausing. */
export const SAVE_WITHOUT_PAUSES = { objectsPerTick: Number.POSITIVE_INFINITY } as const;

let pdfLib: Promise<PdfLib> | undefined;

/**
 * @cantoo/pdf-lib, loaded once. Its single-file build (dist/pdf-lib.js, the same code and version) loads in
 * about a fifth of the time of the ~190 modules its package entry point pulls in, which matters for a cold
 * `appeal build` of one case; it is the CommonJS (UMD) one, whose compiled code Node 20 can keep between runs
 * (see code-cache.ts). The entry point is the fallback. Every user in this process takes it from here, so
 * there is only one instance of the library's classes.
 */
export function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= (async () => {
    try {
      const require = createRequire(import.meta.url);
      const single = path.join(path.dirname(require.resolve('@cantoo/pdf-lib')), '..', 'dist', 'pdf-lib.js');
      if (existsSync(single)) return require(single) as PdfLib;
    } catch {
      // fall through to the package entry point
    }
    return import('@cantoo/pdf-lib');
  })();
  return pdfLib;
}

// The page's files and pdf.js are found where the preview serves them from; the compiled CLI carries the
// page; and the page's script never turns text into markup.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, pageAssets, pageFolder, pdfjsAssets } from '../../../../src/cli/preview/assets.js';

describe('the preview page', () => {
  it('is found beside the sources, with its HTML, script and stylesheet', () => {
    expect(pageFolder()).toBe(path.resolve('src/cli/preview/page'));
    expect([...pageAssets().keys()].sort()).toEqual(['app.js', 'index.html', 'style.css']);
  });

  it('is copied into dist/ by scripts/compile.mjs, byte for byte', () => {
    if (!existsSync('dist/cli.js')) return expect.fail('dist/ is missing: run node scripts/compile.mjs first');
    const names = readdirSync('src/cli/preview/page').sort();
    expect(readdirSync('dist/preview-page').sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(`dist/preview-page/${name}`).equals(readFileSync(`src/cli/preview/page/${name}`)), name).toBe(true);
  });

  it('sets case text as text only: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    const script = readFileSync('src/cli/preview/page/app.js', 'utf8');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    const html = readFileSync('src/cli/preview/page/index.html', 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html + readFileSync('src/cli/preview/page/style.css', 'utf8')).not.toMatch(/https?:\/\//);
  });
});

describe('pdf.js', () => {
  it('is served from node_modules: the library, its worker and the data it loads', () => {
    const table = pdfjsAssets();
    for (const name of [
      'build/pdf.min.mjs',
      'build/pdf.worker.min.mjs',
      'cmaps/UniJIS-UCS2-H.bcmap',
      'standard_fonts/FoxitSerif.pfb',
      'wasm/openjpeg.wasm',
    ]) {
      expect(table.has(name), name).toBe(true);
      expect(existsSync(table.get(name)!), name).toBe(true);
    }
    expect([...table.keys()].every((k) => /^(build|cmaps|standard_fonts|wasm|iccs)\/[^/]+$/.test(k))).toBe(true);
    expect(table.has('build/pdf.mjs.map')).toBe(false);
  });

  it('gets the content types browsers need for modules and WebAssembly', () => {
    expect(contentType('pdf.min.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentType('openjpeg.wasm')).toBe('application/wasm');
    expect(contentType('letter.pdf')).toBe('application/pdf');
    expect(contentType('x.unknown')).toBe('application/octet-stream');
  });
});

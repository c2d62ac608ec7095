// The V8 code cache for CommonJS modules (dist/code-cache.js, on Node without module.enableCompileCache): each
// case runs a fresh Node process that turns the cache on and requires a module from a node_modules folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const codeCache = pathToFileURL(path.resolve('dist/code-cache.js')).href;
const root = mkdtempSync(path.join(tmpdir(), 'appeal-code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pkg = path.join(root, 'node_modules', 'fake');
mkdirSync(pkg, { recursive: true });
const moduleFile = path.join(pkg, 'index.js');
const dynamicFile = path.join(pkg, 'dynamic.js');
writeFileSync(path.join(pkg, 'helper.js'), 'module.exports = (n) => n * 2;\n');
writeFileSync(dynamicFile, "exports.later = () => import('node:path');\n");

/** A module whose answer is `n`; every version has the same length, which is all V8 checks of a source. */
const moduleSource = (n: number) =>
  `const double = require('./helper');\nexports.answer = () => double(${n});\nexports.where = [__filename === module.filename, typeof require.resolve];\n`;

/** Runs a process with the cache in `dir`: the module's answer and the cache folder's files after it. */
function run(dir: string): { answer: number; where: unknown[]; dynamic: string } {
  const script = `
    import { createRequire } from 'node:module';
    const { enableCodeCache } = await import(${JSON.stringify(codeCache)});
    enableCodeCache(${JSON.stringify(dir)});
    const require = createRequire(${JSON.stringify(moduleFile)});
    const m = require(${JSON.stringify(moduleFile)});
    const dynamic = typeof (await require(${JSON.stringify(dynamicFile)}).later()).join;
    console.log(JSON.stringify({ answer: m.answer(), where: m.where, dynamic }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as {
    answer: number;
    where: unknown[];
    dynamic: string;
  };
}

const cacheFiles = (dir: string) => readdirSync(dir).sort();

describe('the V8 code cache for CommonJS modules', () => {
  const dir = path.join(root, 'cache');

  it('writes the code of the modules it compiled, but not of one that uses import()', () => {
    writeFileSync(moduleFile, moduleSource(21));
    expect(run(dir)).toEqual({ answer: 42, where: [true, 'function'], dynamic: 'function' });
    // index.js and helper.js; dynamic.js is compiled by Node as usual.
    expect(cacheFiles(dir)).toHaveLength(2);
  });

  it('reads them in the next process and leaves them as they are', () => {
    const before = cacheFiles(dir).map((f) => statSync(path.join(dir, f)).mtimeMs);
    expect(run(dir).answer).toBe(42);
    expect(cacheFiles(dir).map((f) => statSync(path.join(dir, f)).mtimeMs)).toEqual(before);
  });

  it('never runs the code of an older source of the same length', () => {
    writeFileSync(moduleFile, moduleSource(12));
    expect(run(dir).answer).toBe(24);
    expect(cacheFiles(dir)).toHaveLength(3);
  });

  it('compiles as usual when a cache file is damaged, and writes it again', () => {
    for (const f of cacheFiles(dir)) writeFileSync(path.join(dir, f), Buffer.from('not V8 code'));
    expect(run(dir).answer).toBe(24);
    const sizes = cacheFiles(dir).map((f) => readFileSync(path.join(dir, f)).length);
    expect(sizes.filter((s) => s > 100)).toHaveLength(2);
  });

  it('runs without a cache where the folder cannot be made', () => {
    const blocked = path.join(root, 'a-file');
    writeFileSync(blocked, '');
    expect(run(path.join(blocked, 'cache')).answer).toBe(24);
  });
});

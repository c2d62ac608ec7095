// V8's compiled code for the CommonJS modules (pdfmake, pdfkit, fontkit, docx, pdf-lib, Handlebars..., and
// dist/case-validator.cjs), kept on disk between runs, for Node versions without module.enableCompileCache() (Node 20):
// compiling them is a large part of a cold `appeal build`. bin/appeal.js turns it on before loading the CLI.
//
// A module's cache file is named by the SHA-256 of its path and source, so an edited or upgraded module never
// meets another source's code (V8 itself only checks the source's length, its version and its flags, and
// rejects data that fails them: the module is then compiled as usual and its cache written again). Files are
// written by rename, so a reader never sees half of one; a folder that cannot be written only costs speed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

interface CompilingModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string, format?: string): unknown;
}

/** A compiled module whose code is to be written to the cache when the process ends. */
interface Pending {
  file: string;
  script: Script;
}

/** The folder for this Node version's cache under the nearest node_modules/.cache above `packageRoot`. */
export function codeCacheDir(packageRoot: string): string | undefined {
  const parts = path.resolve(packageRoot).split(path.sep);
  const modules = parts.lastIndexOf('node_modules');
  const base = modules >= 0 ? parts.slice(0, modules + 1).join(path.sep) : path.join(path.resolve(packageRoot), 'node_modules');
  return path.join(base, '.cache', 'appeal-kit', `v8-${process.version}-${process.arch}`);
}

/**
 * Compiles CommonJS modules with V8's code cache in `dir`, and writes the code of the ones compiled afresh when
 * the process exits. Modules that use import() are left to Node (a script compiled here would resolve it
 * differently).
 */
export function enableCodeCache(dir: string): void {
  const proto = (Module as unknown as { prototype: CompilingModule }).prototype;
  const compile = proto._compile;
  const pending: Pending[] = [];
  proto._compile = function (this: CompilingModule, content: string, filename: string, format?: string) {
    if (format === 'module' || content.includes('import(')) {
      return compile.call(this, content, filename, format);
    }
    const file = path.join(dir, createHash('sha256').update(filename).update('\0').update(content).digest('hex').slice(0, 40));
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      // not cached yet
    }
    const body = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const script = new Script(Module.wrap(body), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) pending.push({ file, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this, filename), this, filename, path.dirname(filename));
  };
  // Written at exit, so the code of functions compiled while the command ran is included.
  process.once('exit', () => {
    if (pending.length) writeCaches(dir, pending);
  });
}

/** The `require` a module gets from Node: loads through the module itself (so it is the parent), resolves from its file. */
function requireFor(module: CompilingModule, filename: string): NodeJS.Require {
  const resolving = createRequire(filename);
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  require.resolve = resolving.resolve;
  require.main = resolving.main;
  require.cache = resolving.cache;
  require.extensions = resolving.extensions;
  return require;
}

function writeCaches(dir: string, pending: readonly Pending[]): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return;
  }
  for (const { file, script } of pending) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, file);
    } catch {
      // A folder that cannot be written (read-only, full): the rest would fail the same way.
      rmSync(temporary, { force: true });
      return;
    }
  }
}

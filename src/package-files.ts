// The files appeal-kit ships beside its code (templates/, schemas/, rules/), found from where this module
// runs: dist/ in an installed package (node_modules/appeal-kit/dist/...) or src/ in a clone. They are
// read at run time, so they come from the package, never from the folder the tool runs in, and an edit
// to one takes effect without recompiling.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageName = 'appeal-kit';
let root: string | undefined;

/** The folder that holds appeal-kit's package.json: the nearest one above this module named appeal-kit. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === packageName) return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the ${packageName} package folder above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** A path inside the package, e.g. packagePath('templates'). */
export const packagePath = (...parts: string[]): string => path.join(packageRoot(), ...parts);

/** The letter templates shipped with the package (the default of --templates). */
export const packageTemplates = (): string => packagePath('templates');

/** The case schema shipped with the package. */
export const packageSchema = (): string => packagePath('schemas', 'case.schema.json');

/** The built-in word lists of the rules (rules/words.json), read when a run starts. */
export const packageWordsFile = (): string => packagePath('rules', 'words.json');

/**
 * A path as a user should see it: relative to the working folder when it is inside it, else absolute; in
 * the platform's form either way.
 */
export function shownPath(p: string, cwd = process.cwd()): string {
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : rel === '' ? '.' : abs;
}

/**
 * The case schema an editor in the repository holding `dir` should use: appeal-kit as installed in the
 * nearest node_modules above `dir`, else this clone's schemas/ when `dir` is inside a clone of appeal-kit,
 * else the schema of the package that is running.
 */
export function schemaFor(dir: string): string {
  return repositorySchema(dir) ?? packageSchema();
}

/** The schema of appeal-kit installed above `dir`, or of the clone of appeal-kit `dir` is in; else undefined. */
export function repositorySchema(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; ) {
    const installed = path.join(at, 'node_modules', packageName, 'schemas', 'case.schema.json');
    if (existsSync(installed)) return installed;
    const manifest = path.join(at, 'package.json');
    if (existsSync(manifest) && existsSync(path.join(at, 'schemas', 'case.schema.json'))) {
      const name = (() => {
        try {
          return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
        } catch {
          return undefined;
        }
      })();
      if (name === packageName) return path.join(at, 'schemas', 'case.schema.json');
    }
    const up = path.dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

/**
 * How a file in `fromDir` refers to `target` in a modeline or an editor setting: a relative path with
 * forward slashes (as editors read it on every platform), or a file: URL when no relative path exists
 * (another drive on Windows).
 */
export function fileReference(fromDir: string, target: string): string {
  const rel = path.relative(path.resolve(fromDir), target);
  if (path.isAbsolute(rel)) return pathToFileURL(target).href;
  const forward = rel.split(path.sep).join('/');
  return forward.startsWith('.') ? forward : `./${forward}`;
}

// `appeal init [folder]`: turns a folder into a case repository: package.json scripts that run appeal,
// cases/, a .gitignore that keeps out/ out of git, the GitHub workflow, and editor settings that map the
// case schema onto cases/**. Every file is planned first; when one exists with other content the run
// writes nothing and names it (--force replaces it). package.json and .gitignore are merged, not replaced.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../fs.js';
import { fileReference, packagePath, repositorySchema } from '../../package-files.js';
import { toolVersion } from '../../version.js';

/** Options of `appeal init`. */
export interface InitOptions {
  /** Replace files that exist with other content. */
  force?: boolean;
}

/** What init does with one file. */
export interface InitStep {
  /** Path relative to the folder, in the platform's form. */
  file: string;
  action: 'write' | 'update' | 'unchanged' | 'conflict';
  /** What is added or why it conflicts. */
  note?: string;
  text?: string;
}

/** The scripts a case repository runs appeal with. */
export const caseScripts: Record<string, string> = {
  build: 'appeal build',
  watch: 'appeal build --watch',
  validate: 'appeal validate',
  preview: 'appeal preview',
};

const caseGlobs = ['cases/**/*.yaml', 'cases/**/*.yml'];

async function readText(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A package name npm accepts, from the folder's name. */
function packageNameFor(folder: string): string {
  const name = path
    .basename(path.resolve(folder))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '');
  return name || 'appeal-cases';
}

async function planPackageJson(folder: string, force: boolean): Promise<InitStep> {
  const file = 'package.json';
  const existing = await readText(path.join(folder, file));
  if (existing === undefined) {
    const pkg = { name: packageNameFor(folder), private: true, scripts: caseScripts, devDependencies: { 'appeal-kit': `^${toolVersion}` } };
    return { file, action: 'write', text: json(pkg) };
  }
  const pkg = parseJson(existing);
  if (!pkg)
    return {
      file,
      action: force ? 'write' : 'conflict',
      note: 'is not valid JSON',
      text: force
        ? json({ name: packageNameFor(folder), private: true, scripts: caseScripts, devDependencies: { 'appeal-kit': `^${toolVersion}` } })
        : undefined,
    };
  const scripts = { ...((pkg.scripts as Record<string, string> | undefined) ?? {}) };
  const added: string[] = [];
  const differing: string[] = [];
  for (const [name, command] of Object.entries(caseScripts)) {
    if (scripts[name] === command) continue;
    if (scripts[name] !== undefined && !force) {
      differing.push(`"${name}": "${scripts[name]}" (init sets "${command}")`);
    } else {
      scripts[name] = command;
      added.push(name);
    }
  }
  if (differing.length) return { file, action: 'conflict', note: `has its own ${differing.join(', ')}` };
  const deps = { ...((pkg.dependencies as object | undefined) ?? {}), ...((pkg.devDependencies as object | undefined) ?? {}) };
  const needsDependency = !('appeal-kit' in deps);
  if (!added.length && !needsDependency) return { file, action: 'unchanged' };
  const updated: Record<string, unknown> = { ...pkg, scripts };
  if (needsDependency)
    updated.devDependencies = { ...((pkg.devDependencies as object | undefined) ?? {}), 'appeal-kit': `^${toolVersion}` };
  const notes = [added.length ? `scripts ${added.join(', ')}` : '', needsDependency ? 'appeal-kit in devDependencies' : ''].filter(Boolean);
  return { file, action: 'update', note: `added ${notes.join(' and ')}`, text: json(updated) };
}

async function planGitignore(folder: string): Promise<InitStep> {
  const file = '.gitignore';
  const existing = await readText(path.join(folder, file));
  if (existing === undefined) return { file, action: 'write', text: 'node_modules/\nout/\n' };
  const lines = existing.split(/\r?\n/).map((l) => l.trim());
  const missing = [
    ['out/', /^\/?out\/?(\*\*)?$/],
    ['node_modules/', /^\/?node_modules\/?$/],
  ]
    .filter(([, pattern]) => !lines.some((l) => (pattern as RegExp).test(l)))
    .map(([entry]) => entry as string);
  if (!missing.length) return { file, action: 'unchanged' };
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const text = `${existing}${existing === '' || existing.endsWith('\n') ? '' : eol}${missing.join(eol)}${eol}`;
  return { file, action: 'update', note: `added ${missing.join(', ')}`, text };
}

/** cases/: an existing folder is kept as it is; a new one gets a .gitkeep so git keeps it while empty. */
async function planCasesFolder(folder: string): Promise<InitStep> {
  const exists = await stat(path.join(folder, 'cases')).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return exists ? { file: 'cases', action: 'unchanged' } : { file: path.join('cases', '.gitkeep'), action: 'write', text: '' };
}

/** A file init owns: written when absent, left when equal, a conflict (or replaced with --force) when different. */
async function planOwnFile(
  folder: string,
  file: string,
  text: string,
  force: boolean,
  merge?: (existing: string) => string | undefined,
): Promise<InitStep> {
  const existing = await readText(path.join(folder, file));
  if (existing === undefined) return { file, action: 'write', text };
  if (existing.replace(/\r\n/g, '\n') === text) return { file, action: 'unchanged' };
  const merged = merge?.(existing);
  if (merged !== undefined)
    return merged === existing
      ? { file, action: 'unchanged' }
      : { file, action: 'update', note: 'added the case schema to yaml.schemas', text: merged };
  return force
    ? { file, action: 'write', text, note: 'replaced (--force)' }
    : { file, action: 'conflict', note: 'exists with other content' };
}

/** Plans every file of a case repository in `folder`; writes nothing. */
export async function planInit(folder: string, options: InitOptions = {}): Promise<InitStep[]> {
  const force = !!options.force;
  // Not installed yet: point where `npm install` will put it (package.json lists appeal-kit).
  const schemaRef = fileReference(
    folder,
    repositorySchema(folder) ?? path.join(path.resolve(folder), 'node_modules', 'appeal-kit', 'schemas', 'case.schema.json'),
  );
  const settings = { 'yaml.schemas': { [schemaRef]: caseGlobs } };
  const workflow = await readFile(packagePath('init', 'workflows', 'appeal.yml'), 'utf8');
  const mergeSettings = (existing: string): string | undefined => {
    const current = parseJson(existing);
    if (!current) return undefined;
    const schemas = (current['yaml.schemas'] ?? {}) as Record<string, unknown>;
    if (typeof schemas !== 'object' || Array.isArray(schemas)) return undefined;
    if (JSON.stringify(schemas[schemaRef]) === JSON.stringify(caseGlobs)) return existing;
    return json({ ...current, 'yaml.schemas': { ...schemas, [schemaRef]: caseGlobs } });
  };
  return [
    await planPackageJson(folder, force),
    await planGitignore(folder),
    await planCasesFolder(folder),
    await planOwnFile(folder, path.join('.github', 'workflows', 'appeal.yml'), workflow.replace(/\r\n/g, '\n'), force),
    await planOwnFile(folder, path.join('.vscode', 'settings.json'), json(settings), force, mergeSettings),
  ];
}

/** Writes the planned files (each atomically); call only when no step is a conflict. */
export async function applyInit(folder: string, steps: InitStep[]): Promise<void> {
  for (const step of steps)
    if ((step.action === 'write' || step.action === 'update') && step.text !== undefined)
      await writeFileAtomic(path.join(folder, step.file), step.text);
}

/** What init printed and its outcome. */
export interface InitOutcome {
  ok: boolean;
  text: string;
}

/** Plans, then writes unless a file conflicts; returns the lines to print. */
export async function initRepository(folder: string, options: InitOptions = {}): Promise<InitOutcome> {
  const steps = await planInit(folder, options);
  const conflicts = steps.filter((s) => s.action === 'conflict');
  if (conflicts.length) {
    const lines = conflicts.map((s) => `  ${path.join(folder, s.file)} ${s.note}`);
    return {
      ok: false,
      text: `nothing was written: ${conflicts.length === 1 ? 'this file exists' : 'these files exist'} and init would change ${conflicts.length === 1 ? 'it' : 'them'}:\n${lines.join('\n')}\nEdit ${conflicts.length === 1 ? 'it' : 'them'} by hand, or run appeal init again with --force to replace ${conflicts.length === 1 ? 'it' : 'them'}.\n`,
    };
  }
  await applyInit(folder, steps);
  const verb = { write: 'wrote', update: 'updated', unchanged: 'kept', conflict: '' } as const;
  const lines = steps.map((s) => `  ${verb[s.action]} ${path.join(folder, s.file)}${s.note ? ` (${s.note})` : ''}`);
  const installed = repositorySchema(folder) !== undefined;
  const next = [
    ...(installed
      ? []
      : ['  npm install                      (installs appeal-kit into node_modules/, where the workflow and the editor look for it)']),
    '  npx appeal new <case-id> --type <type> --marketplace <code>   (npx appeal types lists the types)',
    '  npm run validate                 check every case in cases/',
    '  npm run build                    render each case into out/<case-id>/',
  ];
  return { ok: true, text: `Case repository in ${path.resolve(folder)}:\n${lines.join('\n')}\nNext:\n${next.join('\n')}\n` };
}

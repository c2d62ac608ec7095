// appeal init and appeal new in a folder of the user's, in-process: what init writes, what it merges into
// files that exist, that it writes nothing when a file differs (and replaces it with --force); the schema a
// new case's modeline and the editor settings point at; what watch mode watches.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../../helpers/cli.js';
import { fileReference, packageRoot, packageSchema, packageWordsFile, schemaFor } from '../../../../src/package-files.js';
import { watchedPaths } from '../../../../src/batch/watch.js';

const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');
const json = (...parts: string[]) => JSON.parse(read(...parts)) as Record<string, any>;

/** A folder with a stand-in for appeal-kit installed in node_modules/ (only the schema). */
function withInstalledSchema(): string {
  const dir = tempDir('appeal-init-');
  mkdirSync(path.join(dir, 'node_modules', 'appeal-kit', 'schemas'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules', 'appeal-kit', 'schemas', 'case.schema.json'), '{}');
  return dir;
}

describe('appeal init', { timeout: 60_000 }, () => {
  it('writes package.json scripts, cases/, .gitignore, the workflow and the editor settings into an empty folder', async () => {
    const dir = withInstalledSchema();
    const r = await runCli(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    const pkg = json(dir, 'package.json');
    expect(pkg.name).toBe(path.basename(dir).toLowerCase());
    expect(pkg.private).toBe(true);
    expect(pkg.scripts).toEqual({
      build: 'appeal build',
      watch: 'appeal build --watch',
      validate: 'appeal validate',
      preview: 'appeal preview',
    });
    expect(pkg.devDependencies['appeal-kit']).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(existsSync(path.join(dir, 'cases', '.gitkeep'))).toBe(true);
    expect(read(dir, '.gitignore')).toBe('node_modules/\nout/\n');
    expect(read(dir, '.github', 'workflows', 'appeal.yml')).toBe(
      read(packageRoot(), 'init', 'workflows', 'appeal.yml').replace(/\r\n/g, '\n'),
    );
    expect(json(dir, '.vscode', 'settings.json')).toEqual({
      'yaml.schemas': { './node_modules/appeal-kit/schemas/case.schema.json': ['cases/**/*.yaml', 'cases/**/*.yml'] },
    });
    expect(r.stdout).toContain(`wrote ${path.join(dir, '.github', 'workflows', 'appeal.yml')}`);
    expect(r.stdout).not.toContain('npm install -D appeal-kit');
  });

  it('points the editor where npm install will put appeal-kit when it is not installed yet, and says to install', async () => {
    const dir = tempDir('appeal-init-bare-');
    const r = await runCli(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(dir, '.vscode', 'settings.json')['yaml.schemas']).toEqual({
      './node_modules/appeal-kit/schemas/case.schema.json': ['cases/**/*.yaml', 'cases/**/*.yml'],
    });
    expect(r.stdout).toMatch(/npm install\b/);
  });

  it('adds to an existing package.json, .gitignore and settings, keeping what is there; a second run changes nothing', async () => {
    const dir = withInstalledSchema();
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: 'agency-cases',
        scripts: { lint: 'eslint .' },
        devDependencies: { 'appeal-kit': 'file:../appeal-kit-0.2.0.tgz' },
      }),
    );
    writeFileSync(path.join(dir, '.gitignore'), '*.log\r\nnode_modules\r\n');
    mkdirSync(path.join(dir, '.vscode'));
    writeFileSync(
      path.join(dir, '.vscode', 'settings.json'),
      JSON.stringify({ 'editor.tabSize': 2, 'yaml.schemas': { 'other.json': ['x.yaml'] } }),
    );
    const r = await runCli(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    const pkg = json(dir, 'package.json');
    expect(pkg.name).toBe('agency-cases');
    expect(pkg.scripts).toEqual({
      lint: 'eslint .',
      build: 'appeal build',
      watch: 'appeal build --watch',
      validate: 'appeal validate',
      preview: 'appeal preview',
    });
    expect(pkg.devDependencies).toEqual({ 'appeal-kit': 'file:../appeal-kit-0.2.0.tgz' });
    expect(read(dir, '.gitignore')).toBe('*.log\r\nnode_modules\r\nout/\r\n');
    expect(json(dir, '.vscode', 'settings.json')).toEqual({
      'editor.tabSize': 2,
      'yaml.schemas': {
        'other.json': ['x.yaml'],
        './node_modules/appeal-kit/schemas/case.schema.json': ['cases/**/*.yaml', 'cases/**/*.yml'],
      },
    });
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/\b(wrote|updated)\b/);
  });

  it('writes nothing when a file differs, names each one, and replaces them with --force', async () => {
    const dir = withInstalledSchema();
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', scripts: { build: 'make' } }));
    mkdirSync(path.join(dir, '.vscode'));
    writeFileSync(path.join(dir, '.vscode', 'settings.json'), '// comments: not plain JSON\n{}\n');
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'package.json')} has its own "build": "make" (init sets "appeal build")`);
    expect(r.stderr).toContain(`${path.join(dir, '.vscode', 'settings.json')} exists with other content`);
    expect(r.stderr).toContain('--force');
    expect(existsSync(path.join(dir, '.gitignore'))).toBe(false);
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
    const forced = await runCli(['init', dir, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(json(dir, 'package.json').scripts.build).toBe('appeal build');
    expect(json(dir, '.vscode', 'settings.json')['yaml.schemas']).toBeDefined();
  });
});

describe('appeal new and the schema it points at', () => {
  it('writes a flat case whose modeline resolves to the installed schema', async () => {
    const dir = withInstalledSchema();
    const cases = path.join(dir, 'cases');
    const r = await runCli(['new', 'acme-odr', '--type', 'order-defect-rate', '--marketplace', 'US', '--dir', cases, '--flat']);
    expect(r.code, r.stderr).toBe(0);
    const first = read(cases, 'acme-odr.yaml').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../node_modules/appeal-kit/schemas/case.schema.json');
    expect(existsSync(path.join(cases, 'evidence'))).toBe(true);
    const again = await runCli(['new', 'acme-odr', '--type', 'order-defect-rate', '--marketplace', 'US', '--dir', cases]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${path.join(cases, 'acme-odr.yaml')} already exists`);
  });

  it('finds the installed schema above a folder, this clone’s schema inside it, and the running package’s elsewhere', () => {
    const dir = withInstalledSchema();
    expect(schemaFor(path.join(dir, 'cases', 'a'))).toBe(path.join(dir, 'node_modules', 'appeal-kit', 'schemas', 'case.schema.json'));
    expect(schemaFor(path.join(packageRoot(), 'cases', 'sunrise-odr'))).toBe(path.join(packageRoot(), 'schemas', 'case.schema.json'));
    expect(schemaFor(tempDir('appeal-no-package-'))).toBe(packageSchema());
    expect(fileReference(path.join(dir, 'cases', 'a'), path.join(dir, 'node_modules', 'x.json'))).toBe('../../node_modules/x.json');
    expect(fileReference(dir, path.join(dir, 'node_modules', 'x.json'))).toBe('./node_modules/x.json');
  });
});

describe('watch mode', () => {
  it('watches the cases, the templates, the package’s rules/words.json and the user’s appeal-words.json', () => {
    const paths = watchedPaths({ paths: ['cases'], templatesRoot: 'my-templates' });
    expect(paths).toEqual(['cases', 'my-templates', packageWordsFile(), 'appeal-words.json']);
    expect(existsSync(packageWordsFile())).toBe(true);
  });
});

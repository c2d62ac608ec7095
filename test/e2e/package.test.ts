// The package as a user gets it: `npm pack` (of the dist/ the global setup compiled), installed into an
// empty folder from the npm cache without the network (a lock file listing the package's dependencies as
// this repository's lock pins them), then `npx appeal init`, `npx appeal new` (folder and flat cases),
// `npx appeal validate` and `npx appeal build` (as `npm exec --no -- appeal ...`, which npx is), run in that
// folder, which has no templates/, schemas/ or rules/ of its own. One pack, one install.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pdfText } from '../helpers/read-pdf.js';
import { repoRoot } from '../helpers/outputs.js';

const work = mkdtempSync(path.join(tmpdir(), 'appeal-package-'));
const repo = path.join(work, 'cases-repo');
const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, Record<string, unknown>>;
};
const version = (lock.packages[''] as { version: string }).version;
let tarball = '';
let packed: string[] = [];
const windows = process.platform === 'win32';

// The environment of `npm test` without the settings npm passes to its scripts (prefixes, the running
// package's own values), so npm in the folder below acts on that folder alone; the cache is kept.
const npmEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || /^npm_config_(cache|userconfig)$/i.test(key))),
  NO_COLOR: '1',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

// Under `npm test`, npm's own script runs it with this Node; elsewhere `npm` from the PATH (a .cmd script on
// Windows, which only a shell runs).
const npmCli = process.env.npm_execpath && path.basename(process.env.npm_execpath) === 'npm-cli.js' ? process.env.npm_execpath : undefined;

function npm(args: string[], cwd = repo): SpawnSyncReturns<string> {
  const options = { cwd, encoding: 'utf8' as const, env: npmEnv, timeout: 300_000 };
  if (npmCli) return spawnSync(process.execPath, [npmCli, ...args], options);
  return spawnSync('npm', windows ? args.map((a) => (/\s/.test(a) ? `"${a}"` : a)) : args, { ...options, shell: windows });
}

/** `npx --no appeal ...`: the appeal installed in the folder, never one fetched from the registry. */
const appeal = (...args: string[]) => npm(['exec', '--no', '--', 'appeal', ...args]);
const shown = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n${r.stdout}\n${r.stderr}`;

/**
 * package.json and package-lock.json for a folder that depends on the tarball only: the tarball's entry and
 * this repository's locked production dependencies (hoisted the same way), so `npm ci --offline` installs
 * them from the npm cache that installing this repository filled.
 */
function writeOfflineLock(tgzName: string): void {
  const root = lock.packages[''];
  const spec = `file:../${tgzName}`;
  const integrity = `sha512-${createHash('sha512')
    .update(readFileSync(path.join(work, tgzName)))
    .digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name: 'cases-repo', devDependencies: { 'appeal-kit': spec } },
    'node_modules/appeal-kit': {
      version,
      resolved: spec,
      integrity,
      dev: true,
      license: root.license,
      dependencies: root.dependencies,
      bin: root.bin,
      engines: root.engines,
    },
  };
  for (const [key, entry] of Object.entries(lock.packages))
    if (key && !entry.dev && !entry.devOptional) packages[key] = { ...entry, dev: true };
  writeFileSync(
    path.join(repo, 'package.json'),
    `${JSON.stringify({ name: 'cases-repo', private: true, devDependencies: { 'appeal-kit': spec } }, null, 2)}\n`,
  );
  writeFileSync(
    path.join(repo, 'package-lock.json'),
    `${JSON.stringify({ name: 'cases-repo', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`,
  );
}

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist', 'cli.js')))
    throw new Error('dist/ is missing: the global setup (test/setup/compile.ts) compiles it');
  // --ignore-scripts: the global setup already compiled dist/; compiling again here would replace it under other tests.
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], repoRoot);
  expect(pack.status, shown(pack)).toBe(0);
  const info = (JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[])[0];
  tarball = info.filename;
  packed = info.files.map((f) => f.path.replace(/\\/g, '/'));
  mkdirSync(repo);
  writeOfflineLock(tarball);
  const offline = npm(['ci', '--offline']);
  // A cache without some tarball (a fresh machine): fetch only what is missing.
  const install = offline.status === 0 ? offline : npm(['ci', '--prefer-offline']);
  expect(install.status, `${shown(offline)}\n--- then with --prefer-offline:\n${shown(install)}`).toBe(0);
}, 600_000);

// The installed CLI's first build started its startup snapshot's build in the background, into the install's
// node_modules/.cache: let it end (its lock gone) before the folder is removed under it.
afterAll(async () => {
  const snapshots = path.join(repo, 'node_modules', '.cache', 'appeal-kit');
  const building = () =>
    existsSync(snapshots) && readdirSync(snapshots, { recursive: true }).some((name) => String(name).endsWith('.lock'));
  for (let i = 0; i < 600 && building(); i++) await new Promise((r) => setTimeout(r, 200));
  rmSync(work, { recursive: true, force: true, maxRetries: 5 });
}, 180_000);

describe('the packed tarball', () => {
  it('holds the CLI, its compiled code and the files it reads at run time', () => {
    expect(tarball).toBe(`appeal-kit-${version}.tgz`);
    expect(packed).toEqual(
      expect.arrayContaining([
        'bin/appeal.js',
        'dist/cli.js',
        'dist/worker.js',
        'templates/en/strings.json',
        'templates/ja/strings.json',
        'schemas/case.schema.json',
        'rules/words.json',
        'init/workflows/appeal.yml',
        'README.md',
        'CHANGELOG.md',
        'LICENSE',
        'package.json',
      ]),
    );
  });

  it('holds no tests, sample cases or evidence, sources, scripts or source maps', () => {
    const unwanted = packed.filter(
      (f) =>
        /^(test|tests|cases|src|scripts|bench|\.github|\.ci)\//.test(f) ||
        f.endsWith('.map') ||
        // dist/snapshot-warm/: the one sample case the startup snapshot is warmed with (src/snapshot/entry.ts).
        (/(^|\/)evidence\//.test(f) && !f.startsWith('dist/snapshot-warm/')),
    );
    expect(unwanted).toEqual([]);
  });
});

// Each step starts Node and the CLI at least once, on a machine that may be busy.
describe('installed into an empty folder', { timeout: 300_000 }, () => {
  it('appeal init writes the case repository: scripts, cases/, .gitignore, the workflow, the editor schema mapping', () => {
    const r = appeal('init');
    expect(r.status, shown(r)).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts).toMatchObject({
      build: 'appeal build',
      watch: 'appeal build --watch',
      validate: 'appeal validate',
      preview: 'appeal preview',
    });
    expect(pkg.devDependencies['appeal-kit']).toBe(`file:../${tarball}`);
    expect(existsSync(path.join(repo, 'cases'))).toBe(true);
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8').split('\n')).toContain('out/');
    expect(readFileSync(path.join(repo, '.github', 'workflows', 'appeal.yml'), 'utf8')).toBe(
      readFileSync(path.join(repoRoot, 'init', 'workflows', 'appeal.yml'), 'utf8').replace(/\r\n/g, '\n'),
    );
    const settings = JSON.parse(readFileSync(path.join(repo, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    expect(settings['yaml.schemas']).toEqual({
      './node_modules/appeal-kit/schemas/case.schema.json': ['cases/**/*.yaml', 'cases/**/*.yml'],
    });
    expect(existsSync(path.join(repo, 'node_modules', 'appeal-kit', 'schemas', 'case.schema.json'))).toBe(true);
  });

  it('appeal init again changes nothing; a file of the user’s is not replaced without --force', () => {
    const again = appeal('init');
    expect(again.status, shown(again)).toBe(0);
    expect(again.stdout).not.toMatch(/wrote|updated/);
    const workflow = path.join(repo, '.github', 'workflows', 'appeal.yml');
    const before = readFileSync(workflow, 'utf8');
    writeFileSync(workflow, `${before}# the user's own line\n`);
    const refused = appeal('init');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${path.join('.github', 'workflows', 'appeal.yml')} exists with other content`);
    expect(refused.stderr).toContain('--force');
    expect(appeal('init', '--force').status).toBe(0);
    expect(readFileSync(workflow, 'utf8')).toBe(before);
  });

  it.each([
    ['folder', [] as string[], path.join('cases', 'acme-folder', 'case.yaml')],
    ['flat', ['--flat'], path.join('cases', 'acme-flat.yaml')],
  ])('appeal new writes a %s case whose schema modeline resolves to the installed schema', (_, extra, file) => {
    const id = path.basename(file) === 'case.yaml' ? path.basename(path.dirname(file)) : path.basename(file, '.yaml');
    const r = appeal('new', id, '--type', 'order-defect-rate', '--marketplace', 'US', ...extra);
    expect(r.status, shown(r)).toBe(0);
    expect(r.stdout).toContain(file);
    const text = readFileSync(path.join(repo, file), 'utf8');
    const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)![1];
    expect(ref).toMatch(/^(\.\.\/)+node_modules\/appeal-kit\/schemas\/case\.schema\.json$/);
    expect(path.resolve(path.dirname(path.join(repo, file)), ref)).toBe(
      path.join(repo, 'node_modules', 'appeal-kit', 'schemas', 'case.schema.json'),
    );
    expect((parse(text) as { id: string }).id).toBe(id);
  });

  it('appeal validate checks the starters against the installed schema and rules: each TODO is an error at its line', () => {
    const r = appeal('validate');
    expect(r.status, shown(r)).toBe(1);
    const out = r.stdout + r.stderr;
    for (const file of [path.join('cases', 'acme-folder', 'case.yaml'), path.join('cases', 'acme-flat.yaml')])
      expect(out).toMatch(new RegExp(`${file.replace(/[\\.]/g, '\\$&')}:\\d+:\\d+`));
  });

  it('appeal build renders a letter PDF with the package’s templates and fonts', async () => {
    cpSync(path.join(repoRoot, 'cases', 'sunrise-odr'), path.join(repo, 'cases', 'sunrise-odr'), { recursive: true });
    const valid = appeal('validate', path.join('cases', 'sunrise-odr'));
    expect(valid.status, shown(valid)).toBe(0);
    const r = appeal('build', path.join('cases', 'sunrise-odr'));
    expect(r.status, shown(r)).toBe(0);
    const letter = readFileSync(path.join(repo, 'out', 'sunrise-odr', 'letter.pdf'));
    expect(letter.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(letter)).replace(/\s+/g, ' ');
    expect(text).toContain('Shenzhen Sunrise Home Goods Co., Ltd.');
    expect(text).toContain('SunriseHome');
    expect(existsSync(path.join(repo, 'templates'))).toBe(false);
  });

  it('reads the user’s appeal-words.json at run time', () => {
    const before = appeal('validate', '--json', path.join('cases', 'sunrise-odr'));
    writeFileSync(path.join(repo, 'appeal-words.json'), JSON.stringify({ pleading: ['dispenser'] }));
    const after = appeal('validate', '--json', path.join('cases', 'sunrise-odr'));
    rmSync(path.join(repo, 'appeal-words.json'));
    const warnings = (r: SpawnSyncReturns<string>) => JSON.stringify(JSON.parse(r.stdout)).match(/dispenser/gi)?.length ?? 0;
    expect(warnings(after)).toBeGreaterThan(warnings(before));
  });
});

// Builds the startup snapshot of this build (see start.ts): `node dist/snapshot-build.js <package root> <dir> <key>`,
// started detached by the first run that finds none. The blob is written under a temporary name, started once to
// check that this Node accepts it, then renamed; its manifest, written last, marks it complete. A build that
// fails leaves only `<key>.failed`, so runs of this build do not try again (the CLI runs without a snapshot).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROBE_ANSWER } from '../cli/snapshot-probe.js';
import { type FileIdentity, identity, SNAPSHOT_FLAGS, snapshotFiles } from '../cli/snapshot-start.js';

/** Builds the snapshot of `packageRoot` as `key` in `dir`; true when it is ready. */
export function buildSnapshot(
  packageRoot: string,
  dir: string,
  key: string,
  entry = path.join(packageRoot, 'dist', 'snapshot.cjs'),
): boolean {
  const { blob, manifest, lock, failed } = snapshotFiles(dir, key);
  const temp = `${blob}.${process.pid}.tmp`;
  const loadedList = `${temp}.files`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(lock, String(process.pid));
    const env = {
      ...process.env,
      NODE_OPTIONS: '',
      APPEAL_SNAPSHOT_WARM: path.join(packageRoot, 'dist', 'snapshot-warm', 'case.yaml'),
      APPEAL_SNAPSHOT_FILES: loadedList,
    };
    const built = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', temp, '--build-snapshot', entry], {
      cwd: packageRoot,
      env,
      stdio: 'ignore',
      timeout: 10 * 60_000,
    });
    if (built.status !== 0) return false;
    const probe = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', temp], {
      env: { ...process.env, NODE_OPTIONS: '', APPEAL_SNAPSHOT_PROBE: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (probe.status !== 0 || !probe.stdout.includes(PROBE_ANSWER)) return false;
    const loaded = JSON.parse(readFileSync(loadedList, 'utf8')) as string[];
    const files = [...loaded, ...dependencyManifests(packageRoot)].map(identity).filter((f): f is FileIdentity => f !== undefined);
    const blobSize = identity(temp)?.size;
    renameSync(temp, blob);
    writeFileSync(`${manifest}.tmp`, JSON.stringify({ blobSize, files }));
    renameSync(`${manifest}.tmp`, manifest);
    removeOthers(dir, key);
    return true;
  } catch {
    return false;
  } finally {
    for (const file of [temp, loadedList, lock]) rmSync(file, { force: true });
    if (!identity(manifest)) markFailed(failed);
  }
}

function markFailed(file: string): void {
  try {
    writeFileSync(file, '');
  } catch {
    // An unwritable folder: the next run tries again.
  }
}

/** The package.json of each dependency (fonts are read from them, and an upgrade changes it). */
function dependencyManifests(packageRoot: string): string[] {
  const require = createRequire(path.join(packageRoot, 'package.json'));
  const { dependencies = {} } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(dependencies).flatMap((name) => {
    for (const base of require.resolve.paths(name) ?? []) {
      const file = path.join(base, name, 'package.json');
      if (identity(file)) return [file];
    }
    return [];
  });
}

/** Snapshots of earlier builds or other keys (tens of MB each) are removed. */
function removeOthers(dir: string, key: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(key) && /\.(blob|json|failed)$/.test(name)) rmSync(path.join(dir, name), { force: true });
  }
}

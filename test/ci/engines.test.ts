// Every locked dependency must accept every Node version appeal-kit says it supports, or `npm ci` warns
// (EBADENGINE) on a version the README calls supported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));

/** The lowest version of each major line that `engines.node` admits. */
function lowestOfEachLine(range: string): string[] {
  return range.split('||').map((part) => {
    const lowest = semver.minVersion(part.trim());
    if (!lowest) throw new Error(`engines.node part "${part}" admits no version`);
    return lowest.version;
  });
}

describe('supported Node versions', () => {
  const supported = lowestOfEachLine(pkg.engines.node);

  it('names Node 20, 22 and 24', () => {
    expect(supported.map((v) => semver.major(v))).toEqual([20, 22, 24]);
  });

  it('every locked package accepts the lowest supported version of each line', () => {
    const refusing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages as Record<string, { engines?: unknown }>)) {
      const wanted = entry.engines;
      const range = typeof wanted === 'object' && wanted !== null ? (wanted as { node?: unknown }).node : undefined;
      if (where === '' || typeof range !== 'string') continue;
      for (const version of supported) {
        if (!semver.satisfies(version, range)) refusing.push(`${where} wants node ${range}, not ${version}`);
      }
    }
    expect(refusing).toEqual([]);
  });

  // `overrides` apply to this repository's install only, never to a user's who installs the package: one that
  // changed a production dependency would leave the user with the version the check above never saw.
  it('overrides touch development dependencies only', () => {
    const entries = lock.packages as Record<string, { dev?: boolean }>;
    const overridden = Object.keys(pkg.overrides ?? {});
    expect(overridden.length).toBeGreaterThan(0);
    for (const name of overridden) expect(entries[`node_modules/${name}`]?.dev, name).toBe(true);
  });
});

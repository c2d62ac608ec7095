// Writes test/ci/pinned-actions.json: the inputs and outputs of every action the workflows pin, read from that
// action's action.yml at the pinned commit. actionlint cannot check the inputs of an action pinned to a SHA
// (it knows popular actions by tag only), so test/ci/workflow.test.ts checks them against this file. Run it
// after changing a pin, with clones of the pinned actions' repositories:
//
//   node scripts/ci/pinned-actions.mjs <folder>
//
// where <folder> holds each repository as <owner>+<name>/repo, <owner>+<name> or <owner>/<name> (a bare or
// normal clone with its tags). It also checks that the release in each pin's `# vX.Y.Z` comment is a tag of
// that very commit.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const clones = process.argv[2];
if (!clones) {
  console.error('usage: node scripts/ci/pinned-actions.mjs <folder with clones of the pinned actions>');
  process.exit(2);
}

const workflows = ['.github/workflows/ci.yml', 'init/workflows/appeal.yml'].filter((f) => existsSync(path.join(root, f)));
const pins = new Map();
for (const file of workflows) {
  for (const m of readFileSync(path.join(root, file), 'utf8').matchAll(
    /uses:\s*([\w.-]+\/[\w.-]+)(\/[\w./-]+)?@([0-9a-f]{40})\s*#\s*(v\d+\.\d+\.\d+)/g,
  )) {
    pins.set(`${m[1]}${m[2] ?? ''}@${m[3]}`, { repo: m[1], sub: m[2] ? `${m[2].slice(1)}/` : '', sha: m[3], release: m[4] });
  }
}

const out = {};
for (const [uses, pin] of [...pins].sort(([a], [b]) => a.localeCompare(b))) {
  const [owner, name] = pin.repo.split('/');
  const git = [path.join(clones, `${owner}+${name}`, 'repo'), path.join(clones, `${owner}+${name}`), path.join(clones, owner, name)].find(
    (d) => existsSync(d),
  );
  if (!git) throw new Error(`no clone of ${pin.repo} in ${clones}`);
  const run = (...args) => execFileSync('git', ['-C', git, ...args], { encoding: 'utf8' }).trim();
  const tagged = run('rev-parse', `${pin.release}^{commit}`);
  if (tagged !== pin.sha) throw new Error(`${uses}: ${pin.release} of ${pin.repo} is ${tagged}, not the pinned commit`);
  const meta = parse(run('show', `${pin.sha}:${pin.sub}action.yml`));
  out[uses] = {
    release: pin.release,
    runs: meta.runs?.using ?? null,
    inputs: Object.fromEntries(
      Object.entries(meta.inputs ?? {}).map(([k, v]) => [
        k,
        { required: v?.required === true || v?.required === 'true', default: v?.default !== undefined },
      ]),
    ),
    outputs: Object.keys(meta.outputs ?? {}),
  };
}
writeFileSync(path.join(root, 'test/ci/pinned-actions.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote test/ci/pinned-actions.json: ${Object.keys(out).length} pinned actions`);

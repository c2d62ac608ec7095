// The plan job: how many render shards the case set needs, for the workflow's matrix.
//
//   node ci/plan-shards.mjs [cases-folder] [--per-shard 400] [--max-cases 499] [--max-shards 256]
//
// prints `cases=N`, `count=K` and `shards=[1,...,K]` for $GITHUB_OUTPUT. Every shard uploads one artifact per
// case plus its summary artifact, and a job may create at most 500 artifacts, so no shard may hold more than
// 499 cases. `appeal build --shard i/K` puts a case in a shard by a hash of its file or folder name (stable
// whatever other cases exist), so shards are not exactly even: the plan aims at --per-shard cases a shard
// (headroom for the unevenness, and speed) and then checks the real shard sizes, adding shards until the
// largest fits. K depends on the number of cases only, except in the rare run where the check adds one,
// so it stays the same from push to push and each shard's cache keeps holding its own cases.
//
// Case discovery and the shard hash are the CLI's (src/fs.ts findCases, src/batch/shard.ts shardOf) written out
// again without dependencies: test/ci/plan-shards.test.ts checks that both agree with the CLI.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Most artifacts one job may create (GitHub's limit), less the shard's own summary artifact. */
export const MAX_CASES_PER_SHARD = 499;
/** Most jobs a matrix may have (GitHub's limit). */
export const MAX_SHARDS = 256;
/** Cases a shard aims at: room for the hash's unevenness under MAX_CASES_PER_SHARD. */
export const DEFAULT_PER_SHARD = 400;

/** The id the CLI shards by: the file name without .yaml, or the folder name of <folder>/case.yaml. */
export function shardKey(file) {
  const base = path.basename(file).replace(/\.ya?ml$/i, '');
  return base === 'case' ? path.basename(path.dirname(file)) : base;
}

/** The shard (1-based) of a case file among `count`, as `appeal build --shard i/count` assigns it. */
export function shardOf(file, count) {
  return (createHash('sha256').update(shardKey(file)).digest().readUInt32BE(0) % count) + 1;
}

const yamlFile = /^[^.].*\.ya?ml$/;
const skipped = new Set(['node_modules', 'out', 'evidence']);

// The case files under a folder, as `appeal build <folder>` finds them: *.yaml, *.yml, <folder>/case.yaml, <folder>/case.yml.
export function findCaseFiles(root) {
  const isFile = (p) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  // Like fast-glob without followSymbolicLinks: a linked case.yaml inside a case folder is not a case.
  const isPlainFile = (p) => lstatSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  if (!statSync(root, { throwIfNoEntry: false })) throw new Error(`${root}: no such file or folder`);
  if (isFile(root)) return [path.normalize(root)];
  if (isFile(path.join(root, 'case.yaml'))) return [path.normalize(path.join(root, 'case.yaml'))];
  const files = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && yamlFile.test(entry.name)) files.push(path.join(root, entry.name));
    else if (entry.isDirectory() && !skipped.has(entry.name)) {
      for (const name of ['case.yaml', 'case.yml'])
        if (isPlainFile(path.join(root, entry.name, name))) files.push(path.join(root, entry.name, name));
    }
  }
  return files.map((f) => path.normalize(f)).sort();
}

/**
 * The shard count for these case files: at least ceil(n / perShard) and 1, raised until no shard holds more
 * than maxCases. Throws when even maxShards shards cannot hold them.
 */
export function planShards(files, { perShard = DEFAULT_PER_SHARD, maxCases = MAX_CASES_PER_SHARD, maxShards = MAX_SHARDS } = {}) {
  if (!(perShard >= 1 && perShard <= maxCases)) throw new Error(`--per-shard must be between 1 and ${maxCases} (got ${perShard})`);
  const hashes = files.map((f) => createHash('sha256').update(shardKey(f)).digest().readUInt32BE(0));
  for (let count = Math.max(1, Math.ceil(files.length / perShard)); count <= maxShards; count++) {
    const sizes = new Array(count).fill(0);
    for (const h of hashes) sizes[h % count]++;
    if (Math.max(...sizes) <= maxCases) return { cases: files.length, count, sizes };
  }
  throw new Error(
    `${files.length} cases do not fit in ${maxShards} shards of at most ${maxCases} cases (GitHub allows ${maxShards} jobs in a matrix and 500 artifacts per job): split the cases over several repositories or workflows`,
  );
}

/** The lines for $GITHUB_OUTPUT. */
export function outputLines(plan) {
  return [`cases=${plan.cases}`, `count=${plan.count}`, `shards=${JSON.stringify(Array.from({ length: plan.count }, (_, i) => i + 1))}`];
}

function option(args, name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  args.splice(at, 2);
  if (!Number.isInteger(value)) throw new Error(`${name} takes a whole number`);
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const args = process.argv.slice(2);
    const perShard = option(args, '--per-shard', DEFAULT_PER_SHARD);
    const maxCases = option(args, '--max-cases', MAX_CASES_PER_SHARD);
    const maxShards = option(args, '--max-shards', MAX_SHARDS);
    const root = args[0] ?? 'cases';
    const files = findCaseFiles(root);
    const plan = planShards(files, { perShard, maxCases, maxShards });
    console.log(outputLines(plan).join('\n'));
    console.error(
      `${plan.cases} case${plan.cases === 1 ? '' : 's'} in ${root}: ${plan.count} shard${plan.count === 1 ? '' : 's'} of ${Math.min(...plan.sizes)}-${Math.max(...plan.sizes)} cases`,
    );
  } catch (error) {
    console.error(`::error::plan-shards: ${error.message}`);
    process.exitCode = 1;
  }
}

// One artifact per case of a render shard, and the map that says which run holds each case's current artifact.
//
// Reads the shard's summary (`appeal build --summary`), and for each case:
//   rendered            -> uploads out/<id>/ (the link followed to its files) as artifact <prefix><id>
//   unchanged           -> keeps the artifact an earlier run uploaded, when the map (kept in the cached out/
//                          folder) has one for the same inputs_hash that has not expired; else uploads it again
//   draft, failed, ok   -> uploads nothing (a draft or failed case is not ready to submit); its last good
//                          artifact, if any, stays in the map and is reported as "previous"
// The map (out/.cache/ci-artifacts.json) is written after every upload, so a job that stops half-way leaves
// it true; the report (one per shard) gives the summary job every case's artifact and run without it having
// to download anything but the reports.
//
// No dependency: the artifact client is passed in (main.mjs gives @actions/artifact's; the tests a fake).
import { promises as fsp } from 'node:fs';
import path from 'node:path';

const DAY = 86_400_000;

/** The artifact name of a case in a run attempt: names must be unique within a run, re-runs included. */
export function artifactName(prefix, id, runAttempt) {
  return `${prefix}${id}${Number(runAttempt) > 1 ? `-attempt${runAttempt}` : ''}`;
}

/** Retention actually applied: GitHub lowers a longer one to the repository's maximum (GITHUB_RETENTION_DAYS). */
export function effectiveRetention(requested, repositoryMaximum) {
  const max = Number(repositoryMaximum);
  return Number.isInteger(max) && max > 0 && max < requested ? max : requested;
}

async function readJson(file) {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw new Error(`${file}: ${error.message}`);
  }
}

async function writeJson(file, value) {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(temp, JSON.stringify(value, null, 1) + '\n');
  await fsp.rename(temp, file);
}

/** Every file under a folder, as absolute paths (the folder is already the real one). */
async function filesUnder(dir) {
  const files = [];
  for (const entry of await fsp.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.push(path.join(entry.parentPath ?? entry.path, entry.name));
  }
  return files.sort();
}

/**
 * Uploads the shard's rendered cases and returns what it did. `client` is an object with
 * uploadArtifact(name, files, rootDirectory, { retentionDays }) -> Promise<{ id?, size? }>.
 */
export async function uploadCaseArtifacts(o) {
  const {
    summaryFile,
    outRoot = 'out',
    linksFile = path.join(outRoot, '.cache', 'ci-artifacts.json'),
    reportFile = summaryFile.replace(/\.json$/i, '') + '.links.json',
    retentionDays = 30,
    repositoryMaxRetention,
    prefix = 'appeal-',
    maxArtifacts = 499,
    run,
    client,
    now = () => new Date(),
    log = () => {},
  } = o;
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) throw new Error(`retention-days must be a whole number from 1 to 90 (got ${retentionDays})`);
  if (!run?.repository || !run?.runId) throw new Error('the run (GITHUB_REPOSITORY, GITHUB_RUN_ID) is not known: is this running in GitHub Actions?');
  const summary = await readJson(summaryFile);
  if (!summary || !Array.isArray(summary.cases)) throw new Error(`${summaryFile}: no case summary (was \`appeal build --summary ${summaryFile}\` run?)`);
  const stored = await readJson(linksFile);
  const links = stored?.v === 1 && stored.cases && typeof stored.cases === 'object' ? stored : { v: 1, cases: {} };
  const days = effectiveRetention(retentionDays, repositoryMaxRetention);
  const runAttempt = Number(run.runAttempt ?? 1);
  const serverUrl = run.serverUrl ?? 'https://github.com';

  const manifestHash = async (dir) => (await readJson(path.join(dir, 'manifest.json')).catch(() => undefined))?.inputs_hash;
  const caseDir = (c) => (c.output ? path.resolve(c.output) : path.resolve(outRoot, c.id));

  // Decide first, so a shard with too many uploads fails before it uploads anything.
  const plan = [];
  for (const c of summary.cases) {
    if (!c.id) {
      plan.push({ c, action: 'none' });
      continue;
    }
    const entry = links.cases[c.id];
    if (c.status === 'rendered') {
      plan.push({ c, action: 'upload', reason: 'rendered' });
    } else if (c.status === 'unchanged') {
      const hash = await manifestHash(caseDir(c));
      const expires = entry ? Date.parse(entry.expires_at) : NaN;
      if (entry && hash && entry.inputs_hash === hash && expires - now().getTime() > DAY) plan.push({ c, action: 'keep', entry });
      else plan.push({ c, action: 'upload', reason: !entry ? 'no earlier artifact' : entry.inputs_hash !== hash ? 'earlier artifact is of other inputs' : 'earlier artifact expires within a day' });
    } else {
      plan.push({ c, action: 'none', previous: entry });
    }
  }
  const uploads = plan.filter((p) => p.action === 'upload');
  if (uploads.length > maxArtifacts) {
    throw new Error(`this shard has ${uploads.length} cases to upload, more than the ${maxArtifacts} artifacts a job may create here: give the render matrix more shards (ci/plan-shards.mjs)`);
  }

  const report = { v: 1, run: { repository: run.repository, run_id: String(run.runId), run_attempt: runAttempt, server_url: serverUrl }, shard: summary.shard ?? null, cases: {} };
  const failures = [];
  let changed = false;
  for (const p of plan) {
    const { c } = p;
    if (p.action === 'keep') {
      report.cases[c.id] = { status: c.status, action: 'kept', artifact: p.entry };
    } else if (p.action === 'none') {
      if (c.id) report.cases[c.id] = { status: c.status, action: 'none', artifact: null, ...(p.previous ? { previous: p.previous } : {}) };
    } else {
      const name = artifactName(prefix, c.id, runAttempt);
      try {
        const dir = await fsp.realpath(caseDir(c));
        const files = await filesUnder(dir);
        if (!files.length) throw new Error(`${caseDir(c)} holds no files`);
        const inputsHash = await manifestHash(dir);
        const uploadedAt = now();
        const result = await client.uploadArtifact(name, files, dir, { retentionDays: days });
        const entry = {
          artifact: name,
          artifact_id: result?.id ?? null,
          run_id: String(run.runId),
          run_attempt: runAttempt,
          inputs_hash: inputsHash ?? null,
          uploaded_at: uploadedAt.toISOString(),
          expires_at: new Date(uploadedAt.getTime() + days * DAY).toISOString(),
        };
        links.cases[c.id] = entry;
        changed = true;
        await writeJson(linksFile, links);
        report.cases[c.id] = { status: c.status, action: p.reason === 'rendered' ? 'uploaded' : 'refreshed', reason: p.reason, artifact: entry };
        log(`${name}: ${files.length} files${p.reason === 'rendered' ? '' : ` (${p.reason})`}`);
      } catch (error) {
        failures.push(`${c.id}: ${error.message}`);
        report.cases[c.id] = { status: c.status, action: 'upload-failed', error: error.message, artifact: null, ...(links.cases[c.id] ? { previous: links.cases[c.id] } : {}) };
      }
    }
  }
  // An expired artifact is gone: its entry goes too, so the map of a deleted case does not stay forever.
  // Entries of cases not in this summary stay (other shards may share the folder).
  for (const [id, entry] of Object.entries(links.cases)) {
    if (!(Date.parse(entry?.expires_at) > now().getTime())) {
      delete links.cases[id];
      changed = true;
    }
  }
  if (changed || !stored) await writeJson(linksFile, links);
  await writeJson(reportFile, report);
  const count = (action) => Object.values(report.cases).filter((r) => r.action === action).length;
  // The cached out/ folder is worth saving when the build wrote outputs or the map changed.
  const cacheChanged = changed || summary.cases.some((c) => c.status === 'rendered');
  return { uploaded: count('uploaded'), refreshed: count('refreshed'), kept: count('kept'), failures, cacheChanged, reportFile, linksFile };
}

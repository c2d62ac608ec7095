// The summary job: merges the render shards' summaries and artifact reports into one table.
//
//   node ci/summarize.mjs <dir> --shards K [--out <dir>] [--max-bytes N]
//       reads <dir>/summary-<i>.json (appeal build --summary) and <dir>/summary-<i>.links.json (the
//       upload-case-artifacts action) for i = 1..K; writes <out>/summary.json and <out>/summary.md; prints
//       the Markdown (cut to --max-bytes, GitHub takes at most 1 MiB per step summary) for $GITHUB_STEP_SUMMARY.
//   node ci/summarize.mjs --check <out>/summary.json
//       exits 1 (with an ::error:: annotation) when a case failed or a shard sent no summary.
//
// Every case links to the artifact that holds its current output: a case rendered by this run to this run's
// artifact, an unchanged case to the earlier run that uploaded it. Drafts (rendered with errors into
// out/.drafts/) are counted apart from failed cases and are not uploaded. No dependencies.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const STATUS_ORDER = ['failed', 'draft', 'rendered', 'unchanged', 'ok'];
const STATUS_LABEL = { failed: '❌ failed', draft: '📝 draft', rendered: '✅ rendered', unchanged: '✅ unchanged', ok: '✅ ok' };

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw new Error(`${file}: ${error.message}`);
  }
}

/** Links to an artifact and its run; null without a run. */
function artifactLinks(entry, run) {
  if (!entry?.run_id) return null;
  const repo = `${run.server_url}/${run.repository}`;
  const runUrl = `${repo}/actions/runs/${entry.run_id}`;
  return {
    name: entry.artifact,
    id: entry.artifact_id ?? null,
    run_id: String(entry.run_id),
    run_attempt: entry.run_attempt ?? 1,
    url: entry.artifact_id ? `${runUrl}/artifacts/${entry.artifact_id}` : runUrl,
    run_url: runUrl,
    expires_at: entry.expires_at ?? null,
    this_run: String(entry.run_id) === String(run.run_id),
  };
}

/** Reads the shard files under `dir` and merges them. */
export function mergeShards(dir, { shards, run }) {
  const files = readdirSync(dir);
  const count = shards ?? files.filter((f) => /^summary-\d+\.json$/.test(f)).length;
  const cases = [];
  const missingShards = [];
  const missingReports = [];
  for (let shard = 1; shard <= count; shard++) {
    const summary = readJson(path.join(dir, `summary-${shard}.json`));
    if (!summary) {
      missingShards.push(shard);
      continue;
    }
    const report = readJson(path.join(dir, `summary-${shard}.links.json`));
    if (!report) missingReports.push(shard);
    for (const c of summary.cases ?? []) {
      const r = c.id ? report?.cases?.[c.id] : undefined;
      const diagnostics = Array.isArray(c.diagnostics) ? c.diagnostics : [];
      cases.push({
        id: c.id ?? null,
        file: c.file,
        shard,
        status: c.status,
        errors: diagnostics.filter((d) => d.severity === 'error').length,
        warnings: diagnostics.filter((d) => d.severity === 'warning').length,
        words: c.words?.total ?? null,
        upload: r?.action ?? (report ? 'none' : 'no-report'),
        upload_error: r?.error ?? null,
        artifact: artifactLinks(r?.artifact, run),
        previous: artifactLinks(r?.previous, run),
      });
    }
  }
  const rank = (s) => (STATUS_ORDER.includes(s) ? STATUS_ORDER.indexOf(s) : STATUS_ORDER.length);
  cases.sort((a, b) => rank(a.status) - rank(b.status) || String(a.id ?? a.file).localeCompare(String(b.id ?? b.file)));
  const by = (key, value) => cases.filter((c) => c[key] === value).length;
  const summary = {
    total: cases.length,
    rendered: by('status', 'rendered'),
    unchanged: by('status', 'unchanged'),
    draft: by('status', 'draft'),
    failed: by('status', 'failed'),
    ok: by('status', 'ok'),
    uploaded: by('upload', 'uploaded'),
    uploaded_again: by('upload', 'refreshed'),
    linked_to_earlier_run: cases.filter((c) => c.upload === 'kept').length,
    upload_failed: by('upload', 'upload-failed'),
    shards: count,
    missing_shards: missingShards,
    missing_reports: missingReports,
  };
  return { v: 1, run, summary, cases };
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
const link = (text, url) => `[${cell(text).replace(/[[\]]/g, '\\$&')}](${url})`;

function artifactCell(c) {
  const a = c.artifact;
  if (c.upload === 'upload-failed')
    return `⚠ upload failed: ${cell(c.upload_error)}${c.previous ? `; last: ${link(c.previous.name, c.previous.url)} (run ${link(c.previous.run_id, c.previous.run_url)})` : ''}`;
  if (a?.this_run) return `${link(a.name, a.url)} (this run${c.upload === 'refreshed' ? ', uploaded again' : ''})`;
  if (a) return `${link(a.name, a.url)} from run ${link(a.run_id, a.run_url)}`;
  if (c.upload === 'no-report') return 'no artifact report from this shard';
  const previous = c.previous
    ? `; last good: ${link(c.previous.name, c.previous.url)} (run ${link(c.previous.run_id, c.previous.run_url)})`
    : '';
  if (c.status === 'draft') return `not uploaded (draft)${previous}`;
  if (c.status === 'failed') return `none${previous}`;
  return '';
}

/** The Markdown table; rows beyond `maxBytes` are left out and counted. */
export function markdown(merged, { maxBytes = Infinity } = {}) {
  const s = merged.summary;
  const num = (n) => n.toLocaleString('en-US');
  const head = [
    `### Appeal cases: ${num(s.rendered)} rendered, ${num(s.unchanged)} unchanged, ${num(s.draft)} draft, ${num(s.failed)} failed of ${num(s.total)}`,
    '',
    `Artifacts: ${num(s.uploaded)} uploaded by this run${s.uploaded_again ? `, ${num(s.uploaded_again)} uploaded again (the earlier one was missing or expiring)` : ''}; ${num(s.linked_to_earlier_run)} unchanged case${s.linked_to_earlier_run === 1 ? '' : 's'} link to the earlier run that holds the current artifact. Drafts and failed cases are not uploaded.`,
  ];
  for (const shard of s.missing_shards)
    head.push('', `> ⚠ Render shard ${shard} of ${s.shards} sent no summary: its cases are missing here (see that render job).`);
  for (const shard of s.missing_reports)
    head.push(
      '',
      `> ⚠ Render shard ${shard} of ${s.shards} sent no artifact report: its cases' artifacts are unknown (see that render job).`,
    );
  if (s.upload_failed) head.push('', `> ⚠ ${num(s.upload_failed)} upload${s.upload_failed === 1 ? '' : 's'} failed.`);
  head.push('', '| Case | Status | Errors | Warnings | Words | Artifact |', '|---|---|---:|---:|---:|---|');
  const rows = merged.cases.map(
    (c) =>
      `| ${cell(c.id ?? c.file)} | ${STATUS_LABEL[c.status] ?? cell(c.status)} | ${c.errors} | ${c.warnings} | ${c.words ?? ''} | ${artifactCell(c)} |`,
  );
  let text = `${head.join('\n')}\n`;
  let bytes = Buffer.byteLength(text);
  const reserve = 200; // for the note on rows left out
  let shown = 0;
  for (const row of rows) {
    const size = Buffer.byteLength(row) + 1;
    if (bytes + size + reserve > maxBytes) break;
    text += `${row}\n`;
    bytes += size;
    shown++;
  }
  if (shown < rows.length)
    text += `\n… and ${num(rows.length - shown)} more cases: the whole table is summary.md in the appeal-summary artifact.\n`;
  return text;
}

/** Problems that fail the run: failed cases and shards that sent no summary. */
export function problems(merged) {
  const out = [];
  const s = merged.summary;
  if (s.failed)
    out.push(
      `${s.failed} case${s.failed === 1 ? '' : 's'} failed: ${merged.cases
        .filter((c) => c.status === 'failed')
        .map((c) => c.id ?? c.file)
        .slice(0, 20)
        .join(', ')}${s.failed > 20 ? ', …' : ''}`,
    );
  if (s.missing_shards.length)
    out.push(`render shard${s.missing_shards.length === 1 ? '' : 's'} ${s.missing_shards.join(', ')} sent no summary`);
  return out;
}

function args(argv) {
  const o = { positional: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) o[argv[i].slice(2)] = argv[i + 1]?.startsWith('--') || argv[i + 1] === undefined ? true : argv[++i];
    else o.positional.push(argv[i]);
  }
  return o;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const o = args(process.argv.slice(2));
    if (o.check) {
      const merged = readJson(o.check);
      if (!merged) throw new Error(`${o.check}: not found`);
      for (const p of problems(merged)) console.log(`::error title=appeal cases::${p}`);
      if (merged.summary.draft)
        console.log(
          `::notice title=appeal cases::${merged.summary.draft} draft case${merged.summary.draft === 1 ? '' : 's'} (rendered with errors, not uploaded)`,
        );
      process.exitCode = problems(merged).length ? 1 : 0;
    } else {
      const dir = o.positional[0] ?? 'shards';
      const shards = o.shards === undefined ? undefined : Number(o.shards);
      if (shards !== undefined && !(Number.isInteger(shards) && shards >= 1)) throw new Error('--shards takes the number of render shards');
      const env = process.env;
      const run = {
        repository: env.GITHUB_REPOSITORY ?? 'owner/repo',
        run_id: env.GITHUB_RUN_ID ?? '0',
        server_url: env.GITHUB_SERVER_URL ?? 'https://github.com',
      };
      const merged = mergeShards(dir, { shards, run });
      const outDir = typeof o.out === 'string' ? o.out : dir;
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(merged, null, 1)}\n`);
      writeFileSync(path.join(outDir, 'summary.md'), markdown(merged));
      process.stdout.write(markdown(merged, { maxBytes: o['max-bytes'] ? Number(o['max-bytes']) : 1_000_000 }));
    }
  } catch (error) {
    console.log(`::error title=summarize::${error.message}`);
    process.exitCode = 2;
  }
}

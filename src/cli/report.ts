// Every printed form: diagnostics (file:line:col  severity  message  (rule), a caret frame), the line per case,
// the summary line, GitHub annotations, and the run as JSON for machines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildSummary } from '../batch/build.js';
import { isNotReady, type CaseResult } from '../model/result.js';
import { defaultCaseId } from '../stages/normalize.js';
import { toolVersion } from '../version.js';
import { styleText } from 'node:util';
import type { Diagnostic } from '../model/diagnostic.js';

export interface ReportOptions {
  color: boolean;
  /** Source text by file, for code frames under errors. */
  sources?: Map<string, string>;
}

const paint = (on: boolean, format: Parameters<typeof styleText>[0], text: string) => (on ? styleText(format, text) : text);

/** A diagnostic that may carry its rule's descriptive name (L04 actions-completed). */
type NamedDiagnostic = Diagnostic & { ruleName?: string };

/** The rule as printed: its id, with its name beside it when the diagnostic has one. */
const ruleLabel = (d: NamedDiagnostic) => (d.ruleName ? `${d.ruleId} ${d.ruleName}` : d.ruleId);

// Control characters (escape sequences among them) in case text or file names would reach the terminal raw,
// where they can move the cursor, recolour or hide lines: each is printed as one replacement character.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Text from a case or a file name, safe to print to a terminal (line breaks and tabs kept). */
export const terminalSafe = (text: string): string => text.replace(CONTROL, '\ufffd');

/** One diagnostic as printed lines. */
export function formatDiagnostic(d: NamedDiagnostic, options: ReportOptions): string {
  const severity = paint(options.color, d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'blue', d.severity);
  const lines = [
    `${terminalSafe(d.file)}:${d.line}:${d.column}  ${severity}  ${terminalSafe(d.message)}  ${paint(options.color, 'dim', `(${ruleLabel(d)})`)}`,
  ];
  const source = options.sources?.get(d.file);
  if (source !== undefined && d.severity === 'error')
    lines.push(...codeFrame(source, d.line, d.column, d.endLine === d.line ? d.endColumn : undefined));
  if (d.note) lines.push(`    ${paint(options.color, 'cyan', '→')} ${terminalSafe(d.note)}`);
  return lines.join('\n');
}

/** The offending line with a caret under the column (display width counts CJK as two cells). */
export function codeFrame(source: string, line: number, column: number, endColumn?: number): string[] {
  const raw = source.replace(/^\uFEFF/, '').split(/\r?\n/)[line - 1];
  if (raw === undefined) return [];
  const text = terminalSafe(raw);
  const gutter = `${String(line).padStart(4)} | `;
  const prefix = text.slice(0, Math.max(0, column - 1));
  const width = Math.max(1, Math.min((endColumn ?? column + 1) - column, text.length - column + 1));
  return [
    `${gutter}${text}`,
    `${' '.repeat(gutter.length - 2)}| ${' '.repeat(displayWidth(prefix))}${'^'.repeat(displayWidth(text.slice(column - 1, column - 1 + width)) || 1)}`,
  ];
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return width;
}

/** Annotations GitHub Actions shows on the file (::error file=...,line=...,col=...::message). */
export function githubAnnotation(d: Diagnostic): string {
  const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${kind} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.ruleId)}::${escapeData(d.message + (d.note ? ` — ${d.note}` : ''))}`;
}

/** The cases that keep the run from succeeding (exit 1): failed, or only a draft (see blockingProblems). */
export function notReadyCases(results: CaseResult[]): CaseResult[] {
  return results.filter(isNotReady);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning" (empty when there are none). */
function problemCounts(result: CaseResult): string {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  return [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ');
}

/** The name a case is reported by: its id, else the id its file name gives. */
const caseName = (result: CaseResult) => result.id ?? defaultCaseId(result.file);

/** The line that says what became of a case, or '' when `quiet` and nothing is wrong. */
export function caseLine(result: CaseResult, o: { quiet?: boolean; render: boolean; out: string }): string {
  const name = terminalSafe(caseName(result));
  const counts = problemCounts(result);
  const also = counts ? `, ${counts}` : '';
  switch (result.state) {
    case 'unchanged':
      return o.quiet ? '' : `✓ ${name} → ${path.join(o.out, result.id)}${path.sep} (unchanged since the last build)${also}`;
    case 'rendered': {
      if (o.quiet) return '';
      // Words per section, as pasted from sections/*.txt into Amazon's form fields.
      const sections = Object.entries(result.words.sections).map(
        ([key, n]) => `${key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)} ${n}`,
      );
      return `✓ ${name} → ${path.join(o.out, result.id)}${path.sep} (${result.files.length} files, ${result.words.total} words)${also}\n  words: ${sections.join(', ')}; total ${result.words.total}`;
    }
    case 'draft':
      return `✎ ${name} → ${path.join(o.out, '.drafts', result.id)}${path.sep} (draft: ${counts}; not ready to submit)`;
    case 'failed':
      return `✗ ${name}: ${counts || 'failed'}${o.render ? '; nothing written, earlier output kept' : ''}`;
    case 'checked':
      return o.quiet ? '' : `✓ ${name}${counts ? `: ${counts}` : ': no problems'}`;
  }
}

/** The lines printed for one case: its diagnostics (a code frame under errors), then its case line. */
export function reportCase(
  result: CaseResult,
  o: { color: boolean; sources: Map<string, string>; quiet?: boolean; render: boolean; out: string },
): string {
  const lines: string[] = [];
  if (result.diagnostics.some((d) => d.severity === 'error') && !o.sources.has(result.file)) {
    try {
      o.sources.set(result.file, readFileSync(result.file, 'utf8'));
    } catch {
      // The file could not be read again; print without a code frame.
    }
  }
  for (const d of result.diagnostics) lines.push(formatDiagnostic(d, { color: o.color, sources: o.sources }));
  const line = caseLine(result, o);
  if (line) lines.push(line);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The closing line of a run: what became of the cases, drafts and failures by name. */
export function summaryLine(summary: BuildSummary, render: boolean, ms: number): string {
  const total = summary.results.length;
  const seconds = (ms / 1000).toFixed(1);
  const named = (state: CaseResult['state']) =>
    summary.results
      .filter((r) => r.state === state)
      .map((r) => terminalSafe(caseName(r)))
      .join(', ');
  const parts = render ? [`${summary.rendered} rendered`] : [`${summary.results.filter((r) => r.state === 'checked').length} valid`];
  if (render && summary.skipped) parts.push(`${summary.skipped} unchanged`);
  if (summary.drafts) parts.push(`${plural(summary.drafts, 'draft')} (${named('draft')})`);
  parts.push(`${summary.failed} failed${summary.failed ? ` (${named('failed')})` : ''}`);
  return `\n${plural(total, 'case')}: ${parts.join(', ')} in ${seconds} s\n`;
}

/** The JSON status of a case: failed, draft, rendered, unchanged, or ok (validate, nothing blocks it). */
const jsonStatus = (result: CaseResult) => (result.state === 'checked' ? 'ok' : result.state);

/** Where a case's documents are: its ready set, its draft, or nowhere. */
function outputOf(result: CaseResult, out: string): string | null {
  if (result.state === 'rendered' || result.state === 'unchanged') return path.join(out, result.id);
  if (result.state === 'draft') return path.join(out, '.drafts', result.id);
  return null;
}

/** The run as one JSON document (--json, --summary). */
export function jsonReport(summary: BuildSummary, out: string) {
  return {
    version: toolVersion,
    cases: summary.results.map((r) => ({
      id: r.id ?? null,
      file: r.file,
      status: jsonStatus(r),
      output: outputOf(r, out),
      outputs: r.state === 'rendered' || r.state === 'draft' ? r.files.map((f) => f.path) : r.state === 'unchanged' ? r.outputs : [],
      words: r.words ?? null,
      diagnostics: r.diagnostics,
      silenced: r.silenced,
    })),
    missing: summary.missing,
    summary: {
      total: summary.results.length,
      rendered: summary.rendered,
      unchanged: summary.skipped,
      drafts: summary.drafts,
      failed: summary.failed,
    },
  };
}

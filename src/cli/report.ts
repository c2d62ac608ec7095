// Diagnostics -> text for people (file:line:col  severity  message  (rule), a caret frame) or JSON for machines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildSummary } from '../batch/build.js';
import type { CaseResult } from '../model/result.js';
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

/** One diagnostic as printed lines. */
export function formatDiagnostic(d: Diagnostic, options: ReportOptions): string {
  const severity = paint(options.color, d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'blue', d.severity);
  const lines = [`${d.file}:${d.line}:${d.column}  ${severity}  ${d.message}  ${paint(options.color, 'dim', `(${d.ruleId})`)}`];
  const source = options.sources?.get(d.file);
  if (source !== undefined && d.severity === 'error') lines.push(...codeFrame(source, d.line, d.column, d.endLine === d.line ? d.endColumn : undefined));
  if (d.note) lines.push(`    ${paint(options.color, 'cyan', '→')} ${d.note}`);
  return lines.join('\n');
}

/** The offending line with a caret under the column (display width counts CJK as two cells). */
export function codeFrame(source: string, line: number, column: number, endColumn?: number): string[] {
  const text = source.replace(/^\uFEFF/, '').split(/\r?\n/)[line - 1];
  if (text === undefined) return [];
  const gutter = `${String(line).padStart(4)} | `;
  const prefix = text.slice(0, Math.max(0, column - 1));
  const width = Math.max(1, Math.min((endColumn ?? column + 1) - column, text.length - column + 1));
  return [`${gutter}${text}`, `${' '.repeat(gutter.length - 2)}| ${' '.repeat(displayWidth(prefix))}${'^'.repeat(displayWidth(text.slice(column - 1, column - 1 + width)) || 1)}`];
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return width;
}

/** Annotations GitHub Actions shows on the file (::error file=...,line=...,col=...::message). */
export function githubAnnotation(d: Diagnostic): string {
  const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${kind} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.ruleId)}::${escape(d.message + (d.note ? ` — ${d.note}` : ''))}`;
}

/** The cases that fail the run: errors, or warnings under --strict. */
export function failedCases(results: CaseResult[], strict?: boolean): CaseResult[] {
  return results.filter((r) => r.diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning')));
}

/** The lines printed for one case. */
export function reportCase(result: CaseResult, o: { color: boolean; sources: Map<string, string>; quiet?: boolean; render: boolean; out: string; strict?: boolean }): string {
  const lines: string[] = [];
  if (result.diagnostics.some((d) => d.severity === 'error') && !o.sources.has(result.file)) {
    try {
      o.sources.set(result.file, readFileSync(result.file, 'utf8'));
    } catch {
      // The file could not be read again; print without a code frame.
    }
  }
  for (const d of result.diagnostics) lines.push(formatDiagnostic(d, { color: o.color, sources: o.sources }));
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const counts = [errors && `${errors} error${errors > 1 ? 's' : ''}`, warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`].filter(Boolean).join(', ');
  const name = result.id ?? defaultCaseId(result.file);
  if (result.skipped) {
    if (!o.quiet) lines.push(`✓ ${name} → ${path.join(o.out, result.id!)}/ (unchanged since the last build)${counts ? `, ${counts}` : ''}`);
  } else if (result.files) {
    if (!o.quiet) lines.push(`✓ ${name} → ${path.join(o.out, result.id!)}/ (${result.files.length} files, ${result.words?.total ?? 0} words)${counts ? `, ${counts}` : ''}`);
    // Words per section, as pasted from sections/*.txt into Amazon's form fields.
    if (!o.quiet && result.words) lines.push(`  words: ${Object.entries(result.words.sections).map(([key, n]) => `${key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)} ${n}`).join(', ')}; total ${result.words.total}`);
  } else if (errors || (o.strict && warnings)) {
    lines.push(`✗ ${name}: ${counts}${o.render ? '; nothing written, earlier output kept' : ''}`);
  } else if (!o.quiet) {
    lines.push(`✓ ${name}${counts ? `: ${counts}` : ': no problems'}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The closing line of a run. */
export function summaryLine(summary: BuildSummary, failed: CaseResult[], render: boolean, ms: number): string {
  const total = summary.results.length;
  const seconds = (ms / 1000).toFixed(1);
  const failedNames = failed.map((r) => r.id ?? defaultCaseId(r.file)).join(', ');
  const verb = render ? `${summary.rendered} rendered${summary.skipped ? `, ${summary.skipped} unchanged` : ''}` : `${total - failed.length} valid`;
  return `\n${total} case${total === 1 ? '' : 's'}: ${verb}, ${failed.length} failed${failed.length ? ` (${failedNames})` : ''} in ${seconds} s\n`;
}

/** The run as one JSON document (--json, --summary). */
export function jsonReport(summary: BuildSummary, out: string, failed: CaseResult[]) {
  return {
    version: toolVersion,
    cases: summary.results.map((r) => ({
      id: r.id ?? null,
      file: r.file,
      status: failed.includes(r) ? 'failed' : r.files ? 'rendered' : r.skipped ? 'unchanged' : 'ok',
      output: r.files || r.skipped ? path.join(out, r.id!) : null,
      outputs: r.files?.map((f) => f.path) ?? r.outputs ?? [],
      words: r.words ?? null,
      diagnostics: r.diagnostics,
      silenced: r.silenced,
    })),
    missing: summary.missing,
    summary: { total: summary.results.length, rendered: summary.rendered, unchanged: summary.skipped, failed: failed.length },
  };
}

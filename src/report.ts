// Diagnostics -> text for people (file:line:col  severity  message  (rule), a caret frame) or JSON for machines.
import { styleText } from 'node:util';
import type { Diagnostic } from './model/diagnostic.js';

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

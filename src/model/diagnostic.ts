// One Diagnostic type flows from parse to printer; positions are 1-based.

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a case, a template or the run, with where it is and how to fix it. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  ruleId: string;
  /** The rule's descriptive name (actions-completed) when a content rule reported it; printed beside the id. */
  ruleName?: string;
  message: string;
  /** A hint on how to fix it, or the second position of a duplicate. */
  note?: string;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort by file, then position, then severity, so reports are stable. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export const hasErrors = (list: Diagnostic[]): boolean => list.some((d) => d.severity === 'error');

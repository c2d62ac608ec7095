// What the preview page shows, kept from the watcher's results: each case with its state, next deadline,
// diagnostics and the folder whose PDFs the page draws (the current output, a draft, or the last good set).
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../fs.js';
import type { CaseResult } from '../../model/result.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { daysBetween } from '../../domain/dates.js';
import { caseDeadlines, nextDeadline, rawInput, type Deadline } from '../commands/status.js';

/** ready: no errors; draft: errors, with a draft rendered; errors: errors and no draft; building: not checked yet. */
export type CaseState = 'building' | 'ready' | 'draft' | 'errors';

/** The documents the page has a tab for, and their files in a case's output folder. */
export const documentFiles = {
  letter: 'letter.pdf',
  'evidence-index': 'evidence-index.pdf',
  checklist: 'checklist.pdf',
  bundle: 'evidence-bundle.pdf',
} as const;

export type DocumentKey = keyof typeof documentFiles;

const isDocumentKey = (key: string): key is DocumentKey => Object.hasOwn(documentFiles, key);

/** Which set of outputs the page shows: this build's, its draft, or the last good build's (the case now has errors). */
export type PagesSource = 'current' | 'draft' | 'last-good';

/** The output folder the page draws from. */
interface Pages {
  source: PagesSource;
  folder: string;
  /** Changes whenever any shown file changes; the page redraws only then. */
  version: string;
  /** When the letter was written (ms since the epoch), so the page can report how long it took to show it. */
  writtenAt: number;
  docs: DocumentKey[];
}

/** A diagnostic as the page lists it. */
export interface DiagnosticView {
  severity: Diagnostic['severity'];
  rule: string;
  message: string;
  note: string | null;
  /** file:line:col, the file relative to the folder the preview runs in. */
  location: string;
  /** Opens the file at the line in VS Code. */
  editorUrl: string;
}

/** One case as the page lists it. */
export interface CaseView {
  key: string;
  id: string | null;
  file: string;
  state: CaseState;
  deadline: { date: string; what: Deadline['what']; label: string; daysLeft: number } | null;
  errors: number;
  warnings: number;
  diagnostics: DiagnosticView[];
  pages: { source: PagesSource; version: string; writtenAt: number; docs: Partial<Record<DocumentKey, string>> } | null;
}

/** The whole page state, sent on every change. */
export interface PreviewView {
  building: boolean;
  today: string;
  outRoot: string;
  cases: CaseView[];
}

interface Entry {
  key: string;
  file: string;
  state: CaseState;
  id?: string;
  diagnostics: Diagnostic[];
  deadline: Deadline | null;
  pages?: Pages;
}

const deadlineLabels: Record<Deadline['what'], string> = {
  'respond-by': 'respond by',
  'book-video-verification': 'book the video call by',
  'last-reschedule': 'last day to reschedule',
  'video-verification-call': 'video call',
};

/** A stable key for a case file, safe in a URL path segment. */
export const caseKey = (absFile: string): string => sha256(absFile).slice(0, 12);

/** A `vscode://file/…:line:col` link that opens a file at a position. */
export function editorUrl(absFile: string, line: number, column: number): string {
  const segments = absFile.replace(/\\/g, '/').split('/').filter(Boolean);
  const encoded = segments.map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s))).join('/');
  return `vscode://file/${encoded}:${Math.max(1, line)}:${Math.max(1, column)}`;
}

/** The shown set in a folder, or undefined when the folder has no letter. */
async function pagesIn(folder: string, source: PagesSource): Promise<Pages | undefined> {
  const letter = await fsp.stat(path.join(folder, documentFiles.letter)).catch(() => undefined);
  if (!letter) return undefined;
  const real = await fsp.realpath(folder).catch(() => folder);
  const folderStat = await fsp.lstat(folder).catch(() => undefined);
  const docs: DocumentKey[] = [];
  const parts = [real];
  for (const [key, name] of Object.entries(documentFiles) as [DocumentKey, string][]) {
    const stat = await fsp.stat(path.join(folder, name)).catch(() => undefined);
    if (!stat) continue;
    docs.push(key);
    parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
  }
  // out/<id> is a link switched to a new folder in one step: its own time is when the new set went live.
  const writtenAt = Math.max(letter.mtimeMs, folderStat?.isSymbolicLink() ? folderStat.mtimeMs : 0);
  return { source, folder, version: sha256(parts.join('\n')).slice(0, 16), writtenAt: Math.round(writtenAt), docs };
}

/** The preview's cases, updated from the watcher's results; listeners hear of every change. */
export class PreviewState {
  private entries = new Map<string, Entry>();
  private byKey = new Map<string, Entry>();
  private listeners = new Set<() => void>();
  private chain: Promise<void> = Promise.resolve();
  building = true;

  constructor(private readonly o: { outRoot: string; cwd: string; today: () => string }) {}

  /** Calls `listener` after each change; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private entry(file: string): Entry {
    const abs = path.resolve(this.o.cwd, file);
    let entry = this.entries.get(abs);
    if (!entry) {
      entry = { key: caseKey(abs), file: abs, state: 'building', diagnostics: [], deadline: null };
      this.entries.set(abs, entry);
      this.byKey.set(entry.key, entry);
    }
    return entry;
  }

  /** Lists case files before their first result (shown as building). */
  expect(files: string[]): void {
    for (const file of files) this.entry(file);
    this.changed();
  }

  /** Marks the first build as done. */
  ready(): void {
    this.building = false;
    this.changed();
  }

  /** Takes in a case's result; resolves once the page state reflects it. Results are applied in order. */
  update(result: CaseResult): Promise<void> {
    const next = this.chain.then(() => this.apply(result));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async apply(result: CaseResult): Promise<void> {
    const entry = this.entry(result.file);
    const errors = result.state === 'failed' || result.state === 'draft';
    const draft = result.state === 'draft';
    const id = result.id ?? entry.id;
    const [pages, deadline] = await Promise.all([this.pagesOf(id, errors, draft, entry.pages), this.deadlineOf(entry.file)]);
    entry.id = id;
    entry.state = !errors ? 'ready' : pages?.source === 'draft' ? 'draft' : 'errors';
    entry.diagnostics = result.diagnostics;
    entry.pages = pages;
    if (deadline !== undefined) entry.deadline = deadline;
    this.changed();
  }

  /** The pages to show: the draft, else this build's output (the last good one when the case has errors). */
  private async pagesOf(id: string | undefined, errors: boolean, draft: boolean, before: Pages | undefined): Promise<Pages | undefined> {
    let pages: Pages | undefined;
    if (id) {
      if (draft) pages = await pagesIn(path.join(this.o.outRoot, '.drafts', id), 'draft');
      pages ??= await pagesIn(path.join(this.o.outRoot, id), errors ? 'last-good' : 'current');
    }
    // A save that changed the id and failed: the pages of the id the case had before are its last good ones.
    if (!pages && errors && before) pages = await pagesIn(before.folder, 'last-good');
    return pages;
  }

  /** Forgets a deleted case file. */
  remove(result: CaseResult): void {
    const abs = path.resolve(this.o.cwd, result.file);
    const entry = this.entries.get(abs);
    if (!entry) return;
    this.entries.delete(abs);
    this.byKey.delete(entry.key);
    this.changed();
  }

  /** The next deadline from the case file's YAML; undefined when the file does not parse (the page keeps the last one). */
  private async deadlineOf(file: string): Promise<Deadline | null | undefined> {
    try {
      const input = await rawInput(file);
      return input ? nextDeadline(caseDeadlines({ input }), this.o.today()) : undefined;
    } catch {
      return null;
    }
  }

  /** The absolute path of a case's document as the page shows it, or undefined. */
  documentPath(key: string, doc: string): string | undefined {
    const pages = this.byKey.get(key)?.pages;
    if (!pages || !isDocumentKey(doc) || !pages.docs.includes(doc)) return undefined;
    return path.join(pages.folder, documentFiles[doc]);
  }

  private display(file: string): string {
    const abs = path.resolve(this.o.cwd, file);
    const relative = path.relative(this.o.cwd, abs);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : abs;
  }

  /** The state as the page reads it. */
  view(): PreviewView {
    const today = this.o.today();
    const cases = [...this.entries.values()]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      .map(
        (e): CaseView => ({
          key: e.key,
          id: e.id ?? null,
          file: this.display(e.file),
          state: e.state,
          deadline: e.deadline
            ? {
                date: e.deadline.date,
                what: e.deadline.what,
                label: deadlineLabels[e.deadline.what],
                daysLeft: daysBetween(today, e.deadline.date.slice(0, 10)),
              }
            : null,
          errors: e.diagnostics.filter((d) => d.severity === 'error').length,
          warnings: e.diagnostics.filter((d) => d.severity === 'warning').length,
          diagnostics: e.diagnostics
            .filter((d) => d.severity !== 'info')
            .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
            .map((d) => {
              const abs = path.resolve(this.o.cwd, d.file);
              return {
                severity: d.severity,
                rule: d.ruleId,
                message: d.message,
                note: d.note ?? null,
                location: `${this.display(abs)}:${d.line}:${d.column}`,
                editorUrl: editorUrl(abs, d.line, d.column),
              };
            }),
          pages: e.pages
            ? {
                source: e.pages.source,
                version: e.pages.version,
                writtenAt: e.pages.writtenAt,
                docs: Object.fromEntries(e.pages.docs.map((doc) => [doc, `/files/${e.key}/${doc}?v=${e.pages!.version}`])),
              }
            : null,
        }),
      );
    return { building: this.building, today, outRoot: this.display(this.o.outRoot), cases };
  }
}

// Loads a language's template set (templates/<lang>/): Handlebars in strict mode, no prototype access,
// no HTML escaping (the output is Markdown, not HTML), only built-in helpers. Case text is passed as data
// and is never compiled. Each render records which template files it used, for incremental builds.
import { readFileSync, readdirSync, existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Strings } from './view.js';

/** The main templates a case can use. */
export type MainTemplate = 'remediate' | 'dispute';

/** One template file with the hash of its text. */
export interface TemplateFile {
  /** Path relative to the templates root, with forward slashes (e.g. en/partials/header.hbs). */
  name: string;
  text: string;
}

/** A loaded, compiled template set for one language. */
export interface TemplateSet {
  language: string;
  root: string;
  strings: Strings;
  /** Every file of the set (strings and templates), for hashing into a case's inputs. */
  files: TemplateFile[];
  partialNames: Set<string>;
  /** Renders a main template; `used` lists the template files that took part. */
  render(main: MainTemplate, view: object): { markdown: string; used: string[] };
}

const compileOptions = { strict: true, noEscape: true, knownHelpersOnly: true, compat: false } as const;
const runtimeOptions = { allowProtoMethodsByDefault: false, allowProtoPropertiesByDefault: false } as const;

/** A template problem, located in the template file. */
export class TemplateError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

// Symbolic links are followed only while they stay inside the templates root (`realRoot`); one leading
// outside is collected in `outside` and the set is refused, so a template folder cannot pull in other files.
function listTemplateFiles(dir: string, realRoot: string, outside: string[], prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    let stat: { isDirectory(): boolean; isFile(): boolean } = entry;
    if (entry.isSymbolicLink()) {
      const real = (() => { try { return realpathSync(full); } catch { return undefined; } })();
      if (!real || !(real + path.sep).startsWith(realRoot + path.sep)) {
        outside.push(full);
        continue;
      }
      stat = statSync(real);
    }
    if (stat.isDirectory()) out.push(...listTemplateFiles(full, realRoot, outside, rel));
    else if (stat.isFile() && /\.(hbs|json)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** Where a Handlebars error message points: "... - 3:7" (runtime) or "Parse error on line 3:" (compile). */
function templatePosition(message: string): { line: number; column: number } {
  const runtime = /- (\d+):(\d+)\s*$/.exec(message);
  if (runtime) return { line: Number(runtime[1]), column: Number(runtime[2]) + 1 };
  const parse = /on line (\d+)/.exec(message);
  return { line: parse ? Number(parse[1]) : 1, column: 1 };
}

function templateDiagnostic(file: string, error: unknown, what: string, source?: string): Diagnostic {
  const message = (error as Error).message ?? String(error);
  const pos = templatePosition(message);
  const firstLine = message.split('\n')[0].replace(/ - \d+:\d+\s*$/, '');
  // Strict mode says only `"deeper" not defined in undefined`; name the whole expression the template used.
  const lineText = source?.split('\n')[pos.line - 1] ?? '';
  const open = lineText.lastIndexOf('{{', pos.column - 1);
  const expression = / not defined in /.test(firstLine) && open >= 0 ? /^\{\{[^}]*\}\}/.exec(lineText.slice(open))?.[0] : undefined;
  const text = expression ? `${expression} names a field that does not exist (${firstLine})` : firstLine;
  return { file, ...pos, severity: 'error', ruleId: 'template', message: `${what}: ${text}` };
}

/** Loads templates/<language>/ under `root`; template syntax errors are reported with file and line. */
export function loadTemplateSet(root: string, language: string): { value?: TemplateSet; diagnostics: Diagnostic[] } {
  const dir = path.join(root, language);
  const stringsFile = path.join(dir, 'strings.json');
  if (!existsSync(stringsFile)) {
    return {
      diagnostics: [{ file: stringsFile, line: 1, column: 1, severity: 'error', ruleId: 'template', message: `no templates for language "${language}" (expected ${stringsFile})`, note: 'Use language: en or ja, or add a template folder with a strings.json.' }],
    };
  }
  const outside: string[] = [];
  const realRoot = realpathSync(root);
  if (!realpathSync(dir).startsWith(realRoot + path.sep)) outside.push(dir);
  const names = outside.length ? [] : listTemplateFiles(dir, realRoot, outside).map((n) => `${language}/${n}`);
  if (outside.length) {
    return {
      diagnostics: outside.map((file) => ({ file, line: 1, column: 1, severity: 'error' as const, ruleId: 'template', message: `the template path is a symbolic link that leads outside the templates folder ${root}; it is not read`, note: 'Copy the file into the templates folder instead of linking to it.' })),
    };
  }
  const files: TemplateFile[] = names.map((name) => ({ name, text: readFileSync(path.join(root, name), 'utf8').replace(/\r\n/g, '\n') }));
  let strings: Strings;
  try {
    strings = JSON.parse(files.find((f) => f.name === `${language}/strings.json`)!.text) as Strings;
  } catch (error) {
    return { diagnostics: [{ file: stringsFile, line: 1, column: 1, severity: 'error', ruleId: 'template', message: `strings.json is not valid JSON: ${(error as Error).message}` }] };
  }
  const env = Handlebars.create();
  const diagnostics: Diagnostic[] = [];
  const stack: string[] = [];
  const used = new Set<string>();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const partialNames = new Set<string>();
  for (const file of files) {
    if (!file.name.endsWith('.hbs')) continue;
    const filePath = path.join(root, file.name);
    let template: HandlebarsTemplateDelegate;
    try {
      // Compile eagerly by precompiling once: syntax errors surface now, with the template's line.
      env.precompile(file.text, compileOptions);
      template = env.compile(file.text, compileOptions);
    } catch (error) {
      diagnostics.push(templateDiagnostic(filePath, error, 'template syntax error'));
      continue;
    }
    const wrapped = ((context: unknown, options?: Handlebars.RuntimeOptions) => {
      stack.push(file.name);
      used.add(file.name);
      try {
        return template(context, { ...options, ...runtimeOptions });
      } catch (error) {
        if (error instanceof TemplateError) throw error;
        throw new TemplateError(templateDiagnostic(filePath, error, 'template error', file.text));
      } finally {
        stack.pop();
      }
    }) as HandlebarsTemplateDelegate;
    const rel = file.name.slice(language.length + 1).replace(/\.hbs$/, '');
    if (rel.startsWith('partials/')) {
      const partial = rel.slice('partials/'.length);
      env.registerPartial(partial, wrapped);
      partialNames.add(partial);
    } else {
      compiled.set(rel, wrapped);
    }
  }
  if (diagnostics.length) return { diagnostics };
  for (const main of ['remediate', 'dispute'] as const) {
    if (!compiled.has(main)) {
      diagnostics.push({ file: path.join(dir, `${main}.hbs`), line: 1, column: 1, severity: 'error', ruleId: 'template', message: `the template ${main}.hbs is missing` });
    }
  }
  if (diagnostics.length) return { diagnostics };
  return {
    diagnostics: [],
    value: {
      language,
      root,
      strings,
      files,
      partialNames,
      render(main, view) {
        used.clear();
        used.add(`${language}/strings.json`);
        const markdown = compiled.get(main)!(view, runtimeOptions);
        return { markdown, used: [...used].sort() };
      },
    },
  };
}

// Imports in src/ point one way, from the process edge down to the model:
//   cli > batch > case > (stages, rules, compose) > render > domain > (model, fs.ts, version.ts, package-files.ts)
// A file imports from its own layer or lower ones, and no chain of imports comes back to where it started.
// Type-only imports count too: a type that has to come from above is a sign the code sits in the wrong layer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Layer of each top-level entry of src/: higher numbers may import lower ones, never the reverse. */
const LAYERS: Record<string, number> = {
  // The startup snapshot's entry and builder run the CLI inside the snapshot; the CLI starts it (cli/snapshot-start.ts).
  snapshot: 8,
  'snapshot-build.ts': 8,
  cli: 7,
  'prepare.ts': 7,
  'code-cache.ts': 7,
  batch: 6,
  case: 5,
  stages: 4,
  rules: 4,
  compose: 4,
  render: 3,
  domain: 2,
  model: 1,
  'fs.ts': 1,
  'trace.ts': 1,
  'version.ts': 1,
  'package-files.ts': 1,
};

type Graph = Map<string, string[]>;

/** src/a/b.ts -> the src/ files it imports (relative specifiers only; `.js` in a specifier names the `.ts` source). */
function importGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of fg.sync('src/**/*.ts').sort()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts'))
      .filter((target) => target.startsWith('src/'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

const layerOf = (file: string): number | undefined => LAYERS[file.split('/')[1]];

/** Every import that points to a higher layer, as "from -> to (fromLayer imports toLayer)". */
function upwardImports(graph: Graph): string[] {
  const top = (f: string) => f.split('/')[1];
  return [...graph].flatMap(([from, targets]) =>
    targets.filter((to) => layerOf(to)! > layerOf(from)!).map((to) => `${from} -> ${to} (${top(from)} imports ${top(to)}, a higher layer)`),
  );
}

/** Every import cycle, each once, as "a -> b -> a" starting from its first file in sorted order. */
function importCycles(graph: Graph): string[] {
  const cycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const loop = stack.slice(stack.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0]);
        const rotated = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.add([...rotated, rotated[0]].join(' -> '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  [...graph.keys()].forEach((file) => state.has(file) || visit(file));
  return [...cycles];
}

describe('import direction in src/', () => {
  const graph = importGraph();

  it('places every file of src/ in a layer', () => {
    expect(graph.size).toBeGreaterThan(50);
    const unplaced = [...graph.keys()].filter((file) => layerOf(file) === undefined);
    expect(unplaced, 'add the new top-level folder or file to LAYERS in this test').toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('reports the offending edge of a cycle and of an upward import', () => {
    const bad: Graph = new Map([
      ['src/domain/dates.ts', ['src/render/pdf.ts', 'src/model/case.ts']],
      ['src/render/pdf.ts', ['src/render/theme.ts']],
      ['src/render/theme.ts', ['src/render/pdf.ts']],
      ['src/model/case.ts', []],
    ]);
    expect(upwardImports(bad)).toEqual(['src/domain/dates.ts -> src/render/pdf.ts (domain imports render, a higher layer)']);
    expect(importCycles(bad)).toEqual(['src/render/pdf.ts -> src/render/theme.ts -> src/render/pdf.ts']);
  });

  it('sees imports of every form: named, type-only, re-exports and dynamic', () => {
    const { importedFiles } = ts.preProcessFile(
      [
        "import { a } from './a.js';",
        "import type { B } from './b.js';",
        "export * from './c.js';",
        "const d = await import('./d.js');",
      ].join('\n'),
      true,
      true,
    );
    expect(importedFiles.map((i) => i.fileName)).toEqual(['./a.js', './b.js', './c.js', './d.js']);
  });
});

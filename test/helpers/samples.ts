// The sample cases as rendered once per run by the global setup (test/setup/samples.ts): tests that only read
// sample output read it here instead of building the samples again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { SampleBuild } from '../setup/samples.js';

/** The shared build of every sample case: its out folder, the case ids, the CLI's exit code and output. */
export function sampleBuild(): SampleBuild {
  const build = inject('samples');
  if (!build.out) throw new Error(`${build.stderr} (a test file reading them imports test/helpers/samples.ts)`);
  return build;
}

/** Path of one output of a sample case in the shared build (out/<id>/<name>). */
export const sampleOutputPath = (id: string, name: string): string => path.join(sampleBuild().out, id, name);

/** Bytes of one output of a sample case in the shared build. */
export const sampleOutput = (id: string, name: string): Buffer => readFileSync(sampleOutputPath(id, name));

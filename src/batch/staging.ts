// A worker writes the outputs it rendered itself, into a set that is not yet in place (see StagedSet), and
// hands the batch only their names, sizes and hashes: a case's bytes (~6 MB: PDFs, DOCXs with their fonts,
// images) are not copied to the batch's process, which would otherwise hold them until it had written them.
import { sha256, stageCaseOutputs, stageDraftOutputs } from '../fs.js';
import type { RenderedFile } from '../model/document.js';
import type { CaseResult, OutputFile, WrittenFile } from '../model/result.js';

export const hasBytes = (f: OutputFile): f is RenderedFile => f.bytes !== undefined;

/** What a result keeps of files once they are written. */
export const writtenFiles = (files: RenderedFile[]): WrittenFile[] =>
  files.map((f) => ({ path: f.path, size: f.bytes.length, sha256: sha256(f.bytes) }));

/**
 * A rendered case's or draft's outputs written under `outRoot` as a staged set; the result then carries the
 * set and the files without bytes. Any other result, or a set that cannot be written, is returned as it is:
 * the batch writes those bytes itself and reports what went wrong.
 */
export async function stageResult(result: CaseResult, outRoot: string): Promise<CaseResult> {
  if (result.state !== 'rendered' && result.state !== 'draft') return result;
  const rendered = result.files.filter(hasBytes);
  if (rendered.length !== result.files.length) return result;
  try {
    const staged = await (result.state === 'rendered' ? stageCaseOutputs : stageDraftOutputs)(outRoot, result.id, rendered);
    return { ...result, files: writtenFiles(rendered), staged };
  } catch {
    return result;
  }
}

// Images and archives are measured before they are decoded: declared pixels, decoded size, zip entries and
// expansion have limits; past one, the evidence is refused at its line (by validate too), naming the limit,
// and no decoder ever sees it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { runCli } from '../../helpers/cli.js';
import path from 'node:path';
import { zipSync } from 'fflate';
import { EVIDENCE_LIMITS, evidenceLimitProblem, gifHeader, imageProblem, zipProblem } from '../../../src/render/decode-limits.js';
import { checkCase, createEnv, processCase } from '../../../src/case/process-case.js';
import { loadWordLists } from '../../../src/rules/words.js';
import { copySampleCase, repoRoot, sampleCaseText, tempDir } from '../../helpers/outputs.js';
import { gif, jpegWithoutFrame, png } from '../../helpers/hostile-bytes.js';

const decoded = vi.hoisted(() => ({ loadImage: 0 }));
vi.mock('@napi-rs/canvas', async (importOriginal) => {
  const real = await importOriginal<typeof import('@napi-rs/canvas')>();
  return { ...real, loadImage: (...args: Parameters<typeof real.loadImage>) => ((decoded.loadImage += 1), real.loadImage(...args)) };
});

describe('image headers', () => {
  it('a 35-byte GIF declaring 30000 x 30000 is over the limit, named', () => {
    const bytes = gif(30000, 30000);
    expect(bytes.length).toBeLessThanOrEqual(40);
    expect(gifHeader(bytes)).toMatchObject({ width: 30000, height: 30000 });
    expect(imageProblem('gif', bytes)?.message).toMatch(/30000 x 30000 pixels.*limit of 100 megapixels/);
  });

  it('a PNG declaring 60000 x 60000 with 17 bytes of data is over the limit a side', () => {
    expect(imageProblem('png', png(60000, 60000))?.message).toMatch(/60000 x 60000 pixels, over the limit of 30000 pixels a side/);
  });

  it('a 16-bit RGBA PNG within the pixel count but too large once decoded', () => {
    expect(imageProblem('png', png(12000, 8000, { bitDepth: 16, colorType: 6 }))?.message).toMatch(
      /MiB once decoded, over the limit of 512 MiB/,
    );
  });

  it('a truncated PNG and a JPEG without a frame header are damaged, said so', () => {
    const whole = png(10, 10);
    expect(imageProblem('png', whole)).toBeUndefined();
    expect(imageProblem('png', whole.subarray(0, whole.length - 20))?.message).toMatch(/damaged PNG: it is cut short/);
    expect(imageProblem('jpeg', jpegWithoutFrame())?.message).toMatch(/damaged JPEG/);
  });

  it('images of ordinary size pass', () => {
    expect(imageProblem('gif', gif(800, 600))).toBeUndefined();
    expect(imageProblem('png', png(1080, 20000))).toBeUndefined();
  });
});

describe('zip-based exhibits', () => {
  const small = { ...EVIDENCE_LIMITS, maxZipBytes: 1024 * 1024, maxZipEntries: 50 };

  it('a zip that expands past the limit is refused from its central directory', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(zipProblem(bomb, small)?.message).toMatch(/expands to 4\.0 MiB \(\d+ times its size\), over the limit of 1\.0 MiB/);
  });

  it('a zip whose directory understates its sizes is still stopped at the limit while inflating', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    // Every header (local and central) claims 100 bytes.
    for (let i = 0; i + 4 < bomb.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 100, true);
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 100, true);
    }
    expect(zipProblem(bomb, small)?.message).toMatch(/expands to more than 1\.0 MiB \(inflating was stopped there\), over the limit/);
  });

  it('too many entries', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}.xml`, new Uint8Array(1)])));
    expect(zipProblem(many, small)?.message).toMatch(/holds 60 entries, over the limit of 50/);
  });

  it('a sample DOCX and XLSX pass', async () => {
    const ok = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>') });
    expect(evidenceLimitProblem('docx', ok)).toBeUndefined();
  });
});

describe('in a case', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let text: string;
  beforeAll(() => {
    tmp = tempDir('hostile-img');
    text = sampleCaseText
      .replace('file: evidence/cs-rota-2026-11.png', 'file: evidence/cs-rota.gif')
      .replace('file: evidence/repacked-dispenser-set.png', 'file: evidence/broken.png');
    file = copySampleCase(tmp.dir, 'sunrise-odr', text);
    writeFileSync(path.join(path.dirname(file), 'evidence', 'cs-rota.gif'), gif(30000, 30000));
    const whole = png(10, 10);
    writeFileSync(path.join(path.dirname(file), 'evidence', 'broken.png'), whole.subarray(0, whole.length - 20));
  });
  afterAll(() => tmp.cleanup());
  const env = () => createEnv({ templatesRoot: path.join(repoRoot, 'templates'), words: loadWordLists() });

  it('validate refuses both at their file: lines, the limit named', async () => {
    const { result } = await checkCase(file, env());
    const lines = text.split('\n');
    const gifLine = result.diagnostics.find((d) => /cs-rota\.gif/.test(d.message));
    const pngLine = result.diagnostics.find((d) => /broken\.png/.test(d.message));
    expect(gifLine?.severity).toBe('error');
    expect(gifLine?.message).toMatch(/30000 x 30000 pixels \(900 megapixels\), over the limit of 100 megapixels/);
    expect(lines[gifLine!.line - 1]).toMatch(/file: evidence\/cs-rota\.gif/);
    expect(pngLine?.message).toMatch(/damaged PNG/);
    expect(lines[pngLine!.line - 1]).toMatch(/file: evidence\/broken\.png/);
  }, 60_000);

  it('a build of the case never hands either image to a decoder', async () => {
    decoded.loadImage = 0;
    const result = await processCase(file, env(), { render: true });
    expect(result.state).not.toBe('rendered');
    expect(result.diagnostics.some((d) => d.ruleId === 'internal')).toBe(false);
    expect(decoded.loadImage).toBe(0);
  }, 60_000);
});

describe('in a batch', () => {
  it('a case with the 35-byte GIF does not stop the batch: the other case is written, the GIF case refused at its line', async () => {
    const t = tempDir('hostile-img-batch');
    try {
      const gifText = sampleCaseText
        .replace(/^id: .*$/m, 'id: gif-case')
        .replace('file: evidence/cs-rota-2026-11.png', 'file: evidence/cs-rota.gif');
      const gifCase = copySampleCase(path.join(t.dir, 'cases'), 'gif-case', gifText);
      writeFileSync(path.join(path.dirname(gifCase), 'evidence', 'cs-rota.gif'), gif(30000, 30000));
      copySampleCase(path.join(t.dir, 'cases'), 'fine-case', sampleCaseText.replace(/^id: .*$/m, 'id: fine-case'));
      const out = path.join(t.dir, 'out');
      const run = await runCli(['build', path.join(t.dir, 'cases'), '--out', out, '--jobs', '1']);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/cs-rota\.gif" declares 30000 x 30000 pixels/);
      expect(run.stdout).toMatch(/✓ fine-case/);
      expect(existsSync(path.join(out, 'fine-case', 'letter.pdf'))).toBe(true);
      expect(existsSync(path.join(out, 'gif-case'))).toBe(false);
    } finally {
      t.cleanup();
    }
  }, 180_000);
});

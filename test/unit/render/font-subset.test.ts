// DOCX CJK subsets: a set of characters asked for again is the same bytes, taken from what was made before
// without reading the face or starting HarfBuzz.
import { describe, expect, it } from 'vitest';
import { subsetFontFiles, subsetTrueType } from '../../../src/render/font-subset.js';
import { fontFaces, fontFileBytes, heldFontFiles, releaseIdleFonts } from '../../../src/render/fonts.js';

const sc = () => [fontFaces().NotoSansSC.normal, fontFaces().NotoSansSC.bold];
const held = () => heldFontFiles().filter((file) => /NotoSansSC/.test(file));

describe('subsetFontFiles', () => {
  it('makes the subsets HarfBuzz makes, and gives them again without the faces once made', async () => {
    const text = '深圳市龙岗区发货臺灣貿易有限公司';
    const made = await subsetFontFiles(sc(), text);
    const direct = await subsetTrueType(sc().map(fontFileBytes), text);
    expect(made.map((b) => b.length)).toEqual(direct.map((b) => b.length));
    made.forEach((subset, i) => expect(subset.equals(direct[i])).toBe(true));
    expect(made[0].length).toBeLessThan(fontFileBytes(sc()[0]).length / 20);

    releaseIdleFonts();
    releaseIdleFonts();
    expect(held()).toEqual([]);
    const again = await subsetFontFiles(sc(), text);
    again.forEach((subset, i) => expect(subset.equals(direct[i])).toBe(true));
    expect(held()).toEqual([]);

    // Other characters: the faces are read again and subset afresh.
    const other = await subsetFontFiles(sc(), '品牌授权书');
    expect(held().length).toBe(2);
    expect(other[0].equals(made[0])).toBe(false);
  }, 60_000);
});

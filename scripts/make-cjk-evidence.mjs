#!/usr/bin/env node
// Generates the evidence files of the two CJK sample cases:
//   cases/sakura-jp-late-shipment/evidence/   (Japanese file names and documents)
//   cases/risheng-cn-inauthentic/evidence/    (Chinese file names and documents)
//
//   node scripts/make-cjk-evidence.mjs
//
// Deterministic: the same bytes on every run. PDFs are drawn with @cantoo/pdf-lib and a subset of the
// bundled Noto Sans JP / SC fonts (fixed font name, fixed dates and metadata, no document id); PNGs are
// small palette images drawn from rectangles and encoded by hand (zlib + CRC-32).
// Every company, person, address, phone number, order id and ASIN here is fictional.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PDFDocument, rgb, PageSizes } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const FIXED_DATE = new Date(Date.UTC(2026, 10, 4, 9, 0, 0));
const fontFile = (pkg, prefix) => require.resolve(`@expo-google-fonts/${pkg}/400Regular/${prefix}_400Regular.ttf`);
const FONTS = { ja: readFileSync(fontFile('noto-sans-jp', 'NotoSansJP')), zh: readFileSync(fontFile('noto-sans-sc', 'NotoSansSC')) };

const written = [];

function save(caseId, name, bytes) {
  const dir = path.join(ROOT, 'cases', caseId, 'evidence');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  written.push({ file: path.relative(ROOT, file), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
}

/** A one-page (or longer) A4 PDF: a title, a meta line, then lines of text; a line starting with "|" is a table row. */
async function pdf({ lang, title, meta, lines }) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(FONTS[lang], { subset: true, customName: lang === 'ja' ? 'AKSAMP+NotoSansJP' : 'AKSAMP+NotoSansSC' });
  doc.setTitle(title);
  doc.setAuthor('appeal-kit sample');
  doc.setProducer('appeal-kit sample evidence');
  doc.setCreator('scripts/make-cjk-evidence.mjs');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setLanguage(lang === 'ja' ? 'ja-JP' : 'zh-CN');
  let page = doc.addPage(PageSizes.A4);
  const [width, height] = PageSizes.A4;
  let y = height - 64;
  page.drawText(title, { x: 56, y, size: 16, font, color: rgb(0.1, 0.1, 0.12) });
  y -= 22;
  page.drawText(meta, { x: 56, y, size: 9, font, color: rgb(0.4, 0.42, 0.45) });
  y -= 10;
  page.drawLine({ start: { x: 56, y }, end: { x: width - 56, y }, thickness: 0.6, color: rgb(0.7, 0.72, 0.75) });
  y -= 24;
  for (const line of lines) {
    if (y < 72) {
      page = doc.addPage(PageSizes.A4);
      y = height - 64;
    }
    if (line.startsWith('|')) {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      const cellWidth = (width - 112) / cells.length;
      cells.forEach((cell, i) => {
        page.drawRectangle({ x: 56 + i * cellWidth, y: y - 5, width: cellWidth, height: 18, borderColor: rgb(0.75, 0.77, 0.8), borderWidth: 0.5 });
        page.drawText(cell, { x: 60 + i * cellWidth, y, size: 9, font, color: rgb(0.1, 0.1, 0.12) });
      });
      y -= 18;
    } else {
      page.drawText(line, { x: 56, y, size: 10.5, font, color: rgb(0.1, 0.1, 0.12) });
      y -= line === '' ? 8 : 17;
    }
  }
  return doc.save({ useObjectStreams: false });
}

// ─────────────────────────────── PNG ───────────────────────────────

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A palette PNG drawn from filled rectangles [x, y, w, h, colourIndex] on colour 0. */
function png(width, height, palette, rects) {
  const pixels = new Uint8Array(width * height);
  for (const [x, y, w, h, c] of rects) {
    for (let j = Math.max(0, y); j < Math.min(height, y + h); j++) pixels.fill(c, j * width + Math.max(0, x), j * width + Math.min(width, x + w));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PALETTE = [[255, 255, 255], [35, 47, 62], [255, 153, 0], [0, 118, 0], [220, 224, 228], [90, 96, 102]];

/** A "screenshot": a dark header bar, a table of grey rows and green or orange status marks. */
function screenshot(rows, accent) {
  const rects = [[0, 0, 640, 36, 1], [16, 12, 120, 12, 2]];
  for (let i = 0; i < rows; i++) {
    const y = 56 + i * 28;
    rects.push([16, y, 608, 1, 4], [24, y + 9, 180, 8, 5], [230, y + 9, 110, 8, 5], [520, y + 7, 60, 12, accent]);
  }
  return png(640, 64 + rows * 28, PALETTE, rects);
}

// ───────────────────────── sakura-jp-late-shipment ─────────────────────────

const JP = 'sakura-jp-late-shipment';
const jpMeta = (date) => `さくら雑貨株式会社　｜　作成日 ${date}`;

save(JP, '出荷記録_2026年10月.pdf', await pdf({
  lang: 'ja',
  title: '出荷記録（2026年10月1日～10月31日）',
  meta: jpMeta('2026年11月2日'),
  lines: [
    '出荷遅延となった注文 41 件の一覧と、出荷日・追跡番号の記録です。',
    '',
    '| 注文番号 | ASIN | 出荷予定日 | 実際の出荷日 |',
    '| 503-2841937-6650418 | B0DSKR4T7N | 2026年10月6日 | 2026年10月8日 |',
    '| 249-7730418-2295163 | B0DSKR9M2P | 2026年10月13日 | 2026年10月15日 |',
    '| 250-1184026-7736590 | B0DSKR4T7N | 2026年10月20日 | 2026年10月21日 |',
    '',
    '10月28日以降の出荷分は、すべて出荷予定日までに出荷されています。',
  ],
}));

save(JP, '配送業者との契約書.pdf', await pdf({
  lang: 'ja',
  title: '集荷・配送業務委託契約書（契約番号 KSB-2026-0311）',
  meta: 'さくら雑貨株式会社　／　関西スピード便株式会社　｜　締結日 2026年10月27日',
  lines: [
    '第1条　関西スピード便株式会社は、毎日（土日祝日を含む）17時に当社倉庫で集荷を行う。',
    '第2条　集荷した荷物は、当日中に配送ネットワークへ引き渡し、追跡番号を発行する。',
    '第3条　集荷が行われなかった場合、同社は当日19時までに代替便を手配する。',
  ],
}));

save(JP, '出荷手順書_第2版.pdf', await pdf({
  lang: 'ja',
  title: '出荷業務手順書 SOP-SH-02 第2版',
  meta: jpMeta('2026年10月30日'),
  lines: [
    '1. 14時までの注文は当日出荷、それ以降の注文は翌営業日の出荷とする。',
    '2. 15時に出荷責任者が未出荷注文の一覧を確認し、遅延のおそれがある注文を優先する。',
    '3. 出荷予定日の前日に在庫を引き当て、欠品がある場合は出荷作業の開始前に対応する。',
    '4. 繁忙期（セール期間）は、作業員を2名増員する。',
  ],
}));

save(JP, '出荷状況の管理画面.png', screenshot(6, 3));

save(JP, '研修記録_2026年10月31日.pdf', await pdf({
  lang: 'ja',
  title: '出荷業務研修の記録',
  meta: jpMeta('2026年10月31日'),
  lines: ['| 氏名 | 担当 | 研修日 | 確認テスト |', '| 高橋 誠 | 出荷責任者 | 2026年10月31日 | 合格 |', '| 中村 さゆり | 出荷担当 | 2026年10月31日 | 合格 |', '| 小林 大輔 | 出荷担当 | 2026年10月31日 | 合格 |'],
}));

// ───────────────────────── risheng-cn-inauthentic ─────────────────────────

const CN = 'risheng-cn-inauthentic';

save(CN, '臺灣貿易發票_TT-INV-2026-0415.pdf', await pdf({
  lang: 'zh',
  title: '臺灣貿易有限公司　統一發票 TT-INV-2026-0415',
  meta: '臺北市信義區松仁路100號12樓　｜　開立日期 2026年4月15日',
  lines: [
    '買受人：深圳市日升家居用品有限公司',
    '',
    '| 品名 | ASIN | 數量 |',
    '| 不鏽鋼保溫杯 500毫升 | B0DRSH7K2M | 1,200 |',
    '| 陶瓷咖啡濾杯 | B0DRSH3P9Q | 600 |',
  ],
}));

save(CN, '品牌授权书_2026.pdf', await pdf({
  lang: 'zh',
  title: '品牌授权书',
  meta: '授权方：臺灣貿易有限公司　｜　2026年1月5日',
  lines: ['兹授权深圳市日升家居用品有限公司在亚马逊美国站销售以下商品：', 'B0DRSH7K2M 不锈钢保温杯 500毫升；B0DRSH3P9Q 陶瓷咖啡滤杯。', '授权期限：2026年1月5日至2027年1月4日。'],
}));

save(CN, '入库检验记录_2026年11月.pdf', await pdf({
  lang: 'zh',
  title: '入库检验记录（第二版流程）',
  meta: '深圳市日升家居用品有限公司　｜　2026年11月3日',
  lines: ['| 批次 | ASIN | 抽检数量 | 结果 |', '| RS-2611-01 | B0DRSH7K2M | 20 | 合格 |', '| RS-2611-02 | B0DRSH3P9Q | 12 | 合格 |'],
}));

save(CN, '商品页面截图_修改后.png', screenshot(4, 2));

save(CN, '员工培训记录.pdf', await pdf({
  lang: 'zh',
  title: '亚马逊防伪政策培训记录',
  meta: '深圳市日升家居用品有限公司　｜　2026年11月4日',
  lines: ['| 姓名 | 岗位 | 成绩 |', '| 王丽娜 | 合规经理 | 10/10 |', '| 李明 | 仓库主管 | 9/10 |', '| 陈小红 | 运营专员 | 9/10 |'],
}));

for (const w of written) console.log(`${w.file}  ${w.bytes} bytes  ${w.sha256.slice(0, 16)}`);

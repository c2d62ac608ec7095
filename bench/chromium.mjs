// The usual Node route, for comparison: the same letter (the same document model our renderers get)
// through a Handlebars template to HTML, printed to PDF by headless Chromium (playwright-core driving
// Debian's /usr/bin/chromium). Fonts are the same Noto Sans files, loaded with @font-face.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Where Chromium is expected, or the CHROMIUM_PATH override. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

const TEMPLATE = `<!doctype html>
<html lang="{{language}}"><head><meta charset="utf-8"><title>{{title}}</title>
<style>
{{#each fonts}}@font-face { font-family: 'Noto Sans'; font-weight: {{weight}}; font-style: {{style}}; src: url('{{url}}'); }
{{/each}}
@page { size: {{paper}}; margin: {{margin}}; }
body { font-family: 'Noto Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1c1c1c; margin: 0; }
h1 { font-size: 13pt; margin: 14pt 0 5pt; } h2 { font-size: 11.5pt; margin: 10pt 0 4pt; } h3 { font-size: 10.5pt; margin: 8pt 0 3pt; }
h1, h2, h3 { break-after: avoid; color: #111; }
p { margin: 0 0 7pt; } p.small { font-size: 8.5pt; color: #5c6066; } p.subject { font-weight: bold; margin: 2pt 0 12pt; }
ul, ol { margin: 0 0 4pt; padding-left: 18pt; } li > p { margin-bottom: 3pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 2pt 0 10pt; }
th, td { border: 0.5pt solid #c9cdd3; padding: 3.5pt 5pt; vertical-align: top; text-align: left; } th { background: #eef1f4; }
.letterhead { margin-bottom: 18pt; border-bottom: 0.6pt solid #b8bcc2; padding-bottom: 8pt; }
.letterhead .name { font-size: 14pt; font-weight: bold; } .letterhead .line { font-size: 9pt; color: #5c6066; }
hr { border: 0; border-top: 0.6pt solid #b8bcc2; margin: 6pt 0 10pt; } .spacer { height: 12pt; } .break { break-before: page; }
</style></head><body>
{{#each blocks}}{{> block}}{{/each}}
</body></html>`;

const BLOCK = `{{#if (is kind "heading")}}<h{{level}}>{{> spans spans}}</h{{level}}>
{{else if (is kind "paragraph")}}<p class="{{style}}"{{#if align}} style="text-align: {{align}}"{{/if}}>{{> spans spans}}</p>
{{else if (is kind "list")}}{{#if ordered}}<ol start="{{start}}">{{else}}<ul>{{/if}}{{#each items}}<li>{{#each this}}{{> block}}{{/each}}</li>{{/each}}{{#if ordered}}</ol>{{else}}</ul>{{/if}}
{{else if (is kind "table")}}<table><thead><tr>{{#each columns}}<th>{{> spans title}}</th>{{/each}}</tr></thead><tbody>{{#each rows}}<tr>{{#each this}}<td>{{> spans this}}</td>{{/each}}</tr>{{/each}}</tbody></table>
{{else if (is kind "letterhead")}}<div class="letterhead"><div class="name">{{name}}</div>{{#each lines}}<div class="line">{{this}}</div>{{/each}}</div>
{{else if (is kind "rule")}}<hr>
{{else if (is kind "spacer")}}<div class="spacer"></div>
{{else if (is kind "pageBreak")}}<div class="break"></div>
{{/if}}`;

const SPANS = `{{#each this}}{{#if bold}}<b>{{/if}}{{#if italic}}<i>{{/if}}{{text}}{{#if italic}}</i>{{/if}}{{#if bold}}</b>{{/if}}{{/each}}`;

function fontFaces() {
  const file = (face, name) => pathToFileURL(require.resolve(`@expo-google-fonts/noto-sans/${face}/${name}`)).href;
  return [
    { weight: 400, style: 'normal', url: file('400Regular', 'NotoSans_400Regular.ttf') },
    { weight: 700, style: 'normal', url: file('700Bold', 'NotoSans_700Bold.ttf') },
    { weight: 400, style: 'italic', url: file('400Regular_Italic', 'NotoSans_400Regular_Italic.ttf') },
    { weight: 700, style: 'italic', url: file('700Bold_Italic', 'NotoSans_700Bold_Italic.ttf') },
  ];
}

/** Compiles the template once (as a warm server would); returns model -> HTML. */
export async function htmlRenderer() {
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  hb.registerHelper('is', (a, b) => a === b);
  hb.registerPartial('block', hb.compile(BLOCK));
  hb.registerPartial('spans', hb.compile(SPANS));
  const page = hb.compile(TEMPLATE);
  const fonts = fontFaces();
  return (doc) =>
    page({
      ...doc,
      fonts,
      paper: doc.paper === 'LETTER' ? 'letter' : 'A4',
      margin: doc.paper === 'LETTER' ? '0.8in 0.8in 0.88in 0.8in' : '20mm 20mm 22mm 20mm',
    });
}

/**
 * A Chromium session: `render(doc)` writes the HTML beside the work dir, loads it and prints it.
 * Footer with page numbers as Chromium's own footer template, like a typical server would.
 */
export async function openChromium(executablePath, workDir) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  const toHtml = await htmlRenderer();
  let n = 0;
  return {
    async render(doc, reusePage = true) {
      const html = toHtml(doc);
      const file = path.join(workDir, `letter-${n++ % 2}.html`);
      writeFileSync(file, html);
      const target = reusePage ? page : await browser.newPage();
      await target.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const pdf = await target.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8pt;color:#5c6066;width:100%;padding:0 20mm;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      });
      if (!reusePage) await target.close();
      return new Uint8Array(pdf);
    },
    close: () => browser.close(),
  };
}

// The preview page: lists the cases from the server's event stream and draws the selected document with
// pdf.js (canvas and text layer), redrawing in place when the server reports new output. Case text is
// only ever set as text (textContent), never parsed as HTML.
import * as pdfjs from '/pdfjs/build/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.min.mjs';
const here = location.origin;
const pdfOptions = {
  isEvalSupported: false,
  enableXfa: false,
  cMapUrl: `${here}/pdfjs/cmaps/`,
  cMapPacked: true,
  standardFontDataUrl: `${here}/pdfjs/standard_fonts/`,
  wasmUrl: `${here}/pdfjs/wasm/`,
  iccUrl: `${here}/pdfjs/iccs/`,
};

const docNames = { letter: 'Letter', 'evidence-index': 'Evidence index', checklist: 'Checklist', bundle: 'Bundle' };
const stateNames = { ready: 'ready', draft: 'draft', errors: 'errors', building: 'building' };
const $ = (id) => document.getElementById(id);

/** Creates an element with a class and text (text only: case data never becomes markup). */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

let view = null;
/** The case in the address's #fragment, so a reload shows the same case. */
function keyFromHash() {
  try {
    return decodeURIComponent(location.hash.slice(1)) || null;
  } catch {
    return null;
  }
}

let selectedKey = keyFromHash();
let selectedDoc = 'letter';
/** Scroll position per case and document, so switching back returns to the same place. */
const scrolls = new Map();
/** What is drawn now: { key, doc, url, pdf }. */
let shown = { key: null, doc: null, url: null, pdf: null };
let generation = 0;
let observer = null;
/** When the last state message arrived (ms since the epoch), for the timings the page reports. */
let receivedAt = 0;
/** One pdf.js worker for every document the page opens (starting a worker per document costs time). */
const worker = new pdfjs.PDFWorker({ name: 'appeal-preview' });

// ---- the event stream -------------------------------------------------------------------------------------
const events = new EventSource('/events');
events.addEventListener('state', (event) => {
  receivedAt = Date.now();
  view = JSON.parse(event.data);
  update();
});
events.addEventListener('open', () => setConnection('live', 'live'));
events.addEventListener('error', () => setConnection('reconnecting', 'reconnecting…'));

function setConnection(state, text) {
  const node = $('connection');
  node.dataset.state = state;
  node.textContent = text;
}

// ---- list and header ---------------------------------------------------------------------------------------
function selectedCase() {
  if (!view?.cases.length) return null;
  return view.cases.find((c) => c.key === selectedKey) ?? view.cases[0];
}

function deadlineText(d) {
  if (!d) return 'no deadline';
  const left =
    d.daysLeft < 0
      ? `${-d.daysLeft} day${d.daysLeft === -1 ? '' : 's'} ago`
      : d.daysLeft === 0
        ? 'today'
        : `${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'} left`;
  return `${d.label} ${d.date} · ${left}`;
}

function deadlineClass(d) {
  if (!d) return '';
  return d.daysLeft < 0 ? 'overdue' : d.daysLeft <= 3 ? 'soon' : '';
}

function badge(state) {
  const node = el('span', 'badge', stateNames[state] ?? state);
  node.dataset.state = state;
  return node;
}

function renderList() {
  const items = view.cases.map((c) => {
    const button = el('button');
    button.type = 'button';
    button.dataset.key = c.key;
    button.dataset.state = c.state;
    if (c.key === selectedCase()?.key) button.setAttribute('aria-current', 'true');
    const name = el('span', 'name');
    name.append(el('span', 'id', c.id ?? c.file), badge(c.state));
    const meta = el('span', `meta ${deadlineClass(c.deadline)}`, deadlineText(c.deadline));
    const counts = [
      c.errors && `${c.errors} error${c.errors === 1 ? '' : 's'}`,
      c.warnings && `${c.warnings} warning${c.warnings === 1 ? '' : 's'}`,
    ]
      .filter(Boolean)
      .join(', ');
    button.append(name, meta);
    if (counts) button.append(el('span', 'meta', counts));
    button.addEventListener('click', () => select(c.key));
    const li = el('li');
    li.append(button);
    return li;
  });
  $('cases').replaceChildren(...items);
  const footer = [`today ${view.today}`, `renders into ${view.outRoot}/`];
  if (view.building) footer.unshift('building…');
  $('footer').textContent = footer.join(' · ');
  if (!view.cases.length) $('cases').replaceChildren(el('li', 'meta', view.building ? 'Looking for cases…' : 'No cases found.'));
}

function select(key) {
  selectedKey = key;
  history.replaceState(null, '', `#${encodeURIComponent(key)}`);
  update();
}

function renderHeader(c) {
  $('case-title').textContent = c ? (c.id ?? c.file) : view?.building ? 'Building…' : 'No cases';
  const state = $('case-state');
  state.hidden = !c;
  if (c) {
    state.textContent = stateNames[c.state] ?? c.state;
    state.dataset.state = c.state;
  }
  const deadline = $('case-deadline');
  deadline.textContent = c ? deadlineText(c.deadline) : '';
  deadline.className = `deadline ${c ? deadlineClass(c.deadline) : ''}`;
  $('case-file').textContent = c ? c.file : '';
  for (const tab of $('tabs').querySelectorAll('button')) {
    const doc = tab.dataset.doc;
    tab.disabled = !c?.pages?.docs[doc];
    tab.setAttribute('aria-selected', String(doc === selectedDoc));
  }
}

function summaryText(c) {
  const counts = [
    c.errors && `${c.errors} error${c.errors === 1 ? '' : 's'}`,
    c.warnings && `${c.warnings} warning${c.warnings === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(' and ');
  if (c.state === 'draft') return `Draft, not ready to submit: ${counts}. The pages below are the draft; fixing the errors clears it.`;
  if (c.state === 'errors') {
    return c.pages
      ? `${counts}: the case was not rendered. The pages below are the last good ones (written ${clock(c.pages.writtenAt)}).`
      : `${counts}: the case was not rendered, and there are no earlier pages to show.`;
  }
  return `${counts}. The case renders; review them before you submit.`;
}

function renderProblems(c) {
  const section = $('problems');
  if (!c?.diagnostics.length) {
    section.hidden = true;
    $('diagnostics').replaceChildren();
    return;
  }
  section.hidden = false;
  section.dataset.state = c.state;
  $('problems-summary').textContent = summaryText(c);
  const items = c.diagnostics.map((d) => {
    const li = el('li');
    li.dataset.severity = d.severity;
    const head = el('div', 'head');
    head.append(el('span', 'severity', d.severity), el('span', 'message', d.message), el('span', 'rule', `(${d.rule})`));
    const location = el('a', 'location', d.location);
    if (typeof d.editorUrl === 'string' && d.editorUrl.startsWith('vscode://file/')) location.href = d.editorUrl;
    location.title = 'Open in VS Code';
    li.append(head, location);
    if (d.note) li.append(el('div', 'note', d.note));
    return li;
  });
  $('diagnostics').replaceChildren(...items);
}

const clock = (ms) => new Date(ms).toLocaleTimeString();

function update() {
  if (!view) return;
  const c = selectedCase();
  renderList();
  renderHeader(c);
  renderProblems(c);
  showDocument(c);
}

for (const tab of $('tabs').querySelectorAll('button')) {
  tab.addEventListener('click', () => {
    if (tab.disabled) return;
    selectedDoc = tab.dataset.doc;
    update();
  });
}

// ---- pages ----------------------------------------------------------------------------------------------------
function showEmpty(text) {
  const empty = $('empty');
  empty.hidden = !text;
  empty.textContent = text ?? '';
}

function showDocument(c) {
  const docs = c?.pages?.docs ?? {};
  const doc = docs[selectedDoc] ? selectedDoc : 'letter';
  const url = docs[doc];
  if (!url) {
    clearPages();
    showEmpty(!c ? null : c.state === 'building' ? 'Rendering…' : 'No pages to show yet: fix the problems above and save.');
    return;
  }
  showEmpty(null);
  if (shown.key === c.key && shown.doc === doc && shown.url === url) return;
  void draw(c, doc, url).catch((error) => {
    $('status-line').textContent = `Could not draw the ${docNames[doc] ?? doc}: ${error?.message ?? error}`;
  });
}

function clearPages() {
  generation++;
  rememberScroll();
  observer?.disconnect();
  $('pages').replaceChildren();
  shown.pdf?.destroy();
  shown = { key: null, doc: null, url: null, pdf: null };
}

function rememberScroll() {
  if (shown.key) scrolls.set(`${shown.key}|${shown.doc}`, $('viewer').scrollTop);
}

/** One page's box, sized before it is drawn so the layout (and the scroll position) does not jump. */
function shell(page, scale, number) {
  const viewport = page.getViewport({ scale });
  const div = el('div', 'page');
  div.dataset.page = String(number);
  div.style.width = `${Math.floor(viewport.width)}px`;
  div.style.height = `${Math.floor(viewport.height)}px`;
  div.style.setProperty('--scale-factor', String(scale));
  div.style.setProperty('--total-scale-factor', String(scale));
  return { div, page, viewport, canvas: null, text: null };
}

/** Draws a page's canvas into its box (once). */
function drawCanvas(s) {
  s.canvas ??= (async () => {
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(s.viewport.width * ratio);
    canvas.height = Math.floor(s.viewport.height * ratio);
    canvas.style.width = `${Math.floor(s.viewport.width)}px`;
    canvas.style.height = `${Math.floor(s.viewport.height)}px`;
    await s.page.render({
      canvasContext: canvas.getContext('2d'),
      canvas,
      viewport: s.viewport,
      transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0],
    }).promise;
    s.div.prepend(canvas);
  })();
  return s.canvas;
}

/** Lays the page's text over its canvas (once), so it can be selected, searched and read aloud. */
function drawText(s) {
  s.text ??= (async () => {
    const text = el('div', 'textLayer');
    await new pdfjs.TextLayer({ textContentSource: s.page.streamTextContent(), container: text, viewport: s.viewport }).render();
    s.div.append(text);
  })();
  return s.text;
}

const drawPage = (s) => drawCanvas(s).then(() => drawText(s));

/** A page of a document replaced while it was being drawn: its drawing is cancelled, which is fine. */
const ignoreCancelled = () => {};

/** The shells that overlap the viewer's visible band when scrolled to `top`. */
function shellsInView(shells, top, height) {
  const gap = 16;
  let y = 16;
  const out = [];
  for (const s of shells) {
    const h = Math.floor(s.viewport.height);
    if (y + h >= top && y <= top + height) out.push(s);
    y += h + gap;
  }
  return out.length ? out : shells.slice(0, 1);
}

async function draw(c, doc, url) {
  const mine = ++generation;
  const viewer = $('viewer');
  const sameDocument = shown.key === c.key && shown.doc === doc;
  if (!sameDocument) rememberScroll();
  const started = receivedAt;
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const data = new Uint8Array(await response.arrayBuffer());
  if (mine !== generation) return;
  const fetchedAt = Date.now();
  const pdf = await pdfjs.getDocument({ ...pdfOptions, data, worker }).promise;
  if (mine !== generation) return void pdf.destroy();
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
  const openedAt = Date.now();
  const available = Math.max(320, viewer.clientWidth - 48);
  const scale = Math.min(1.6, available / pages[0].getViewport({ scale: 1 }).width);
  const shells = pages.map((page, i) => shell(page, scale, i + 1));
  // A new version of the page in view keeps its place; another document returns to where it was left.
  const top = sameDocument ? viewer.scrollTop : (scrolls.get(`${c.key}|${doc}`) ?? 0);
  // The pages in view are drawn before they replace the old ones (no blank flash); their text follows.
  const inView = shellsInView(shells, top, viewer.clientHeight);
  await Promise.all(inView.map(drawCanvas));
  if (mine !== generation) return void pdf.destroy();
  observer?.disconnect();
  const old = shown.pdf;
  const container = $('pages');
  container.replaceChildren(...shells.map((s) => s.div));
  viewer.scrollTop = top;
  container.dataset.key = c.key;
  container.dataset.doc = doc;
  container.dataset.source = c.pages.source;
  container.dataset.version = c.pages.version;
  container.dataset.writtenAt = String(c.pages.writtenAt);
  container.dataset.shownAt = String(Date.now());
  Object.assign(container.dataset, { receivedAt: String(started), fetchedAt: String(fetchedAt), openedAt: String(openedAt) });
  shown = { key: c.key, doc, url, pdf };
  old?.destroy();
  // The other pages are drawn as they come near the visible band.
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) drawPage(shells[Number(entry.target.dataset.page) - 1]).catch(ignoreCancelled);
    },
    { root: viewer, rootMargin: '100% 0px' },
  );
  for (const s of inView) drawText(s).catch(ignoreCancelled);
  for (const s of shells) if (!s.canvas) observer.observe(s.div);
  const took = Number(container.dataset.shownAt) - c.pages.writtenAt;
  const source = c.pages.source === 'draft' ? 'draft ' : c.pages.source === 'last-good' ? 'last good ' : '';
  $('status-line').textContent =
    `${docNames[doc]}: ${source}pages written ${clock(c.pages.writtenAt)}, ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}${sameDocument && took >= 0 && took < 60_000 ? `, shown ${took} ms after they were written` : ''}`;
}

let resizeTimer;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    shown.url = null;
    update();
  }, 200);
});

// Drives Debian's Chromium through playwright-core for the site checks in
// tests/test_site_checks.py and prints one JSON object on stdout. It only reports what it
// sees; the Python tests decide what is a failure.
//
//   node browse.mjs file-crawl SITE_DIR [--max-pages N]
//   node browse.mjs axe        SITE_DIR --base-url URL --pages a.html,b/c.html [--tags t1,t2]
//   node browse.mjs overflow   SITE_DIR [--base-url URL] [--width 390] [--pages ...]
//   node browse.mjs filter     SITE_DIR --actor SLUG
//   node browse.mjs search     SITE_DIR --queries '["word", ...]' [--probe '["text", ...]'] [--base-url URL]
//   (axe, overflow: --site-url URL answers requests under the site's public URL from SITE_DIR)
//
// file-crawl and filter open SITE_DIR/index.html through file:// as a user double-clicking
// it would. axe (and overflow, when --base-url is given) load pages from the loopback server
// the Python side runs. Every request that is not file:, data:, blob:, about: or to that
// server is aborted, so nothing leaves the machine.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const DEFAULT_TAGS = 'wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa';

const { positionals, values: opt } = parseArgs({
  allowPositionals: true,
  options: {
    'base-url': { type: 'string', default: '' },
    pages: { type: 'string', default: '' },
    tags: { type: 'string', default: DEFAULT_TAGS },
    width: { type: 'string', default: '390' },
    actor: { type: 'string', default: '' },
    'max-pages': { type: 'string', default: '1000' },
    'site-url': { type: 'string', default: '' },
    queries: { type: 'string', default: '[]' },
    probe: { type: 'string', default: '[]' },
  },
});
const [job, siteArg] = positionals;
if (!job || !siteArg) {
  console.error('usage: node browse.mjs file-crawl|axe|overflow|filter SITE_DIR [options]');
  process.exit(2);
}
const root = fs.realpathSync(path.resolve(siteArg));
const rootUrl = pathToFileURL(root).href + '/';
const baseUrl = opt['base-url'] && (opt['base-url'].endsWith('/') ? opt['base-url'] : opt['base-url'] + '/');
const pageList = opt.pages ? opt.pages.split(',').filter(Boolean) : allPages();

const clean = u => u.split('#')[0].split('?')[0];
const relOf = u => path.relative(root, fileURLToPath(clean(u))).split(path.sep).join('/');
const fileUrl = rel => pathToFileURL(path.join(root, rel)).href;
const pageUrl = rel => (baseUrl ? baseUrl + rel.split('/').map(encodeURIComponent).join('/') : fileUrl(rel));
const firstLine = e => String(e && e.message || e).split('\n')[0];

function allPages() {   // every .html file under root, index.html first
  const out = [];
  const walk = d => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.html?$/i.test(e.name)) out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort((a, b) => (a !== 'index.html') - (b !== 'index.html') || a.localeCompare(b));
}

function isLocal(u) {
  return u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('about:') ||
    (baseUrl && u.startsWith(new URL(baseUrl).origin + '/'));
}

// --site-url: the site's public URL (e.g. https://example.org/timeline/). Pages such as 404.html
// must use absolute links; requests under it are answered from SITE_DIR instead of the network.
const siteUrl = opt['site-url'] && (opt['site-url'].endsWith('/') ? opt['site-url'] : opt['site-url'] + '/');
function fromSiteUrl(u) {
  if (!siteUrl || !u.startsWith(siteUrl)) return null;
  let p = path.join(root, decodeURIComponent(clean(u).slice(siteUrl.length)));
  if (!(p + path.sep).startsWith(root + path.sep)) return null;
  if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
  return fs.existsSync(p) ? p : '';
}

async function newContext(browser, options = {}) {
  const ctx = await browser.newContext(options);
  await ctx.route('**/*', r => {
    const u = r.request().url();
    if (isLocal(u)) return r.continue();
    const local = fromSiteUrl(u);
    if (local) return r.fulfill({ path: local });
    if (local === '') return r.fulfill({ status: 404, body: 'not in the site folder' });
    return r.abort('blockedbyclient');
  });
  return ctx;
}

// Opens a page and records what failed on the way: requests, HTTP errors, uncaught script errors.
async function open(page, url) {
  const failed = [], jsErrors = [];
  const onFail = r => failed.push({ url: r.url(), error: (r.failure() || {}).errorText || 'failed' });
  const onResp = r => { if (r.status() >= 400) failed.push({ url: r.url(), error: `HTTP ${r.status()}` }); };
  const onErr = e => jsErrors.push(firstLine(e));
  page.on('requestfailed', onFail); page.on('response', onResp); page.on('pageerror', onErr);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await page.evaluate(() => document.fonts && document.fonts.ready);
  } finally {
    page.off('requestfailed', onFail); page.off('response', onResp); page.off('pageerror', onErr);
  }
  return { failed, jsErrors };
}

// ---------------------------------------------------------------- file-crawl
// Breadth-first from index.html over file://. A problem is a page or file that does not load,
// a link that leaves the folder, a link to a missing file, or a link to a folder (file://
// shows a folder listing there, not index.html), or an uncaught script error.
async function fileCrawl(browser) {
  const ctx = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const out = { pages: [], problems: [], blocked: [], stylesheets: 0, links: 0, unvisited: 0 };
  const queue = ['index.html'], seen = new Set(queue);
  const maxPages = Number(opt['max-pages']);
  while (queue.length && out.pages.length < maxPages) {
    const rel = queue.shift();
    if (!fs.existsSync(path.join(root, rel))) { out.problems.push(`${rel}: page does not exist`); continue; }
    let info, log;
    try {
      log = await open(page, fileUrl(rel));
      info = await page.evaluate(() => ({
        sheets: [...document.querySelectorAll('link[rel~="stylesheet" i][href]')].map(l => l.href),
        loadedSheets: [...document.styleSheets].map(s => s.href).filter(Boolean),
        links: [...document.querySelectorAll('a[href], area[href]')].map(a => [a.getAttribute('href'), a.href]),
      }));
    } catch (e) {
      out.problems.push(`${rel}: did not load via file:// (${firstLine(e)})`);
      continue;
    }
    out.pages.push(rel);
    for (const f of log.failed) {
      if (f.url.startsWith(rootUrl)) out.problems.push(`${rel}: ${relOf(f.url)} did not load (${f.error})`);
      else if (f.url.startsWith('file:')) out.problems.push(`${rel}: ${f.url} is outside the site folder (${f.error})`);
      else out.blocked.push(`${rel}: ${f.url}`);           // external: blocked on purpose
    }
    for (const e of log.jsErrors) out.problems.push(`${rel}: script error: ${e}`);
    for (const s of info.sheets) {
      out.stylesheets++;
      if (!s.startsWith(rootUrl)) out.problems.push(`${rel}: stylesheet ${s} is outside the site folder`);
    }
    for (const [raw, abs] of info.links) {
      if (!abs.startsWith('file:')) continue;                 // http(s):, mailto:, javascript: ...
      out.links++;
      if (!clean(abs).startsWith(rootUrl) && clean(abs) + '/' !== rootUrl) {
        out.problems.push(`${rel}: link "${raw}" leaves the site folder (-> ${clean(abs)})`);
        continue;
      }
      const target = fileURLToPath(clean(abs));
      let st = null;
      try { st = fs.statSync(target); } catch { /* missing */ }
      if (!st) { out.problems.push(`${rel}: link "${raw}" -> missing ${relOf(abs)}`); continue; }
      if (st.isDirectory()) { out.problems.push(`${rel}: link "${raw}" points at a folder (file:// shows a listing, not index.html)`); continue; }
      const trel = relOf(abs);
      if (/\.html?$/i.test(trel) && !seen.has(trel)) { seen.add(trel); queue.push(trel); }
    }
  }
  out.unvisited = queue.length;
  await ctx.close();
  return out;
}

// ---------------------------------------------------------------- axe
async function axe(browser) {
  if (!baseUrl) throw new Error('axe needs --base-url');
  const axeSrc = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const ctx = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript({ content: axeSrc });   // cheaper than injecting after each load
  const page = await ctx.newPage();
  const tags = opt.tags.split(',').filter(Boolean);
  const out = { version: null, tags, pages: [], errors: [] };
  for (const rel of pageList) {
    try {
      const log = await open(page, pageUrl(rel));
      if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSrc);
      const res = await page.evaluate(o => window.axe.run(document, o),
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      out.version = res.testEngine.version;
      out.pages.push({
        page: rel,
        failed: log.failed,
        violations: res.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.slice(0, 200) })),
        })),
      });
    } catch (e) {
      out.errors.push(`${rel}: ${firstLine(e)}`);
    }
  }
  await ctx.close();
  return out;
}

// ---------------------------------------------------------------- overflow
// At a phone's width, does any page scroll sideways? Also reports the widest offenders.
async function overflow(browser) {
  const width = Number(opt.width);
  const ctx = await newContext(browser, {
    viewport: { width, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1,
  });
  const page = await ctx.newPage();
  const out = { width, pages: [], errors: [] };
  for (const rel of pageList) {
    try {
      await open(page, pageUrl(rel));
      out.pages.push({ page: rel, ...(await page.evaluate(() => {
        const se = document.scrollingElement;
        const cw = se.clientWidth;
        const wide = [];
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width && r.right > cw + 0.5) {
            const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
              (el.classList.length ? '.' + [...el.classList].join('.') : '');
            wide.push(`${name} (right edge ${Math.round(r.right)}px)`);
          }
        }
        return { scrollWidth: se.scrollWidth, clientWidth: cw, tooWide: wide.slice(0, 5) };
      })) });
    } catch (e) {
      out.errors.push(`${rel}: ${firstLine(e)}`);
    }
  }
  await ctx.close();
  return out;
}

// ---------------------------------------------------------------- filter
// The theme's contract: index.html has form#timeline-filter with select#filter-actor (option
// values: actor slugs, "" for all), select#filter-kind, input#filter-text[type=search]; each
// event is li.event[data-actors][data-kinds]; filtering sets the `hidden` attribute.
async function filter(browser) {
  if (!opt.actor) throw new Error('filter needs --actor SLUG');
  const ctx = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const log = await open(page, fileUrl('index.html'));
  const events = () => page.$$eval('li.event', els => els.map(el => ({
    actors: (el.getAttribute('data-actors') || '').split(/\s+/).filter(Boolean),
    kinds: (el.getAttribute('data-kinds') || '').split(/\s+/).filter(Boolean),
    hidden: el.hidden,
    visible: el.checkVisibility(),
  })));
  const out = {
    jsErrors: log.jsErrors, failed: log.failed,
    form: await page.evaluate(() => {
      const q = s => document.querySelector(s);
      const opts = s => (q(s) ? [...q(s).options].map(o => o.value) : null);
      return {
        form: !!q('form#timeline-filter'),
        formVisible: !!q('form#timeline-filter') && q('form#timeline-filter').checkVisibility(),
        actorSelect: !!q('form#timeline-filter select#filter-actor'),
        kindSelect: !!q('form#timeline-filter select#filter-kind'),
        textInput: !!q('form#timeline-filter input#filter-text[type="search"]'),
        actorOptions: opts('#filter-actor'),
        kindOptions: opts('#filter-kind'),
      };
    }),
    before: await events(),
    actor: opt.actor,
  };
  if (out.form.actorSelect && out.form.actorOptions.includes(opt.actor)) {
    try {
      // selectOption acts as a user does: it waits until the select is visible and enabled,
      // then fires input and change
      await page.selectOption('#filter-actor', opt.actor, { timeout: 5000 });
      await page.waitForFunction(() => document.querySelector('li.event[hidden]'), null, { timeout: 3000 }).catch(() => {});
      out.filtered = await events();
      await page.selectOption('#filter-actor', '', { timeout: 5000 });
      await page.waitForFunction(() => !document.querySelector('li.event[hidden]'), null, { timeout: 3000 }).catch(() => {});
      out.cleared = await events();
    } catch (e) {
      out.error = firstLine(e);
    }
  }
  await ctx.close();
  return out;
}

// ---------------------------------------------------------------- search
// search.html (over file:// unless --base-url): for each query, a fresh page, the query typed key by
// key as a user does; what the results show, the index files loaded while typing (and their bytes)
// and the time search.js took for the last key (data-ms). --probe: search.js's words and buckets of
// these texts (its twins of render/search.py's).
async function search(browser) {
  const ctx = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const out = { queries: [], probe: [], jsErrors: [], failed: [] };
  for (const query of JSON.parse(opt.queries)) {
    const page = await ctx.newPage();
    const loaded = new Set();
    page.on('request', r => { if (/\/search\/[^?]*\.js/.test(r.url())) loaded.add(clean(r.url())); });
    const log = await open(page, pageUrl('search.html'));
    out.jsErrors.push(...log.jsErrors); out.failed.push(...log.failed);
    const before = new Set(loaded);
    const visible = await page.evaluate(() => {
      const f = document.querySelector('#search-form');
      return !!f && f.checkVisibility();
    });
    const t0 = Date.now();
    await page.type('#search-input', query, { delay: 30 });
    await page.waitForFunction(q => {
      const r = document.querySelector('#search-results');
      return r && r.getAttribute('data-query') === q;
    }, query, { timeout: 10000 }).catch(() => {});
    const files = [...loaded].filter(u => !before.has(u));
    const bytes = files.reduce((n, u) => n + fs.statSync(baseUrl ? path.join(root, decodeURIComponent(new URL(u).pathname.slice(new URL(baseUrl).pathname.length))) : fileURLToPath(u)).size, 0);
    out.queries.push({
      query, formVisible: visible, typedMs: Date.now() - t0,
      ms: Number(await page.getAttribute('#search-results', 'data-ms').catch(() => null)),
      status: await page.textContent('#search-status').catch(() => null),
      files: files.length, bytes, startBytes: [...before].reduce((n, u) => n + (u.startsWith('file:') ? fs.statSync(fileURLToPath(u)).size : 0), 0),
      groups: await page.$$eval('#search-results section[data-kind]', secs => secs.map(s => ({
        kind: s.getAttribute('data-kind'),
        heading: s.querySelector('h2').textContent,
        hits: [...s.querySelectorAll('li.search-hit')].map(li => ({
          title: li.querySelector('h3').textContent, href: li.querySelector('a').getAttribute('href'),
        })),
      }))),
    });
    await page.close();
    // the same query pasted whole into a fresh page: what one query loads, without the keys before it
    const cold = await ctx.newPage();
    const coldLoaded = new Set();
    cold.on('request', r => { if (/\/search\/(t|d)\/[^?]*\.js/.test(r.url())) coldLoaded.add(clean(r.url())); });
    await open(cold, pageUrl('search.html'));
    await cold.fill('#search-input', query);
    await cold.waitForFunction(q => {
      const r = document.querySelector('#search-results');
      return r && r.getAttribute('data-query') === q;
    }, query, { timeout: 10000 }).catch(() => {});
    const last = out.queries[out.queries.length - 1];
    last.coldFiles = coldLoaded.size;
    last.coldBytes = [...coldLoaded].reduce((n, u) => n + (u.startsWith('file:') ? fs.statSync(fileURLToPath(u)).size : 0), 0);
    last.coldMs = Number(await cold.getAttribute('#search-results', 'data-ms').catch(() => null));
    await cold.close();
  }
  const probe = JSON.parse(opt.probe);
  if (probe.length) {
    const page = await ctx.newPage();
    await open(page, pageUrl('search.html'));
    await page.waitForFunction(() => window.timelineSearch && window.timelineSearch.match, null, { timeout: 5000 });
    out.probe = await page.evaluate(async texts => {
      const S = window.timelineSearch;
      await S.match('zz');   // waits for the manifest
      const n = S.info().buckets;
      return texts.map(t => ({ text: t, words: S.words(t), buckets: S.words(t).map(w => S.bucket(w, n)) }));
    }, probe);
    await page.close();
  }
  await ctx.close();
  return out;
}

const jobs = { 'file-crawl': fileCrawl, axe, overflow, filter, search };
if (!jobs[job]) { console.error(`unknown job ${job}; known: ${Object.keys(jobs).join(', ')}`); process.exit(2); }
const t0 = Date.now();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60000 });
try {
  const result = await jobs[job](browser);
  result.browser = `Chromium ${browser.version()}`;
  result.ms = Date.now() - t0;
  process.stdout.write(JSON.stringify(result) + '\n');
} finally {
  await browser.close();
}

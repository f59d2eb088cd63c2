// Loads a site's timeline.json into TimelineJS3 (the npm package @knight-lab/timelinejs, from
// node_modules) in Debian's Chromium over file://, and prints what it shows as one JSON object:
//
//   node timelinejs.mjs SITE_DIR
//
// file:// cannot fetch JSON, so the data goes in as a script (window.TIMELINE_DATA = {...}) beside
// a page that loads TimelineJS's own timeline.js and timeline.css, both written into a fresh
// temporary folder. Every request that is not file:, data: or about: is aborted and reported.
// Output: { errors: [uncaught errors, console errors, TimelineJS's config errors, failed requests],
//           requests: [blocked URLs], slides: [{ id, source_id, headline, date }], markers: N,
//           title: headline of the title slide }
// The Python side (tests/exports_check.py) decides what is a failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'node_modules', '@knight-lab', 'timelinejs', 'dist');

const site = process.argv[2];
if (!site) {
  console.error('usage: node timelinejs.mjs SITE_DIR');
  process.exit(2);
}
const data = JSON.parse(fs.readFileSync(path.join(site, 'timeline.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'timelinejs-'));
// The id each slide was written with, kept beside TimelineJS's own (it may rename a clashing one).
for (const ev of data.events || []) ev.source_id = ev.unique_id;
fs.writeFileSync(path.join(work, 'data.js'), `window.TIMELINE_DATA = ${JSON.stringify(data)};\n`);
const jsUrl = pathToFileURL(path.join(dist, 'js')).href + '/';
fs.writeFileSync(path.join(work, 'index.html'), `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>timeline.json in TimelineJS3</title>
<link rel="stylesheet" href="${pathToFileURL(path.join(dist, 'css', 'timeline.css')).href}">
<script src="${jsUrl}timeline.js"></script>
<script src="data.js"></script>
</head><body>
<div id="timeline" style="width: 1200px; height: 700px"></div>
<script>
  window.TL_DONE = false;
  window.TL_ERRORS = [];
  try {
    window.timeline = new TL.Timeline('timeline', window.TIMELINE_DATA, { script_path: '${jsUrl}', font: null });
    window.timeline.on('loaded', () => { window.TL_DONE = true; });
  } catch (e) {
    window.TL_ERRORS.push(String(e && e.message || e));
    window.TL_DONE = true;
  }
</script>
</body></html>
`);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const out = { errors: [], requests: [], slides: [], markers: 0, title: null };
try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.route('**/*', r => {
    const u = r.request().url();
    if (/^(file|data|about|blob):/.test(u)) return r.continue();
    out.requests.push(u);
    return r.abort('blockedbyclient');
  });
  const page = await ctx.newPage();
  page.on('pageerror', e => out.errors.push(`uncaught: ${String(e.message).split('\n')[0]}`));
  page.on('console', m => { if (m.type() === 'error') out.errors.push(`console: ${m.text()}`); });
  page.on('requestfailed', r => {
    if (!out.requests.includes(r.url())) out.errors.push(`request failed: ${r.url()} (${(r.failure() || {}).errorText})`);
  });
  await page.goto(pathToFileURL(path.join(work, 'index.html')).href, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => window.TL_DONE, null, { timeout: 600000 });
  const seen = await page.evaluate(() => {
    const text = el => (el ? el.textContent.trim() : null);
    const config = window.timeline && window.timeline.config;
    const source = {};
    for (const ev of (config && config.events) || []) source[ev.unique_id] = ev.source_id;
    return {
      errors: [...window.TL_ERRORS, ...((config && config.messages.errors) || []).map(e => `TimelineJS: ${e}`)],
      slides: [...document.querySelectorAll('.tl-storyslider .tl-slide:not(.tl-slide-titleslide)')].map(s => ({
        id: s.id,
        source_id: source[s.id] === undefined ? null : source[s.id],
        headline: text(s.querySelector('.tl-headline')),
        date: text(s.querySelector('.tl-headline-date')),
      })),
      markers: document.querySelectorAll('.tl-timenav .tl-timemarker').length,
      title: text(document.querySelector('.tl-slide-titleslide .tl-headline')),
      message: text(document.querySelector('.tl-message-full .tl-message-content')),
    };
  });
  out.errors.push(...seen.errors);
  if (seen.message) out.errors.push(`TimelineJS shows a message: ${seen.message}`);
  Object.assign(out, { slides: seen.slides, markers: seen.markers, title: seen.title });
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(JSON.stringify(out));

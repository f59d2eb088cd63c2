// The timeline filter across the pages of a split timeline, from file:// in Debian's Chromium
// (playwright-core), for tests/test_filter_across.py. Prints one JSON object: what the page shows
// before filtering, after choosing an actor (or a kind), and after "Show all".
//
//   node filter-across.mjs PAGE_FILE (--actor SLUG | --kind KIND)
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const { positionals, values: opt } = parseArgs({
  allowPositionals: true,
  options: { actor: { type: 'string', default: '' }, kind: { type: 'string', default: '' } },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const out = { jsErrors: [], failed: [] };
try {
  const page = await browser.newPage();
  page.on('pageerror', e => out.jsErrors.push(String(e)));
  page.on('requestfailed', r => out.failed.push(r.url()));
  await page.route(/^(?!file:|data:|about:)/, route => route.abort());
  await page.goto(pathToFileURL(positionals[0]).href);
  const state = () => page.evaluate(() => ({
    shownHere: [...document.querySelectorAll('.timeline li.happening')].filter(li => !li.hidden).length,
    here: document.querySelectorAll('.timeline li.happening').length,
    status: document.getElementById('filter-status').textContent,
    counts: [...document.querySelectorAll('.periods .count')].map(c => c.textContent),
    elsewhereShown: !!document.getElementById('filter-elsewhere') && !document.getElementById('filter-elsewhere').hidden,
    elsewhere: [...document.querySelectorAll('#filter-elsewhere li')].map(li => ({
      text: li.textContent, href: li.querySelector('a') ? li.querySelector('a').href : '',
    })),
    loaded: !!window.TIMELINE_HAPPENINGS,
  }));
  out.before = await state();
  if (opt.actor) await page.selectOption('#filter-actor', opt.actor);
  if (opt.kind) await page.selectOption('#filter-kind', opt.kind);
  await page.waitForFunction(() => window.TIMELINE_HAPPENINGS, null, { timeout: 5000 });
  await page.waitForTimeout(100);
  out.filtered = await state();
  const target = out.filtered.elsewhere.find(e => e.href);
  await page.click('#timeline-filter button[type=reset]');
  await page.waitForTimeout(100);
  out.cleared = await state();
  if (target) {  // the first match listed opens its item on its own page
    await page.goto(target.href);
    out.followed = await page.evaluate(() => {
      const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      return { found: !!el, line: el ? el.querySelector('.event-line').textContent : '' };
    });
  }
} catch (e) {
  out.error = String(e && e.message || e);
}
await browser.close();
console.log(JSON.stringify(out));

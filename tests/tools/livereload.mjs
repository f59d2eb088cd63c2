// Opens one page of the dev server (`python -m generator serve`) in Debian's Chromium through
// playwright-core and keeps it open, as a user's browser tab, for tests/test_serve.py. Prints one
// JSON line each time the page loads (the first load and every live reload): the page's title, the
// text of the first element matching SELECTOR and its computed style PROPERTY. Closes when its
// standard input is closed.
//
//   node livereload.mjs URL SELECTOR PROPERTY
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const [url, selector, property] = process.argv.slice(2);
if (!url || !selector || !property) {
  console.error('usage: node livereload.mjs URL SELECTOR PROPERTY');
  process.exit(2);
}
const origin = new URL(url).origin;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage();
// nothing leaves the machine: only the dev server answers
await page.route('**/*', route => (route.request().url().startsWith(origin + '/') ? route.continue() : route.abort()));
let loads = 0;
const say = obj => process.stdout.write(JSON.stringify(obj) + '\n');
page.on('load', async () => {
  loads += 1;
  try {
    const seen = await page.evaluate(([sel, prop]) => {
      const el = document.querySelector(sel);
      return { title: document.title, text: el ? el.innerText : null, style: el ? getComputedStyle(el)[prop] : null };
    }, [selector, property]);
    say({ load: loads, ...seen });
  } catch (err) {
    say({ load: loads, error: String(err && err.message || err).split('\n')[0] });
  }
});
page.on('websocket', ws => say({ websocket: ws.url() }));
const close = async () => { await browser.close().catch(() => {}); process.exit(0); };
process.stdin.on('end', close);
process.stdin.on('close', close);
process.stdin.resume();
await page.goto(url);

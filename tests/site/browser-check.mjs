// The exported site as readers see it, in a real browser: every page opened in Debian's Chromium
// (headless, through puppeteer-core) on a desktop and a phone, in the day and the night theme,
// and checked with axe-core against WCAG 2.1 AA. It also fails on a script error, a page wider
// than a phone, a phone header taller than a quarter of the screen, and an Armenian sentence
// set in more than one kind of face (serif and sans).
//
// Usage: node browser-check.mjs SITE_DIR [--screenshot PAGE WIDTHxHEIGHT FILE]
//   NODE_PATH names the node_modules that hold puppeteer-core and axe-core (.tools/ of the
//   checkout, installed by scripts/test); CHROMIUM the browser (default /usr/bin/chromium).
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readdirSync } from 'node:fs';

const require = createRequire(path.join(path.resolve(process.env.NODE_PATH || '.'), 'noop.js'));
const puppeteer = require('puppeteer-core');
const axePath = require.resolve('axe-core/axe.min.js');

const siteDir = path.resolve(process.argv[2] || '');
const shotArgs = process.argv.indexOf('--screenshot');

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon',
};

// The site served as a web server would: "/en/x/" is /en/x/index.html.
function serve() {
  const server = createServer(async (request, response) => {
    let file = decodeURIComponent(new URL(request.url, 'http://site').pathname);
    if (file.endsWith('/')) file += 'index.html';
    const full = path.join(siteDir, path.normalize(file));
    try {
      if (!full.startsWith(siteDir) || !(await stat(full)).isFile()) throw new Error('none');
      response.writeHead(200, { 'Content-Type': types[path.extname(full)] || 'application/octet-stream' });
      response.end(await readFile(full));
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function pages(dir, prefix = '/') {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...pages(path.join(dir, entry.name), prefix + entry.name + '/'));
    else if (entry.name === 'index.html') out.push(prefix);
  }
  return out.sort();
}

const views = [
  { name: 'desktop', width: 1280, height: 900, mobile: false },
  { name: 'phone', width: 390, height: 844, mobile: true },
];

// `stay`: a page that sends the reader on (the root) is held where it is, to be checked.
async function open(browser, origin, address, view, theme, stay = false) {
  const page = await browser.newPage();
  if (stay) {
    let first = true;
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame() && !first) r.abort('aborted');
      else r.continue();
      if (r.isNavigationRequest()) first = false;
    });
  }
  await page.setBypassCSP(true); // to add axe-core; the pages' own policy is checked elsewhere
  await page.setViewport({ width: view.width, height: view.height, isMobile: view.mobile,
                           hasTouch: view.mobile, deviceScaleFactor: 1 });
  await page.evaluateOnNewDocument((t) => { try { localStorage.setItem('byline-theme', t); } catch (e) {} }, theme);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('requestfailed', (r) => { if (!stay || !r.isNavigationRequest()) errors.push('failed: ' + r.url()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(r.status() + ': ' + r.url()); });
  await page.goto(origin + address, { waitUntil: 'load' });
  return { page, errors };
}

// The families the browser drew each matching node's text with (the Chrome DevTools protocol
// knows), one list a node.
async function facesOf(page, selector) {
  const client = await page.createCDPSession();
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const faces = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    faces.push(fonts.map((f) => f.familyName));
  }
  await client.detach();
  return faces;
}

async function check(browser, origin) {
  const problems = [];
  let runs = 0;
  const minor = {}; // rule -> page views
  for (const address of pages(siteDir)) {
    const redirect = (await readFile(path.join(siteDir, address, 'index.html'), 'utf8'))
      .includes('http-equiv="refresh"');
    for (const view of views) {
      for (const theme of ['light', 'dark']) {
        const where = `${address} (${view.name}, ${theme})`;
        const { page, errors } = await open(browser, origin, address, view, theme, redirect);
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(() => axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'] }));
        // The root has no header of its own to measure.
        runs++;
        for (const v of result.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ');
            problems.push(`${where}: ${v.id} (${v.impact}): ${v.help} at ${nodes}`);
          } else {
            minor[v.id] = (minor[v.id] || 0) + 1;
          }
        }
        for (const e of errors) problems.push(`${where}: ${e}`);
        const layout = await page.evaluate(() => ({
          wide: document.scrollingElement.scrollWidth,
          header: document.querySelector('header.top')?.getBoundingClientRect().height || 0,
          dark: document.documentElement.classList.contains('theme-dark'),
          lang: document.documentElement.lang,
        }));
        if (layout.wide > view.width) problems.push(`${where}: the page is ${layout.wide} px wide`);
        if (!redirect && layout.header === 0) problems.push(`${where}: the page has no header`);
        if (view.mobile && layout.header > view.height / 4)
          problems.push(`${where}: the header takes ${Math.round(layout.header)} px of ${view.height}`);
        if (!redirect && layout.dark !== (theme === 'dark')) problems.push(`${where}: the ${theme} theme did not apply`);
        if (layout.lang === 'hy' && view.name === 'desktop' && theme === 'light') {
          for (const selector of ['main h1', 'main p', '.expert-quote blockquote p']) {
            for (const faces of await facesOf(page, selector)) {
              const sans = faces.filter((f) => /sans/i.test(f));
              if (sans.length > 0 && sans.length < faces.length)
                problems.push(`${where}: a "${selector}" mixes faces: ${faces.join(', ')}`);
            }
          }
        }
        await page.close();
      }
    }
  }
  return { problems, runs, minor };
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
});
let failed = false;
try {
  if (shotArgs > 0) {
    const [address, size, file] = process.argv.slice(shotArgs + 1);
    const [width, height] = size.split('x').map(Number);
    const { page } = await open(browser, origin, address, { width, height, mobile: width < 600 }, 'light');
    await page.screenshot({ path: file });
    console.log(`${file}: ${address} at ${width} x ${height}`);
  } else {
    const { problems, runs, minor } = await check(browser, origin);
    for (const p of problems) console.error(p);
    console.log(`${runs} page views checked (${pages(siteDir).length} pages, desktop and phone, ` +
                `day and night): ${problems.length} serious or critical problems, ` +
                `minor or moderate: ${JSON.stringify(minor)}`);
    failed = problems.length > 0;
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);

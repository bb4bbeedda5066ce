// Browser tests of the server-rendered pages in real headless Chromium.
//
// Ingests the demo data into a temporary database, starts `leakwatch serve` on
// a free loopback port, drives Debian's chromium through playwright-core and
// saves screenshots to tests/browser/artifacts/. Exits 77 (ctest: skipped)
// when chromium, playwright-core or the leakwatch binary is missing.
//
//   LEAKWATCH_BINARY=build/leakwatch LEAKWATCH_SOURCE_DIR=. node tests/browser/web_test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  binary, CHROMIUM_ARGS, chromiumPath, loadChromium, onSkip, sourceDir, startServer, stopServer,
} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const artifacts = path.join(here, 'artifacts');
const chromium = await loadChromium();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-browser-'));
onSkip(() => fs.rmSync(tmp, { recursive: true, force: true }));
const db = path.join(tmp, 'demo.db');
let server;
let context;
let base;
let noticeId;
const consoleErrors = [];

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

async function newPage() {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  return page;
}

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const ingest = spawnSync(binary, ['--db', db, '--quiet', 'ingest', path.join(sourceDir, 'data/demo')],
    { encoding: 'utf8', timeout: 60000 });
  assert.equal(ingest.status, 0, `ingest failed: ${ingest.stderr}`);
  // One notice ingested as prose too, so that a record has evidence spans.
  const extra = path.join(tmp, 'extra');
  fs.mkdirSync(extra);
  fs.copyFileSync(path.join(sourceDir, 'data/demo/003-sanaru-clinic-fax.txt'), path.join(extra, 'notice.txt'));
  const more = spawnSync(binary, ['--db', db, '--quiet', 'ingest', extra], { encoding: 'utf8', timeout: 60000 });
  assert.equal(more.status, 0, `ingest of the notice failed: ${more.stderr}`);
  const extracted = spawnSync(binary, ['extract', path.join(extra, 'notice.txt')], { encoding: 'utf8' });
  assert.equal(extracted.status, 0, extracted.stderr);
  noticeId = JSON.parse(extracted.stdout).id;
  ({ server, base } = await startServer(['--db', db], []));
  context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'ja-JP',
    viewport: { width: 1200, height: 900 },
  });
});

after(async () => {
  if (context) await context.close();
  await stopServer(server);
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('home page: Japanese by Accept-Language, search box, latest incidents, counts', async () => {
  const page = await newPage();
  const res = await page.goto(`${base}/`);
  assert.equal(res.status(), 200);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.ok(res.headers()['content-security-policy'].includes("script-src 'self'"));
  await page.getByLabel('キーワード').first().waitFor();
  assert.ok(await page.locator('main ol.hits li').count() > 0, 'latest incidents listed');
  assert.match(await page.locator('dl.counts dd').first().innerText(), /^[1-9][\d,]*$/);
  await shot(page, 'home-ja');
  await page.close();
});

test('search in Japanese, open an incident, follow a facet', async () => {
  const page = await newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('キーワード').first().fill('保険');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?/);
  const hits = page.locator('ol.hits li.hit');
  assert.ok(await hits.count() > 0, 'hits for 保険');
  assert.ok(await page.locator('ol.hits mark').count() > 0, 'highlighted snippet');
  const total = Number((await page.locator('#results-h').innerText()).replace(/[^\d]/g, ''));
  await shot(page, 'search-hoken');

  // Follow the first type facet: the results narrow and the facet shows as chosen.
  const facet = page.locator('aside.facets section.facet').first().locator('a').first();
  await facet.click();
  await page.waitForURL(/type=/);
  assert.match(page.url(), /q=%E4%BF%9D%E9%99%BA/);
  const narrowed = Number((await page.locator('#results-h').innerText()).replace(/[^\d]/g, ''));
  assert.ok(narrowed > 0 && narrowed <= total, `facet narrows: ${narrowed} <= ${total}`);
  assert.equal(await page.locator('aside.facets a.chosen').count(), 1);

  // Open the first incident.
  const title = (await page.locator('ol.hits li.hit h3 a').first().innerText()).trim();
  await page.locator('ol.hits li.hit h3 a').first().click();
  await page.waitForURL(/\/incidents\//);
  assert.equal((await page.locator('main h1').innerText()).replace(/\[.*\]$/, '').trim(), title);
  for (const heading of ['概要', '経過', '流出した個人情報', '原因', '事故後の対応', '再発防止策',
    '問い合わせ先', '情報ソース', '原文']) {
    assert.equal(await page.getByRole('heading', { name: heading, exact: true }).count(), 1, heading);
  }
  assert.ok((await page.locator('pre.source').innerText()).length > 50, 'original text shown');
  await shot(page, 'incident-ja');

  // Phone width: no horizontal scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page wider than phone by ${overflow}px`);
  await shot(page, 'incident-phone');
  await page.close();
});

test('evidence links jump to the marked span of the original notice', async () => {
  const page = await newPage();
  await page.goto(`${base}/incidents/${encodeURIComponent(noticeId)}`);
  const links = page.locator('a.evlink');
  assert.ok(await links.count() >= 3, 'fields with evidence are linked');
  const href = await links.first().getAttribute('href');
  await links.first().click();
  await page.waitForURL((u) => u.hash === href);
  const target = page.locator(`[id="${href.slice(1)}"] + mark.ev`);
  assert.equal(await target.count(), 1, `span for ${href}`);
  assert.ok((await target.innerText()).length > 0);
  assert.ok(await target.isVisible());
  await target.screenshot({ path: path.join(artifacts, 'evidence-span.png') });
  await page.close();
});

test('language switch sets a cookie that later pages follow', async () => {
  const page = await newPage();
  await page.goto(`${base}/search?q=%E4%BF%9D%E9%99%BA`);
  await page.locator('a.lang-switch').click();
  await page.waitForURL(/lang=en/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getByLabel('Keywords').inputValue(), '保険');
  await page.goto(`${base}/stats`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Statistics' }).getAttribute('aria-current'), 'page');
  await page.goto(`${base}/?lang=ja`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  await page.close();
});

test('statistics: server-rendered SVG charts with tables, visible without JavaScript', async () => {
  const page = await newPage();
  await page.goto(`${base}/stats?lang=en`);
  const charts = page.locator('svg.chart');
  assert.ok(await charts.count() >= 4, 'four or more charts');
  const box = await charts.first().boundingBox();
  assert.ok(box && box.width > 200 && box.height > 100, `chart is drawn: ${JSON.stringify(box)}`);
  assert.ok(await charts.first().locator('rect').count() > 0, 'bars drawn');
  assert.ok(await page.locator('figure table').count() >= 4, 'tables beside charts');
  await shot(page, 'stats-en');
  await page.close();
});

test('cases library groups the measures of mis-mailing notices', async () => {
  const page = await newPage();
  await page.goto(`${base}/cases?type=misdelivery_mail&lang=en`);
  const rows = page.locator('table.measures tbody tr');
  assert.ok(await rows.count() > 0, 'measure groups');
  await page.locator('table.measures tbody tr th a').first().click();
  await shot(page, 'cases-en');
  await page.close();
});

test('feed, 404 and 400 pages', async () => {
  const page = await newPage();
  const feed = await page.request.get(`${base}/feeds/incidents.atom?q=%E4%BF%9D%E9%99%BA`);
  assert.equal(feed.status(), 200);
  assert.match(feed.headers()['content-type'], /^application\/atom\+xml/);
  const xml = await feed.text();
  assert.match(xml, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  assert.ok((xml.match(/<entry>/g) || []).length > 0, 'entries');
  const missing = await page.goto(`${base}/incidents/no-such-incident`);
  assert.equal(missing.status(), 404);
  assert.ok(await page.locator('main h1').count() === 1);
  const bad = await page.goto(`${base}/search?type=%3Cscript%3E&from=yesterday`);
  assert.equal(bad.status(), 400);
  assert.equal(await page.locator('main script').count(), 0);
  await shot(page, 'bad-request');
  await page.close();
});

// Runs xmllint on `text`; returns '' when it passes, else its messages.
function xmllint(text, args = []) {
  const file = path.join(tmp, `lint-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, text);
  const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, file], { encoding: 'utf8' });
  if (r.error) return `xmllint: ${r.error.message}`;
  return r.status === 0 ? '' : r.stderr;
}

test('served pages are well-formed and the feed is valid Atom', async () => {
  const urls = ['/', '/?lang=en', '/search?q=%E4%BF%9D%E9%99%BA', '/search?q=%3Cscript%3E%22',
    `/incidents/${encodeURIComponent(noticeId)}`, '/cases', '/cases?type=loss', '/stats',
    '/search?from=bad', '/incidents/none'];
  for (const u of urls) {
    const r = await fetch(`${base}${u}`);
    assert.match(r.headers.get('content-type'), /^text\/html/, u);
    assert.equal(xmllint(await r.text()), '', u);
  }
  const feed = await fetch(`${base}/feeds/incidents.atom?q=%E4%BF%9D%E9%99%BA&type=misdelivery_mail`);
  assert.equal(xmllint(await feed.text(), ['--relaxng', path.join(here, 'atom.rng')]), '');
});

test('no console errors (CSP violations, failed loads)', () => {
  assert.deepEqual(consoleErrors.filter((e) => !e.includes('404') && !e.includes('400')), []);
});

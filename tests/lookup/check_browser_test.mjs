// The /check page in real headless Chromium: the browser hashes the entry
// itself and only a hash prefix leaves the page. Every request the page makes
// is captured (URL, all headers, body) and searched for the secret, its
// normalised form, the full hash and the hash suffix.
//
// Builds a password store and an identifier store, starts `leakwatch serve`
// on a free loopback port. Exits 77 (ctest: skipped) without chromium,
// playwright-core (tests/browser/node_modules) or the binary.
//   LEAKWATCH_BINARY=build/leakwatch LEAKWATCH_SOURCE_DIR=. node tests/lookup/check_browser_test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  binary, CHROMIUM_ARGS, chromiumPath, loadChromium, sourceDir, startServer, stopServer,
} from '../browser/harness.mjs';

const chromium = await loadChromium();

const PASSWORD = 'Tr0ub4dor&3-leakwatch';
const EMAIL = '  Person.Example@Example.JP ';
const PHONE = '090-1234-5678';
const sha1 = (s) => crypto.createHash('sha1').update(s, 'utf8').digest('hex').toUpperCase();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-check-browser-'));
const requests = [];
let server, browser, base, incident;

function run(args) {
  const r = spawnSync(binary, args, { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
  return r;
}

before(async () => {
  const demo = path.join(sourceDir, 'data/demo');
  const first = fs.readdirSync(demo).find((f) => f.endsWith('.json'));
  incident = JSON.parse(fs.readFileSync(path.join(demo, first), 'utf8')).id;
  fs.writeFileSync(path.join(tmp, 'pw.txt'), `${sha1(PASSWORD)}:42\n${sha1('password')}:9\n`);
  fs.writeFileSync(path.join(tmp, 'ids.csv'), `${EMAIL.trim()},${incident}\n${PHONE},${incident}\n`);
  run(['hashes', 'build', '-o', path.join(tmp, 'pw.lwh'), path.join(tmp, 'pw.txt')]);
  run(['hashes', 'build', '--type', 'identifiers', '-o', path.join(tmp, 'ids.lwh'), path.join(tmp, 'ids.csv')]);
  run(['--db', path.join(tmp, 'demo.db'), '--quiet', 'ingest', demo]);
  ({ server, base } = await startServer(['--db', path.join(tmp, 'demo.db')],
    ['--hashes', path.join(tmp, 'pw.lwh'), '--hashes', path.join(tmp, 'ids.lwh')], '/check'));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  if (browser) await browser.close();
  await stopServer(server);
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function checkOnPage(kind, secret, lang = 'en') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Resource errors are judged by URL below (a fresh profile asks for /favicon.ico).
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', async (req) => {
    requests.push({ url: req.url(), headers: await req.allHeaders(), body: req.postData() || '' });
  });
  const res = await page.goto(`${base}/check?lang=${lang}`);
  assert.equal(res.status(), 200);
  await page.check(`#kind-${kind}`);
  await page.fill('#secret', secret);
  await page.click('button[type=submit]');
  await page.waitForFunction(() => {
    const t = document.getElementById('check-result').textContent;
    return t && !t.includes('…');
  });
  const text = await page.locator('#check-result').innerText();
  const links = await page.locator('#check-result a').allTextContents();
  assert.deepEqual(errors, []);
  await context.close();
  return { text, links };
}

function assertNothingLeaks(secrets) {
  assert.ok(requests.length > 0);
  for (const r of requests) {
    const blob = [r.url, decodeURIComponent(r.url), JSON.stringify(r.headers), r.body].join('\n');
    for (const s of secrets) {
      assert.ok(!blob.toUpperCase().includes(s.toUpperCase()), `"${s}" left the page in ${r.url}`);
    }
  }
}

test('password: only the 5-character prefix is sent, padded; found with its count', async () => {
  requests.length = 0;
  const { text } = await checkOnPage('password', PASSWORD);
  assert.match(text, /42 times/);
  const hash = sha1(PASSWORD);
  const range = requests.filter((r) => r.url.includes('/range/'));
  assert.equal(range.length, 1);
  assert.equal(new URL(range[0].url).pathname, `/range/${hash.slice(0, 5)}`);
  assert.equal(range[0].headers['add-padding'], 'true');
  assertNothingLeaks([PASSWORD, hash, hash.slice(5), hash.slice(5, 25), hash.slice(-10)]);
});

test('password not in the set', async () => {
  requests.length = 0;
  const { text } = await checkOnPage('password', 'not-in-the-set-734', 'ja');
  assert.match(text, /見つかりませんでした/);
});

test('e-mail: normalised and hashed in the page, 6-character prefix only, incidents listed', async () => {
  requests.length = 0;
  const { text, links } = await checkOnPage('email', EMAIL);
  assert.match(text, /incidents/);
  assert.deepEqual(links, [incident]);
  const normalised = EMAIL.trim().toLowerCase();
  const hash = sha1(normalised);
  const range = requests.filter((r) => r.url.includes('/range/'));
  assert.equal(range.length, 1);
  assert.equal(new URL(range[0].url).pathname, `/range/search/${hash.slice(0, 6)}`);
  assert.equal(range[0].headers['add-padding'], 'true');
  assertNothingLeaks([EMAIL.trim(), normalised, 'Person.Example', 'Example.JP', hash, hash.slice(6)]);
});

test('phone: E.164 in the page, prefix only', async () => {
  requests.length = 0;
  const { links } = await checkOnPage('phone', PHONE);
  assert.deepEqual(links, [incident]);
  const hash = sha1('+819012345678');
  assertNothingLeaks([PHONE, '09012345678', '+819012345678', '819012345678', '1234-5678', hash, hash.slice(6)]);
});

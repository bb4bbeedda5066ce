// What the browser tests share: where things are, skipping (exit 77, ctest's
// "skipped") when chromium, playwright-core or the binary is missing, a free
// loopback port, `leakwatch serve` started and stopped, and Chromium's flags.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const browserDir = path.dirname(fileURLToPath(import.meta.url));
export const sourceDir = path.resolve(process.env.LEAKWATCH_SOURCE_DIR || path.join(browserDir, '../..'));
export const binary = path.resolve(process.env.LEAKWATCH_BINARY || path.join(sourceDir, 'build/leakwatch'));
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

// Headless, no sandbox (CI containers), nothing that talks to the network.
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const cleanups = [];
// Registers `fn` to run if the test skips itself (e.g. removing a temporary directory).
export function onSkip(fn) { cleanups.push(fn); }

export function skip(why) {
  console.log(`SKIP: ${why}`);
  for (const fn of cleanups) fn();
  process.exit(77);
}

// Playwright's chromium, or a skip naming what is missing.
export async function loadChromium() {
  if (!fs.existsSync(chromiumPath)) skip(`no chromium at ${chromiumPath}`);
  if (!fs.existsSync(path.join(browserDir, 'node_modules/playwright-core'))) {
    skip('tests/browser/node_modules/playwright-core missing: run scripts/install-deps');
  }
  if (!fs.existsSync(binary)) skip(`no leakwatch binary at ${binary}`);
  return (await import('playwright-core')).chromium;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Starts `leakwatch ARGS serve --listen 127.0.0.1:PORT SERVE_ARGS` and waits until
// `readyPath` answers 200. Returns { server, base }; throws with the end of the
// server's stderr if it exits or does not come up within `ms`.
export async function startServer(globalArgs, serveArgs, readyPath = '/', ms = 15000) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(binary, [...globalArgs, 'serve', '--listen', `127.0.0.1:${port}`, ...serveArgs],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const deadline = Date.now() + ms;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    try {
      const r = await fetch(base + readyPath);
      if (r.ok) return { server, base };
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill('SIGKILL');
  throw new Error(`server did not come up (${server.exitCode !== null ? `exit ${server.exitCode}` : last}); ` +
    `serve stderr: ${stderr}`);
}

// SIGTERM, then waits up to 3 s for the graceful shutdown.
export async function stopServer(server) {
  if (!server || server.exitCode !== null) return;
  server.kill('SIGTERM');
  await new Promise((r) => { server.once('exit', r); setTimeout(r, 3000); });
}

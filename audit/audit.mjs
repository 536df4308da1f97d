#!/usr/bin/env node
// make audit: runs Lighthouse 12 (pinned in package.json) with Debian's
// Chromium on / and /502 of the real server, with Lighthouse's default
// mobile settings, and prints the four category scores and the key metrics.
//
// It starts ./bin/server on a free loopback port, runs Lighthouse once per
// page, saves the JSON and HTML reports under build/audit/, and stops the
// server whatever happens. Scores below the targets are reported, not
// enforced: the exit status is non-zero only when Lighthouse could not run.
//
// Offline: this machine reaches no host but the package registries, so the
// run asks for nothing outside 127.0.0.1. Chromium resolves no other host
// name (--host-resolver-rules), and Lighthouse's error reporting, which would
// otherwise ask on a terminal and then send to Sentry, is off.
//
// Run from the repository root: node audit/audit.mjs (the Makefile does).
// Environment: CHROME_PATH (default /usr/bin/chromium), AUDIT_PAGES
// (default "/ /502"), AUDIT_OUT (default build/audit), SERVER (default
// bin/server), AUDIT_CHROME_FLAGS (more Chromium flags).
// `node audit/audit.mjs --print` prints the saved reports again, running
// nothing.

import {spawn} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const auditDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(auditDir);
const lighthouseBin = path.join(auditDir, 'node_modules', 'lighthouse', 'cli', 'index.js');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const pages = (process.env.AUDIT_PAGES || '/ /502 /headers/retry-after /choose /compare/401-vs-403').split(/\s+/).filter(Boolean);
const outDir = path.resolve(root, process.env.AUDIT_OUT || 'build/audit');
const serverBin = path.resolve(root, process.env.SERVER || 'bin/server');

const SERVER_READY_TIMEOUT = 120_000; // the server renders every page before it listens
const LIGHTHOUSE_TIMEOUT = 240_000; // one page; a normal run takes 15-30 s here
const TARGETS = {performance: 90, accessibility: 100, 'best-practices': 100, seo: 100};

// The flags this machine needs, plus a fresh profile per run (added below)
// and a resolver that knows only loopback, so nothing waits on the network.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"',
  // More for one run, e.g. AUDIT_CHROME_FLAGS=--force-dark-mode for the dark theme.
  ...(process.env.AUDIT_CHROME_FLAGS || '').split(/\s+/).filter(Boolean),
];

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];

// ---- process bookkeeping: whatever we start, we stop ----

const started = new Set(); // child processes still running
const tempDirs = new Set();

function cleanup() {
  for (const child of started) {
    try {
      child.kill('SIGKILL');
    } catch {}
  }
  for (const dir of tempDirs) {
    killChromeUsing(dir);
    fs.rmSync(dir, {recursive: true, force: true});
  }
}
process.on('exit', cleanup);
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(signal, () => {
    console.error(`audit: ${signal}, stopping`);
    cleanup();
    process.exit(128 + number);
  });
}

function startProcess(cmd, args, options) {
  const child = spawn(cmd, args, options);
  started.add(child);
  child.exited = new Promise(resolve => {
    child.on('exit', (code, signal) => {
      started.delete(child);
      resolve({code, signal});
    });
    child.on('error', err => {
      started.delete(child);
      resolve({code: null, signal: null, error: err});
    });
  });
  return child;
}

async function stopProcess(child, graceMs) {
  if (!started.has(child)) return child.exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const result = await child.exited;
  clearTimeout(timer);
  return result;
}

// Chromium that Lighthouse launched runs in a process group of its own; if
// Lighthouse had to be killed, find that Chromium by the profile directory
// that only this run uses, and kill it by pid.
function killChromeUsing(userDataDir) {
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    let cmdline;
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.split('\0').includes(`--user-data-dir=${userDataDir}`)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {}
    }
  }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const {port} = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(origin, server) {
  const deadline = Date.now() + SERVER_READY_TIMEOUT;
  let exited = null;
  server.exited.then(r => (exited = r));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited (${exited.code ?? exited.signal}) before it answered`);
    try {
      const res = await fetch(origin + '/', {signal: AbortSignal.timeout(5000)});
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`the server did not answer ${origin}/ within ${SERVER_READY_TIMEOUT / 1000} s`);
}

// ---- Lighthouse ----

function reportName(page) {
  const name = page.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9._-]+/g, '_');
  return name || 'home';
}

async function runLighthouse(url, name) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-chromium-'));
  tempDirs.add(userDataDir);
  const base = path.join(outDir, name);
  const jsonPath = `${base}.report.json`;
  fs.rmSync(jsonPath, {force: true});
  fs.rmSync(`${base}.report.html`, {force: true});
  const log = fs.openSync(`${base}.lighthouse.log`, 'w');
  const args = [
    lighthouseBin,
    url,
    `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${userDataDir}`].join(' ')}`,
    '--output=json',
    '--output=html',
    `--output-path=${base}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--no-enable-error-reporting',
    '--max-wait-for-load=60000',
  ];
  const t0 = Date.now();
  const lh = startProcess(process.execPath, args, {
    cwd: root,
    env: {...process.env, CHROME_PATH: chromePath, CI: process.env.CI || '1'},
    stdio: ['ignore', log, log],
  });
  // On time-out, SIGINT first: Lighthouse's launcher then closes Chromium.
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    lh.kill('SIGINT');
    setTimeout(() => lh.kill('SIGKILL'), 10_000).unref();
  }, LIGHTHOUSE_TIMEOUT);
  const result = await lh.exited;
  clearTimeout(timer);
  fs.closeSync(log);
  killChromeUsing(userDataDir);
  fs.rmSync(userDataDir, {recursive: true, force: true});
  tempDirs.delete(userDataDir);

  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  const logPath = path.relative(root, `${base}.lighthouse.log`);
  if (timedOut) return {error: `Lighthouse took more than ${LIGHTHOUSE_TIMEOUT / 1000} s (see ${logPath})`};
  if (result.error) return {error: `could not start Lighthouse: ${result.error.message}`};
  if (result.code !== 0) {
    const tail = fs.readFileSync(`${base}.lighthouse.log`, 'utf8').trim().split('\n').slice(-5).join('\n  ');
    return {error: `Lighthouse exited ${result.code ?? result.signal} after ${seconds} s (see ${logPath}):\n  ${tail}`};
  }
  let lhr;
  try {
    lhr = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  } catch (err) {
    return {error: `no readable report at ${path.relative(root, jsonPath)}: ${err.message}`};
  }
  if (lhr.runtimeError) {
    return {lhr, error: `Lighthouse could not audit the page: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`};
  }
  const missing = Object.keys(TARGETS).filter(id => typeof lhr.categories[id]?.score !== 'number');
  if (missing.length) return {lhr, error: `no score for ${missing.join(', ')} (see ${logPath})`};
  return {lhr, seconds};
}

// ---- printing ----

function pad(s, n) {
  s = String(s);
  return s + ' '.repeat(Math.max(0, n - s.length));
}

function printTable(rows) {
  const header = ['page', 'perf', 'a11y', 'best-pr', 'seo', ...METRICS.map(([, short]) => short)];
  const lines = [header];
  for (const {page, lhr, error} of rows) {
    if (!lhr || error) {
      lines.push([page, 'error']);
      continue;
    }
    const cells = [page];
    for (const id of Object.keys(TARGETS)) {
      const score = Math.round(lhr.categories[id].score * 100);
      cells.push(score < TARGETS[id] ? `${score}!` : String(score));
    }
    for (const [id] of METRICS) {
      const a = lhr.audits[id];
      cells.push(a && a.numericValue !== undefined ? a.displayValue.replace(/\u00a0/g, ' ') : 'n/a');
    }
    lines.push(cells);
  }
  const widths = header.map((_, i) => Math.max(...lines.map(l => String(l[i] ?? '').length)) + 2);
  for (const l of lines) console.log(l.map((c, i) => pad(c ?? '', widths[i])).join('').trimEnd());
  console.log(`targets: performance >= ${TARGETS.performance}, the others 100; "!" marks a score below its target.`);
}

// Where an audit's table points (the selector, else the URL, else a label),
// with its cost when the row has one.
function itemWhere(item) {
  const node = item.node || (item.type === 'node' ? item : null);
  let where = '';
  if (node && (node.selector || node.snippet)) where = node.selector || node.snippet;
  else if (typeof item.url === 'string') where = item.url;
  else if (item.source && typeof item.source.url === 'string') where = item.source.url;
  else if (typeof item.groupLabel === 'string') where = item.groupLabel;
  else if (typeof item.phase === 'string') where = item.phase;
  else where = Object.values(item).find(v => typeof v === 'string' && v.length < 120) || '';
  if (!where) return '';
  const ms = item.wastedMs ?? item.total ?? item.duration ?? item.timing;
  const bytes = item.wastedBytes ?? item.transferSize;
  if (typeof ms === 'number') where += ` (${Math.round(ms)} ms)`;
  else if (typeof bytes === 'number') where += ` (${(bytes / 1024).toFixed(1)} KiB)`;
  return where;
}

// The longest request chain of a network-tree detail, as one line.
function longestChain(chains) {
  const out = [];
  let level = chains;
  while (level && Object.keys(level).length) {
    const next = Object.values(level).find(c => c.isLongest) || Object.values(level)[0];
    out.push(`${next.url} (${Math.round(next.navStartToEndTime)} ms)`);
    level = next.children;
  }
  return out.length > 1 ? 'longest chain: ' + out.join(' -> ') : '';
}

function itemsOf(details) {
  if (!details) return [];
  if (details.type === 'list') return details.items.flatMap(itemsOf);
  if (details.type === 'list-section') return itemsOf(details.value);
  if (details.type === 'network-tree') return [{chain: longestChain(details.chains)}];
  if (Array.isArray(details.items)) return details.items;
  return [];
}

// The audits that cost points: in accessibility, best practices and SEO any
// scored audit below 1; in performance the metrics below 0.9 and the
// insights and diagnostics below 0.9, unless they estimate no savings.
function failingAudits(lhr) {
  const out = [];
  const seen = new Set();
  for (const [categoryId, category] of Object.entries(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || seen.has(ref.id) || a.score === null) continue;
      if (['notApplicable', 'manual', 'informative', 'error'].includes(a.scoreDisplayMode)) continue;
      let fails;
      if (categoryId === 'performance') {
        if (ref.group === 'metrics') fails = a.score < 0.9;
        else {
          // An estimate of nothing to gain is no failure, whatever the score.
          const savings = a.metricSavings ? Object.values(a.metricSavings) : null;
          fails = a.score < 0.9 && (!savings || savings.some(v => v > 0)) &&
            (ref.group !== 'hidden' || ref.id.endsWith('-insight'));
        }
      } else {
        fails = a.score < 1;
      }
      if (!fails) continue;
      seen.add(ref.id);
      out.push({categoryId, a});
    }
  }
  return out;
}

function printFailing(page, lhr) {
  const failing = failingAudits(lhr);
  console.log(`\n${page}: ${failing.length ? failing.length + ' audit(s) cost points' : 'no failing audits'}`);
  for (const {categoryId, a} of failing) {
    const value = a.displayValue ? ` — ${a.displayValue.replace(/\u00a0/g, ' ')}` : '';
    const savings = a.metricSavings
      ? Object.entries(a.metricSavings).filter(([, v]) => v).map(([k, v]) => `${k} ${Math.round(v * 1000) / 1000}`).join(', ')
      : '';
    console.log(`  [${categoryId}] ${a.id} (score ${a.score})${value}${savings ? ` [savings: ${savings}]` : ''}`);
    console.log(`      ${a.title}`);
    if (a.explanation) console.log(`      ${a.explanation.split('\n')[0]}`);
    const items = itemsOf(a.details).map(i => (i.chain !== undefined ? i.chain : itemWhere(i))).filter(Boolean);
    for (const where of items.slice(0, 6)) console.log(`      - ${where.replace(/\s+/g, ' ').slice(0, 160)}`);
    if (items.length > 6) console.log(`      - … ${items.length - 6} more in the report`);
  }
}

// ---- main ----

function printSaved() {
  const rows = pages.map(page => {
    const file = path.join(outDir, `${reportName(page)}.report.json`);
    try {
      return {page, lhr: JSON.parse(fs.readFileSync(file, 'utf8'))};
    } catch (err) {
      return {page, error: `no readable report at ${path.relative(root, file)}: ${err.message}`};
    }
  });
  return printResults(rows);
}

async function main() {
  if (process.argv.includes('--print')) return printSaved();
  if (!fs.existsSync(lighthouseBin)) {
    throw new Error(`Lighthouse is not installed: run 'npm ci' in ${path.relative(process.cwd(), auditDir) || '.'}`);
  }
  try {
    fs.accessSync(chromePath, fs.constants.X_OK);
  } catch {
    throw new Error(`no Chromium at ${chromePath}: install Debian's chromium or set CHROME_PATH`);
  }
  try {
    fs.accessSync(serverBin, fs.constants.X_OK);
  } catch {
    throw new Error(`no server at ${serverBin}: run 'make build' first`);
  }
  fs.mkdirSync(outDir, {recursive: true});

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const serverLog = fs.openSync(path.join(outDir, 'server.log'), 'w');
  const server = startProcess(serverBin, ['-addr', `127.0.0.1:${port}`], {
    cwd: root,
    stdio: ['ignore', serverLog, serverLog],
  });
  const rows = [];
  try {
    console.log(`audit: server ${path.relative(root, serverBin)} on ${origin}, Chromium ${chromePath}`);
    await waitForServer(origin, server);
    for (const page of pages) {
      const name = reportName(page);
      process.stdout.write(`audit: Lighthouse ${origin}${page} … `);
      const r = await runLighthouse(origin + page, name);
      console.log(r.error ? 'failed' : `done in ${r.seconds} s`);
      rows.push({page, name, ...r});
    }
  } finally {
    await stopProcess(server, 20_000);
    fs.closeSync(serverLog);
  }

  return printResults(rows);
}

function printResults(rows) {
  const lhVersion = rows.find(r => r.lhr)?.lhr.lighthouseVersion;
  const settings = rows.find(r => r.lhr)?.lhr.configSettings;
  console.log(
    `\nLighthouse ${lhVersion ?? '?'}` +
      (settings ? `, ${settings.formFactor}, ${settings.throttlingMethod} throttling` : '') +
      `; reports in ${path.relative(root, outDir)}/\n`
  );
  printTable(rows);
  for (const {page, lhr, error} of rows) if (lhr && !error) printFailing(page, lhr);

  const errors = rows.filter(r => r.error);
  if (errors.length) {
    console.error('');
    for (const {page, error} of errors) console.error(`audit: ${page}: ${error}`);
    return 1;
  }
  return 0;
}

main().then(
  code => {
    process.exitCode = code;
  },
  err => {
    console.error(`audit: ${err.message}`);
    process.exitCode = 1;
  }
);

#!/usr/bin/env node
// `npm test`: typecheck, lint, formatting, the pure core's tests (Node), component tests (jsdom),
// browser tests (Vitest browser mode in Chromium) and end-to-end tests (Playwright driving the built
// app in Chromium). Ends with one plain line, "N passed, M failed", which CI reads. Typecheck, lint
// and formatting count as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const env = { ...process.env, TZ: 'UTC' };

function run(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`  (${title}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${title} failed`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

check('typecheck (tsc)', 'npx', ['tsc', '-p', '.']);
check('lint (eslint)', 'npx', ['eslint', '.', '--max-warnings=0']);
check('formatting (prettier --check)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);

const haveBrowser = existsSync(chromium);
if (!haveBrowser) {
  if (CI) {
    console.log(`✗ Chromium not found at ${chromium}: browser and end-to-end tests cannot run, and under CI=true that is a failure`);
    failed += 1;
  } else {
    console.log(`! Chromium not found at ${chromium}: browser and end-to-end tests are skipped (apt-get install chromium)`);
  }
}

const projects = haveBrowser
  ? ['--project', 'core', '--project', 'unit', '--project', 'browser']
  : ['--project', 'core', '--project', 'unit'];
const vitestOk = run('unit, component and browser tests (vitest)', 'npx', [
  'vitest',
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/vitest.json`,
]);
const vitest = readJson(`${results}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (!vitestOk && vitest.numFailedTests === 0) failed += 1; // a suite that failed to load
} else {
  failed += 1;
}

if (haveBrowser) {
  const e2eOk = run('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], {
    PW_JSON: `${results}/playwright.json`,
  });
  const e2e = readJson(`${results}/playwright.json`);
  if (e2e?.stats) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) failed += 1;
  } else {
    failed += 1;
  }
} else if (!CI) {
  skipped += 1;
}

console.log('');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);

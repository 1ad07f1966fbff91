/**
 * The FHIR part of `npm run bench`, in real Chromium (IndexedDB as trainees have it): the bulk
 * export folder imported into IndexedDB, in resources per second, beside raw Dexie bulkPut of the
 * same rows; and the heap a 1,000-patient population (the bulk set cloned with new identities)
 * takes once imported and installed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export interface FhirBenchFigures {
  bulk: Record<string, number>;
  population: Record<string, number>;
  heapBeforeMb: number;
  heapWithPopulationMb: number;
  heapAfterDropMb: number;
}

export async function fhirChromiumBench(bulkFolder: string, size = 1_000): Promise<FhirBenchFigures> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // The bench page's dependencies are pre-bundled at start-up, so the page is not reloaded while it runs.
  const server = await createServer({
    root,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0 },
    appType: 'mpa',
    optimizeDeps: { entries: ['tests/bench/browser/fhir-bench.html'] },
  });
  await server.listen();
  const address = server.httpServer!.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--js-flags=--max-old-space-size=8192'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/tests/bench/browser/fhir-bench.html`);
    await page.waitForFunction(() => typeof window.fhirBench === 'function', undefined, { timeout: 120_000 });
    const inputs = readdirSync(bulkFolder)
      .filter((f) => f.endsWith('.ndjson'))
      .sort()
      .map((name) => ({ name, text: readFileSync(`${bulkFolder}/${name}`, 'utf8') }));
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return usage.usedSize / 2 ** 20;
    };
    const bulk = await page.evaluate((i) => window.fhirBench(i), inputs);
    const heapBeforeMb = await heap();
    const population = await page.evaluate((n) => window.fhirPopulation(n), size);
    const heapWithPopulationMb = await heap();
    await page.evaluate(() => (window as unknown as { dropPopulation: () => void }).dropPopulation());
    const heapAfterDropMb = await heap();
    return { bulk, population, heapBeforeMb, heapWithPopulationMb, heapAfterDropMb };
  } finally {
    await browser.close();
    await server.close();
  }
}

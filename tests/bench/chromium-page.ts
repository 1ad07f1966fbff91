/**
 * Opens a bench page of tests/bench/browser/ in Debian's headless Chromium, served by a vite dev
 * server (so the page imports the app's own TypeScript), for the Chromium parts of `npm run bench`.
 * The page's dependencies are pre-bundled at start-up (in a cache of their own), and the server
 * neither watches files nor sends HMR, so the page is not reloaded while it runs.
 * Chromium is launched with precise heap figures (`performance.memory`) and `gc()` exposed, and
 * otherwise V8's default heap settings unless a bench asks for more.
 */
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export interface BenchPage {
  page: Page;
  browser: Browser;
  /** The JS heap in use after a full garbage collection, in MB (from the DevTools protocol). */
  heapAfterGcMb: () => Promise<number>;
  close: () => Promise<void>;
}

/** Chromium's flags for a bench: the project's headless set, exact heap figures, `gc()` and any V8 flags given. */
export const benchChromiumArgs = (jsFlags: readonly string[] = []): string[] => [
  ...CHROMIUM_ARGS,
  '--enable-precise-memory-info',
  `--js-flags=${['--expose-gc', ...jsFlags].join(' ')}`,
];

async function startServer(html: string): Promise<{ server: ViteDevServer; port: number }> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const server = await createServer({
    root,
    logLevel: 'warn',
    // No file watching and no HMR: edits elsewhere in the project (or another dev server's) never reload the page mid-run.
    server: { host: '127.0.0.1', port: 0, hmr: false, ws: false, watch: null },
    appType: 'mpa',
    // A cache of its own, so that another vite server re-optimising the project's deps does not touch this one's.
    cacheDir: 'node_modules/.vite-bench',
    optimizeDeps: { entries: [html] },
  });
  await server.listen();
  const address = server.httpServer!.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

/**
 * Serves and opens `html` (a path from the project root), then waits until the page defines
 * `readyGlobal` on window. `jsFlags` are extra V8 flags (e.g. a larger heap for a large population).
 */
export async function openBenchPage(html: string, readyGlobal: string, jsFlags: readonly string[] = []): Promise<BenchPage> {
  const { server, port } = await startServer(html);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: benchChromiumArgs(jsFlags) });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/${html}`);
    await page.waitForFunction((name) => typeof (window as unknown as Record<string, unknown>)[name] === 'function', readyGlobal, {
      timeout: 120_000,
    });
    const cdp: CDPSession = await page.context().newCDPSession(page);
    const heapAfterGcMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return usage.usedSize / 2 ** 20;
    };
    const close = async () => {
      await browser.close();
      await server.close();
    };
    return { page, browser, heapAfterGcMb, close };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

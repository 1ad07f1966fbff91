import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.ts';

// Every test runs in UTC, whoever runs it: dates in charts are local to the facility, never the machine.
process.env.TZ = 'UTC';

/** The pure core's tests, and tests of the CLI and of files: plain Node, no DOM. */
const core = [
  'src/{chart,intake,packs,mpi,access,codes,tasks,grading,fhir}/**/*.test.ts',
  'tests/{cli,intake,architecture,scenarios,codesets,fhir}/**/*.test.ts',
  'tests/*.test.ts',
];

export default defineConfig({
  plugins: [react()],
  test: {
    env: { TZ: 'UTC' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}', 'src/ui/main.tsx'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'coverage',
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: core,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./tests/setup/unit.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', 'tests/e2e/**', 'tests/bench/**', '**/*.browser.test.{ts,tsx}', ...core],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./tests/setup/browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** The pure core never imports React, zustand or Dexie: it runs in the app, the CLI and tests alike. */
const pureCore = ['src/chart/**', 'src/packs/**', 'src/mpi/**', 'src/access/**', 'src/codes/**', 'src/fhir/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.test-results/**', 'test-results/**', 'playwright-report/**', 'shots/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Record Room does not use the React Compiler; TanStack Virtual's hook is fine without it.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: pureCore,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'dexie', 'dexie-react-hooks'], message: 'The domain core is pure: no React, zustand or Dexie.' },
          { group: ['**/storage/**', '**/store/**', '**/ui/**'], message: 'The domain core does not depend on storage, store or UI.' },
        ],
      }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'dexie', message: 'Only src/storage imports Dexie.' }],
      }],
    },
  },
);

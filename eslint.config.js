// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

/**
 * Everything under src/ is the pure domain core — it runs in the app, the CLI and tests alike —
 * except these folders, which sit around it: the UI, the store, storage, app wiring and the CLI.
 */
const impure = ['src/ui/**', 'src/store/**', 'src/storage/**', 'src/app/**', 'src/cli/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.test-results/**', 'test-results/**', 'playwright-report/**', 'shots/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Record Room does not use the React Compiler; TanStack Virtual's hook is fine without it.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Type-aware: promises are awaited or voided on purpose, switches over unions are exhaustive,
      // and assertions the types already make are not written.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // No runtime import cycles (tests/architecture/imports.test.ts also refuses type-only ones).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...impure, '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'dexie', 'dexie-react-hooks'],
              message: 'The domain core is pure: no React, zustand or Dexie (and only src/storage imports Dexie).',
            },
            {
              group: ['node:*'],
              message: 'The domain core runs in the browser too: no Node APIs (the CLI reads files and passes their contents in).',
            },
            {
              group: ['**/ui/**', '**/store/**', '**/storage/**', '**/app/**', '**/cli/**'],
              message: 'The domain core does not depend on the UI, the store, storage, app wiring or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    // Around the core: only storage imports Dexie. (The core's own rule above already forbids it there.)
    files: impure.filter((g) => g !== 'src/storage/**'),
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/storage imports Dexie.' }],
        },
      ],
    },
  },
  // Plain JavaScript files (config, bin) are not in the TypeScript project.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
);

import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createNodeResolver } from 'eslint-plugin-import-x';
import featureBoundaries from './scripts/lint/feature-boundaries.mjs';

// Imports flow one way: shared code (lib, components) -> features -> app, with no cycles.
// A feature's root modules are its public face; deeper modules are its insides unless listed here.
// Its components/ are its UI, composed only by app/ (scripts/lint/feature-boundaries.mjs).
const deepPublic = {
  library: [
    'state/counts',
    'state/entry',
    'state/order',
    'state/restore',
    'state/state',
    'state/store',
  ],
  papers: ['listing/parser', 'listing/dataset'],
  search: [
    'facets/filters',
    'ranking/provisional',
    'worker/client',
    // What "For you" (features/recommend) reads of the index it trains on.
    'index/doc-store',
    'index/inverted-index',
    'index/term-table',
    'index/user-overlay',
    'ranking/weights',
    'text/tokenize',
  ],
  transfer: [
    'export/export-types',
    'export/save-backup',
    'import/paper-fields',
    'import/paper-matching',
  ],
};

const noAppImports = {
  group: ['@/app/*', '@/app/**', '**/app/*'],
  message: 'Only app/ composes features.',
};
const noFeatureImports = {
  group: ['@/features/**'],
  message: 'Shared code must not depend on features.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
      'public/sw.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-assertions': [
        'error',
        { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  {
    files: ['src/lib/**', 'src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports, noFeatureImports] }] },
  },
  {
    files: ['src/features/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries: featureBoundaries, 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          alias: { '@': [path.resolve(import.meta.dirname, 'src')] },
        }),
      ],
    },
    rules: {
      'boundaries/public-modules': ['error', { deepPublic }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);

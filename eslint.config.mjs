/**
 * Lint configuration (flat): typescript-eslint, the Office add-in rules (one batch, one sync), React,
 * and the architecture: which folder of src/ may import which (see ARCHITECTURE.md).
 *
 * The dependency rules are written with `no-restricted-imports` per folder. A relative import is matched
 * by the folder it climbs into ("../../workbook/plan" from src/engine climbs into workbook), so each
 * pattern is `^(\.\./)+<folder>(/|$)`. test/lint/architecture.test.ts resolves every import exactly and
 * checks the same matrix, so a clever path cannot slip through.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The dependency matrix, shared with test/lint/architecture.test.ts. */
const ARCH = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'architecture.json'), 'utf8'));

/** Top-level folders of src/. */
const FOLDERS = ARCH.folders;

/** Packages and the folders allowed to use them. Anything not listed is free for the shells. */
const PACKAGE_HOMES = ARCH.packageHomes;

const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'stream', 'zlib', 'url', 'util', 'worker_threads'];

/** The folders each folder may import (itself always). */
const ALLOWED = ARCH.allowed;

/**
 * The task pane's start-up files choose an adapter: index.tsx the Office.js one, preview.tsx the ExcelJS
 * one. The minutes builder is handed to the components the same way.
 */
const TASKPANE_STARTUP = ARCH.startup;

/** Files that office.js boots: they may wait for Office.onReady (and, for commands, register actions). */
const OFFICE_ENTRY_FILES = ARCH.officeEntryFiles;

function folderPattern(folder, from) {
  const message = `src/${folder} is off limits here (see ARCHITECTURE.md: dependency direction).`;
  // The engine reads snapshots and produces plans: it may use those two data contracts of src/workbook.
  if (from === 'engine' && folder === 'workbook') return { regex: `^(\\.\\./)+workbook(/(?!(snapshot|plan)$)|$)`, message };
  return { regex: `^(\\.\\./)+${folder}(/|$)`, message };
}

/** Shells that reach the engine only through its public index (src/engine/index.ts). */
const ENGINE_INDEX_ONLY = ARCH.engineIndexOnly;

function restrictedImports(folder, extraAllowed = []) {
  const allowed = new Set([folder, ...ALLOWED[folder], ...extraAllowed]);
  const patterns = FOLDERS.filter((f) => !allowed.has(f)).map((f) => folderPattern(f, folder));
  for (const [pkg, homes] of Object.entries(PACKAGE_HOMES)) {
    if (!homes.includes(folder)) patterns.push({ group: [pkg, `${pkg}/*`], message: `${pkg} belongs to src/${homes.join(' or src/')}.` });
  }
  if (ENGINE_INDEX_ONLY.includes(folder)) {
    patterns.push({ regex: '^(\\.\\./)+engine/.', message: 'Import the engine from its index (src/engine), not from its inner modules.' });
  }
  if (folder === 'engine' || folder === 'workbook') {
    // Pure code: nothing but itself (and zod).
    patterns.push({ regex: '^(?!\\.|zod$|zod/)', message: 'The engine is pure: it imports only itself and zod.' });
  }
  const paths = ['engine', 'workbook', 'excel', 'taskpane', 'preferences'].includes(folder)
    ? NODE_BUILTINS.flatMap((name) => [name, `node:${name}`]).map((name) => ({ name, message: 'No Node built-ins here: this code runs in Excel or in a browser.' }))
    : [];
  return ['error', { paths, patterns }];
}

const architecture = FOLDERS.map((folder) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': restrictedImports(folder) },
}));

const startup = Object.entries(TASKPANE_STARTUP).map(([file, extra]) => ({
  files: [file],
  rules: { 'no-restricted-imports': restrictedImports('taskpane', extra) },
}));

const officeGlobals = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Only src/excel talks to Excel; components receive a WorkbookPort.' },
        { name: 'Office', message: 'Only src/excel (and the office.js entry files) use Office.' },
        { name: 'OfficeExtension', message: 'Only src/excel uses OfficeExtension.' },
      ],
    },
  },
  {
    files: OFFICE_ENTRY_FILES,
    rules: {
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Only src/excel talks to Excel; pass Excel.run to createOfficePort there.' }],
    },
  },
];

const officeAddinRules = {
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/no-context-sync-in-loop': 'error',
  'office-addins/no-empty-load': 'warn',
  'office-addins/no-navigational-load': 'warn',
  'office-addins/no-office-initialize': 'error',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'coverage/**', 'test-artifacts/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...officeAddinRules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'test/taskpane/**/*.tsx'],
    ...react.configs.flat.recommended,
    settings: { react: { version: '19.0' } },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'test/taskpane/**/*.tsx'],
    ...react.configs.flat['jsx-runtime'],
  },
  ...architecture,
  ...startup,
  ...officeGlobals,
  {
    // The CLI prints; tests, benches and scripts may log progress.
    files: ['src/cli/**', 'test/**', 'bench/**', 'scripts/**', '*.js', '*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

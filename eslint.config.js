import js from '@eslint/js';
import sdl from '@microsoft/eslint-plugin-sdl';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Microsoft SDL security rules (issue 7). The plugin's shareable configs are
 * applied per runtime: `common` (eval, document.write, innerHTML, insecure
 * URLs, postMessage to *) in all shipped code, `electron` and `node` for
 * main and preload, `react` (dangerouslySetInnerHTML, target=_blank, iframe
 * sandbox) for the renderer. Only their rules are taken: the configs also
 * carry parser options, which typescript-eslint already sets.
 */
const sdlRules = (...configs) => Object.assign({}, ...configs.flatMap((name) => sdl.configs[name].map((c) => c.rules)));
const sdlPlugins = (...configs) =>
  Object.assign({}, ...configs.flatMap((name) => sdl.configs[name].map((c) => c.plugins)));

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'coverage/', 'node_modules/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'eslint.config.js', '.ci/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // shared/ is pure: it must run in the renderer and in Node alike.
    files: ['shared/**/*.ts'],
    plugins: sdlPlugins('common'),
    rules: {
      ...sdlRules('common'),
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks'],
              message: 'shared/ stays pure: no Node, Electron, React or Dexie.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ never imports from the processes that use it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The analysis and the trends also run in the trends worker, and search and History's filters in the
    // History search worker; the workers carry no zod: these modules take catalogs and helpers from the
    // zod-free modules (activities.ts, not activitySchemas.ts or the barrel).
    files: ['shared/analysis/**/*.ts', 'shared/trends/**/*.ts', 'shared/search.ts', 'shared/historyFilters.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['..', '../index'].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Import from the module itself: the shared/ barrel brings zod into the trends worker.',
          })),
          patterns: [
            {
              group: ['zod', '**/*Schemas'],
              allowTypeImports: true,
              message: 'The trends worker carries no zod; import schema types with `import type` only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, ...sdlPlugins('common', 'react') },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...sdlRules('common', 'react'),
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron'], message: 'The renderer never touches Node or Electron; use the bridge.' },
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to main only through the bridge contract in shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    plugins: sdlPlugins('common', 'electron', 'node'),
    rules: {
      ...sdlRules('common', 'electron', 'node'),
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'Main and preload never import the renderer.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

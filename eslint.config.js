// Lint: typescript-eslint's recommended rules, plus the architecture rule that the core imports no adapter.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const CORE_MESSAGE =
  'The core (src/core) is the pure domain: it must not import adapters (store, api, cli, ingest, web, demo) or I/O libraries. Put the dependency in an adapter and pass what the core needs through a port.';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'dist/**',
      'coverage/**',
      'tmp/**',
      'web/dist/**',
      'test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/store/**',
                '**/api/**',
                '**/cli/**',
                '**/ingest/**',
                '**/web/**',
                '**/demo/**',
                '**/app.js',
                '**/config.js',
              ],
              message: CORE_MESSAGE,
            },
            {
              // node:crypto computes (hashes, ciphers, random bytes) and does no I/O: the core may use it.
              group: ['node:*', '!node:crypto', 'fs', 'path', 'http', 'https', 'net', 'child_process'],
              message: CORE_MESSAGE,
            },
            {
              group: [
                'kysely',
                'better-sqlite3',
                'pg',
                'fastify',
                'fastify-*',
                '@fastify/*',
                'commander',
                'pino',
              ],
              message: CORE_MESSAGE,
            },
          ],
        },
      ],
    },
  },
);

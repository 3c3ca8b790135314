import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.output', '.wxt', 'data', 'tests/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // shared/ runs in browsers, the extension and Node alike: no Node built-ins there.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'crypto', 'buffer'] },
      ],
    },
  },
  {
    files: ['tests/bench/**/*.ts', 'backend/migrate.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The command-line client writes to its terminal on purpose (cli/io.ts, cli/output.ts).
    files: ['cli/**/*.ts', 'cli/**/*.js'],
    rules: { 'no-console': 'off' },
  },
);

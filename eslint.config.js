import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const portableFolders = [
  'src/analytics/**',
  'src/sql/**',
  'src/ingest/**',
  'src/tasking/**',
  'src/reports/**',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'data', 'test-artifacts', 'public', 'scripts/scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@duckdb/*'], message: 'Only src/db/ imports DuckDB-WASM.' }] },
      ],
    },
  },
  {
    files: portableFolders,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*'],
              message: 'Portable modules run in Node too: no React here.',
            },
            { group: ['@duckdb/*'], message: 'Only src/db/ imports DuckDB-WASM.' },
          ],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noDuckDb = { group: ['@duckdb/*'], message: 'Only src/db/ imports DuckDB-WASM.' };
const noReact = {
  group: ['react', 'react-dom', 'react/*', '@tanstack/react-query'],
  message: 'Portable modules run in Node too: no React here.',
};

/** Folders of src/ by the layers each may import, besides itself (ARCHITECTURE.md). */
const layers = {
  app: [
    'features',
    'components',
    'queries',
    'reports',
    'tasking',
    'ingest',
    'db',
    'sql',
    'analytics',
  ],
  features: ['components', 'queries', 'reports', 'tasking', 'ingest', 'db', 'sql', 'analytics'],
  components: ['reports', 'tasking', 'ingest', 'db', 'sql', 'analytics'],
  queries: ['reports', 'tasking', 'ingest', 'db', 'sql', 'analytics'],
  reports: ['tasking', 'ingest', 'db', 'sql', 'analytics'],
  tasking: ['ingest', 'db', 'sql', 'analytics'],
  ingest: ['db', 'sql', 'analytics'],
  db: ['sql'],
  sql: [],
  analytics: [],
};
const portable = new Set(['analytics', 'sql', 'ingest', 'tasking', 'reports']);
const folders = Object.keys(layers);

/** Patterns that catch a relative import of another src/ folder, however deep the importer. */
function importsOf(folder) {
  return [`../${folder}`, `../${folder}/**`, `**/../${folder}`, `**/../${folder}/**`];
}

function layerRule(folder) {
  const above = folders.filter((f) => f !== folder && !layers[folder].includes(f));
  const patterns = above.map((f) => ({
    group: importsOf(f),
    message: `src/${folder} may import only ${[folder, ...layers[folder]].join(', ')} (ARCHITECTURE.md).`,
  }));
  if (folder !== 'db') patterns.push(noDuckDb);
  if (portable.has(folder)) patterns.push(noReact);
  return {
    files: [`src/${folder}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

const cliOnly = ['app', 'features', 'components', 'queries'];

const sqlStatement =
  '/\\b(SELECT|INSERT( OR REPLACE)? INTO|DELETE FROM|UPDATE \\w+ SET|CREATE( OR REPLACE)?( TEMP| TEMPORARY)? (TABLE|VIEW|INDEX)|DROP (TABLE|VIEW|INDEX)|ALTER TABLE|COPY|read_csv)\\b/';
const sqlOutsideSql = ['Literal[value', 'TemplateElement[value.raw'].map((attribute) => ({
  selector: `${attribute}=${sqlStatement}]`,
  message: 'SQL text lives in src/sql: build it there and import it.',
}));

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
  ...folders.map(layerRule),
  {
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: cliOnly.flatMap((f) => [`**/src/${f}`, `**/src/${f}/**`]),
              message: 'Scripts build on src/ below the UI: reports, ingest, analytics, sql, db.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    ignores: ['src/sql/**'],
    rules: { 'no-restricted-syntax': ['error', ...sqlOutsideSql] },
  },
);

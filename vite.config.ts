import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The page's Content-Security-Policy; README.md ("Page safety") says why each source is allowed. */
const POLICY: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['img-src', "'self' data:"],
  ['style-src', "'self'"],
  ['style-src-attr', "'unsafe-inline'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];
/** A meta tag cannot carry frame-ancestors: only the header sets it. */
const HEADER_ONLY: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

const policyText = (directives: readonly (readonly [string, string])[]): string =>
  directives.map(([name, sources]) => `${name} ${sources}`).join('; ');

/**
 * Puts the policy in the built index.html, before any script. Not in dev: the dev server injects
 * inline scripts and styles (React refresh, CSS) and talks to the page over a websocket.
 */
const policyMeta: Plugin = {
  name: 'content-security-policy-meta',
  apply: 'build',
  transformIndexHtml(html) {
    const charset = '<meta charset="UTF-8" />';
    if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to follow`);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policyText(POLICY)}" />`;
    return html.replace(charset, `${charset}\n    ${meta}`);
  },
};

export default defineConfig({
  plugins: [react(), policyMeta],
  base: './',
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // assetsInlineLimit 0: the demo files stay files, since the policy lets fetch read only the origin.
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, assetsInlineLimit: 0 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: {
      'Content-Security-Policy': policyText([...POLICY, ...HEADER_ONLY]),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
});

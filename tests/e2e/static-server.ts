import { preview } from 'vite';
import type { PreviewServer } from 'vite';

/** The end-to-end build, with the test-only hooks: `vite build --mode e2e --outDir dist-e2e`. */
export const E2E_OUT_DIR = 'dist-e2e';

/** Serves a built app (by default the end-to-end build) on 127.0.0.1 at a free port. */
export async function serveBuiltApp(
  outDir: string = E2E_OUT_DIR,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

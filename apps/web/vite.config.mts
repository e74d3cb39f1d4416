import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The web page: built into dist/web, which the API serves at `/`. */
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  // The claim-bundle verifier is libs/ledger's own code (the CLI's), loaded on demand; node:crypto is given to it in pure JS.
  resolve: {
    alias: {
      'casetrail:bundle-verifier': repo('apps/web/verifier/index.ts'),
      'node:crypto': repo('apps/web/verifier/node-crypto.ts'),
      '@casetrail/contract': repo('libs/contract/src/index.ts'),
      '@casetrail/domain': repo('libs/domain/src/index.ts'),
      '@casetrail/reporting': repo('libs/reporting/src/index.ts'),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Strict CSP: no inline script, so no module-preload polyfill injected into the page.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000', '/docs': 'http://127.0.0.1:3000' } },
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The explorer and GraphiQL, built into dist/web: two HTML pages and hashed assets, nothing loaded
 * from another host, nothing inline (the pages run under a CSP of 'self' scripts and styles).
 */
export default defineConfig({
  root: webRoot,
  // Assets live under one prefix of their own, apart from every API path.
  base: '/explorer/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.join(webRoot, '..', 'dist', 'web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Small files inlined as data: URLs would need a looser CSP for fonts and images; keep them as files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { explorer: path.join(webRoot, 'index.html'), graphiql: path.join(webRoot, 'graphiql.html') },
      // React libraries mark modules "use client", which means nothing in a plain client bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});

import { defineConfig } from 'vite';

// Paths are relative to the repository root, where npm scripts run.
export default defineConfig({
  root: 'web',
  base: '/',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Every browser we target supports modulepreload; the polyfill would only add code.
    modulePreload: { polyfill: false },
  },
});

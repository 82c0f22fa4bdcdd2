import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The browser app, built into web/dist and served by the API's own process (src/api/webApp.ts). Pages and the
 * chart and map libraries are split into chunks of their own, so the overview's first scripts stay small.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Which files each page loads: read by bench/webApp.bench.ts for the bundle sizes per page.
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (/node_modules\/(@observablehq|d3-|world-atlas|topojson|interval-tree|isoformat)/.test(id))
            return 'charts';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});

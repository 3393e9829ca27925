import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// The API server (packages/server) listens here during development. `vite`
// forwards the API paths to it, so the page and the API share one origin and
// the session cookie applies to both.
const apiServer = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [solid()],
  server: {
    proxy: {
      '/graphql': { target: apiServer, ws: true },
      '/healthz': { target: apiServer },
      '/inbound': { target: apiServer },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});

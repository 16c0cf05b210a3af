import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The portal's build: `npm start` runs it (local/web-root.ts) when web/dist is missing or older than
 * its sources; in AWS the same web/dist goes to the portal bucket. `npx vite web` serves it with hot
 * reload against an API on localhost:3000.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` } },
});

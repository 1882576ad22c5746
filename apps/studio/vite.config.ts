import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm dev` serves the studio on 5173 and forwards the API to the runtime on 8787, so the
// browser sees one origin, as it does when the runtime serves the built studio.
const runtime = process.env.SWITCHYARD_RUNTIME_URL ?? 'http://127.0.0.1:8787';
const forwarded = ['/trpc', '/api', '/v1', '/sign-in', '/healthz'];

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: Object.fromEntries(
      forwarded.map((path) => [path, { target: runtime, changeOrigin: false }]),
    ),
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 2_000 },
});

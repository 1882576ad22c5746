import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // Component tests type into Mantine forms in jsdom: ~1 s alone, several under a full
    // turbo run on 2 cores. A budget for a busy machine, not a timing claim.
    testTimeout: 20_000,
  },
});

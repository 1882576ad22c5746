import { defineConfig } from 'vitest/config';

// A real runtime process and a real Chromium per spec: slow to start on a busy 2-core box.
export default defineConfig({
  test: { include: ['**/*.spec.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});

import { defineConfig } from 'vitest/config';

// Real servers, real files and child processes: give each test room on a busy 2-core CI box.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
});

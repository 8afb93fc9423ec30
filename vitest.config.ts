// Generous time-outs: end-to-end tests spawn the built CLI, and CI runs on a shared two-core
// machine. These bound a hang; they are not speed assertions (speed lives in `npm run bench`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // every temp file of the run lives under one folder, removed at the end
    globalSetup: ['tests/temp-root.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{data,machines,db,ui,lib,architecture}/**/*.test.{ts,tsx}', 'tests/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-unit.ts'],
          // Rendering a whole plan in jsdom takes ~5 s when five engineers share two cores:
          // the default 5 s made such tests fail by load, not by a fault.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A whole mediator journey with axe on every screen takes 52–61 s on the shared machine
          // under load (measured 2026-12-01): 60 s failed by load, not by a fault.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

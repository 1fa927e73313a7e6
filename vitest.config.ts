import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cataloguePlugin } from './data/catalogue-plugin.ts';

export default defineConfig({
  plugins: [react(), cataloguePlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // tests/ mirrors the source folders; every test outside e2e/ is a unit test.
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-unit.ts'],
          // A cap, not a timing assertion: on the shared two-core machine a CPU-bound test (every
          // digit of a QR payload tampered, a whole wizard rendered) can take 5-10 times longer.
          testTimeout: 30_000,
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

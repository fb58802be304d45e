import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/shared/**', 'node_modules/**', 'dist/**'],
          // Generous: the slowest tests (a megabyte of hostile text, batch runs of 150 articles twice) take a few
          // seconds on a quiet machine and ten times that on a loaded CI machine; only a hang should time out.
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'shared',
          include: ['tests/shared/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});

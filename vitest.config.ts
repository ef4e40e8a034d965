import { defineConfig } from 'vitest/config';

// `npm test`: every project. `npx vitest --project unit` is the fast loop (pure logic, no server,
// no database); `integration` starts servers and databases (apps/*/test). Browser tests live in
// e2e/ and run with `npm run test:e2e`.
export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', 'e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/web/src/**/*.test.tsx',
            'docs/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['apps/*/test/**/*.test.ts'] },
      },
    ],
  },
});

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/model/**/*.test.ts'],
    environment: 'node',
    // No unit test asserts speed (budgets are measured by npm run bench); a loaded CI machine
    // must not turn a slow property or corpus test into a failure.
    testTimeout: 30_000,
  },
});

import { defineConfig } from "vitest/config";

// Mutation testing (`npm run mutation`) runs only the pure-core tests: they are the ones that can kill a
// mutant in src/core, and they need no database or local servers, so each mutant's run stays short.
export default defineConfig({
  test: {
    include: ["test/core/**/*.test.ts"],
  },
});

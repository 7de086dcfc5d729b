import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests that start the bot run the build in dist/: compile it once, before them.
    globalSetup: ["test/global-setup.ts"],
    // Postgres- and server-backed tests start real processes and sockets; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});

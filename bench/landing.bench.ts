/**
 * The landing page in a real browser: serves GET / as the app does, renders it in headless Chromium
 * (Debian's `chromium`; skipped with a note when it is not installed, as in CI), checks the rendered DOM
 * has the "Add to Slack" link and its sections, and writes a screenshot to look at.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { landingPageHtml } from "../src/slack/landing-page.ts";

const run = promisify(execFile);
const browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const bench = {
  name: "landing",
  async run() {
    const browser = browsers.find((path) => existsSync(path));
    if (!browser) {
      process.stdout.write("chromium not installed (apt-get install -y chromium): skipped\n");
      return;
    }
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(landingPageHtml());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    const profile = mkdtempSync(join(tmpdir(), "orderproof-chromium-"));
    const screenshot = join(tmpdir(), "orderproof-landing.png");
    const flags = [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
    ];
    try {
      const { stdout: dom } = await run(browser, [...flags, "--dump-dom", url], { timeout: 60_000 });
      await run(browser, [...flags, `--screenshot=${screenshot}`, "--window-size=1000,900", url], {
        timeout: 60_000,
      });
      const checks = {
        "Add to Slack link to /slack/install": /<a[^>]*href="\/slack\/install"[^>]*>Add to Slack<\/a>/.test(
          dom,
        ),
        "what it does": dom.includes('id="what"'),
        "what it stores": dom.includes('id="stores"'),
        "how to remove it": dom.includes('id="remove"'),
      };
      for (const [check, ok] of Object.entries(checks))
        process.stdout.write(`${ok ? "ok  " : "FAIL"} ${check}\n`);
      process.stdout.write(`screenshot: ${screenshot}\n`);
      if (Object.values(checks).some((ok) => !ok)) process.exitCode = 1;
    } finally {
      server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },
};

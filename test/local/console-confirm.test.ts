/**
 * The console asks before confirming an order with problems open and before changing a quantity or a
 * price after the goods were received; saying yes does it, and the history keeps what was said yes to.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ConsoleDriver, startConsoleWithSampleOrder } from "./console-driver.ts";

let c: ConsoleDriver;
// A whole console session (the embedded database, a paste, a dozen steps) on a machine others share.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

beforeAll(async () => {
  c = await startConsoleWithSampleOrder("2026-12-01T10:00:00Z");
});
afterAll(async () => {
  await c?.quit();
});

const lastButton = async (label: string, from: number) => {
  const all = [
    ...c
      .screen()
      .slice(from)
      .matchAll(new RegExp(`\\[(\\d+)\\] ${label}`, "g")),
  ];
  return all.at(-1)?.[1] ?? "";
};

describe("asking before confirming", () => {
  it("the Confirm button lists what is open and confirms nothing on 'n'", async () => {
    const from = c.screen().length;
    const shown = await c.run("/order show PO-1");
    expect(shown).toContain("PO-1 · draft");
    const answer = await c.run(await lastButton("Confirm order", from), "n");
    expect(answer).toMatch(/Confirm with problems open\?: PO-1 has \d+ open finding/);
    expect(answer).toContain("• Vague");
    expect(answer).toContain("nothing sent");
    expect(await c.run("/order show PO-1")).toContain("PO-1 · draft");
  });

  it("/order confirm answers with the list and a Confirm anyway button, which confirms and is audited", async () => {
    const from = c.screen().length;
    const answer = await c.run("/order confirm PO-1");
    expect(answer).toMatch(/PO-1 is not confirmed yet: it has \d+ open finding/);
    expect(answer).toContain("/order confirm PO-1 anyway");
    const confirmed = await c.run(await lastButton("Confirm anyway", from));
    expect(confirmed).toMatch(/PO-1: confirmed on 2026-12-01 .*Confirmed anyway with \d+ open finding/);
    expect(await c.run("/order history PO-1")).toMatch(
      /confirmed on 2026-12-01, confirmed anyway with \d+ open finding/,
    );
  });
});

describe("asking before changing what was delivered", () => {
  it("a typed edit of the quantity after receipt asks, and `anyway` makes it", async () => {
    await c.run("/order paid PO-1 deposit 2026-12-02");
    await c.run("/order paid PO-1 balance 2026-12-20");
    await c.run("/order shipped PO-1 2026-12-22");
    await c.run("/order received PO-1 2026-12-30");
    const asked = await c.run("/order set PO-1 items[0].quantity 990");
    expect(asked).toContain("PO-1's goods were marked received on 2026-12-30");
    expect(asked).toContain("/order set PO-1 items[0].quantity 990 anyway");
    expect(asked).not.toContain("set to");
    const made = await c.run("/order set PO-1 items[0].quantity 990 anyway");
    expect(made).toContain("set to “990”");
    expect(made).toContain("changed after the goods were received on 2026-12-30");
  });

  it("'Edit a field…' asks again before saving a new unit price, and Enter changes it anyway", async () => {
    let from = c.screen().length;
    await c.run("/order show PO-1");
    const menu = await lastButton("Edit a field…", from);
    // The menu, the field, the value and the second step each wait for their own prompt.
    from = c.screen().length;
    c.type(menu);
    await c.waitFor(/which one\? $/, from);
    const price =
      c
        .screen()
        .slice(from)
        .match(/(\d+)\. [^\n]*unit price/i)?.[1] ?? "";
    expect(price).not.toBe("");
    c.type(price, "37.9");
    await c.waitFor(/Enter: change anyway[^\n]*$/, from);
    const asked = c.screen().slice(from);
    expect(asked).toContain("marked received on 2026-12-30");
    expect(asked).toContain("Save again to change it anyway");
    from = c.screen().length;
    c.type("");
    await c.waitFor(/set to “37\.9”[\s\S]*\n> $/, from);
    expect(await c.run("/order history PO-1")).toContain(
      "set items[0].unitPrice to “37.9” (was “38.5”), changed after the goods were received on 2026-12-30",
    );
  });
});

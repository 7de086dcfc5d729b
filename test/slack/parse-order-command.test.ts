import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "../../src/core/dates.ts";
import { parseOrderRef } from "../../src/core/lifecycle.ts";
import { parseOrderCommand, tokenize } from "../../src/slack/parse-order-command.ts";

describe("parseOrderCommand", () => {
  it("reads help, and an empty command as help", () => {
    expect(parseOrderCommand("help")).toEqual({ kind: "help", topic: "commands" });
    expect(parseOrderCommand("   ")).toEqual({ kind: "help", topic: "commands" });
    expect(parseOrderCommand("help fields")).toEqual({ kind: "help", topic: "fields" });
  });

  it("keeps the pasted transcript after `new` with its line breaks", () => {
    const parsed = parseOrderCommand("new\n[10:01] Buyer: 1000 pcs?\n[10:02] Supplier: ok 38.5 usd");
    expect(parsed).toEqual({ kind: "new", text: "[10:01] Buyer: 1000 pcs?\n[10:02] Supplier: ok 38.5 usd" });
    expect(parseOrderCommand("new")).toEqual({ kind: "new", text: "" });
    expect(parseOrderCommand("NEW Buyer: hi")).toEqual({ kind: "new", text: "Buyer: hi" });
  });

  it("takes PO-n or n as the reference", () => {
    expect(parseOrderCommand("show PO-7")).toEqual({ kind: "show", ref: 7 });
    expect(parseOrderCommand("review 7")).toEqual({ kind: "review", ref: 7 });
    expect(parseOrderCommand("confirm po-12")).toEqual({
      kind: "confirm",
      ref: 12,
      event: "confirmed",
      date: null,
      anyway: false,
    });
    expect(parseOrderCommand("confirm PO-12 Anyway")).toMatchObject({ kind: "confirm", anyway: true });
    expect(parseOrderCommand("confirm PO-12 please")).toMatchObject({ kind: "invalid" });
    expect(parseOrderCommand("history PO-2")).toEqual({ kind: "history", ref: 2 });
    expect(parseOrderCommand("export PO3")).toEqual({ kind: "export", ref: 3 });
    expect(parseOrderCommand("list")).toEqual({ kind: "list" });
  });

  it("reads set with quoted and unquoted values", () => {
    expect(parseOrderCommand('set PO-3 items[0].specs.color "Pantone 2925 C"')).toEqual({
      kind: "set",
      ref: 3,
      field: "items[0].specs.color",
      value: "Pantone 2925 C",
      anyway: false,
    });
    expect(parseOrderCommand("set 3 supplier Ningbo Example Trading Co.")).toEqual({
      kind: "set",
      ref: 3,
      field: "supplier",
      value: "Ningbo Example Trading Co.",
      anyway: false,
    });
    expect(parseOrderCommand("set 3 supplier “Curly quoted”")).toMatchObject({ value: "Curly quoted" });
  });

  it("reads `anyway` after a number as the second step of an edit, and keeps it inside words", () => {
    expect(parseOrderCommand("set PO-3 items[0].quantity 1900 anyway")).toMatchObject({
      field: "items[0].quantity",
      value: "1900",
      anyway: true,
    });
    expect(parseOrderCommand('set PO-3 items[0].unitPrice "1.10" anyway')).toMatchObject({
      value: "1.10",
      anyway: true,
    });
    expect(parseOrderCommand("set PO-3 items[0].specs.other ship it anyway")).toMatchObject({
      value: "ship it anyway",
      anyway: false,
    });
    expect(parseOrderCommand("set PO-3 supplier Anyway")).toMatchObject({ value: "Anyway", anyway: false });
  });

  it("reads lifecycle commands with optional dates", () => {
    expect(parseOrderCommand("paid PO-3 deposit")).toEqual({
      kind: "paid",
      ref: 3,
      part: "deposit",
      event: "deposit_paid",
      date: null,
    });
    expect(parseOrderCommand("paid 3 balance 2026-12-01")).toEqual({
      kind: "paid",
      ref: 3,
      part: "balance",
      event: "balance_paid",
      date: "2026-12-01",
    });
    expect(parseOrderCommand("shipped PO-3 2026-12-05")).toEqual({
      kind: "shipped",
      ref: 3,
      event: "shipped",
      date: "2026-12-05",
    });
    expect(parseOrderCommand("received PO-3")).toMatchObject({ kind: "received", event: "received" });
    expect(parseOrderCommand("completed 3")).toMatchObject({ kind: "completed", ref: 3, date: null });
  });

  it("reads cancel with an optional free-text reason", () => {
    expect(parseOrderCommand("cancel PO-4 supplier went quiet")).toEqual({
      kind: "cancel",
      ref: 4,
      event: "cancelled",
      reason: "supplier went quiet",
      date: null,
    });
    expect(parseOrderCommand('cancel 4 "stray draft"')).toMatchObject({ reason: "stray draft" });
    expect(parseOrderCommand("cancel PO-4")).toMatchObject({ kind: "cancel", reason: null });
  });

  it("gives a reason for unknown subcommands and bad arguments", () => {
    const bad = [
      "frobnicate PO-3",
      "show",
      "show PO-x",
      "show PO-3 extra",
      "paid PO-3",
      "paid PO-3 tip",
      "paid PO-3 deposit 2026-02-30",
      "shipped PO-3 tomorrow",
      "set PO-3 supplier",
      "list everything",
      "confirm PO-0",
      "cancel",
      "history",
      "history PO-1 extra",
      "help me",
    ];
    for (const text of bad) expect(parseOrderCommand(text), text).toMatchObject({ kind: "invalid" });
  });
});

describe("argument helpers", () => {
  it("parses references and real dates only", () => {
    expect(parseOrderRef("PO-42")).toBe(42);
    expect(parseOrderRef("PO42")).toBe(42);
    expect(parseOrderRef("abc")).toBeNull();
    expect(parseCalendarDate("2028-02-29")).toBe("2028-02-29");
    expect(parseCalendarDate("2026-13-01")).toBeNull();
    expect(parseCalendarDate("2026-02-30")).toBeNull();
  });

  it("tokenizes quoted words together", () => {
    expect(tokenize('a "b c" d')).toEqual(["a", "b c", "d"]);
  });
});

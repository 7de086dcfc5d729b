import { describe, expect, it } from "vitest";
import {
  parseDateArgument,
  parseOrderCommand,
  parseRefArgument,
  tokenize,
} from "../../src/slack/order-command.ts";

describe("parseOrderCommand", () => {
  it("reads help, and an empty command as help", () => {
    expect(parseOrderCommand("help")).toEqual({ kind: "help" });
    expect(parseOrderCommand("   ")).toEqual({ kind: "help" });
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
    expect(parseOrderCommand("confirm po-12")).toEqual({ kind: "confirm", ref: 12 });
    expect(parseOrderCommand("export PO3")).toEqual({ kind: "export", ref: 3 });
    expect(parseOrderCommand("list")).toEqual({ kind: "list" });
  });

  it("reads set with quoted and unquoted values", () => {
    expect(parseOrderCommand('set PO-3 items[0].specs.color "Pantone 2925 C"')).toEqual({
      kind: "set",
      ref: 3,
      field: "items[0].specs.color",
      value: "Pantone 2925 C",
    });
    expect(parseOrderCommand("set 3 supplier Ningbo Example Trading Co.")).toEqual({
      kind: "set",
      ref: 3,
      field: "supplier",
      value: "Ningbo Example Trading Co.",
    });
    expect(parseOrderCommand("set 3 supplier “Curly quoted”")).toMatchObject({ value: "Curly quoted" });
  });

  it("reads lifecycle commands with optional dates", () => {
    expect(parseOrderCommand("paid PO-3 deposit")).toEqual({
      kind: "paid",
      ref: 3,
      part: "deposit",
      date: null,
    });
    expect(parseOrderCommand("paid 3 balance 2026-12-01")).toEqual({
      kind: "paid",
      ref: 3,
      part: "balance",
      date: "2026-12-01",
    });
    expect(parseOrderCommand("shipped PO-3 2026-12-05")).toEqual({
      kind: "shipped",
      ref: 3,
      date: "2026-12-05",
    });
    expect(parseOrderCommand("received PO-3")).toEqual({ kind: "received", ref: 3, date: null });
    expect(parseOrderCommand("completed 3")).toEqual({ kind: "completed", ref: 3, date: null });
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
    ];
    for (const text of bad) expect(parseOrderCommand(text), text).toMatchObject({ kind: "invalid" });
  });
});

describe("argument helpers", () => {
  it("parses references and real dates only", () => {
    expect(parseRefArgument("PO-42")).toBe(42);
    expect(parseRefArgument("abc")).toBeNull();
    expect(parseDateArgument("2028-02-29")).toBe("2028-02-29");
    expect(parseDateArgument("2026-13-01")).toBeNull();
  });

  it("tokenizes quoted words together", () => {
    expect(tokenize('a "b c" d')).toEqual(["a", "b c", "d"]);
  });
});

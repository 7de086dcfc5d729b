/** The store's guard: what a failed query becomes, and which failures are tried again. */
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.ts";
import { guard } from "../../src/store/errors.ts";

function failing(codes: string[], result = "row") {
  let calls = 0;
  const operation = async () => {
    const code = codes[calls++];
    if (code) throw Object.assign(new Error(`failed with ${code}`), { code });
    return result;
  };
  return { operation, calls: () => calls };
}

describe("guard", () => {
  it("gets through two dead pool connections in a row, as after pg_terminate_backend", async () => {
    const op = failing(["CONNECTION_CLOSED", "57P01"]);
    await expect(guard(op.operation)).resolves.toBe("row");
    expect(op.calls()).toBe(3);
  });

  it("gives up after three tries and says the database is unavailable", async () => {
    const op = failing(["ECONNREFUSED", "ECONNREFUSED", "ECONNREFUSED", "ECONNREFUSED"]);
    const error = await guard(op.operation).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("database_unavailable");
    expect(op.calls()).toBe(3);
  });

  it("never repeats a query the database refused for its content", async () => {
    const op = failing(["23505"]);
    const error = await guard(op.operation).catch((caught: unknown) => caught);
    expect((error as AppError).code).toBe("internal");
    expect(op.calls()).toBe(1);
  });

  it("passes an AppError from a nested guard on untouched, without another try", async () => {
    let calls = 0;
    const inner = new AppError("database_unavailable");
    const error = await guard(async () => {
      calls++;
      throw inner;
    }).catch((caught: unknown) => caught);
    expect(error).toBe(inner);
    expect(calls).toBe(1);
  });
});

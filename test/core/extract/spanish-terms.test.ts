/**
 * Buyers in Mexico and Spain write their terms in Spanish between English lines: the balance "antes del
 * embarque" is before shipment, "No necesitamos inspección" turns the inspection down.
 */
import { describe, expect, it } from "vitest";
import { findInspection } from "../../../src/core/extract/inspection.ts";
import { findBalance } from "../../../src/core/extract/payment.ts";

describe("terms in Spanish", () => {
  it.each([
    "Pago: 50% anticipo y 50% antes del embarque, por transferencia bancaria.",
    "30% de anticipo, saldo antes de enviar",
  ])("%s: balance before shipment", (text) => expect(findBalance(text)?.value).toBe("before_shipment"));

  it.each([
    ["No necesitamos inspección, confiamos en ustedes.", false, null],
    ["Sin inspección esta vez.", false, null],
    ["Haremos inspección con SGS antes del embarque.", true, "third_party"],
  ])("%s", (text, required, by) => expect(findInspection(text, "buyer")).toMatchObject({ required, by }));
});

/**
 * Buyers in France and Germany write their payment and inspection terms in their own language between English
 * lines: "50% d'acompte par carte, le solde avant expédition", "keine Anzahlung", "Pas besoin d'inspection".
 */
import { describe, expect, it } from "vitest";
import { findInspection } from "../../../src/core/extract/inspection.ts";
import { findBalance, findDeposit, findPaymentMethods } from "../../../src/core/extract/payment.ts";

const deposit = (text: string) => findDeposit(text)?.value ?? null;
const methods = (text: string) => findPaymentMethods(text).map((found) => found.value);

describe("terms in French and German", () => {
  it.each([
    ["Paiement : 50% d'acompte par carte sur Alibaba, le solde avant expédition.", 50],
    ["30% Anzahlung per Überweisung, Restzahlung vor Versand.", 30],
    ["Anzahlung 40%, Rest vor der Verschiffung", 40],
    ["acompte de 30%, solde à la livraison", 30],
    ["Zahlung: keine Anzahlung, 100% irrevocable L/C at sight.", 0],
    ["Paiement sans acompte, 100% avant expédition.", 0],
  ])("%s: deposit %d", (text, percent) => expect(deposit(text)).toBe(percent));

  it.each([
    ["le solde avant expédition", "before_shipment"],
    ["le solde avant l'embarquement", "before_shipment"],
    ["Restzahlung vor Versand", "before_shipment"],
    ["acompte de 30%, solde à la livraison", "on_delivery"],
    ["Restzahlung bei Lieferung", "on_delivery"],
  ])("%s: balance %s", (text, timing) => expect(findBalance(text)?.value).toBe(timing));

  it.each([
    ["50% d'acompte par carte", ["card"]],
    ["Zahlung mit Kreditkarte", ["card"]],
    ["par virement bancaire", ["bank_transfer"]],
    ["per Überweisung", ["bank_transfer"]],
  ])("%s: paid by %j", (text, found) => expect(methods(text)).toEqual(found));

  it.each([
    "Pas besoin d'inspection, on a validé l'échantillon.",
    "Keine Inspektion nötig, das Muster war gut.",
    "ohne Qualitätskontrolle diesmal",
  ])("%s: inspection declined", (text) =>
    expect(findInspection(text, "buyer")).toMatchObject({ required: false, by: null }),
  );
});

describe("nothing paid before production", () => {
  it.each([
    // the deposit turned down, whatever the whole payment said beside it
    [
      "Sorry dear, for new model we need 100% before shipment. No deposit, you pay full amount before loading",
      0,
    ],
    ["Sir we work with no advance: 100% irrevocable L/C at sight, payment against shipping documents.", 0],
    // all of it paid once the goods are made
    ["100% before shipment by T/T", 0],
    ["100% payment before loading", 0],
    // paid before production, or in full now
    ["100% payment before production", 100],
    ["100% by T/T now", 100],
    // a share of the goods checked, not of the money
    ["your qc check 100% before ship, send me video", null],
  ])("%s: deposit %s", (text, percent) => expect(deposit(text)).toBe(percent));

  it("a payment against the shipping documents is after shipment", () =>
    expect(findBalance("100% L/C at sight, payment against shipping documents")?.value).toBe(
      "after_shipment",
    ));
});

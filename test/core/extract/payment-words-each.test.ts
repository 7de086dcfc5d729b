/**
 * Every word of the payment tables this round added, one row each, as a buyer writes it: the deposit turned down
 * in English, German, French and Spanish, the whole paid before shipment, the balance and how it is paid in
 * French, German and Spanish. A word dropped from a table fails here by name.
 */
import { describe, expect, it } from "vitest";
import { findBalance, findDeposit, findPaymentMethods } from "../../../src/core/extract/payment.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const deposit = (text: string) => findDeposit(text)?.value ?? null;
const balance = (text: string) => findBalance(text)?.value ?? null;
const methods = (text: string) => findPaymentMethods(text).map((found) => found.value);

describe("a deposit turned down", () => {
  it.each([
    "no deposit, 100% L/C",
    "no deposit: all before loading",
    "without deposit, balance on B/L",
    "without any deposit.",
    "no advance payment, L/C at sight",
    "no down payment needed",
    "no downpayment required",
    "zero prepayment, 100% against B/L",
    "Zahlung: keine Anzahlung, L/C",
    "keine Vorauszahlung.",
    "ohne Anzahlung, 100% bei Lieferung",
    "sans acompte, tout avant expédition",
    "pas d'acompte, 100% avant expédition",
    "pas d’acompte, merci",
    "sin anticipo, 100% contra entrega",
    "sin adelanto, todo al recibir",
  ])("%s: none", (text) => expect(deposit(text)).toBe(0));

  it.each(["no deposit slip attached yet for 30% deposit", "no depositing today"])(
    "%s: not a deposit turned down",
    (text) => expect(deposit(text)).not.toBe(0),
  );
});

describe("the whole paid before shipment", () => {
  it.each([
    "100% before shipment",
    "100 % before shipping",
    "100% payment before loading",
    "100% paid before delivery",
    "100%  before dispatch",
  ])("%s: nothing before production", (text) => expect(deposit(text)).toBe(0));
});

describe("the balance and its method in French, German and Spanish", () => {
  it.each([
    ["30% d'acompte, solde avant l'embarquement", "before_shipment"],
    ["30% d'acompte, solde avant chargement", "before_shipment"],
    ["30% d'acompte, solde avant envoi", "before_shipment"],
    ["30% Anzahlung, Restbetrag vor der Verladung", "before_shipment"],
    ["30% Anzahlung, Rest vor Auslieferung", "before_shipment"],
    ["30% acompte, solde à la réception", "on_delivery"],
    ["30% Anzahlung, Restzahlung bei Erhalt der Ware", "on_delivery"],
    ["30% anticipo, saldo contra entrega", "on_delivery"],
    ["30% anticipo, resto al recibir", "on_delivery"],
  ])("%s: %s", (text, timing) => expect(balance(text)).toBe(timing));

  it.each([
    ["paiement par carte de crédit", "card"],
    ["paiement par carte bancaire", "card"],
    ["Zahlung mit Karte", "card"],
    ["Zahlung per Kreditkarte", "card"],
    ["pago con tarjeta", "card"],
    ["pago con tarjeta de crédito", "card"],
    ["paiement par virement", "bank_transfer"],
    ["Banküberweisung bitte", "bank_transfer"],
    ["Zahlung: Überweisung", "bank_transfer"],
    ["pago por transferencia bancaria", "bank_transfer"],
  ])("%s: %s", (text, method) => expect(methods(text)).toContain(method));
});

describe("only a third party turned down", () => {
  const chat = [
    "Supplier: our QC checks 100% before packing and send you report + photos",
    "Buyer: ok then we don't need a third party inspector",
  ];

  it("cites the supplier's own check for both fields", () => {
    const evidence = draftOf(chat).evidence.filter((said) => said.field.startsWith("inspection"));
    expect(evidence.map((said) => [said.field, said.line, said.quote])).toEqual([
      ["inspection.required", 1, "our QC checks 100% before packing and send you report + photos"],
      ["inspection.by", 1, "our QC checks 100% before packing and send you report + photos"],
    ]);
  });

  it("a declined inspection cites its line for whether it is required, and names no one", () => {
    const evidence = draftOf(["Supplier: price 2.10", "Buyer: ok, no inspection needed"]).evidence.filter(
      (said) => said.field.startsWith("inspection"),
    );
    expect(evidence.map((said) => said.field)).toEqual(["inspection.required"]);
  });
});

describe("bank transfers by their local names", () => {
  it.each([
    "50% deposit by EFT",
    "we pay by SEPA transfer",
    "deposit via SEPA",
    "EFT to the company account",
  ])("%s: a bank transfer", (text) => expect(methods(text)).toEqual(["bank_transfer"]));

  it.each(["the left shelf", "a sepal-shaped print"])("%s: no payment", (text) =>
    expect(methods(text)).toEqual([]),
  );
});

describe("the balance before the goods leave, said of them", () => {
  it.each([
    "We take credit card, 50% now and 50% before it ships",
    "balance before they ship",
    "70% before it is shipped",
    "rest before they are loaded",
    "balance before it gets dispatched",
  ])("%s: before shipment", (text) => expect(balance(text)).toBe("before_shipment"));

  it("'balance after it ships' is no balance before shipment", () =>
    expect(balance("balance after it ships")).not.toBe("before_shipment"));
});

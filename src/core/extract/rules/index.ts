/**
 * The term rules, in the order they run. Order matters where a rule reads what an earlier one
 * settled: the currency named in words only fills in for prices that gave none, the fee reads the
 * order's currency (from the prices, else the words), the dispatch
 * basis whether a deposit was named, the balance whether the deposit was the whole amount.
 */
import { balanceRule } from "./balance.ts";
import { currencyRule } from "./currency.ts";
import { depositRule } from "./deposit.ts";
import { dispatchRule } from "./dispatch.ts";
import { incotermRule } from "./incoterm.ts";
import { inspectionRule } from "./inspection.ts";
import { paymentMethodRule } from "./payment-method.ts";
import type { AnyTermRule } from "./rule.ts";
import { shippingFeeRule } from "./shipping-fee.ts";
import { shippingMethodRule } from "./shipping-method.ts";

export const termRules: readonly AnyTermRule[] = [
  currencyRule,
  incotermRule,
  shippingMethodRule,
  shippingFeeRule,
  depositRule,
  dispatchRule,
  balanceRule,
  paymentMethodRule,
  inspectionRule,
];

export type { AnyTermRule, ApplyContext, TermRule } from "./rule.ts";

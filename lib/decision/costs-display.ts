/**
 * Costs as the sources give them: an amount per family in its own currency (ISO 4217) and price year, never
 * converted (a conversion would need a sourced rate, and none is stored), never invented (unknown stays
 * unknown). "€ 1.250 (EUR, prijspeil 2024)", "£2,000 (GBP, 2021 prices)". Pure and browser-safe.
 */
import type { Locale } from "../i18n/locale";

/** The cost fields of an intervention, as the catalogue returns them. */
export type CostFacts = {
  amount: number | null;
  /** ISO 4217, three capital letters; set exactly when amount is. */
  currency: string | null;
  /** Price year of the amount. */
  year: number | null;
  sourceUrl: string | null;
  note: string | null;
};

export const DEFAULT_CURRENCY = "EUR";

const tag = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

/** An amount in its currency: whole amounts without cents, others with two decimals. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(tag(locale), {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/** Money rounded to whole units, for results of arithmetic (budgets, cost per family helped). */
export function formatMoneyRounded(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), {
    style: "currency",
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount);
}

/**
 * The amount with its currency code and price year, or null when no amount is known. The code is always
 * named, so a pound amount is never read as euros.
 */
export function formatCost(cost: Pick<CostFacts, "amount" | "currency" | "year">, locale: Locale): string | null {
  if (cost.amount === null || cost.currency === null) return null;
  const money = formatMoney(cost.amount, cost.currency, locale);
  const year =
    cost.year === null
      ? locale === "nl"
        ? "prijspeil onbekend"
        : "price year unknown"
      : locale === "nl"
        ? `prijspeil ${cost.year}`
        : `${cost.year} prices`;
  return `${money} (${cost.currency}, ${year})`;
}

/** The cost fields of a catalogue record (the detail DTO) as CostFacts. */
export function costFactsOf(item: {
  costPerFamily: number | null;
  costCurrency: string | null;
  costYear: number | null;
  costSourceUrl: string | null;
  costNote: string | null;
}): CostFacts {
  return {
    amount: item.costPerFamily,
    currency: item.costCurrency,
    year: item.costYear,
    sourceUrl: item.costSourceUrl,
    note: item.costNote,
  };
}

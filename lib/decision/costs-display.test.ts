/** Costs in their own currency and price year (lib/decision/costs-display.ts), against hand-written strings. */
import { describe, expect, test } from "vitest";
import { formatCost, formatMoney, formatMoneyRounded } from "./costs-display";

// Dutch puts a no-break space between the symbol and the amount.
const nbsp = "\u00a0";

describe("formatCost", () => {
  test("euros in Dutch and English, with the price year", () => {
    expect(formatCost({ amount: 1250, currency: "EUR", year: 2024 }, "nl")).toBe(`€${nbsp}1.250 (EUR, prijspeil 2024)`);
    expect(formatCost({ amount: 1250, currency: "EUR", year: 2024 }, "en")).toBe("€1,250 (EUR, 2024 prices)");
  });

  test("another currency is shown as such, never as euros", () => {
    expect(formatCost({ amount: 2000, currency: "GBP", year: 2021 }, "en")).toBe("£2,000 (GBP, 2021 prices)");
    expect(formatCost({ amount: 2000, currency: "GBP", year: 2021 }, "nl")).toBe(`£${nbsp}2.000 (GBP, prijspeil 2021)`);
    expect(formatCost({ amount: 3400, currency: "USD", year: 2019 }, "en")).toBe("US$3,400 (USD, 2019 prices)");
    expect(formatCost({ amount: 12000, currency: "SEK", year: 2020 }, "nl")).toBe(
      `SEK${nbsp}12.000 (SEK, prijspeil 2020)`,
    );
  });

  test("cents only where the source has them; an unknown year says so", () => {
    expect(formatCost({ amount: 1250.5, currency: "EUR", year: null }, "nl")).toBe(
      `€${nbsp}1.250,50 (EUR, prijspeil onbekend)`,
    );
    expect(formatCost({ amount: 99.95, currency: "GBP", year: null }, "en")).toBe("£99.95 (GBP, price year unknown)");
  });

  test("unknown stays unknown", () => {
    expect(formatCost({ amount: null, currency: null, year: 2024 }, "nl")).toBeNull();
    expect(formatCost({ amount: 100, currency: null, year: null }, "en")).toBeNull();
  });
});

describe("money from arithmetic", () => {
  test("40 families × £1,250.50 = £50,020 (rounded to whole pounds)", () => {
    expect(formatMoneyRounded(40 * 1250.5, "GBP", "en")).toBe("£50,020");
    expect(formatMoneyRounded(5952.5236915, "EUR", "nl")).toBe(`€${nbsp}5.953`);
    expect(formatMoney(17739.31, "EUR", "en")).toBe("€17,739.31");
  });
});

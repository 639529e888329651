import { describe, expect, test } from "vitest";
import { dueWithin } from "./re-review";

describe("due for re-review", () => {
  test("within 90 days of the re-review date, or past it", () => {
    expect(dueWithin({ expiresOn: "2026-06-30", decidedOn: null }, "2026-04-01")).toEqual({
      dueOn: "2026-06-30",
      daysLeft: 90,
    });
    expect(dueWithin({ expiresOn: "2026-07-01", decidedOn: null }, "2026-04-01")).toBeNull();
    expect(dueWithin({ expiresOn: "2025-01-01", decidedOn: null }, "2026-04-01")).toEqual({
      dueOn: "2025-01-01",
      daysLeft: -455,
    });
  });

  test("five years after the decision when no date is stored; never without either", () => {
    expect(dueWithin({ expiresOn: null, decidedOn: "2021-06-01" }, "2026-04-01")).toEqual({
      dueOn: "2026-06-01",
      daysLeft: 61,
    });
    expect(dueWithin({ expiresOn: null, decidedOn: null }, "2026-04-01")).toBeNull();
  });
});

/** U3, Kraemer and Kupfer's NNT (values from R: 100·pnorm(g), 1/(2·pnorm(g/√2) − 1)) and the size words. */
import { describe, expect, test } from "vitest";
import { cohensU3, effectSizeWord, numberNeededToTreat, plainLanguageEffect } from "./plain-language";

describe("formulas", () => {
  const reference: [number, number, number][] = [
    [0.13, 55.1716786655, 13.6534646732],
    [0.2, 57.9259709439, 8.8918199475],
    [0.5, 69.1462461274, 3.6189087817],
    [0.8, 78.8144601417, 2.3343086967],
    [-0.3, 38.2088577811, -5.9525236915],
  ];
  for (const [g, u3, nnt] of reference) {
    test(`g = ${g}: U3 ${u3}%, NNT ${nnt}`, () => {
      expect(cohensU3(g)).toBeCloseTo(u3, 8);
      expect(numberNeededToTreat(g)).toBeCloseTo(nnt, 8);
    });
  }
  test("no effect: U3 is 50% and no number of families is enough", () => {
    expect(cohensU3(0)).toBe(50);
    expect(numberNeededToTreat(0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("size words at their bounds", () => {
  test.each([
    [0.19, "small"],
    [0.2, "modest"],
    [0.49, "modest"],
    [0.5, "medium"],
    [0.79, "medium"],
    [0.8, "large"],
    [-0.35, "modest"],
  ] as const)("|g| = %s is %s", (g, word) => expect(effectSizeWord(g)).toBe(word));
});

describe("plainLanguageEffect", () => {
  test("Euser et al.'s d = 0.13 with a CI above zero: small effect, the NNT interval from the CI bounds", () => {
    const effect = plainLanguageEffect(0.13, 0.05, 0.21, "low");
    expect(effect.summary).toEqual({ nl: "klein effect, lage zekerheid", en: "small effect, low certainty" });
    expect(effect.u3.ciLower).toBeCloseTo(cohensU3(0.05), 12);
    expect(effect.nnt.lower).toBeCloseTo(numberNeededToTreat(0.21), 12);
    expect(effect.nnt.upper).toBeCloseTo(numberNeededToTreat(0.05), 12);
    expect(effect.nnt.harmAtLower).toBeNull();
  });

  test("a CI through zero: the NNT interval runs through infinity to a number needed to harm", () => {
    const effect = plainLanguageEffect(0.3, -0.1, 0.7, "moderate");
    expect(effect.summary.nl).toBe("bescheiden effect, redelijke zekerheid");
    expect(effect.nnt.upper).toBeNull();
    expect(effect.nnt.lower).toBeCloseTo(numberNeededToTreat(0.7), 12);
    expect(effect.nnt.harmAtLower).toBeCloseTo(-numberNeededToTreat(-0.1), 12);
  });

  test("a harmful effect says so; without a CI there are no intervals", () => {
    const effect = plainLanguageEffect(-0.6, null, null, null);
    expect(effect.summary).toEqual({ nl: "middelgroot nadelig effect", en: "medium harmful effect" });
    expect(effect.u3.ciLower).toBeNull();
    expect(effect.nnt.lower).toBeNull();
  });
});

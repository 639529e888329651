import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { escapeFormula, formulaGuard, isPlainNumber, neutraliseFormula, unescapeFormula } from "./csv";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

describe("neutraliseFormula", () => {
  test("prefixes a single quote to a cell starting with = + - @ tab or CR", () => {
    for (const start of TRIGGERS) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula('=HYPERLINK("http://x.example","klik")')).toBe('\'=HYPERLINK("http://x.example","klik")');
  });

  test("leaves other text alone and is idempotent", () => {
    for (const cell of ["", "Triple P", "1+1", " =1", "'=1", "a=b", "http://x.example/?a=-1"])
      expect(neutraliseFormula(cell)).toBe(cell);
    for (const start of TRIGGERS)
      expect(neutraliseFormula(neutraliseFormula(`${start}x`))).toBe(neutraliseFormula(`${start}x`));
  });
});

describe("escapeFormula", () => {
  test("no escaped cell starts with a formula character", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });

  test("reads back exactly, also text that starts with quotes before a formula character", () => {
    const pieces = fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a", "1", " ", '"', ",");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 6 }).map((p) => p.join("")),
        ),
        (text) => {
          expect(unescapeFormula(escapeFormula(text))).toBe(text);
        },
      ),
      { numRuns: 5000 },
    );
    expect(escapeFormula("'=1")).toBe("''=1");
    expect(escapeFormula("'plain")).toBe("'plain");
    expect(unescapeFormula("'plain")).toBe("'plain");
  });
});

describe("formulaGuard with csv-stringify", () => {
  test("neutralises every text cell but leaves plain numbers in numeric columns", () => {
    const cast = formulaGuard({ numericColumns: [1, 2] });
    const csv = stringify(
      [
        ["=cmd", "-9", "-0.25", "-9"],
        ["@SUM(A1)", "=1+1", "1e-7", "+31 20"],
        ["\tx", "-", "", 12],
      ],
      { cast },
    );
    expect(parse(csv)).toEqual([
      ["'=cmd", "-9", "-0.25", "'-9"],
      ["'@SUM(A1)", "'=1+1", "1e-7", "'+31 20"],
      ["'\tx", "'-", "", "12"],
    ]);
  });

  test("reversible: the parsed cells unescape to the written values", () => {
    const record = ["'=x", "=x", "-3", "ok", "-3"];
    const csv = stringify([record], { cast: formulaGuard({ numericColumns: [4], reversible: true }) });
    const [cells] = parse(csv) as string[][];
    expect(cells).toEqual(["''=x", "'=x", "'-3", "ok", "-3"]);
    expect(cells.map(unescapeFormula)).toEqual(record);
  });

  test("plain numbers", () => {
    for (const n of ["0", "-9", "-0.25", "12.", ".5", "1e-7", "-1.5E+3"]) expect(isPlainNumber(n)).toBe(true);
    for (const n of ["", "-", "+1", "1-1", "-1+1", "=1", "1,5", " 1", "-9 "]) expect(isPlainNumber(n)).toBe(false);
  });
});

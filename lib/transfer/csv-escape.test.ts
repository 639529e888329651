/**
 * Every column of every file of the CSV zip, one at a time: a text (or list) starting with a character that
 * makes a spreadsheet run a formula is written with a single quote in front and read back as it was (list
 * values trimmed, as the reader does); a negative number is written as a plain number and read back as it.
 */
import { describe, expect, test } from "vitest";
import { parse } from "csv-parse/sync";
import { CSV_FILES, csvRows, fromCell, type CellType, type CsvFileName } from "./csv-layout";

const STARTS = ["=", "+", "-", "@", "\t", "\r"];
const FORMULA = /^[=+\-@\t\r]/;
const files = Object.entries(CSV_FILES) as [CsvFileName, (typeof CSV_FILES)[CsvFileName]][];

/** Values of a column's type that a careless export would write as a formula (or must keep as numbers). */
function hostile(type: CellType): unknown[] {
  switch (type) {
    case "text":
      return [...STARTS.map((s) => `${s}HYPERLINK("https://evil.example")`), "'=already quoted", "''-twice"];
    case "list":
      return STARTS.map((s) => [`${s}a`, "b"]);
    case "int":
      return [-9, -3, 0];
    case "number":
      return [-0.25, -1e-7, -12.5];
    case "bool":
    case "json":
      return [];
  }
}

describe("the CSV zip's cells", () => {
  for (const [file, columns] of files) {
    test(`${file}: every column on its own`, () => {
      let checked = 0;
      for (const [column, type] of columns) {
        for (const value of hostile(type)) {
          const row = { [column]: value };
          const [cells] = parse(csvRows(columns, [row]), { relax_quotes: false }) as string[][];
          const i = columns.findIndex(([c]) => c === column);
          const cell = cells[i];
          const label = `${file} ${column} ${JSON.stringify(value)}`;
          if (type === "int" || type === "number") expect(cell, label).toBe(String(value));
          else {
            expect(cell, label).not.toMatch(FORMULA);
            expect(cell.startsWith("'"), label).toBe(true);
          }
          // (List values are slugs: the reader trims each, as it always has.)
          const expected = type === "list" ? (value as string[]).map((v) => v.trim()) : value;
          expect(fromCell(cell, type), label).toEqual(expected);
          // The other cells of the row are empty: nothing else was touched.
          expect(
            cells.filter((_, j) => j !== i).every((c) => c === ""),
            label,
          ).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});

/**
 * CSV cells that a spreadsheet would run as a formula ("CSV injection"). A text cell that starts with =, +,
 * -, @, a tab or a carriage return gets a single quote in front, as OWASP recommends: spreadsheets show the
 * cell as text starting at the character after the quote and never evaluate it. A plain number in a numeric
 * column ("-9", "-0.25", "1e-7") is left as it is, so it stays a number in the sheet and on re-import.
 *
 * Two forms:
 * - neutraliseFormula: the plain prefix, for exports that are only read (the catalogue CSV of the API). It
 *   is idempotent: an already prefixed cell starts with the quote and is not prefixed again.
 * - escapeFormula / unescapeFormula: a reversible form for files that are imported again (the exchange
 *   format's CSV zip). A cell that starts with quotes followed by one of the characters above gets one
 *   more quote, and the import takes exactly one off such a cell, so every text reads back as written,
 *   including a text that itself starts with "'=".
 *
 * Browser-safe: pure functions.
 */
import type { CastingContext, Options } from "csv-stringify";

/** The characters that make a spreadsheet read a cell as a formula (or smuggle one in). */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPABLE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
/** A number as the exports write one: optional minus, digits with an optional fraction, optional exponent. */
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The cell with a single quote in front when it would start a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** neutraliseFormula, made reversible by unescapeFormula (see above). */
export function escapeFormula(cell: string): string {
  return ESCAPABLE.test(cell) ? `'${cell}` : cell;
}

/** The text escapeFormula was given. */
export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

export const isPlainNumber = (cell: string): boolean => PLAIN_NUMBER.test(cell);

/**
 * csv-stringify's `cast` option that guards every string cell: cells of a column in `numericColumns` (by
 * index in the record, or key for object records) that hold a plain number are written as they are, every
 * other string is neutralised (or escaped with `reversible`). Values that are numbers are not strings and
 * keep csv-stringify's own formatting.
 */
export function formulaGuard(
  options: { numericColumns?: Iterable<number | string>; reversible?: boolean } = {},
): NonNullable<Options["cast"]> {
  const numeric = new Set(options.numericColumns ?? []);
  const guard = options.reversible ? escapeFormula : neutraliseFormula;
  return {
    string: (value: string, context: CastingContext) =>
      context.column !== undefined && numeric.has(context.column) && isPlainNumber(value) ? value : guard(value),
  };
}

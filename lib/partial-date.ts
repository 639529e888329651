/** Dates as precise as their source: "2019", "2019-06" or "2019-06-14". */
import { z } from "zod";

export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "Use YYYY, YYYY-MM or YYYY-MM-DD");

/** The first day the partial date can mean, as a UTC date. */
export function partialDateStart(value: string): Date {
  const [year, month = "01", day = "01"] = value.split("-");
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

export function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

/** Recognitions are re-assessed five years after the decision (NJi's re-review rule). */
export const RECOGNITION_VALID_YEARS = 5;

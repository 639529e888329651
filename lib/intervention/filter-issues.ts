/**
 * A bad catalogue query string, as problems a page can put in the visitor's own words: which parameter,
 * the value(s) given, and whether the parameter is one the catalogue knows at all. The API answers the
 * same input with its English 400 (lib/api/http); pages must not show that developer text.
 */
import type { z } from "zod";

export type FilterProblem = {
  /** The query parameter, e.g. "ageMonths". */
  param: string;
  /** False for a parameter the catalogue does not have (a typo or an old link). */
  known: boolean;
  /** The offending values as given (shortened), in URL order. */
  values: string[];
};

const MAX_VALUE_LENGTH = 40;
const shorten = (value: string) => (value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value);

/** One problem per parameter, in the order the schema reported them. */
export function describeFilterProblems(
  error: z.ZodError,
  raw: Record<string, string | string[] | undefined>,
): FilterProblem[] {
  const given = (param: string): string[] => {
    const value = raw[param];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const problems = new Map<string, FilterProblem>();
  const add = (param: string, known: boolean, values: string[]) => {
    const problem = problems.get(param) ?? { param, known, values: [] };
    for (const v of values.map(shorten)) if (!problem.values.includes(v)) problem.values.push(v);
    problems.set(param, problem);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(key, false, given(key));
      continue;
    }
    const [param, index] = issue.path;
    if (typeof param !== "string") {
      add("(root)", false, []);
      continue;
    }
    const values = given(param);
    // A repeatable parameter names the one bad value by its position; otherwise show all that was given.
    add(param, true, typeof index === "number" && values[index] !== undefined ? [values[index]] : values);
  }
  return [...problems.values()];
}

/** The query string without the parameters that have problems: the same search minus what was wrong. */
export function withoutProblems(
  raw: Record<string, string | string[] | undefined>,
  problems: FilterProblem[],
): URLSearchParams {
  const bad = new Set(problems.map((p) => p.param));
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (bad.has(key) || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}

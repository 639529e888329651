import { describe, expect, it } from "vitest";
import { describeFilterProblems, withoutProblems } from "./filter-issues";
import { parseInterventionFilters, searchParamsToObject } from "./schemas";

function problemsOf(query: string) {
  const raw = searchParamsToObject(new URLSearchParams(query));
  const parsed = parseInterventionFilters(raw);
  if (parsed.ok) throw new Error(`expected ${query} to be refused`);
  return { raw, problems: describeFilterProblems(parsed.error, raw) };
}

describe("bad catalogue query strings as problems per parameter", () => {
  it("names the parameter and the value given", () => {
    expect(problemsOf("ageMonths=abc").problems).toEqual([{ param: "ageMonths", known: true, values: ["abc"] }]);
    expect(problemsOf("page=0").problems).toEqual([{ param: "page", known: true, values: ["0"] }]);
  });

  it("points at the one bad value of a repeatable parameter", () => {
    expect(problemsOf("targetGroup=selective&targetGroup=everyone").problems).toEqual([
      { param: "targetGroup", known: true, values: ["everyone"] },
    ]);
  });

  it("shows every value of a single-valued parameter given twice", () => {
    expect(problemsOf("ageMonths=3&ageMonths=4").problems).toEqual([
      { param: "ageMonths", known: true, values: ["3", "4"] },
    ]);
  });

  it("reports an unknown parameter as unknown, once per parameter", () => {
    const { problems } = problemsOf("foo=1&rating=bogus");
    expect(problems).toContainEqual({ param: "foo", known: false, values: ["1"] });
    expect(problems).toContainEqual({ param: "rating", known: true, values: ["bogus"] });
    expect(problems).toHaveLength(2);
  });

  it("reports a cross-field rule on the parameter that breaks it", () => {
    expect(problemsOf("minEffect=0.2").problems).toEqual([{ param: "minEffect", known: true, values: ["0.2"] }]);
  });

  it("shortens very long values", () => {
    const [problem] = problemsOf(`q=${"x".repeat(300)}`).problems;
    expect(problem.values[0]).toHaveLength(41);
  });

  it("keeps the rest of the search when leaving the bad parameters out", () => {
    const { raw, problems } = problemsOf("targetGroup=selective&ageMonths=abc&outcome=a&outcome=b");
    expect(withoutProblems(raw, problems).toString()).toBe("targetGroup=selective&outcome=a&outcome=b");
  });
});

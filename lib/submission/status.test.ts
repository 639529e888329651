/** Every owner and editor action in every status: which status follows, and which are refused. */
import { describe, expect, test } from "vitest";
import { isEditable, nextStatus, SUBMISSION_STATUS_SLUGS, type SubmissionAction } from "./status";
import type { StudyStatus } from "../../generated/prisma/enums";

const STATUSES: StudyStatus[] = ["DRAFT", "SUBMITTED", "NEEDS_CHANGES", "ACCEPTED", "REJECTED", "WITHDRAWN"];
const ACTIONS: SubmissionAction[] = ["edit", "submit", "withdraw", "accept", "reject", "ask"];

/** The whole table, written out: rows are statuses, columns the actions above (null: refused). */
const EXPECTED: Record<StudyStatus, (StudyStatus | null)[]> = {
  // columns: edit, submit, withdraw, accept, reject, ask
  DRAFT: ["DRAFT", "SUBMITTED", "WITHDRAWN", null, null, null],
  SUBMITTED: [null, null, "WITHDRAWN", "ACCEPTED", "REJECTED", "NEEDS_CHANGES"],
  NEEDS_CHANGES: ["NEEDS_CHANGES", "SUBMITTED", "WITHDRAWN", null, null, null],
  ACCEPTED: [null, null, null, null, null, null],
  REJECTED: [null, null, null, null, null, null],
  WITHDRAWN: [null, null, null, null, null, null],
};

describe("nextStatus", () => {
  for (const status of STATUSES) {
    ACTIONS.forEach((action, column) => {
      const expected = EXPECTED[status][column];
      test(`${action} on ${status} → ${expected ?? "refused"}`, () => {
        expect(nextStatus(status, action)).toBe(expected);
      });
    });
  }

  test("decided and withdrawn entries are final for their owner", () => {
    for (const status of ["ACCEPTED", "REJECTED", "WITHDRAWN"] as const) {
      expect(ACTIONS.map((action) => nextStatus(status, action))).toEqual(ACTIONS.map(() => null));
    }
  });
});

describe("isEditable", () => {
  test("only drafts and entries the editors sent back", () => {
    expect(STATUSES.filter(isEditable)).toEqual(["DRAFT", "NEEDS_CHANGES"]);
  });
});

describe("slugs", () => {
  test("one lowercase slug per status, all different", () => {
    expect(Object.keys(SUBMISSION_STATUS_SLUGS).sort()).toEqual([...STATUSES].sort());
    const slugs = Object.values(SUBMISSION_STATUS_SLUGS);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(SUBMISSION_STATUS_SLUGS.NEEDS_CHANGES).toBe("needs-changes");
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

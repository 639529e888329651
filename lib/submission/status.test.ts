/** Every owner and editor action in every status: which status follows, and which are refused. */
import { describe, expect, test } from "vitest";
import { isEditable, nextStatus, SUBMISSION_STATUS_SLUGS, type SubmissionAction } from "./status";
import type { StudyStatus } from "../../generated/prisma/enums";

const STATUSES: StudyStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "NEEDS_CHANGES",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
  "RETRACTED",
];
const ACTIONS: SubmissionAction[] = ["edit", "submit", "withdraw", "accept", "reject", "ask", "retract"];

/** The whole table, written out: rows are statuses, columns the actions above (null: refused). */
const EXPECTED: Record<StudyStatus, (StudyStatus | null)[]> = {
  // columns: edit, submit, withdraw, accept, reject, ask, retract
  DRAFT: ["DRAFT", "SUBMITTED", "WITHDRAWN", null, null, null, null],
  SUBMITTED: [null, null, "WITHDRAWN", "ACCEPTED", "REJECTED", "NEEDS_CHANGES", null],
  NEEDS_CHANGES: ["NEEDS_CHANGES", "SUBMITTED", "WITHDRAWN", null, null, null, null],
  ACCEPTED: [null, null, null, null, null, null, "RETRACTED"],
  REJECTED: [null, null, null, null, null, null, null],
  WITHDRAWN: [null, null, null, null, null, null, null],
  RETRACTED: [null, null, null, null, null, null, null],
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

  test("decided, withdrawn and retracted entries are final for their owner", () => {
    const ownerActions = ACTIONS.filter((action) => action !== "retract");
    for (const status of ["ACCEPTED", "REJECTED", "WITHDRAWN", "RETRACTED"] as const) {
      expect(ownerActions.map((action) => nextStatus(status, action))).toEqual(ownerActions.map(() => null));
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

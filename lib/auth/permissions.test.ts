/** Grants per role, own vs any, and the guards built on them (lib/auth/viewer.ts). */
import { describe, expect, test } from "vitest";
import { canActOn, GRANTS, hasPermission, roleFromSlug, ROLES, ROLE_SLUGS, type Permission } from "./permissions";
import { requireAccessTo, requirePermission, requireViewer, type Viewer } from "./viewer";
import { AppError } from "../errors";

const viewer = (role: Viewer["role"], id = `${role.toLowerCase()}-1`): Viewer => ({
  id,
  email: `${id}@example.org`,
  name: id,
  role,
});

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("grants per role", () => {
  test("an officer handles their own account, shortlists and saved searches, nothing of others", () => {
    expect([...GRANTS.OFFICER].sort()).toEqual(
      [
        "read:account:own",
        "update:account:own",
        ...(["create", "read", "update", "delete"] as const).flatMap((verb) => [
          `${verb}:shortlist:own`,
          `${verb}:saved-search:own`,
        ]),
      ].sort(),
    );
  });

  test("a researcher handles their own submissions and API tokens, nothing of others", () => {
    const expected: Permission[] = [
      ...GRANTS.OFFICER,
      "create:submission:own",
      "read:submission:own",
      "update:submission:own",
      "submit:submission:own",
      "withdraw:submission:own",
      "create:api-token:own",
      "read:api-token:own",
      "revoke:api-token:own",
    ];
    expect([...GRANTS.RESEARCHER].sort()).toEqual(expected.sort());
    expect(GRANTS.RESEARCHER.some((grant) => grant.endsWith(":any"))).toBe(false);
  });

  test("an admin holds every researcher grant plus review, curation, import and export, users and the audit log", () => {
    expect(GRANTS.ADMIN).toEqual(expect.arrayContaining([...GRANTS.RESEARCHER]));
    expect(GRANTS.ADMIN.filter((grant) => !GRANTS.RESEARCHER.includes(grant)).sort()).toEqual(
      [
        "read:submission:any",
        "review:submission:any",
        "retract:submission:any",
        "create:intervention:any",
        "update:intervention:any",
        "rate:intervention:any",
        "manage:clearinghouse:any",
        "import:catalogue:any",
        "export:catalogue:any",
        "manage:setting:any",
        "manage:user:any",
        "read:audit-log:any",
      ].sort(),
    );
  });

  test("role slugs go both ways; unknown slugs are null", () => {
    for (const role of ROLES) expect(roleFromSlug(ROLE_SLUGS[role])).toBe(role);
    expect(roleFromSlug("ADMIN")).toBeNull();
    expect(roleFromSlug("superuser")).toBeNull();
  });
});

describe("own versus any", () => {
  test("an own grant covers own records only; an any grant covers both", () => {
    expect(hasPermission("RESEARCHER", "read", "submission", "own")).toBe(true);
    expect(hasPermission("RESEARCHER", "read", "submission", "any")).toBe(false);
    expect(hasPermission("ADMIN", "read", "submission", "own")).toBe(true);
    expect(hasPermission("ADMIN", "read", "submission", "any")).toBe(true);
    expect(hasPermission("ADMIN", "update", "submission", "any")).toBe(false);
    expect(hasPermission("OFFICER", "create", "submission", "own")).toBe(false);
  });

  test("canActOn compares the owner with the user; an unowned record needs an any grant", () => {
    const researcher = { id: "r", role: "RESEARCHER" as const };
    const admin = { id: "a", role: "ADMIN" as const };
    expect(canActOn(researcher, "update", "submission", "r")).toBe(true);
    expect(canActOn(researcher, "update", "submission", "someone")).toBe(false);
    expect(canActOn(researcher, "read", "submission", null)).toBe(false);
    expect(canActOn(admin, "read", "submission", null)).toBe(true);
    expect(canActOn(admin, "review", "submission", "someone")).toBe(true);
    expect(canActOn(admin, "withdraw", "submission", "someone")).toBe(false);
  });
});

describe("guards", () => {
  test("no viewer: 401 everywhere", () => {
    expect(codeOf(() => requireViewer(null))).toBe("UNAUTHORIZED");
    expect(codeOf(() => requirePermission(null, "read", "submission"))).toBe("UNAUTHORIZED");
    expect(codeOf(() => requireAccessTo(null, "read", "submission", "x"))).toBe("UNAUTHORIZED");
  });

  test("a role without the grant: 403", () => {
    expect(codeOf(() => requirePermission(viewer("OFFICER"), "create", "submission"))).toBe("FORBIDDEN");
    expect(codeOf(() => requirePermission(viewer("OFFICER"), "create", "api-token"))).toBe("FORBIDDEN");
    expect(codeOf(() => requirePermission(viewer("RESEARCHER"), "review", "submission"))).toBe("FORBIDDEN");
    expect(requirePermission(viewer("RESEARCHER"), "create", "submission").role).toBe("RESEARCHER");
  });

  test("someone else's record: not found when it cannot be read, forbidden when it can be read only", () => {
    const researcher = viewer("RESEARCHER", "r");
    const admin = viewer("ADMIN", "a");
    expect(requireAccessTo(researcher, "update", "submission", "r")).toBe(researcher);
    expect(codeOf(() => requireAccessTo(researcher, "update", "submission", "other"))).toBe("NOT_FOUND");
    expect(codeOf(() => requireAccessTo(researcher, "read", "submission", "other"))).toBe("NOT_FOUND");
    expect(requireAccessTo(admin, "read", "submission", "other")).toBe(admin);
    expect(codeOf(() => requireAccessTo(admin, "update", "submission", "other"))).toBe("FORBIDDEN");
    expect(codeOf(() => requireAccessTo(researcher, "revoke", "api-token", "other"))).toBe("NOT_FOUND");
  });
});

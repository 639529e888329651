/**
 * The audit log page's data on a real database: newest first, filtered by user, entity type and id, and
 * calendar days in Amsterdam; bad query-string values answer with a message naming the parameter; the CSV
 * export neutralises cells a spreadsheet would run as formulas; only admins read the log.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import {
  exportAuditCsv,
  findAuditEntityTypes,
  findAuditEntries,
  parseAuditQuery,
  startOfDay,
  type AuditFilters,
} from "@/lib/curation/audit-log";

let db: Db;
let admin: Viewer;
let editor: Viewer;
let mallory: Viewer;

async function entry(
  actor: Viewer | null,
  at: string,
  action: string,
  entityType: string,
  entityId: string,
  data?: object,
) {
  return db.auditLog.create({
    data: { actorId: actor?.id ?? null, createdAt: new Date(at), action, entityType, entityId, data },
    select: { id: true },
  });
}

withTestDatabase({}, (database) => (db = database.prisma));
beforeAll(async () => {
  admin = await createViewer(db, "ADMIN", "beheerder");
  editor = await createViewer(db, "ADMIN", "redacteur");
  mallory = await db.user.create({
    data: { email: "mallory@example.org", name: '=HYPERLINK("https://evil.example","klik")', role: "OFFICER" },
    select: { id: true, email: true, name: true, role: true },
  });
  await entry(admin, "2026-03-01T10:00:00Z", "user.role", "user", "u1", { from: "officer", to: "researcher" });
  await entry(editor, "2026-03-05T09:00:00Z", "intervention.update", "Intervention", "7", { slug: "voorzorg" });
  // 23:30 UTC on 10 March is 00:30 on 11 March in Amsterdam (CET, UTC+1).
  await entry(editor, "2026-03-10T23:30:00Z", "intervention.update", "Intervention", "8", { slug: "theraplay" });
  await entry(null, "2026-03-12T08:00:00Z", "user.create", "user", "u2", { email: "x@example.nl", role: "officer" });
  await entry(mallory, "2026-03-13T08:00:00Z", "-2+3", "Study", "=1+1", { note: "@SUM(A1:A9)" });
});

const ids = async (filters: AuditFilters, page = 1, pageSize = 50) =>
  (await findAuditEntries({ viewer: admin, filters, page, pageSize }, db)).items.map(
    (item) => `${item.entityType}:${item.entityId}`,
  );

describe("the entries", () => {
  test("come newest first, with the acting user", async () => {
    const page = await findAuditEntries({ viewer: admin, filters: {} }, db);
    expect(page.total).toBe(5);
    expect(page.items.map((item) => item.action)).toEqual([
      "-2+3",
      "user.create",
      "intervention.update",
      "intervention.update",
      "user.role",
    ]);
    expect(page.items[1].actor).toBeNull();
    expect(page.items[4].actor).toEqual({ id: admin.id, email: admin.email, name: admin.name });
  });

  test("are filtered by user, entity type, entity id and day, and paged", async () => {
    expect(await ids({ actor: editor.email })).toEqual(["Intervention:8", "Intervention:7"]);
    expect(await ids({ entityType: "user" })).toEqual(["user:u2", "user:u1"]);
    expect(await ids({ entityType: "Intervention", entityId: "7" })).toEqual(["Intervention:7"]);
    // Days are Amsterdam's: the entry at 23:30 UTC on 10 March belongs to 11 March.
    expect(await ids({ from: "2026-03-11" })).toEqual(["Study:=1+1", "user:u2", "Intervention:8"]);
    expect(await ids({ to: "2026-03-10" })).toEqual(["Intervention:7", "user:u1"]);
    expect(await ids({ from: "2026-03-05", to: "2026-03-11", actor: editor.email })).toEqual([
      "Intervention:8",
      "Intervention:7",
    ]);
    expect(await ids({}, 2, 2)).toEqual(["Intervention:8", "Intervention:7"]);
    expect(await findAuditEntityTypes({ viewer: admin }, db)).toEqual(["Intervention", "Study", "user"]);
  });

  test("an unknown user's e-mail is a problem with that parameter", async () => {
    const error = await refusal(
      findAuditEntries({ viewer: admin, filters: { actor: "nobody@example.nl" }, locale: "nl" }, db),
    );
    expect(error).toMatchObject({
      code: "INVALID",
      issues: [{ path: "actor", message: "Er is geen gebruiker met e-mailadres nobody@example.nl" }],
    });
  });

  test("days begin at midnight in Amsterdam, in winter and in summer time", () => {
    expect(startOfDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    // The day the clocks go forward (29 March 2026) still begins at midnight winter time.
    expect(startOfDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("the query string", () => {
  test("bad values give a message naming the parameter, in the page's language", () => {
    expect(parseAuditQuery({ from: "2026-02-30", to: "yesterday", page: "0", actor: "not-an-email" }, "en")).toEqual({
      ok: false,
      issues: [
        { path: "actor", message: "actor must be an e-mail address" },
        { path: "from", message: "from must be a date as YYYY-MM-DD" },
        { path: "to", message: "to must be a date as YYYY-MM-DD" },
        { path: "page", message: "page must be a whole number from 1 to 100000" },
      ],
    });
    expect(parseAuditQuery({ entityId: "7", from: "2026-03-10", to: "2026-03-01" }, "nl")).toEqual({
      ok: false,
      issues: [
        { path: "entityId", message: "Kies bij entityId ook een entityType" },
        { path: "to", message: "to ligt vóór from" },
      ],
    });
    expect(parseAuditQuery({ entityType: ["user", "Study"] }, "en")).toEqual({
      ok: false,
      issues: [{ path: "entityType", message: "Give entityType at most once" }],
    });
    expect(parseAuditQuery({ entityType: "user; DROP TABLE" }, "en")).toMatchObject({
      ok: false,
      issues: [{ path: "entityType" }],
    });
  });

  test("good values are parsed; empty ones are absent", () => {
    expect(parseAuditQuery({ actor: " Redacteur@Example.org ", from: "2026-03-01", to: "", page: "2" }, "en")).toEqual({
      ok: true,
      data: {
        actor: "redacteur@example.org",
        entityType: undefined,
        entityId: undefined,
        from: "2026-03-01",
        to: undefined,
        page: 2,
      },
    });
  });
});

describe("the CSV export", () => {
  test("has every matching entry and neutralises cells that start like a formula", async () => {
    const { csv, total } = await exportAuditCsv({ viewer: admin, filters: {} }, db);
    expect(total).toBe(5);
    expect(csv.startsWith("\uFEFFid,created_at,actor_email,actor_name,action,entity_type,entity_id,data\r\n")).toBe(
      true,
    );
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(6);
    const mallorysLine = lines[1];
    expect(mallorysLine).toContain(
      `,mallory@example.org,"'=HYPERLINK(""https://evil.example"",""klik"")",'-2+3,Study,'=1+1,`,
    );
    // JSON starts with a brace: no neutralisation needed, the formula-like text inside stays data.
    expect(mallorysLine).toContain(`"{""note"":""@SUM(A1:A9)""}"`);
    expect(lines[2]).toMatch(/^\d+,2026-03-12T08:00:00\.000Z,,,user\.create,user,u2,/);

    const filtered = await exportAuditCsv({ viewer: admin, filters: { entityType: "Intervention" } }, db);
    expect(filtered.total).toBe(2);
  });

  test("a cell starting with a tab or a carriage return is neutralised too", async () => {
    await entry(admin, "2026-03-14T08:00:00Z", "\tcmd", "Study", "\r=2", {});
    const { csv } = await exportAuditCsv({ viewer: admin, filters: { from: "2026-03-14" } }, db);
    const line = csv.slice(1).split("\r\n")[1];
    expect(line).toContain(`,'\tcmd,Study,"'\r=2",{}`);
  });
});

describe("who may read the log", () => {
  test("an officer and a researcher are refused", async () => {
    const researcher = await createViewer(db, "RESEARCHER", "onderzoeker");
    for (const viewer of [mallory, researcher]) {
      expect((await refusal(findAuditEntries({ viewer, filters: {} }, db))).code).toBe("FORBIDDEN");
      expect((await refusal(exportAuditCsv({ viewer, filters: {} }, db))).code).toBe("FORBIDDEN");
      expect((await refusal(findAuditEntityTypes({ viewer }, db))).code).toBe("FORBIDDEN");
    }
    expect((await refusal(findAuditEntries({ viewer: null, filters: {} }, db))).code).toBe("UNAUTHORIZED");
  });
});

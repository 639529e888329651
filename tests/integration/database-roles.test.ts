/**
 * Two roles on a PostgreSQL server: the app connects as a role that owns nothing (DATABASE_URL) and gets its
 * rights from lib/database/grants.ts, run by the migrating role. Everything the app does at runtime works as
 * that role (catalogue reads, draft studies, facet changes and the facet merge), while switching off a
 * trigger, truncating or changing the schema is refused. Uses the app's role from DATABASE_URL when
 * DATABASE_MIGRATION_URL names another user (as .ci/run sets up), else a throw-away role created here.
 * PGlite has one user, so this runs only against a server.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTestDatabase, withDatabase } from "@/tests/helpers/test-database";
import { prismaOn, type Database, type Db } from "@/lib/database/client";
import { grantAppRole } from "@/lib/database/grants";
import { resolveMigrationTarget, separateAppRole } from "@/lib/database/target";
import { mergeFacetBitmaps } from "@/lib/intervention/facet-merge";
import { findInterventions } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";

const onServer = Boolean(process.env.DATABASE_URL?.trim());

describe.skipIf(!onServer)("the app's role owns nothing and can still do all the app does", () => {
  let owner: Database;
  let role: string;
  let throwAwayRole = false;
  let appUrl: string;
  let app: Db;
  let raw: pg.Client;
  const filters = (input: Record<string, string>) => ({
    ...withDefaults(interventionFiltersSchema.parse(input)),
    pageSize: 100,
  });

  beforeAll(async () => {
    owner = await createTestDatabase({ seed: true });
    const ownerUrl = (owner.target as { url: string }).url;
    const name = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
    const configured = separateAppRole();
    if (configured) {
      role = configured;
      appUrl = withDatabase(process.env.DATABASE_URL!, name);
    } else {
      role = `effectwijzer_test_app_${randomUUID().replace(/-/g, "").slice(0, 8)}`;
      const password = randomUUID();
      await owner.prisma.$executeRawUnsafe(`CREATE ROLE "${role}" LOGIN PASSWORD '${password}'`);
      throwAwayRole = true;
      const u = new URL(ownerUrl);
      u.username = role;
      u.password = password;
      appUrl = u.toString();
    }
    await grantAppRole(owner.prisma, role);
    app = prismaOn(new PrismaPg({ connectionString: appUrl, max: 2 }));
    raw = new pg.Client({ connectionString: appUrl });
    await raw.connect();
  });

  afterAll(async () => {
    await raw?.end();
    await app?.$disconnect();
    await owner?.close();
    if (throwAwayRole) {
      // The database (and with it the role's grants) is gone; the role itself lives in the cluster.
      const admin = new pg.Client({ connectionString: (resolveMigrationTarget() as { url: string }).url });
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS "${role}"`);
      await admin.end();
    }
  });

  test("it is a different, unprivileged user that owns no table, sequence or function", async () => {
    const { rows } = await raw.query<{ user: string; superuser: boolean; owned: number }>(
      `SELECT current_user::text AS user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              (SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole)::int
                + (SELECT count(*) FROM pg_proc WHERE proowner = current_user::regrole)::int AS owned`,
    );
    expect(rows[0]).toEqual({ user: role, superuser: false, owned: 0 });
  });

  test("reads the catalogue, saves a draft study and a facet change, and merges the bitmaps", async () => {
    const before = await findInterventions(app, { filters: filters({ rating: "goed-beschreven" }) });
    expect(before.total).toBeGreaterThan(0);
    const target = await app.intervention.findFirstOrThrow({
      where: { evidenceLevel: { notIn: ["GOED_BESCHREVEN", "GOED_ONDERBOUWD"] } },
      select: { id: true, slug: true },
      orderBy: { slug: "asc" },
    });

    // A researcher and a draft study (a submission as the submissions API saves it): sequences, defaults.
    const researcher = await app.user.create({
      data: { email: `roles-${randomUUID()}@example.org`, name: "Role test", role: "RESEARCHER" },
    });
    const draft = await app.study.create({
      data: {
        interventionId: target.id,
        citation: "Draft by the app's role",
        design: "RCT",
        submitterId: researcher.id,
      },
    });
    expect(draft.status).toBe("DRAFT");
    await app.study.update({ where: { id: draft.id }, data: { summary: "edited" } });

    // A facet change: the triggers rewrite the intervention's own facet row and mark it pending, as this role.
    await app.intervention.update({ where: { id: target.id }, data: { evidenceLevel: "GOED_BESCHREVEN" } });
    expect(await app.interventionFacetPending.count({ where: { interventionId: target.id } })).toBe(1);
    const pendingRead = await findInterventions(app, { filters: filters({ rating: "goed-beschreven" }) });
    expect(pendingRead.items.map((i) => i.slug)).toContain(target.slug);

    expect(await mergeFacetBitmaps(app)).toBeGreaterThanOrEqual(1);
    expect(await app.interventionFacetPending.count()).toBe(0);
    const merged = await findInterventions(app, { filters: filters({ rating: "goed-beschreven" }) });
    expect(merged.total).toBe(pendingRead.total);
    expect(merged.items.map((i) => i.slug)).toEqual(pendingRead.items.map((i) => i.slug));

    await app.study.delete({ where: { id: draft.id } });
    await app.user.delete({ where: { id: researcher.id } });
  });

  test("cannot switch off a trigger, truncate or change the schema", async () => {
    const refused = async (sql: string) => {
      await raw.query("BEGIN");
      try {
        await raw.query(sql);
        return null;
      } catch (error) {
        return (error as { code?: string }).code;
      } finally {
        await raw.query("ROLLBACK");
      }
    };
    // 42501: insufficient_privilege ("must be owner of table …", "permission denied …").
    expect(await refused(`ALTER TABLE "RatingEvent" DISABLE TRIGGER rating_event_append_only`)).toBe("42501");
    expect(await refused(`ALTER TABLE "TargetGroup" DISABLE TRIGGER USER`)).toBe("42501");
    expect(await refused(`TRUNCATE "RatingEvent"`)).toBe("42501");
    expect(await refused(`ALTER TABLE "Intervention" ADD COLUMN sneaky int`)).toBe("42501");
    expect(await refused(`DROP FUNCTION intervention_facet_merge()`)).toBe("42501");
  });

  test("default privileges cover what a later migration creates", async () => {
    await owner.prisma.$executeRawUnsafe(`CREATE TABLE "RolesProbe" (id serial PRIMARY KEY, note text)`);
    await raw.query(`INSERT INTO "RolesProbe" (note) VALUES ('by the app')`);
    const { rows } = await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "RolesProbe"`);
    expect(rows[0].n).toBe(1);
  });
});

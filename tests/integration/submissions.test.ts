/**
 * The submission data layer on a real database: who may save, edit, submit and withdraw which entry; one
 * transaction per save; cross-record checks (slugs, duplicate DOI); and that drafts and submitted entries
 * stay out of the catalogue, the pooled effects and the facet tables until curation accepts them.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import {
  parseWithLocale,
  submissionSchema,
  type SubmissionDraft,
  type SubmissionInput,
} from "@/lib/submission/schemas";
import { saveSubmission, submitSubmission, withdrawSubmission } from "@/lib/submission/mutations";
import { findOwnSubmissions, findSubmissionChoices, getSubmission } from "@/lib/submission/queries";
import { submissionDtoSchema, toSubmissionInput } from "@/lib/submission/api-schemas";
import { findInterventions } from "@/lib/intervention/queries";
import { studyEffect } from "@/lib/stats/meta-analysis";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";

let db: Db;
let researcher: Viewer;
let other: Viewer;
let officer: Viewer;
let admin: Viewer;

function draft(overrides: Partial<SubmissionDraft> = {}): SubmissionDraft {
  return {
    intervention: "theraplay",
    study: {
      citation: "Jansen, A. (2024). A trial of Theraplay. Journal of Family Studies, 12, 1–20.",
      doi: "https://doi.org/10.5555/Submission.Test.1",
      year: 2024,
      design: "rct",
      country: "Netherlands",
      sampleSize: 120,
      followUpMonths: 6,
      riskOfBias: { tool: "rob2", domains: ["low", "low", "some-concerns", "low", "low"], overall: "some-concerns" },
      summary: "Parents became more sensitive.",
    },
    outcomes: [
      {
        outcome: "parental-sensitivity",
        outcomeLabel: "EA scales",
        timepointMonths: 0,
        measure: "SMD",
        higherIsBetter: true,
        statistics: { m1: 12, sd1: 3, n1: 60, m2: 10.5, sd2: 3.2, n2: 60 },
      },
      {
        outcome: "parental-sensitivity",
        timepointMonths: 6,
        subgroup: "high-risk families",
        measure: "SMD",
        higherIsBetter: true,
        statistics: { estimate: 0.3, ciLower: 0.05, ciUpper: 0.55 },
      },
    ],
    ...overrides,
  };
}

function parse(input: SubmissionDraft): SubmissionInput {
  const parsed = parseWithLocale(submissionSchema, input, "en");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

async function counts() {
  const [studies, effectSizes, proposals, audits] = await Promise.all([
    db.study.count(),
    db.effectSize.count(),
    db.interventionProposal.count(),
    db.auditLog.count(),
  ]);
  return { studies, effectSizes, proposals, audits };
}

/** Row versions (xmin) of the facet tables and the pooled effects: any rewrite of a row changes its xmin. */
async function derivedVersions() {
  const rows = await db.$queryRaw<{ t: string; k: string; x: string }[]>`
    SELECT 'facet' AS t, "interventionId"::text AS k, xmin::text AS x FROM "InterventionFacet"
    UNION ALL SELECT 'bitmap', kind || ':' || value, xmin::text FROM "InterventionFacetBitmap"
    UNION ALL SELECT 'pending', "interventionId"::text, xmin::text FROM "InterventionFacetPending"
    UNION ALL SELECT 'pooled', "interventionId" || ':' || "outcomeDomainId", xmin::text FROM "PooledEffect"`;
  return new Map(rows.map((r) => [`${r.t}/${r.k}`, r.x]));
}

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  researcher = await createViewer(db, "RESEARCHER", "researcher");
  other = await createViewer(db, "RESEARCHER", "other");
  officer = await createViewer(db, "OFFICER", "officer");
  admin = await createViewer(db, "ADMIN", "admin");
});

describe("saving an entry", () => {
  test("a draft about a catalogue intervention, with effect sizes computed on the server", async () => {
    const saved = await saveSubmission({ viewer: researcher, input: parse(draft()) }, db);
    expect(submissionDtoSchema.parse(saved)).toEqual(saved);
    expect(saved.status).toBe("draft");
    expect(saved.submittedAt).toBeNull();
    expect(saved.intervention?.slug).toBe("theraplay");
    expect(saved.proposal).toBeNull();
    expect(saved.study.doi).toBe("10.5555/submission.test.1");
    expect(saved.study.riskOfBias).toEqual({
      tool: "rob2",
      domains: ["low", "low", "some-concerns", "low", "low"],
      overall: "some-concerns",
    });
    expect(saved.outcomes).toHaveLength(2);
    const [means, estimate] = saved.outcomes;
    // Hedges' g from means, by the same code as POST /api/v1/meta-analysis; about d = 1.5 / pooled SD × J.
    expect(means.effect).toMatchObject(studyEffect("SMD", draft().outcomes[0].statistics));
    const sp = Math.sqrt((59 * 9 + 59 * 3.2 ** 2) / 118);
    expect(means.effect?.yi).toBeCloseTo((1.5 / sp) * (1 - 3 / (4 * 118 - 1)), 5);
    expect(means.effect!.ciLower).toBeLessThan(means.effect!.yi);
    expect(estimate.effect?.yi).toBeCloseTo(0.3, 12);
    expect(estimate.timepointMonths).toBe(6);
    expect(estimate.subgroup).toBe("high-risk families");

    const study = await db.study.findUniqueOrThrow({ where: { id: saved.id }, include: { effectSizes: true } });
    expect(study).toMatchObject({
      scope: "INTERVENTION",
      status: "DRAFT",
      submitterId: researcher.id,
      riskOfBias: "SOME_CONCERNS",
      riskOfBiasTool: "ROB2",
      riskOfBiasDomains: ["LOW", "LOW", "SOME_CONCERNS", "LOW", "LOW"],
      design: "RCT",
    });
    const byForm = Object.fromEntries(study.effectSizes.map((e) => [e.inputForm, e]));
    expect(byForm.MEANS).toMatchObject({ sampleSize: 120, outcomeLabel: "EA scales", reportedEstimate: null });
    expect(byForm.ESTIMATE_CI).toMatchObject({ reportedEstimate: 0.3, reportedCiLower: 0.05, reportedCiUpper: 0.55 });
    const audit = await db.auditLog.findMany({ where: { entityType: "Study", entityId: String(saved.id) } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["submission.create", researcher.id]]);

    // The DTO turns back into the form's input unchanged (what editing starts from).
    expect(parse(toSubmissionInput(saved))).toEqual(parse(draft()));
  });

  test("saving with submit submits at once, with both audit rows", async () => {
    const saved = await saveSubmission(
      {
        viewer: researcher,
        input: parse(draft({ study: { ...draft().study, doi: "10.5555/submit-at-once" } })),
        submit: true,
      },
      db,
    );
    expect(saved.status).toBe("submitted");
    expect(saved.submittedAt).not.toBeNull();
    const audit = await db.auditLog.findMany({
      where: { entityType: "Study", entityId: String(saved.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["submission.create", "submission.submit"]);
  });

  test("cross-record problems are named by field: unknown intervention and outcome slugs", async () => {
    const before = await counts();
    const input = draft({ intervention: "no-such-intervention", study: { ...draft().study, doi: undefined } });
    input.outcomes[1] = { ...input.outcomes[1], outcome: "no-such-outcome" };
    const error = await refusal(saveSubmission({ viewer: researcher, input: parse(input) }, db));
    expect(error.code).toBe("INVALID");
    expect(error.issues.map((i) => i.path)).toEqual(["intervention", "outcomes.1.outcome"]);
    expect(error.issues[0].message).toContain("no-such-intervention");
    const nl = await refusal(saveSubmission({ viewer: researcher, input: parse(input), locale: "nl" }, db));
    expect(nl.issues[0].message).toBe('Er is geen interventie "no-such-intervention" in de databank');
    expect(await counts()).toEqual(before);
  });

  test("a DOI already used by the viewer's own entry or an accepted study is refused, saying which", async () => {
    const own = await refusal(saveSubmission({ viewer: researcher, input: parse(draft()) }, db));
    expect(own.code).toBe("INVALID");
    expect(own.issues).toEqual([{ path: "study.doi", message: expect.stringMatching(/You already entered this DOI/) }]);
    // Another researcher's draft is theirs alone: it does not block this DOI for someone else.
    const theirs = await saveSubmission({ viewer: other, input: parse(draft()) }, db);
    expect(theirs.status).toBe("draft");
    // An accepted (curated) study's DOI, in different capitals and as a doi.org link.
    const curated = await db.study.findFirstOrThrow({ where: { status: "ACCEPTED", doi: { not: null } } });
    const input = draft({ study: { ...draft().study, doi: `https://doi.org/${curated.doi!.toUpperCase()}` } });
    const accepted = await refusal(saveSubmission({ viewer: researcher, input: parse(input) }, db));
    expect(accepted.issues).toEqual([
      { path: "study.doi", message: `This DOI already belongs to an accepted study: ${curated.citation}` },
    ]);
    // Editing an entry keeps its own DOI.
    const [mine] = (await findOwnSubmissions({ viewer: researcher }, db)).items.filter((i) => i.status === "draft");
    const edited = await saveSubmission({ viewer: researcher, id: mine.id, input: parse(draft()) }, db);
    expect(edited.id).toBe(mine.id);
  });

  test("a proposed intervention is saved with its proposal and stays out of the catalogue", async () => {
    const before = await findInterventions(db, {
      filters: withDefaults(interventionFiltersSchema.parse({ pageSize: "100" })),
    });
    const interventions = await db.intervention.count();
    const proposal = {
      name: "Samen Sterk Thuis",
      description: "Huisbezoeken voor jonge ouders.",
      targetGroup: "Ouders van baby's",
      ageMinMonths: 0,
      ageMaxMonths: 12,
      websiteUrl: "https://example.org/samen-sterk",
    };
    const input = draft({
      intervention: undefined,
      proposal,
      study: { ...draft().study, doi: "10.5555/proposal" },
    });
    const saved = await saveSubmission({ viewer: researcher, input: parse(input), submit: true }, db);
    expect(saved.intervention).toBeNull();
    expect(saved.proposal).toEqual(proposal);
    expect(await db.study.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      scope: "PROPOSAL",
      interventionId: null,
    });
    expect(await db.intervention.count()).toBe(interventions);
    const after = await findInterventions(db, {
      filters: withDefaults(interventionFiltersSchema.parse({ pageSize: "100" })),
    });
    expect(after.total).toBe(before.total);
    expect(after.items.map((i) => i.slug)).toEqual(before.items.map((i) => i.slug));
    const searched = await findInterventions(db, {
      filters: withDefaults(interventionFiltersSchema.parse({ q: "Samen Sterk Thuis" })),
    });
    expect(searched.items.map((i) => i.name.nl)).not.toContain("Samen Sterk Thuis");
    expect((await findSubmissionChoices(db)).interventions.map((i) => i.slug)).not.toContain("samen-sterk-thuis");
  });

  test("one transaction: when an effect size cannot be written, nothing of the entry is left", async () => {
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_test_effect() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."outcomeLabel" = 'refuse me' THEN RAISE EXCEPTION 'effect size refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_test_effect BEFORE INSERT ON "EffectSize"
      FOR EACH ROW EXECUTE FUNCTION refuse_test_effect()`);
    try {
      const before = await counts();
      const input = draft({
        intervention: undefined,
        proposal: { name: "Half geschreven", description: "x", targetGroup: "y" },
        study: { ...draft().study, doi: "10.5555/half-written" },
      });
      input.outcomes[1] = { ...input.outcomes[1], outcomeLabel: "refuse me" };
      await expect(saveSubmission({ viewer: researcher, input: parse(input), submit: true }, db)).rejects.toThrow(
        /effect size refused/,
      );
      expect(await counts()).toEqual(before);

      // An edit that fails leaves the entry as it was.
      const [entry] = (await findOwnSubmissions({ viewer: researcher }, db)).items.filter((i) => i.status === "draft");
      const was = await getSubmission({ viewer: researcher, id: entry.id }, db);
      await expect(saveSubmission({ viewer: researcher, id: entry.id, input: parse(input) }, db)).rejects.toThrow();
      expect(await getSubmission({ viewer: researcher, id: entry.id }, db)).toEqual(was);
      expect(await counts()).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_test_effect ON "EffectSize"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_test_effect()`);
    }
  });
});

describe("who may do what", () => {
  test("an officer may not save; an anonymous caller is unauthorised", async () => {
    expect((await refusal(saveSubmission({ viewer: officer, input: parse(draft()) }, db))).code).toBe("FORBIDDEN");
    expect((await refusal(findOwnSubmissions({ viewer: officer }, db))).code).toBe("FORBIDDEN");
    expect((await refusal(saveSubmission({ viewer: null, input: parse(draft()) }, db))).code).toBe("UNAUTHORIZED");
  });

  test("someone else's entry is not found for a researcher, readable (not editable) for an admin", async () => {
    const theirs = await saveSubmission(
      { viewer: other, input: parse(draft({ study: { ...draft().study, doi: "10.5555/theirs" } })) },
      db,
    );
    // One call at a time: a refusal started before the previous one is awaited would go unhandled.
    for (const call of [
      () => getSubmission({ viewer: researcher, id: theirs.id }, db),
      () => saveSubmission({ viewer: researcher, id: theirs.id, input: parse(draft()) }, db),
      () => submitSubmission({ viewer: researcher, id: theirs.id }, db),
      () => withdrawSubmission({ viewer: researcher, id: theirs.id }, db),
    ]) {
      expect((await refusal(call())).code).toBe("NOT_FOUND");
    }
    expect((await getSubmission({ viewer: admin, id: theirs.id }, db)).id).toBe(theirs.id);
    const edit = await refusal(saveSubmission({ viewer: admin, id: theirs.id, input: parse(draft()) }, db));
    expect(edit.code).toBe("FORBIDDEN");
    expect((await refusal(getSubmission({ viewer: researcher, id: 999_999 }, db))).code).toBe("NOT_FOUND");
    // A curated study is not a submission, not even for an admin.
    const curated = await db.study.findFirstOrThrow({ where: { submitterId: null } });
    expect((await refusal(getSubmission({ viewer: admin, id: curated.id }, db))).code).toBe("NOT_FOUND");
  });

  test("the list holds only the viewer's own entries, newest first, paged", async () => {
    const all = await findOwnSubmissions({ viewer: researcher, pageSize: 100 }, db);
    const rows = await db.study.findMany({ where: { submitterId: researcher.id }, select: { id: true } });
    expect(all.total).toBe(rows.length);
    expect(all.items.map((i) => i.id).sort()).toEqual(rows.map((r) => r.id).sort());
    const times = all.items.map((i) => i.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const second = await findOwnSubmissions({ viewer: researcher, page: 2, pageSize: 1 }, db);
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(second.items.map((i) => i.id)).toEqual([all.items[1].id]);
    expect(all.items.find((i) => i.title.nl === "Samen Sterk Thuis")).toMatchObject({ outcomes: 2 });
  });
});

describe("the life of an entry", () => {
  test("edit while draft, submit, no edits while submitted, withdraw, nothing after", async () => {
    const input = parse(draft({ study: { ...draft().study, doi: "10.5555/life" } }));
    const created = await saveSubmission({ viewer: researcher, input }, db);
    const changed = parse(
      draft({
        study: { ...draft().study, doi: "10.5555/life", citation: "Changed citation" },
        outcomes: [draft().outcomes[0]],
      }),
    );
    const edited = await saveSubmission({ viewer: researcher, id: created.id, input: changed }, db);
    expect(edited.status).toBe("draft");
    expect(edited.study.citation).toBe("Changed citation");
    expect(edited.outcomes).toHaveLength(1);
    expect(await db.effectSize.count({ where: { studyId: created.id } })).toBe(1);

    const submitted = await submitSubmission({ viewer: researcher, id: created.id }, db);
    expect(submitted.status).toBe("submitted");
    expect(submitted.submittedAt).not.toBeNull();
    expect((await refusal(submitSubmission({ viewer: researcher, id: created.id }, db))).code).toBe("CONFLICT");
    expect((await refusal(saveSubmission({ viewer: researcher, id: created.id, input: changed }, db))).code).toBe(
      "CONFLICT",
    );
    const withdrawn = await withdrawSubmission({ viewer: researcher, id: created.id }, db);
    expect(withdrawn.status).toBe("withdrawn");
    expect((await refusal(withdrawSubmission({ viewer: researcher, id: created.id }, db))).code).toBe("CONFLICT");
    expect((await refusal(submitSubmission({ viewer: researcher, id: created.id }, db))).code).toBe("CONFLICT");
    const audit = await db.auditLog.findMany({
      where: { entityType: "Study", entityId: String(created.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "submission.create",
      "submission.update",
      "submission.submit",
      "submission.withdraw",
    ]);
    // A withdrawn entry's DOI may be entered again.
    expect((await saveSubmission({ viewer: researcher, input }, db)).status).toBe("draft");
  });

  test("an entry the editors sent back can be edited and submitted again; an accepted one cannot be touched", async () => {
    const entry = await saveSubmission(
      { viewer: researcher, input: parse(draft({ study: { ...draft().study, doi: "10.5555/sent-back" } })) },
      db,
    );
    await db.study.update({
      where: { id: entry.id },
      data: { status: "NEEDS_CHANGES", reviewerId: admin.id, reviewedAt: new Date(), reviewReason: "Which scale?" },
    });
    const edited = await saveSubmission(
      {
        viewer: researcher,
        id: entry.id,
        input: parse(draft({ study: { ...draft().study, doi: "10.5555/sent-back" } })),
        submit: true,
      },
      db,
    );
    expect(edited.status).toBe("submitted");
    expect(edited.review).toMatchObject({ reason: "Which scale?" });
    await db.study.update({ where: { id: entry.id }, data: { status: "REJECTED" } });
    expect((await refusal(withdrawSubmission({ viewer: researcher, id: entry.id }, db))).code).toBe("CONFLICT");
  });
});

describe("drafts and submitted entries are not evidence yet", () => {
  test("saving, editing, submitting and withdrawing leave facets, bitmaps, pending marks and pooled effects untouched", async () => {
    const before = await derivedVersions();
    expect([...before.keys()].some((k) => k.startsWith("pooled/"))).toBe(true);
    const input = parse(draft({ study: { ...draft().study, doi: "10.5555/no-facets" } }));
    const saved = await saveSubmission({ viewer: researcher, input }, db);
    await saveSubmission({ viewer: researcher, id: saved.id, input }, db);
    await submitSubmission({ viewer: researcher, id: saved.id }, db);
    await withdrawSubmission({ viewer: researcher, id: saved.id }, db);
    await saveSubmission(
      {
        viewer: researcher,
        input: parse(draft({ study: { ...draft().study, doi: "10.5555/no-facets-2" } })),
        submit: true,
      },
      db,
    );
    expect(await derivedVersions()).toEqual(before);
  });
});

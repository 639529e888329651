/**
 * Every schema that reads input from outside (API bodies and queries, server actions' forms, the catalogue
 * import) bounds every string, array and record, so no field accepts input of any size; and the fields that
 * hold web addresses accept only http and https, with a message on the field.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isStorableText, unboundedPaths } from "./input-bounds";
import * as auth from "../auth/schemas";
import { apiTokenFormSchema } from "../auth/api-token-schema";
import { metaAnalysisRequestSchema } from "../stats/schemas";
import * as submission from "../submission/schemas";
import { submissionIdSchema, submissionListQuerySchema } from "../submission/api-schemas";
import { interventionFiltersSchema } from "../intervention/schemas";
import { compareQuerySchema } from "../intervention/compare";
import { interventionSlugSchema } from "../intervention/api-schemas";
import { evidenceMapQuerySchema } from "../evidence/evidence-map-schemas";
import { interventionEditSchema } from "../curation/intervention-edit-schema";
import * as crosswalk from "../curation/crosswalk-schemas";
import { ratingSchema } from "../curation/ratings-schemas";
import * as review from "../curation/review-schemas";
import * as shortlists from "../decision/shortlists-schemas";
import { decisionAidSchema } from "../decision/decision-aid-schema";
import * as format from "../transfer/format";

const INPUT_SCHEMAS: Record<string, z.ZodType> = {
  ...Object.fromEntries(
    (
      [
        "signInSchema",
        "signUpSchema",
        "forgotPasswordSchema",
        "resetPasswordSchema",
        "changePasswordSchema",
        "userCreateSchema",
      ] as const
    ).map((name) => [name, auth[name]]),
  ),
  apiTokenFormSchema,
  metaAnalysisRequestSchema,
  submissionRequestSchema: submission.submissionRequestSchema,
  submissionIdSchema,
  submissionListQuerySchema,
  interventionFiltersSchema,
  compareQuerySchema,
  interventionSlugSchema,
  evidenceMapQuerySchema,
  interventionEditSchema,
  clearinghouseFormSchema: crosswalk.clearinghouseFormSchema,
  scaleLevelFormSchema: crosswalk.scaleLevelFormSchema,
  removeScaleLevelSchema: crosswalk.removeScaleLevelSchema,
  externalRatingFormSchema: crosswalk.externalRatingFormSchema,
  ratingSchema,
  acceptNoteSchema: review.acceptNoteSchema,
  proposalRecordSchema: review.proposalRecordSchema,
  reviewQuestionSchema: review.reviewQuestionSchema,
  reviewQueueQuerySchema: review.reviewQueueQuerySchema,
  reviewReasonSchema: review.reviewReasonSchema,
  addToShortlistSchema: shortlists.addToShortlistSchema,
  listNameSchema: shortlists.listNameSchema,
  noteInputSchema: shortlists.noteInputSchema,
  recordIdSchema: shortlists.recordIdSchema,
  savedSearchInputSchema: shortlists.savedSearchInputSchema,
  shortlistNameInputSchema: shortlists.shortlistNameInputSchema,
  decisionAidSchema,
  // The import reads the file's shell first and each intervention and context study with its own schema.
  catalogueSchema: format.catalogueSchema,
  catalogueHeader: format.catalogueHeader,
};

describe("input schemas", () => {
  it.each(Object.entries(INPUT_SCHEMAS))("%s bounds every string, array and record", (_name, schema) => {
    expect(unboundedPaths(schema)).toEqual([]);
  });

  it("the import's shell bounds its lists (their records are checked one by one with the schemas above)", () => {
    expect(unboundedPaths(format.catalogueShell)).toEqual(["interventions.[]", "contextStudies.[]"]);
  });

  it("finds what is unbounded, so the checks above can fail", () => {
    const loose = z.object({
      name: z.string(),
      tags: z.array(z.string().max(5)),
      extra: z.record(z.string().max(5), z.number()),
      anything: z.unknown(),
      fine: z.string().max(5),
    });
    expect(unboundedPaths(loose)).toEqual(["name", "tags", "extra", "anything"]);
  });

  it("an over-long value is refused, naming its field", () => {
    const long = "x".repeat(301);
    const parsed = metaAnalysisRequestSchema.safeParse({
      measure: "GENERIC",
      studies: [
        { label: long, yi: 0.1, vi: 0.1 },
        { yi: 0.2, vi: 0.1 },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["studies.0.label"]);
  });
});

describe("web addresses", () => {
  const refusedPaths = (schema: z.ZodType, value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/x", "not a url"])(
    "the import refuses %s in every web-address field, naming it",
    (bad) => {
      const intervention = { website: bad, costSourceUrl: bad };
      const paths = refusedPaths(format.interventionRecord, intervention);
      for (const field of ["website", "costSourceUrl"]) {
        expect(paths).toContain(`${field}: Use a web address starting with http:// or https://`);
      }
      expect(refusedPaths(format.studyRecord, { url: bad })).toContain(
        "url: Use a web address starting with http:// or https://",
      );
      expect(refusedPaths(format.clearinghouseRecord, { website: bad })).toContain(
        "website: Use a web address starting with http:// or https://",
      );
      for (const record of [format.provenanceRecord, format.effectSizeRecord, format.ratingEventRecord]) {
        expect(refusedPaths(record, { sourceUrl: bad })).toContain(
          "sourceUrl: Use a web address starting with http:// or https://",
        );
      }
      expect(refusedPaths(format.externalRatingRecord, { url: bad })).toContain(
        "url: Use a web address starting with http:// or https://",
      );
      expect(refusedPaths(format.recognitionRecord, { sourceUrl: bad })).toContain(
        "sourceUrl: Use a web address starting with http:// or https://",
      );
    },
  );

  it("the import accepts http and https addresses", () => {
    for (const good of ["https://www.nji.nl/interventies", "http://example.org/a?b=c"]) {
      expect(refusedPaths(format.interventionRecord, { website: good }).some((p) => p.startsWith("website"))).toBe(
        false,
      );
    }
  });

  it("the forms refuse anything but http and https, on the field", () => {
    const paths = refusedPaths(crosswalk.clearinghouseFormSchema, {
      name: "X",
      slug: "x",
      country: "NL",
      website: "javascript:alert(1)",
    });
    expect(paths).toEqual(["website: @url-format"]);
    const proposal = refusedPaths(submission.proposalSchema, {
      name: "X",
      description: "Y",
      targetGroup: "Z",
      websiteUrl: "javascript:alert(1)",
    });
    expect(proposal).toEqual(["websiteUrl: @url-format"]);
  });
});

describe("text and numbers the database can store", () => {
  it("text with a NUL character or half a surrogate pair is not storable; other unicode is", () => {
    expect(["a\u0000b", "\u0000", "\uD800", "x\uDC00"].map(isStorableText)).toEqual([false, false, false, false]);
    expect(["", "ë€😀", "\u202Eevil", "\uFEFF", "\r\n"].every(isStorableText)).toBe(true);
  });

  const issuePaths = (schema: z.ZodType, value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join("."));

  it("the forms and the API refuse such text on its field", () => {
    expect(issuePaths(shortlists.listNameSchema, "Lijst\u0000")).toEqual([""]);
    expect(issuePaths(shortlists.savedSearchInputSchema, { name: "Zoek", query: "q=\uD800" })).toEqual(["query"]);
    expect(issuePaths(apiTokenFormSchema, { name: "a\u0000b" })).toEqual(["name"]);
    expect(issuePaths(review.reviewReasonSchema, "Reden\u0000")).toEqual([""]);
    expect(issuePaths(ratingSchema, { justification: "\u0000" })).toContain("justification");
    expect(issuePaths(crosswalk.clearinghouseFormSchema, { name: "\u0000", slug: "x", country: "NL" })).toContain(
      "name",
    );
    expect(issuePaths(submission.proposalSchema, { name: "X\u0000", description: "Y", targetGroup: "Z" })).toEqual([
      "name",
    ]);
  });

  it("a sample size beyond a PostgreSQL integer is refused on its field", () => {
    const study = (sampleSize: number) => ({
      citation: "A. (2023). Title.",
      year: 2023,
      design: "rct",
      country: "NL",
      sampleSize,
      riskOfBias: { tool: "rob2", domains: ["low", "low", "low", "low", "low"], overall: "low" },
    });
    expect(issuePaths(submission.studyDetailsSchema, study(3_000_000_000))).toEqual(["sampleSize"]);
    expect(issuePaths(submission.studyDetailsSchema, study(2_147_483_647))).toEqual([]);
  });
});

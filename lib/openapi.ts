/**
 * The OpenAPI 3.1 description of the public API (GET /api/openapi.json), generated with zod-openapi from the
 * same zod schemas the routes parse and answer with: lib/intervention/schemas.ts (filters),
 * lib/intervention/api-schemas.ts (catalogue responses), lib/stats/schemas.ts (meta-analysis) and
 * lib/submission/schemas.ts with lib/submission/api-schemas.ts (evidence entries, bearer token only).
 */
import { createDocument, type CreateDocumentOptions, type ZodOpenApiResponsesObject } from "zod-openapi";
import { z } from "zod";
import { interventionFiltersSchema } from "./intervention/schemas";
import {
  badRequestSchema,
  interventionDetailSchema,
  interventionListItemSchema,
  interventionListSchema,
  interventionSlugSchema,
  notFoundSchema,
} from "./intervention/api-schemas";
import { csvColumns, CSV_FILENAME, EXPORT_MAX_ROWS, JSON_FILENAME } from "./intervention/csv";
import { metaAnalysisRequestSchema, metaAnalysisResponseSchema } from "./stats/schemas";
import { evidenceMapQuerySchema, evidenceMapSchema } from "./evidence/evidence-map-schemas";
import { submissionRequestSchema } from "./submission/schemas";
import {
  conflictSchema,
  forbiddenSchema,
  submissionDtoSchema,
  submissionIdSchema,
  submissionListQuerySchema,
  submissionListSchema,
  unauthorizedSchema,
} from "./submission/api-schemas";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

const badRequest = {
  "400": {
    description:
      "Invalid request: each issue names the parameter or field (path) and the problem. Unknown parameters are rejected.",
    content: json(badRequestSchema),
  },
} satisfies ZodOpenApiResponsesObject;

/**
 * A single-valued query parameter is a union with undefined (absent), which JSON Schema renders as
 * anyOf [schema, { not: {} }]; absence is already expressed by required: false, so keep only the schema.
 */
const dropUndefinedBranch: CreateDocumentOptions["override"] = ({ jsonSchema }) => {
  const branches = jsonSchema.anyOf;
  if (!Array.isArray(branches)) return;
  const isNever = (b: unknown) =>
    typeof b === "object" && b !== null && "not" in b && Object.keys((b as { not: object }).not).length === 0;
  const kept = branches.filter((b) => !isNever(b));
  if (kept.length === 1 && kept.length < branches.length) {
    delete jsonSchema.anyOf;
    Object.assign(jsonSchema, kept[0]);
  }
};

/** The submissions API answers only a personal API token (Authorization: Bearer ewz_…). */
const bearer = [{ bearerAuth: [] }];
const refusals = {
  "401": { description: "No valid bearer token (missing, unknown or revoked)", content: json(unauthorizedSchema) },
  "403": { description: "The token's user may not submit evidence (officers)", content: json(forbiddenSchema) },
} satisfies ZodOpenApiResponsesObject;
const submissionPath = { path: z.object({ id: submissionIdSchema }) };
const ownEntry = {
  "404": { description: "No such entry, or someone else's", content: json(notFoundSchema) },
} satisfies ZodOpenApiResponsesObject;
const submissionAction = (action: "submit" | "withdraw") => ({
  operationId: `${action}Submission`,
  summary:
    action === "submit"
      ? "Submit a draft (or an entry the editors asked to change) for review"
      : "Withdraw an entry that has not been decided on",
  security: bearer,
  requestParams: submissionPath,
  responses: {
    "200": { description: "The entry in its new status", content: json(submissionDtoSchema) },
    "400": { description: "Malformed id", content: json(badRequestSchema) },
    ...refusals,
    ...ownEntry,
    "409": { description: "Not possible in the entry's current status", content: json(conflictSchema) },
  },
});

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument(): ReturnType<typeof createDocument> {
  cached ??= createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Effectwijzer API",
        version: "1.0.0",
        description:
          "Dutch databank of youth and family interventions: evidence ratings, target groups and pooled effect sizes. " +
          "Repeated values of one parameter combine with OR, different parameters with AND.",
      },
      paths: {
        "/api/v1/interventions": {
          get: {
            operationId: "findInterventions",
            summary: "Search and filter the catalogue, with facet counts",
            requestParams: { query: interventionFiltersSchema },
            responses: {
              "200": { description: "One page of matching interventions", content: json(interventionListSchema) },
              ...badRequest,
            },
          },
        },
        "/api/v1/interventions/{slug}": {
          get: {
            operationId: "getInterventionBySlug",
            summary: "One intervention with target groups, rating history, accepted studies and pooled effects",
            requestParams: { path: z.object({ slug: interventionSlugSchema }) },
            responses: {
              "200": { description: "The intervention", content: json(interventionDetailSchema) },
              "400": { description: "Malformed slug", content: json(badRequestSchema) },
              "404": { description: "No intervention with this slug", content: json(notFoundSchema) },
            },
          },
        },
        "/api/v1/interventions.csv": {
          get: {
            operationId: "exportInterventions",
            summary: "Every matching intervention as CSV (UTF-8 with byte-order mark)",
            description:
              `Same filters as /api/v1/interventions; page and pageSize are ignored. Columns: ${csvColumns.join(", ")}. ` +
              `At most ${EXPORT_MAX_ROWS} rows: a larger result set is refused with 400 rather than cut off.`,
            requestParams: { query: interventionFiltersSchema },
            responses: {
              "200": {
                description: `CSV file (attachment; filename=${CSV_FILENAME})`,
                content: { "text/csv": { schema: { type: "string" } } },
              },
              ...badRequest,
            },
          },
        },
        "/api/v1/interventions.json": {
          get: {
            operationId: "exportInterventionsJson",
            summary: "Every matching intervention as one JSON array of list items",
            description:
              "Same filters as /api/v1/interventions; page and pageSize are ignored. The items are those of the " +
              "list, in its order, all of them in one array (streamed). " +
              `At most ${EXPORT_MAX_ROWS} items: a larger result set is refused with 400 rather than cut off. ` +
              "The X-Total-Count header gives the number of items.",
            requestParams: { query: interventionFiltersSchema },
            responses: {
              "200": {
                description: `JSON file (attachment; filename=${JSON_FILENAME})`,
                content: json(z.array(interventionListItemSchema)),
              },
              ...badRequest,
            },
          },
        },
        "/api/v1/evidence-map": {
          get: {
            operationId: "getEvidenceMap",
            summary: "The evidence gap map: outcomes × target groups, with counts, best certainty and largest effect",
            description:
              "A cell's interventions count equals the catalogue's total for ?outcome=<row>&<adviceGroup|targetGroup>=<column>; " +
              "cells with no interventions are the gaps.",
            requestParams: { query: evidenceMapQuerySchema },
            responses: {
              "200": { description: "Rows, columns and one cell per pair", content: json(evidenceMapSchema) },
              ...badRequest,
            },
          },
        },
        "/api/v1/meta-analysis": {
          post: {
            operationId: "runMetaAnalysis",
            summary: "Effect sizes per study and a pooled random-effects estimate (metafor conventions)",
            description:
              "With `diagnostics`, also Egger's regression test, trim and fill, the rank correlation test and a " +
              "leave-one-out analysis, computed as metafor 5.1 computes them. Data that cannot be analysed (too few " +
              "studies for a diagnostic, a missing ni, a fit or trim and fill that does not converge) answers 400 " +
              "naming the field.",
            requestBody: { required: true, content: json(metaAnalysisRequestSchema) },
            responses: {
              "200": {
                description: "Per-study yi/vi, the pooled result and the requested diagnostics",
                content: json(metaAnalysisResponseSchema),
              },
              ...badRequest,
            },
          },
        },
        "/api/v1/submissions": {
          post: {
            operationId: "createSubmission",
            summary: "Enter evidence: a study with its outcome results, as a draft or submitted at once",
            description:
              "Effect sizes are computed on the server from the statistics (the meta-analysis API's input forms). " +
              "Entries count in the catalogue only once the editors accept them.",
            security: bearer,
            requestBody: { required: true, content: json(submissionRequestSchema) },
            responses: {
              "201": {
                description: "The saved entry with its computed effect sizes",
                content: json(submissionDtoSchema),
              },
              ...badRequest,
              ...refusals,
            },
          },
          get: {
            operationId: "findOwnSubmissions",
            summary: "The caller's own entries, most recently changed first",
            security: bearer,
            requestParams: { query: submissionListQuerySchema },
            responses: {
              "200": { description: "One page of entries", content: json(submissionListSchema) },
              ...badRequest,
              ...refusals,
            },
          },
        },
        "/api/v1/submissions/{id}": {
          get: {
            operationId: "getSubmission",
            summary: "One of the caller's entries",
            security: bearer,
            requestParams: submissionPath,
            responses: {
              "200": { description: "The entry", content: json(submissionDtoSchema) },
              "400": { description: "Malformed id", content: json(badRequestSchema) },
              ...refusals,
              ...ownEntry,
            },
          },
        },
        "/api/v1/submissions/{id}/submit": { post: submissionAction("submit") },
        "/api/v1/submissions/{id}/withdraw": { post: submissionAction("withdraw") },
      },
      components: {
        securitySchemes: {
          bearerAuth: {
            type: "http",
            scheme: "bearer",
            description: "A personal API token (ewz_…), created by a researcher on their account page",
          },
        },
      },
    },
    { override: dropUndefinedBranch },
  );
  return cached;
}

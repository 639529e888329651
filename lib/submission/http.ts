/**
 * The submissions API, as functions of (database, request) so the route handlers stay one line and the
 * tests can call these with their own database. Only a bearer token authenticates here (no cookies, so no
 * cross-site request can act for a signed-in researcher). Every refusal goes through appErrorResponse.
 * Each token has a rate limit, and so has each user's saving and submitting (429 with Retry-After); the
 * limits default to the environment's, over the same database.
 */
import "server-only";
import type { Db } from "../database/client";
import { appErrorResponse, badRequest, issuesFromZod } from "../api/http";
import { readJsonBody } from "../api/body";
import { viewerFromBearer } from "../auth/api-token";
import { rateLimitsFor, tooManyRequests, type RateLimits } from "../security/rate-limit";
import { requirePermission, requireViewer, type Viewer } from "../auth/viewer";
import { searchParamsToObject } from "../intervention/schemas";
import { parseWithLocale, submissionRequestSchema } from "./schemas";
import { submissionIdSchema, submissionListQuerySchema } from "./api-schemas";
import { findOwnSubmissions, getSubmission } from "./queries";
import { saveSubmission, submitSubmission, withdrawSubmission } from "./mutations";

/**
 * Runs the handler for an authenticated caller whose token is within its rate limit; any AppError becomes
 * the API's error answer.
 */
async function withBearer(db: Db, request: Request, limits: RateLimits, handle: (viewer: Viewer) => Promise<Response>) {
  try {
    const viewer = requireViewer(await viewerFromBearer(request, db));
    // The token is known to be valid here; the limit counts it (stored as a hash) rather than its user.
    const token =
      request.headers
        .get("authorization")
        ?.replace(/^Bearer\s+/i, "")
        .trim() ?? "";
    const decision = await limits.consume("apiToken", token);
    if (!decision.allowed) return tooManyRequests(decision, "Authorization");
    return await handle(viewer);
  } catch (error) {
    return appErrorResponse(error);
  }
}

function parseId(raw: string): { ok: true; id: number } | { ok: false; response: Response } {
  const parsed = submissionIdSchema.safeParse(raw);
  if (parsed.success) return { ok: true, id: parsed.data };
  return { ok: false, response: badRequest(parsed.error.issues.map((i) => ({ path: "id", message: i.message }))) };
}

/** POST /api/v1/submissions: a new entry, saved as a draft or (submit: true) submitted at once. */
export function handleCreateSubmission(
  db: Db,
  request: Request,
  limits: RateLimits = rateLimitsFor(db),
): Promise<Response> {
  return withBearer(db, request, limits, async (viewer) => {
    // Refuse a role that may not submit, or one over its limit, before reading its body.
    requirePermission(viewer, "create", "submission");
    const decision = await limits.consume("submissions", viewer.id);
    if (!decision.allowed) return tooManyRequests(decision);
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const parsed = parseWithLocale(submissionRequestSchema, body.value, "en");
    if (!parsed.ok) return badRequest(parsed.issues);
    const { submit, ...input } = parsed.data;
    const saved = await saveSubmission({ viewer, input, submit, locale: "en" }, db);
    return Response.json(saved, { status: 201, headers: { Location: `/api/v1/submissions/${saved.id}` } });
  });
}

/** GET /api/v1/submissions: the caller's own entries, newest first, paged. */
export function handleListSubmissions(
  db: Db,
  request: Request,
  limits: RateLimits = rateLimitsFor(db),
): Promise<Response> {
  return withBearer(db, request, limits, async (viewer) => {
    const parsed = submissionListQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
    if (!parsed.success) return badRequest(issuesFromZod(parsed.error));
    return Response.json(await findOwnSubmissions({ viewer, ...parsed.data }, db));
  });
}

/** GET /api/v1/submissions/{id} */
export function handleGetSubmission(
  db: Db,
  request: Request,
  rawId: string,
  limits: RateLimits = rateLimitsFor(db),
): Promise<Response> {
  return withBearer(db, request, limits, async (viewer) => {
    const id = parseId(rawId);
    if (!id.ok) return id.response;
    return Response.json(await getSubmission({ viewer, id: id.id }, db));
  });
}

/** POST /api/v1/submissions/{id}/submit and …/withdraw */
export function handleSubmissionAction(
  db: Db,
  request: Request,
  rawId: string,
  action: "submit" | "withdraw",
  limits: RateLimits = rateLimitsFor(db),
): Promise<Response> {
  return withBearer(db, request, limits, async (viewer) => {
    const id = parseId(rawId);
    if (!id.ok) return id.response;
    if (action === "submit") {
      const decision = await limits.consume("submissions", viewer.id);
      if (!decision.allowed) return tooManyRequests(decision);
    }
    const change = action === "submit" ? submitSubmission : withdrawSubmission;
    return Response.json(await change({ viewer, id: id.id }, db));
  });
}

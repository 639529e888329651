/** The one error shape of the public API: HTTP 400 with the field and the problem for each issue. */
import { z } from "zod";
import { isAppError } from "../errors";
import { DATABASE_DOWN_MESSAGE, isDatabaseUnreachable } from "../database/unavailable";

export type ApiIssue = { path: string; message: string };
export type ApiError = { error: "invalid_request" | "not_found" | "conflict"; issues: ApiIssue[] };

/** How long a client should wait before retrying while the database cannot be reached. */
const RETRY_AFTER_SECONDS = 30;

/** 503 while the database cannot take a change or serve a read; the message says so in Dutch and English. */
export function unavailable(message: string): Response {
  return Response.json(
    { error: "unavailable", message },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}

/** One issue per problem, and one per unknown key (studies.1.foo) rather than one per object. */
export function issuesFromZod(error: z.ZodError): ApiIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...base, key].join("."), message: `Unknown field "${key}"` }));
    }
    return [{ path: base.join(".") || "(root)", message: issue.message }];
  });
}

export function badRequest(issues: ApiIssue[]): Response {
  return Response.json({ error: "invalid_request", issues } satisfies ApiError, { status: 400 });
}

export function notFound(path: string, message: string): Response {
  return Response.json({ error: "not_found", issues: [{ path, message }] } satisfies ApiError, {
    status: 404,
  });
}

/**
 * A refusal of the data layer (AppError) as the API's answer: 401 and 403 say only that, 404, 409 and 400
 * name the fields, 503 says the database cannot be reached (also for a connection failure that was not
 * turned into an AppError). Anything else is a fault of ours and is rethrown (a 500 with a logged stack).
 */
export function appErrorResponse(error: unknown): Response {
  if (!isAppError(error)) {
    if (isDatabaseUnreachable(error)) return unavailable(DATABASE_DOWN_MESSAGE);
    throw error;
  }
  const issues = error.issues.length > 0 ? error.issues : [{ path: "(root)", message: error.message }];
  switch (error.code) {
    case "UNAUTHORIZED":
      return Response.json({ error: "unauthorized" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
    case "FORBIDDEN":
      return Response.json({ error: "forbidden" }, { status: 403 });
    case "NOT_FOUND":
      return Response.json({ error: "not_found", issues } satisfies ApiError, { status: 404 });
    case "CONFLICT":
      return Response.json({ error: "conflict", issues } satisfies ApiError, { status: 409 });
    case "INVALID":
      return badRequest(issues);
    case "UNAVAILABLE":
      return unavailable(error.message);
  }
}

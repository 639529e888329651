/** The one error shape of the public API: HTTP 400 with the field and the problem for each issue. */
import { z } from "zod";

export type ApiIssue = { path: string; message: string };
export type ApiError = { error: "invalid_request" | "not_found"; issues: ApiIssue[] };

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

/** Reads a JSON body, turning malformed JSON into the same 400 shape as a schema failure. */
export async function readJson(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: badRequest([{ path: "(body)", message: "Body must be valid JSON" }]) };
  }
}

/** One of the viewer's entries for the view and edit pages; null when it is not there or not theirs. */
import "server-only";
import { getSubmission } from "@/lib/submission/queries";
import { submissionIdSchema } from "@/lib/submission/api-schemas";
import { isAppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";

export async function loadOwnSubmission(viewer: Viewer, rawId: string) {
  const id = submissionIdSchema.safeParse(rawId);
  if (!id.success) return null;
  try {
    return await getSubmission({ viewer, id: id.data });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
    throw error;
  }
}

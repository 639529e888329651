/** Puts an entry in the review queue the way a researcher does: validated, saved and submitted. */
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { parseWithLocale, submissionSchema, type SubmissionDraft } from "@/lib/submission/schemas";
import { saveSubmission } from "@/lib/submission/mutations";

export async function submitEntry(db: Db, viewer: Viewer, draft: SubmissionDraft) {
  const parsed = parseWithLocale(submissionSchema, draft, "en");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return saveSubmission({ viewer, input: parsed.data, submit: true }, db);
}

"use server";
/**
 * The researcher area's server actions. Each one checks the viewer itself and calls the data layer, which
 * checks again and refuses with an AppError; nothing here relies on a button being hidden.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { rateLimitsFor } from "@/lib/security/rate-limit";
import { requirePermission } from "@/lib/auth/viewer";
import { isAppError, type AppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locale";
import { parseWithLocale, submissionSchema } from "@/lib/submission/schemas";
import { saveSubmission, submitSubmission, withdrawSubmission } from "@/lib/submission/mutations";
import { submissionIdSchema } from "@/lib/submission/api-schemas";
import { fieldErrorsFrom, type SubmissionActionState } from "@/components/evidence/submission-form-state";

/** Saves the entry as a draft (a new one without id), then back to the list. */
export async function saveDraftAction(input: unknown, id?: number): Promise<SubmissionActionState> {
  return save(input, id, false);
}

/** Saves the entry and submits it for review in one step, then back to the list. */
export async function submitAction(input: unknown, id?: number): Promise<SubmissionActionState> {
  return save(input, id, true);
}

async function save(input: unknown, id: number | undefined, submit: boolean): Promise<SubmissionActionState> {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("researcher.form");
  const refused = (formError: string): SubmissionActionState => ({ ok: false, fieldErrors: {}, formError });
  if (id !== undefined && !(Number.isInteger(id) && id > 0)) return refused(t("notFound"));

  let savedId: number;
  try {
    const viewer = requirePermission(await getViewer(), id === undefined ? "create" : "update", "submission");
    const parsed = parseWithLocale(submissionSchema, input, locale);
    if (!parsed.ok) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.issues) };
    // The same limit as the API's: entries created or submitted per researcher.
    if (id === undefined || submit) {
      const decision = await rateLimitsFor(await db()).consume("submissions", viewer.id);
      if (!decision.allowed) return refused(t("tooMany"));
    }
    savedId = (await saveSubmission({ viewer, input: parsed.data, id, submit, locale })).id;
  } catch (error) {
    if (isAppError(error)) return stateOf(error, t);
    throw error;
  }
  revalidatePath("/researcher");
  revalidatePath(`/researcher/${savedId}`);
  redirect("/researcher");
}

type FormTexts = Awaited<ReturnType<typeof getTranslations<"researcher.form">>>;

/** An AppError as the form's one state shape: field issues beside their fields, anything else above. */
function stateOf(error: AppError, t: FormTexts): SubmissionActionState {
  const fieldErrors = fieldErrorsFrom(error.issues.filter((issue) => issue.path !== "id" && issue.path !== "status"));
  switch (error.code) {
    case "UNAUTHORIZED":
      return { ok: false, fieldErrors: {}, formError: t("signIn") };
    case "FORBIDDEN":
      return { ok: false, fieldErrors: {}, formError: t("forbidden") };
    case "NOT_FOUND":
      return { ok: false, fieldErrors: {}, formError: t("notFound") };
    case "UNAVAILABLE":
      return { ok: false, fieldErrors: {}, formError: error.message };
    case "CONFLICT":
      return { ok: false, fieldErrors, formError: error.issues[0]?.message ?? t("conflict") };
    case "INVALID":
      return {
        ok: false,
        fieldErrors,
        formError: Object.keys(fieldErrors).length === 0 ? error.message || t("failed") : undefined,
      };
  }
}

/** The list's buttons: submit a draft, or withdraw an entry. A refusal comes back as ?notice=…. */
export async function submitEntryAction(formData: FormData): Promise<void> {
  await transition(formData, "submit");
}

export async function withdrawEntryAction(formData: FormData): Promise<void> {
  await transition(formData, "withdraw");
}

const NOTICE = {
  UNAUTHORIZED: "sign-in",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not-found",
  CONFLICT: "conflict",
  INVALID: "invalid",
  UNAVAILABLE: "paused",
} as const;

async function transition(formData: FormData, action: "submit" | "withdraw"): Promise<void> {
  const parsedId = submissionIdSchema.safeParse(String(formData.get("id") ?? ""));
  const back = String(formData.get("page") ?? "") || "1";
  const page = /^\d{1,6}$/.test(back) ? back : "1";
  if (!parsedId.success) redirect(`/researcher?notice=not-found`);
  let notice: string | null = null;
  try {
    const viewer = await getViewer();
    const limited =
      action === "submit" &&
      viewer !== null &&
      !(await rateLimitsFor(await db()).consume("submissions", viewer.id)).allowed;
    if (limited) notice = "too-many";
    else await (action === "submit" ? submitSubmission : withdrawSubmission)({ viewer, id: parsedId.data });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = NOTICE[error.code];
  }
  revalidatePath("/researcher");
  redirect(`/researcher?page=${page}${notice ? `&notice=${notice}` : ""}`);
}

"use server";
/**
 * The review page's decisions. Each action checks the viewer's grant itself and calls the data layer
 * (lib/curation/review.ts), which checks again; a refusal comes back as the form's state in the page's
 * language, never as a change.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { fieldErrorsFrom, isAppError, type AppError } from "@/lib/errors";
import { toLocale, type Locale } from "@/lib/i18n/locale";
import { parseWithLocale } from "@/lib/submission/schemas";
import { submissionIdSchema } from "@/lib/submission/api-schemas";
import type { SubmissionDto } from "@/lib/submission/dto";
import {
  acceptProposal,
  acceptSubmission,
  askSubmitter,
  rejectSubmission,
  retractSubmission,
} from "@/lib/curation/review";
import { proposalRecordSchema, REVIEW_MESSAGES, type ProposalRecordDraft } from "@/lib/curation/review-schemas";
import type { ReviewActionState } from "@/lib/curation/review-form-state";
import type { Viewer } from "@/lib/auth/viewer";

type Texts = Awaited<ReturnType<typeof getTranslations<"admin.review.errors">>>;

/** An AppError as the form's state: field issues beside their fields, anything else above the form. */
function stateOf(error: AppError, t: Texts): ReviewActionState {
  const fieldErrors = fieldErrorsFrom(error.issues.filter((i) => !["id", "status", "scope"].includes(i.path)));
  switch (error.code) {
    case "UNAUTHORIZED":
      return { ok: false, fieldErrors: {}, formError: t("signIn") };
    case "FORBIDDEN":
      return { ok: false, fieldErrors: {}, formError: error.issues[0]?.message ?? t("forbidden") };
    case "NOT_FOUND":
      return { ok: false, fieldErrors: {}, formError: t("notFound") };
    case "UNAVAILABLE":
      return { ok: false, fieldErrors: {}, formError: error.message };
    case "CONFLICT":
      return { ok: false, fieldErrors: {}, formError: error.issues[0]?.message ?? t("conflict") };
    case "INVALID":
      return {
        ok: false,
        fieldErrors,
        formError: Object.keys(fieldErrors).length === 0 ? error.message || t("failed") : undefined,
      };
  }
}

/** What the page says after a decision: the outcome, or that the decision waits for another reviewer. */
function doneOf(entry: SubmissionDto): string {
  if (entry.status !== "submitted") return entry.status === "needs-changes" ? "asked" : entry.status;
  return "recorded";
}

/**
 * Runs one decision for the viewer: checks the grant before anything else (a researcher's replayed request
 * ends here, with the form's refusal), then the data layer decides; on success back to the review page.
 */
async function run(
  form: FormData,
  verb: "review" | "retract",
  decide: (viewer: Viewer, id: number, locale: Locale) => Promise<SubmissionDto | ReviewActionState>,
): Promise<ReviewActionState> {
  const t = await getTranslations("admin.review.errors");
  const locale = toLocale(await getLocale());
  const id = submissionIdSchema.safeParse(String(form.get("id") ?? ""));
  if (!id.success) return { ok: false, fieldErrors: {}, formError: t("notFound") };
  let done: string;
  try {
    const viewer = requirePermission(await getViewer(), verb, "submission");
    const result = await decide(viewer, id.data, locale);
    if (result === null || !("status" in result)) return result;
    done = doneOf(result);
  } catch (error) {
    if (isAppError(error)) return stateOf(error, t);
    throw error;
  }
  revalidatePath("/admin/review");
  revalidatePath(`/admin/review/${id.data}`);
  redirect(`/admin/review/${id.data}?done=${done}`);
}

const reasonOf = (form: FormData) => String(form.get("reason") ?? "");

export async function acceptAction(_state: ReviewActionState, form: FormData): Promise<ReviewActionState> {
  return run(form, "review", (viewer, id, locale) => acceptSubmission({ viewer, id, reason: reasonOf(form), locale }));
}

export async function rejectAction(_state: ReviewActionState, form: FormData): Promise<ReviewActionState> {
  return run(form, "review", (viewer, id, locale) => rejectSubmission({ viewer, id, reason: reasonOf(form), locale }));
}

export async function askAction(_state: ReviewActionState, form: FormData): Promise<ReviewActionState> {
  return run(form, "review", (viewer, id, locale) => askSubmitter({ viewer, id, reason: reasonOf(form), locale }));
}

export async function retractAction(_state: ReviewActionState, form: FormData): Promise<ReviewActionState> {
  return run(form, "retract", (viewer, id, locale) =>
    retractSubmission({ viewer, id, reason: reasonOf(form), locale }),
  );
}

/** The proposal form's fields as the record schema's input: numbers as numbers, empty optional fields out. */
function recordOf(form: FormData): ProposalRecordDraft {
  const text = (name: string) => String(form.get(name) ?? "");
  const age = (name: string) => {
    const value = text(name).trim();
    return value === "" ? undefined : /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  };
  return {
    slug: text("slug"),
    nameNl: text("nameNl"),
    nameEn: text("nameEn"),
    summaryNl: text("summaryNl"),
    summaryEn: text("summaryEn"),
    descriptionNl: text("descriptionNl"),
    descriptionEn: text("descriptionEn"),
    website: text("website"),
    targetGroup: {
      preventionLevel: text("targetGroup.preventionLevel") as ProposalRecordDraft["targetGroup"]["preventionLevel"],
      ageMinMonths: age("targetGroup.ageMinMonths"),
      ageMaxMonths: age("targetGroup.ageMaxMonths"),
      descriptionNl: text("targetGroup.descriptionNl"),
      descriptionEn: text("targetGroup.descriptionEn"),
      adviceGroups: form
        .getAll("targetGroup.adviceGroups")
        .map(String) as ProposalRecordDraft["targetGroup"]["adviceGroups"],
    },
  };
}

export async function acceptProposalAction(_state: ReviewActionState, form: FormData): Promise<ReviewActionState> {
  return run(form, "review", async (viewer, id, locale) => {
    const parsed = parseWithLocale(proposalRecordSchema, recordOf(form), locale, REVIEW_MESSAGES);
    if (!parsed.ok) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.issues) };
    return acceptProposal({ viewer, id, record: parsed.data, reason: reasonOf(form), locale });
  });
}

"use server";
/**
 * Overriding a headline's certainty. The action checks the grant; lib/curation/certainty.ts checks it
 * again, parses the form and writes the override, the recomputed headline and the audit row together.
 */
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locale";
import { overrideCertainty } from "@/lib/curation/certainty";
import { formInput, refusalState } from "@/lib/curation/ratings-form-actions";
import type { RatingsFormState } from "@/lib/curation/ratings-form-state";

export async function overrideCertaintyAction(
  slug: string,
  outcome: string,
  _state: RatingsFormState,
  form: FormData,
): Promise<RatingsFormState> {
  const locale = toLocale(await getLocale());
  const { values, input } = formInput(form, ["level", "reason"]);
  try {
    const viewer = requirePermission(await getViewer(), "rate", "intervention");
    await overrideCertainty({ viewer, slug, input: { ...input, outcome }, locale });
    revalidatePath(`/admin/interventions/${slug}/certainty`);
    revalidatePath(`/interventions/${slug}`);
    const t = await getTranslations("admin.ratings.certainty");
    return { ok: true, fieldErrors: {}, notice: t("saved"), stamp: Date.now() };
  } catch (error) {
    if (isAppError(error)) return refusalState(error, locale, values);
    throw error;
  }
}

"use server";
/**
 * The intervention form's server action: checks the viewer itself, then saves through the data layer,
 * which checks again, validates, locks the row and refuses a stale version.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { fieldErrorsFrom, isAppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locale";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { updateIntervention } from "@/lib/curation/intervention-edit";
import type { InterventionEditInput } from "@/lib/curation/intervention-edit-schema";
import type { EditActionState } from "@/components/admin/edit/form-state";

/** Saves the form; on success goes to the intervention's overview with a notice. */
export async function saveInterventionAction(slug: string, input: InterventionEditInput): Promise<EditActionState> {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("admin.edit.form");
  if (!interventionSlugSchema.safeParse(slug).success) return { ok: false, fieldErrors: {}, formError: t("notFound") };
  let version: number;
  let changed: boolean;
  try {
    const viewer = requirePermission(await getViewer(), "update", "intervention");
    ({ version, changed } = await updateIntervention({ viewer, slug, input, locale }));
  } catch (error) {
    if (!isAppError(error)) throw error;
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
        return {
          ok: false,
          fieldErrors: {},
          formError: error.message,
          conflict: error.issues.map((issue) => issue.message),
        };
      case "INVALID":
        return { ok: false, fieldErrors: fieldErrorsFrom(error.issues), formError: error.message || t("failed") };
    }
  }
  revalidatePath(`/interventions/${slug}`);
  revalidatePath("/interventions");
  revalidatePath(`/admin/interventions/${slug}`);
  redirect(changed ? `/admin/interventions/${slug}?saved=${version}` : `/admin/interventions/${slug}?unchanged=1`);
}

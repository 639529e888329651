"use server";
/**
 * Adding, editing and removing other clearinghouses' ratings of an intervention. Each action checks the
 * grant and parses the form; lib/curation/crosswalk.ts checks both again and writes the change with its
 * audit row.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/errors";
import { createExternalRating, deleteExternalRating, updateExternalRating } from "@/lib/curation/crosswalk";
import { EXTERNAL_RATING_FIELDS, externalRatingFormSchema } from "@/lib/curation/crosswalk-schemas";
import { runRatingsForm } from "@/lib/curation/ratings-form-actions";
import type { RatingsFormState } from "@/lib/curation/ratings-form-state";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";

const shape = { booleans: ["isVerified"] } as const;

function revalidate(slug: string) {
  revalidatePath(`/admin/interventions/${slug}/crosswalk`);
  revalidatePath(`/interventions/${slug}`);
}

export async function createExternalRatingAction(
  slug: string,
  _state: RatingsFormState,
  form: FormData,
): Promise<RatingsFormState> {
  return runRatingsForm({
    form,
    schema: externalRatingFormSchema,
    fields: EXTERNAL_RATING_FIELDS,
    shape,
    grant: ["rate", "intervention"],
    call: async ({ viewer, input, locale }) => {
      await createExternalRating({ viewer, slug, input, locale });
      revalidate(slug);
      return (await getTranslations("admin.ratings.crosswalk"))("saved");
    },
  });
}

export async function updateExternalRatingAction(
  slug: string,
  id: number,
  _state: RatingsFormState,
  form: FormData,
): Promise<RatingsFormState> {
  return runRatingsForm({
    form,
    schema: externalRatingFormSchema,
    fields: EXTERNAL_RATING_FIELDS,
    shape,
    grant: ["rate", "intervention"],
    call: async ({ viewer, input, locale }) => {
      await updateExternalRating({ viewer, slug, id, input, locale });
      revalidate(slug);
      return (await getTranslations("admin.ratings.crosswalk"))("saved");
    },
  });
}

const removeSchema = z.object({
  slug: interventionSlugSchema,
  id: z.coerce.number().int().positive().max(2_147_483_647),
});

/** Removes one rating, then back to the crosswalk page with what happened (?notice=…). */
export async function deleteExternalRatingAction(form: FormData): Promise<void> {
  const parsed = removeSchema.safeParse({ slug: form.get("slug"), id: form.get("id") });
  if (!parsed.success) redirect("/admin/interventions");
  const { slug, id } = parsed.data;
  let notice = "removed";
  try {
    const viewer = requirePermission(await getViewer(), "rate", "intervention");
    await deleteExternalRating({ viewer, slug, id });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code === "UNAUTHORIZED" ? "sign-in" : error.code === "FORBIDDEN" ? "forbidden" : "not-found";
  }
  revalidate(slug);
  redirect(`/admin/interventions/${slug}/crosswalk?notice=${notice}`);
}

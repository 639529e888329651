"use server";
/**
 * Recording a rating decision. The action checks the grant and parses the form; lib/curation/ratings.ts
 * checks both again and writes the decision, its rating event and its audit row in one transaction.
 */
import { revalidatePath } from "next/cache";
import { rateIntervention } from "@/lib/curation/ratings";
import { RATING_FIELDS, ratingSchema } from "@/lib/curation/ratings-schemas";
import { runRatingsForm } from "@/lib/curation/ratings-form-actions";
import type { RatingsFormState } from "@/lib/curation/ratings-form-state";
import { getTranslations } from "next-intl/server";

export async function rateInterventionAction(
  slug: string,
  _state: RatingsFormState,
  form: FormData,
): Promise<RatingsFormState> {
  return runRatingsForm({
    form,
    schema: ratingSchema,
    fields: RATING_FIELDS,
    shape: { booleans: ["isRecognised", "isVerified"], numbers: ["basedOnEventId"] },
    grant: ["rate", "intervention"],
    call: async ({ viewer, input, locale }) => {
      const result = await rateIntervention({ viewer, slug, input, locale });
      const t = await getTranslations("admin.ratings.form");
      revalidatePath(`/admin/interventions/${slug}/rating`);
      revalidatePath(`/interventions/${slug}`);
      revalidatePath("/admin/re-review");
      return t(result.recognitionEnded ? "savedEnded" : "saved");
    },
  });
}

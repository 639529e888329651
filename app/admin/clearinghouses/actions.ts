"use server";
/** Adding a clearinghouse. The data layer (lib/curation/crosswalk.ts) checks the grant and the input again. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClearinghouse } from "@/lib/curation/crosswalk";
import { CLEARINGHOUSE_FIELDS, clearinghouseFormSchema } from "@/lib/curation/crosswalk-schemas";
import { runRatingsForm } from "@/lib/curation/ratings-form-actions";
import type { RatingsFormState } from "@/lib/curation/ratings-form-state";

export async function createClearinghouseAction(_state: RatingsFormState, form: FormData): Promise<RatingsFormState> {
  let created: string | null = null;
  const state = await runRatingsForm({
    form,
    schema: clearinghouseFormSchema,
    fields: CLEARINGHOUSE_FIELDS,
    grant: ["manage", "clearinghouse"],
    call: async ({ viewer, input, locale }) => {
      created = (await createClearinghouse({ viewer, input, locale })).slug;
      return "";
    },
  });
  if (!created) return state;
  revalidatePath("/admin/clearinghouses");
  redirect(`/admin/clearinghouses/${created}?notice=created`);
}

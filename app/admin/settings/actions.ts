"use server";
/**
 * Saving the editors' settings. The action checks the grant itself; lib/curation/settings.ts checks again and
 * writes the change with its audit row. A refusal comes back as ?notice=….
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/errors";
import { setSecondReview } from "@/lib/curation/settings";

export async function saveReviewSettingsAction(form: FormData): Promise<void> {
  let notice = "saved";
  try {
    const viewer = requirePermission(await getViewer(), "manage", "setting");
    await setSecondReview({ viewer, enabled: form.get("secondReview") === "on" });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code === "UNAUTHORIZED" ? "sign-in" : "forbidden";
  }
  revalidatePath("/admin/settings");
  revalidatePath("/admin/review");
  redirect(`/admin/settings?notice=${notice}`);
}

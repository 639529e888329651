"use server";
/**
 * Editing one clearinghouse and its scale. Each action checks the grant and parses the form;
 * lib/curation/crosswalk.ts checks both again and writes the change with its audit row.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/errors";
import {
  addScaleLevel,
  deleteClearinghouse,
  moveScaleLevel,
  removeScaleLevel,
  updateClearinghouse,
  updateScaleLevel,
} from "@/lib/curation/crosswalk";
import {
  CLEARINGHOUSE_FIELDS,
  SCALE_LEVEL_FIELDS,
  clearinghouseFormSchema,
  removeScaleLevelSchema,
  scaleLevelFormSchema,
} from "@/lib/curation/crosswalk-schemas";
import { runRatingsForm } from "@/lib/curation/ratings-form-actions";
import type { RatingsFormState } from "@/lib/curation/ratings-form-state";

/** Every intervention page shows clearinghouse names and scales; the admin pages list them. */
function revalidate(slug: string) {
  revalidatePath("/admin/clearinghouses");
  revalidatePath(`/admin/clearinghouses/${slug}`);
  revalidatePath("/interventions", "layout");
}

const texts = () => getTranslations("admin.ratings.clearinghouses");

export async function updateClearinghouseAction(
  slug: string,
  _state: RatingsFormState,
  form: FormData,
): Promise<RatingsFormState> {
  let renamed: string | null = null;
  const state = await runRatingsForm({
    form,
    schema: clearinghouseFormSchema,
    fields: CLEARINGHOUSE_FIELDS,
    grant: ["manage", "clearinghouse"],
    call: async ({ viewer, input, locale }) => {
      const saved = await updateClearinghouse({ viewer, slug, input, locale });
      revalidate(slug);
      if (saved.slug !== slug) renamed = saved.slug;
      return (await texts())("saved");
    },
  });
  if (renamed) redirect(`/admin/clearinghouses/${renamed}?notice=saved`);
  return state;
}

export async function addScaleLevelAction(
  slug: string,
  _state: RatingsFormState,
  form: FormData,
): Promise<RatingsFormState> {
  return runRatingsForm({
    form,
    schema: scaleLevelFormSchema,
    fields: SCALE_LEVEL_FIELDS,
    grant: ["manage", "clearinghouse"],
    call: async ({ viewer, input, locale }) => {
      await addScaleLevel({ viewer, slug, input, locale });
      revalidate(slug);
      return (await texts())("levelAdded");
    },
  });
}

export async function updateScaleLevelAction(
  slug: string,
  level: string,
  _state: RatingsFormState,
  form: FormData,
): Promise<RatingsFormState> {
  return runRatingsForm({
    form,
    schema: scaleLevelFormSchema,
    fields: SCALE_LEVEL_FIELDS,
    grant: ["manage", "clearinghouse"],
    call: async ({ viewer, input, locale }) => {
      await updateScaleLevel({ viewer, slug, level, input, locale });
      revalidate(slug);
      return (await texts())("saved");
    },
  });
}

export async function removeScaleLevelAction(
  slug: string,
  level: string,
  _state: RatingsFormState,
  form: FormData,
): Promise<RatingsFormState> {
  let removed = false;
  const state = await runRatingsForm({
    form,
    schema: removeScaleLevelSchema,
    fields: ["reason"],
    grant: ["manage", "clearinghouse"],
    call: async ({ viewer, input, locale }) => {
      await removeScaleLevel({ viewer, slug, level, input, locale });
      revalidate(slug);
      removed = true;
      return "";
    },
  });
  if (removed) redirect(`/admin/clearinghouses/${slug}?notice=level-removed`);
  return state;
}

const NOTICE = { UNAUTHORIZED: "sign-in", FORBIDDEN: "forbidden", NOT_FOUND: "not-found" } as const;
const noticeOf = (error: unknown) => {
  if (!isAppError(error)) throw error;
  return error.code in NOTICE ? NOTICE[error.code as keyof typeof NOTICE] : "in-use";
};

const moveSchema = z.object({
  slug: z.string().min(1).max(100),
  level: z.string().min(1).max(200),
  direction: z.enum(["up", "down"]),
});

/** Moves a level one place up or down, then back to the page (?notice=… on a refusal). */
export async function moveScaleLevelAction(form: FormData): Promise<void> {
  const parsed = moveSchema.safeParse(Object.fromEntries(["slug", "level", "direction"].map((k) => [k, form.get(k)])));
  if (!parsed.success) redirect("/admin/clearinghouses");
  const { slug, level, direction } = parsed.data;
  let notice = "moved";
  try {
    await moveScaleLevel({
      viewer: requirePermission(await getViewer(), "manage", "clearinghouse"),
      slug,
      level,
      direction,
    });
  } catch (error) {
    notice = noticeOf(error);
  }
  revalidate(slug);
  redirect(`/admin/clearinghouses/${encodeURIComponent(slug)}?notice=${notice}#scale`);
}

/** Removes a clearinghouse without ratings, then to the list; with ratings, back with the reason. */
export async function deleteClearinghouseAction(form: FormData): Promise<void> {
  const slug = z.string().min(1).max(100).safeParse(form.get("slug"));
  if (!slug.success) redirect("/admin/clearinghouses");
  try {
    await deleteClearinghouse({
      viewer: requirePermission(await getViewer(), "manage", "clearinghouse"),
      slug: slug.data,
    });
  } catch (error) {
    redirect(`/admin/clearinghouses/${encodeURIComponent(slug.data)}?notice=${noticeOf(error)}`);
  }
  revalidatePath("/admin/clearinghouses");
  redirect("/admin/clearinghouses?notice=removed");
}

"use server";
/**
 * The users page's server actions. Each checks the viewer itself and calls the data layer, which checks
 * again; a refusal comes back as a notice on the list (?notice=…), the temporary password as form state.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { roleFromSlug } from "@/lib/auth/permissions";
import { isAppError, type AppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locale";
import { queryValues } from "@/lib/curation/audit-log";
import {
  changeUserRole,
  deactivateUser,
  parseUserQuery,
  reactivateUser,
  setTemporaryPassword,
} from "@/lib/curation/users";
import type { TemporaryPasswordState } from "@/components/admin/users/temporary-password-form";

/** The list's query string to return to, rebuilt from its checked values only. */
async function backTo(formData: FormData): Promise<string> {
  const raw = String(formData.get("back") ?? "");
  const parsed = parseUserQuery(queryValues(new URLSearchParams(raw)), toLocale(await getLocale()));
  const params = new URLSearchParams();
  if (parsed.ok) {
    for (const [key, value] of Object.entries(parsed.data)) if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

function noticeOf(error: AppError): string {
  // The data layer's conflicts: one's own account (userId), or the last active admin (role, disabledAt).
  if (error.code === "CONFLICT") return error.issues.some((issue) => issue.path === "userId") ? "self" : "last-admin";
  return {
    UNAUTHORIZED: "sign-in",
    FORBIDDEN: "forbidden",
    NOT_FOUND: "not-found",
    INVALID: "invalid",
    UNAVAILABLE: "paused",
  }[error.code];
}

async function act(formData: FormData, run: (userId: string) => Promise<string>): Promise<never> {
  const back = await backTo(formData);
  const userId = String(formData.get("userId") ?? "");
  let notice: string;
  try {
    // The data layer (lib/curation/users.ts) refuses an id no user can have as not found.
    notice = await run(userId);
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = noticeOf(error);
  }
  revalidatePath("/admin/users");
  redirect(`/admin/users?${back ? `${back}&` : ""}notice=${notice}#user-${encodeURIComponent(userId)}`);
}

export async function changeRoleAction(formData: FormData): Promise<void> {
  await act(formData, async (userId) => {
    const viewer = requirePermission(await getViewer(), "manage", "user");
    const role = roleFromSlug(String(formData.get("role") ?? ""));
    if (!role) return "invalid";
    await changeUserRole({ viewer, userId, role, locale: toLocale(await getLocale()) });
    return "role-changed";
  });
}

export async function deactivateAction(formData: FormData): Promise<void> {
  await act(formData, async (userId) => {
    const viewer = requirePermission(await getViewer(), "manage", "user");
    await deactivateUser({ viewer, userId, locale: toLocale(await getLocale()) });
    return "deactivated";
  });
}

export async function reactivateAction(formData: FormData): Promise<void> {
  await act(formData, async (userId) => {
    const viewer = requirePermission(await getViewer(), "manage", "user");
    const { changed } = await reactivateUser({ viewer, userId });
    return changed ? "reactivated" : "unchanged";
  });
}

/** Makes a temporary password and shows it once, in this form's state (never in a URL). */
export async function temporaryPasswordAction(
  _previous: TemporaryPasswordState,
  formData: FormData,
): Promise<TemporaryPasswordState> {
  const t = await getTranslations("admin.users");
  const userId = String(formData.get("userId") ?? "");
  try {
    const viewer = requirePermission(await getViewer(), "manage", "user");
    const { password } = await setTemporaryPassword({ viewer, userId });
    revalidatePath("/admin/users");
    return { ok: true, password };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false, error: t(`notices.${noticeOf(error)}` as "notices.invalid") };
  }
}

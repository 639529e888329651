import { getTranslations } from "next-intl/server";
import { databaseRouter } from "@/lib/db";

/**
 * Shown to signed-in people while the primary database cannot be reached: pages keep serving from a
 * replica, and anything they save is refused until the primary is back (lib/database/router.ts).
 */
export async function WritesPausedNotice() {
  const router = await databaseRouter();
  if (!router?.primaryDown) return null;
  const t = await getTranslations("app");
  return (
    <div
      role="status"
      className="no-print border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900"
    >
      {t("writesPaused")}
    </div>
  );
}

/**
 * The header's alerts badge: a link to /alerts with the number of changes the signed-in user has not seen
 * on their shortlists and saved searches. Renders nothing for a visitor, and nothing when the count cannot
 * be made (the header must never fail because of it). Put it in a <Suspense> so the header does not wait.
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { countUnseenChanges } from "@/lib/decision/alerts";

export async function AlertsBadge({
  className = "text-white underline-offset-4 hover:underline",
}: {
  className?: string;
}) {
  const viewer = await getViewer();
  if (!viewer) return null;
  let count: number;
  try {
    count = await countUnseenChanges({ viewer });
  } catch (error) {
    console.error("The alerts badge could not count the changes", error);
    return null;
  }
  const t = await getTranslations("alerts");
  return (
    <Link href="/alerts" className={className} aria-label={t("badge.label", { count })} data-testid="alerts-badge">
      {t("nav.alerts")}
      {count > 0 && (
        <span
          aria-hidden="true"
          className="ml-1 inline-block min-w-5 rounded-full bg-amber-300 px-1.5 text-center text-xs font-bold text-slate-900"
        >
          {count}
        </span>
      )}
    </Link>
  );
}

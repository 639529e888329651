/**
 * The header's alerts badge: a link to /alerts with the number of changes the signed-in user has not seen
 * on their shortlists and saved searches. Renders nothing for a visitor, and nothing when the count cannot
 * be made (the header must never fail because of it). Put it in a <Suspense> so the header does not wait.
 * A visitor costs nothing here: no viewer, no query (and the header does not render it for them at all).
 */
import Link from "next/link";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";
import { countUnseenChanges } from "@/lib/decision/alerts";

/**
 * Counted once per request: the officer's own pages show the badge twice (in the site header and in their
 * menu), and every count re-runs each saved search's catalogue query. getViewer gives one viewer object
 * per request, which is the cache's key.
 */
const unseenChanges = cache((viewer: Viewer) => countUnseenChanges({ viewer }));

export async function AlertsBadge({
  className = "text-white underline-offset-4 hover:underline",
}: {
  className?: string;
}) {
  const viewer = await getViewer();
  if (!viewer) return null;
  let count: number;
  try {
    count = await unseenChanges(viewer);
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

/** The officer's own pages: shortlists, saved searches and alerts (with the badge). */
import Link from "next/link";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { AlertsBadge } from "./alerts-badge";

export async function DecisionNav({ current }: { current: "shortlists" | "saved-searches" | "alerts" }) {
  const t = await getTranslations("alerts.nav");
  const link = (active: boolean) =>
    `rounded px-3 py-1 ${active ? "bg-brand-800 text-white" : "text-brand-700 underline hover:bg-brand-50"}`;
  return (
    <nav aria-label={t("label")} className="no-print mb-4 flex flex-wrap gap-2 text-sm">
      <Link
        href="/shortlists"
        className={link(current === "shortlists")}
        aria-current={current === "shortlists" ? "page" : undefined}
      >
        {t("shortlists")}
      </Link>
      <Link
        href="/saved-searches"
        className={link(current === "saved-searches")}
        aria-current={current === "saved-searches" ? "page" : undefined}
      >
        {t("savedSearches")}
      </Link>
      <Suspense fallback={<span className={link(false)}>{t("alerts")}</span>}>
        <AlertsBadge className={link(current === "alerts")} />
      </Suspense>
    </nav>
  );
}

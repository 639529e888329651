import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/permissions";

/** The editors' sections; each page checks its own grant (app/admin/access.ts), this only shows the way. */
export const ADMIN_SECTIONS = [
  { key: "review", href: "/admin/review" },
  { key: "reReview", href: "/admin/re-review" },
  { key: "interventions", href: "/admin/interventions" },
  { key: "clearinghouses", href: "/admin/clearinghouses" },
  { key: "data", href: "/admin/data" },
  { key: "users", href: "/admin/users" },
  { key: "audit", href: "/admin/audit" },
  { key: "settings", href: "/admin/settings" },
] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer || !hasPermission(viewer.role, "review", "submission", "any")) return children;
  const t = await getTranslations("admin.nav");
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <nav aria-label={t("label")} className="no-print md:w-48 md:shrink-0">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm md:flex-col">
          <li>
            <Link href="/admin" className="text-brand-700 underline">
              {t("overview")}
            </Link>
          </li>
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.key}>
              <Link href={section.href} className="text-brand-700 underline">
                {t(section.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}

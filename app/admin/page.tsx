import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminPageViewer } from "./access";
import { ADMIN_SECTIONS } from "./layout";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  await adminPageViewer("/admin", "review", "submission");
  const t = await getTranslations("admin");
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.key} className="rounded border border-slate-200 p-4">
            <Link href={section.href} className="font-semibold text-brand-700 underline">
              {t(`nav.${section.key}`)}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{t(`sections.${section.key}`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

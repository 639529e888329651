import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.forbidden"))("title") };
}

/** A signed-in user whose role may not open an editors' page: served with HTTP 403. */
export default async function AdminForbidden() {
  const t = await getTranslations("admin.forbidden");
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-3">{t("text")}</p>
      <p className="mt-4">
        <Link href="/interventions" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title") };
}

/** Any unknown address: in the visitor's language, with the ways back. Served with HTTP 404. */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-3">{t("text")}</p>
      <ul className="mt-4 space-y-2">
        <li>
          <Link href="/interventions" className="text-brand-700 underline">
            {t("interventions")}
          </Link>
        </li>
        <li>
          <Link href="/" className="text-brand-700 underline">
            {t("home")}
          </Link>
        </li>
      </ul>
    </div>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("intervention"))("notFoundTitle") };
}

/** An unknown (or malformed) intervention slug: say so in the visitor's language and lead back to the list. */
export default async function InterventionNotFound() {
  const t = await getTranslations("intervention");
  const tn = await getTranslations("notFound");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("notFoundTitle")}</h1>
      <p className="mt-3">{t("notFoundText")}</p>
      <ul className="mt-4 space-y-2">
        <li>
          <Link href="/interventions" className="text-brand-700 underline">
            ← {t("back")}
          </Link>
        </li>
        <li>
          <Link href="/" className="text-brand-700 underline">
            {tn("home")}
          </Link>
        </li>
      </ul>
    </div>
  );
}

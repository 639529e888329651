import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** What a signed-in user without the researcher role sees in the researcher area (403). */
export async function ResearcherForbidden() {
  const t = await getTranslations("researcher.forbidden");
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

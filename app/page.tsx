import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { catalogueDb } from "@/lib/db";
import { getCatalogueSummary } from "@/lib/intervention/summary";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const summary = await getCatalogueSummary(await catalogueDb());
  return (
    <div className="max-w-3xl space-y-8">
      <section>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="mt-3 text-lg">{t("intro")}</p>
        <p className="mt-4">
          <Link
            href="/interventions"
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("cta")}
          </Link>
          <span className="ml-3 text-slate-700">{t("stats", { count: summary.interventions })}</span>
        </p>
      </section>
      <section aria-labelledby="advice">
        <h2 id="advice" className="text-xl font-semibold">
          {t("adviceTitle")}
        </h2>
        <p className="mt-2">{t("advice1")}</p>
        <p className="mt-2">{t("advice2")}</p>
        <p className="mt-2 text-slate-700">{t("advice3")}</p>
      </section>
      <section aria-labelledby="levels">
        <h2 id="levels" className="text-xl font-semibold">
          {t("levelsTitle")}
        </h2>
        <p className="mt-2">{t("levels")}</p>
        <p className="mt-2">{t("modest")}</p>
      </section>
    </div>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { catalogueDb } from "@/lib/db";
import { compareQuerySchema, MAX_COMPARED } from "@/lib/intervention/compare";
import { searchParamsToObject } from "@/lib/intervention/schemas";
import { findComparisonReport } from "@/lib/decision/report";
import { ReportView } from "@/components/decision/report-html";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decision.report"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /report/compare?slug=…: the municipal report of 2 to 4 interventions, printable, with its PDF. */
export default async function CompareReportPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("compare");
  const raw = searchParamsToObject(await searchParams);
  const parsed = compareQuerySchema.safeParse(raw);
  const slugs = [raw.slug ?? []].flat();
  let problem: string | null = null;
  if (!parsed.success) problem = slugs.length > MAX_COMPARED ? t("tooMany") : t("tooFew");
  else {
    const { data, unknown } = await findComparisonReport(await catalogueDb(), { slugs: parsed.data.slug });
    if (unknown.length === 0) {
      const query = parsed.data.slug.map((slug) => `slug=${encodeURIComponent(slug)}`).join("&");
      return <ReportView data={data} pdfHref={`/api/report/compare.pdf?${query}`} backHref={`/compare?${query}`} />;
    }
    problem = t("unknownSlugs", { count: unknown.length, slugs: unknown.map((slug) => `‘${slug}’`).join(", ") });
  }
  return (
    <div>
      <h1 className="text-2xl font-bold">{(await getTranslations("decision.report"))("title")}</h1>
      <div role="alert" className="mt-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
        <p>{problem}</p>
        <p className="mt-2">
          <Link href="/interventions" className="text-brand-700 underline">
            {t("choose")}
          </Link>
        </p>
      </div>
    </div>
  );
}

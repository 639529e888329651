import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findDueForReReview, RE_REVIEW_WINDOW_DAYS } from "@/lib/curation/re-review";
import { pick, toLocale } from "@/lib/i18n/locale";
import { formatPartialDate } from "@/lib/format";
import { DemoMark, RecognitionWords } from "@/components/interventions/badges";
import { adminPageViewer } from "../access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.ratings.reReview"))("title") };
}

/** Recognitions whose re-review date has passed or comes within 90 days, soonest first. */
export default async function ReReviewPage() {
  const viewer = await adminPageViewer("/admin/re-review", "rate", "intervention");
  const items = await findDueForReReview({ viewer });
  const t = await getTranslations("admin.ratings.reReview");
  const tr = await getTranslations("recognition");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });

  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro", { days: RE_REVIEW_WINDOW_DAYS })}</p>
      {items.length === 0 ? (
        <p className="mt-4">{t("empty", { days: RE_REVIEW_WINDOW_DAYS })}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("intervention")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("recognition")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("decided")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("due")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("newEvidence")}
                </th>
                <th scope="col" className="py-1">
                  {t("action")}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.slug} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    <Link href={`/interventions/${item.slug}`} className="text-brand-700 underline">
                      {pick(item.name, locale)}
                    </Link>
                    {item.isDemo && <DemoMark />}
                  </th>
                  <td className="py-1 pr-3">
                    <RecognitionWords status={item.status} level={item.level} />
                    {item.isRecognised && <span className="block text-xs">✓ {tr("effective")}</span>}
                  </td>
                  <td className="py-1 pr-3">
                    {item.decidedOn ? formatPartialDate(item.decidedOn, locale) : t("unknown")}
                  </td>
                  <td className={`py-1 pr-3 ${item.daysLeft < 0 ? "font-semibold text-red-800" : ""}`}>
                    {day(item.dueOn)}
                    <span className="block text-xs">
                      {item.daysLeft < 0
                        ? t("overdue", { days: -item.daysLeft })
                        : item.daysLeft === 0
                          ? t("dueToday")
                          : t("dueIn", { days: item.daysLeft })}
                    </span>
                  </td>
                  <td className="py-1 pr-3">
                    {item.newStudies === null ? t("unknown") : t("studies", { count: item.newStudies })}
                  </td>
                  <td className="py-1">
                    <Link href={`/admin/interventions/${item.slug}/rating`} className="text-brand-700 underline">
                      {t("rate")}
                      <span className="sr-only">: {pick(item.name, locale)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

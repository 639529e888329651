import { useLocale, useTranslations } from "next-intl";
import type { ExternalRatingDto } from "@/lib/intervention/dto";
import { formatPartialDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locale";
import { ExternalLink } from "@/components/ui/external-link";
import { webHost } from "@/lib/security/web-url";
import { UnverifiedMark } from "@/components/interventions/badges";

/** The language a clearinghouse words its ratings in, so screen readers read them in it (WCAG 3.1.2). */
const languageOf: Record<string, string | undefined> = {
  NL: "nl",
  BE: "nl",
  US: "en",
  UK: "en",
  GB: "en",
  AU: "en",
  CA: "en",
};

/** A rating without a source link counts as unverified, whatever its flag says. */
export const isRatingVerified = (r: ExternalRatingDto) => r.isVerified && r.url !== null;

/** The common-scale level in words ("Sterk bewijs"), or that the rating has no place on it. */
export function CommonLevelWords({ level }: { level: ExternalRatingDto["commonLevel"] }): string {
  const t = useTranslations("commonLevels");
  return t(level ?? "none");
}

/** "herzien 14 juni 2019" (the latest date: the review, else the rating), or "datum onbekend". */
export function RatingDate({ rating }: { rating: ExternalRatingDto }): string {
  const t = useTranslations("externalRatings");
  const locale = toLocale(useLocale());
  if (rating.reviewedOn) return t("reviewedOn", { date: formatPartialDate(rating.reviewedOn, locale) });
  if (rating.ratedOn) return t("ratedOn", { date: formatPartialDate(rating.ratedOn, locale) });
  return t("noDate");
}

/** The clearinghouse's own words, then the scale entry they were read as when the words differ. */
export function RatingWords({ rating }: { rating: ExternalRatingDto }) {
  const t = useTranslations("externalRatings");
  const words = rating.levelAsWritten ?? rating.level;
  return (
    <>
      <span lang={languageOf[rating.clearinghouse.country]}>{words}</span>
      {rating.levelAsWritten && rating.levelAsWritten !== rating.level && (
        <span className="block text-xs text-slate-700">{t("onScale", { level: rating.level })}</span>
      )}
    </>
  );
}

/**
 * Ratings by other clearinghouses as a table: each in the clearinghouse's own words, its place on the
 * common scale in words beside it, the latest date and the source. No source link means unverified.
 */
export function ExternalRatings({ ratings }: { ratings: ExternalRatingDto[] }) {
  const t = useTranslations("intervention");
  const te = useTranslations("externalRatings");
  if (ratings.length === 0) return <p className="mt-2">{te("none")}</p>;
  return (
    <>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{te("commonIntro")}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3">
                {t("clearinghouse")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {te("asWritten")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {te("common")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("topic")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {te("date")}
              </th>
              <th scope="col" className="py-1">
                {t("source")}
              </th>
            </tr>
          </thead>
          <tbody>
            {ratings.map((r, i) => (
              <tr key={i} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {r.clearinghouse.name} <span className="text-slate-700">({r.clearinghouse.country})</span>
                </th>
                <td className="py-1 pr-3">
                  <RatingWords rating={r} />
                  {r.note && <span className="block text-xs text-slate-700">{r.note}</span>}
                </td>
                <td className="py-1 pr-3">
                  <CommonLevelWords level={r.commonLevel} />
                </td>
                <td className="py-1 pr-3">{r.topic ?? "—"}</td>
                <td className="py-1 pr-3">
                  <RatingDate rating={r} />
                </td>
                <td className="py-1">
                  {r.url ? (
                    <ExternalLink url={r.url} className="break-all text-brand-700 underline">
                      {webHost(r.url)}
                    </ExternalLink>
                  ) : (
                    te("noUrl")
                  )}
                  {!isRatingVerified(r) && <UnverifiedMark />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { RecognitionDto } from "@/lib/intervention/dto";
import { formatPartialDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locale";
import { ExternalLink } from "@/components/ui/external-link";
import { RecognitionWords, UnverifiedMark } from "./badges";

/**
 * The Dutch recognition in full, as NJi words it: "Erkend als effectief volgens sterke aanwijzingen" with
 * the decision date, the committee, the re-review date and the source; "Erkend als effectief" as a badge
 * only when it is; "In herbeoordeling (erkend als …)" marked as under review; "Geen Nederlandse beoordeling
 * bekend" when no decision is known. A decision known only from a secondary source says so, with that source.
 * `compact` leaves out the explanatory sentences (for the compare table).
 */
export function RecognitionStatement({
  recognition: r,
  compact = false,
}: {
  recognition: RecognitionDto;
  compact?: boolean;
}) {
  const t = useTranslations("recognition");
  const locale = toLocale(useLocale());
  const underReview = r.status === "in-herbeoordeling";
  const details = [
    r.decidedOn && t("decidedOn", { date: formatPartialDate(r.decidedOn, locale) }),
    r.committee,
    r.expiresOn &&
      (r.isExpired
        ? t("reReviewPassed", { date: formatPartialDate(r.expiresOn, locale) })
        : t("reReview", { date: formatPartialDate(r.expiresOn, locale) })),
  ].filter((d): d is string => Boolean(d));
  return (
    <div className={underReview ? "rounded border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-amber-950" : ""}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-semibold">
          {underReview && <span aria-hidden="true">⚠ </span>}
          <RecognitionWords status={r.status} level={r.level} />
        </span>
        {r.isRecognised && (
          <span className="inline-flex items-center gap-1 rounded bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white">
            <span aria-hidden="true">✓</span>
            {t("effective")}
          </span>
        )}
        {!r.isVerified && <UnverifiedMark sourceUrl={r.sourceUrl} />}
      </p>
      {(details.length > 0 || (r.sourceUrl && r.isVerified)) && (
        <p className="text-sm text-slate-700">
          {details.join(" · ")}
          {r.sourceUrl && r.isVerified && (
            <>
              {details.length > 0 && " · "}
              <ExternalLink url={r.sourceUrl}>{t("source")}</ExternalLink>
            </>
          )}
        </p>
      )}
      {!compact && r.status === "onbekend" && <p className="text-sm text-slate-700">{t("onbekendExplained")}</p>}
      {!compact && underReview && <p className="text-sm">{t("underReview")}</p>}
      {!compact && !r.isVerified && <p className="text-sm text-slate-700">{t("unverified")}</p>}
    </div>
  );
}

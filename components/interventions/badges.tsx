import { useLocale, useTranslations } from "next-intl";
import type { EvidenceLevelSlug } from "@/lib/intervention/schemas";
import type { RecognitionDto } from "@/lib/intervention/dto";
import { formatPartialDate } from "@/lib/format";

const levelStyle: Record<EvidenceLevelSlug, string> = {
  "niet-beoordeeld": "border-slate-400 bg-slate-50 text-slate-800",
  "niet-effectief": "border-red-700 bg-red-50 text-red-900",
  "goed-beschreven": "border-slate-500 bg-slate-100 text-slate-900",
  "goed-onderbouwd": "border-sky-700 bg-sky-50 text-sky-900",
  "eerste-aanwijzingen": "border-emerald-700 bg-emerald-50 text-emerald-900",
  "goede-aanwijzingen": "border-emerald-800 bg-emerald-100 text-emerald-950",
  "sterke-aanwijzingen": "border-emerald-900 bg-emerald-200 text-emerald-950",
};

export function LevelBadge({ level }: { level: EvidenceLevelSlug }) {
  const t = useTranslations("levels");
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${levelStyle[level]}`}>
      {t(level)}
    </span>
  );
}

export function RecognitionBadge({ recognition }: { recognition: RecognitionDto }) {
  const t = useTranslations("intervention");
  const locale = useLocale();
  if (!recognition.isRecognised) return <span className="text-sm text-slate-700">{t("notRecognised")}</span>;
  return (
    <span className="inline-flex items-center gap-1 rounded bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white">
      <span aria-hidden="true">✓</span>
      {recognition.expiresOn
        ? t("recognisedUntil", { date: formatPartialDate(recognition.expiresOn, locale) })
        : t("recognisedNoDate")}
    </span>
  );
}

export function StaleMarker({ recognition, isStale }: { recognition: RecognitionDto; isStale: boolean }) {
  const t = useTranslations("intervention");
  if (!isStale) return null;
  return (
    <span className="inline-flex items-center gap-1 rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm text-amber-900">
      <span aria-hidden="true">⚠</span>
      {t("stale")}: {recognition.isExpired ? t("staleExpired") : t("staleOld")}
    </span>
  );
}

export function UnverifiedMark() {
  const t = useTranslations("app");
  return (
    <span
      className="ml-1 rounded border border-amber-700 px-1 text-xs font-medium text-amber-900"
      title={t("unverified")}
    >
      {t("unverified")}
    </span>
  );
}

export function DemoMark() {
  const t = useTranslations("app");
  return <span className="ml-1 rounded bg-slate-700 px-1 text-xs font-medium text-white">{t("demo")}</span>;
}

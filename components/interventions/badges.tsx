import { useTranslations } from "next-intl";
import { useTextsOnce } from "./texts-once";
import type { EvidenceLevelSlug } from "@/lib/intervention/schemas";
import type { RecognitionDto } from "@/lib/intervention/dto";
import type { RecognitionStatusSlug } from "@/lib/intervention/recognition";
import { ExternalLink } from "@/components/ui/external-link";

const levelStyle: Record<EvidenceLevelSlug, string> = {
  "niet-beoordeeld": "border-slate-400 bg-slate-50 text-slate-800",
  "niet-effectief": "border-red-700 bg-red-50 text-red-900",
  "goed-beschreven": "border-slate-500 bg-slate-100 text-slate-900",
  "goed-onderbouwd": "border-sky-700 bg-sky-50 text-sky-900",
  "eerste-aanwijzingen": "border-emerald-700 bg-emerald-50 text-emerald-900",
  "goede-aanwijzingen": "border-emerald-800 bg-emerald-100 text-emerald-950",
  "sterke-aanwijzingen": "border-emerald-900 bg-emerald-200 text-emerald-950",
};

/**
 * The Dutch evidence level. "niet-beoordeeld" means no Dutch level is known, which is not a level: nothing is
 * shown, and the RecognitionBadge beside it says "Geen Nederlandse beoordeling bekend".
 */
export function LevelBadge({ level }: { level: EvidenceLevelSlug }) {
  const t = useTranslations("levels");
  if (level === "niet-beoordeeld") return null;
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${levelStyle[level]}`}>
      {t(level)}
    </span>
  );
}

/**
 * A Dutch recognition status in NJi's words: "Erkend als effectief volgens sterke aanwijzingen", "In
 * herbeoordeling (erkend als …)", "Niet erkend", and for status onbekend "Geen Nederlandse beoordeling
 * bekend" (no decision is known, which is not a verdict).
 */
export function RecognitionWords({
  status,
  level,
}: {
  status: RecognitionStatusSlug;
  level: EvidenceLevelSlug | null;
}): string {
  const t = useTextsOnce("recognition");
  const words = level ? t(`levels.${level}`) : null;
  switch (status) {
    case "erkend":
      return words ? t("erkend", { level: words }) : t("erkendNoLevel");
    case "in-herbeoordeling":
      return words ? t("in-herbeoordeling", { level: words }) : t("inHerbeoordelingNoLevel");
    case "niet-erkend":
      return t("niet-erkend");
    default:
      return t("onbekend");
  }
}

/**
 * The Dutch recognition as NJi words it, for cards and lists: "✓ Erkend als effectief" only when it is
 * (erkend or in herbeoordeling at an Effectief level), otherwise the status in words ("Erkend als goed
 * onderbouwd", "Niet erkend", "Geen Nederlandse beoordeling bekend"). A decision known only from a
 * secondary source is marked unverified, with its source.
 */
export function RecognitionBadge({ recognition }: { recognition: RecognitionDto }) {
  const t = useTranslations("recognition");
  const unverified = !recognition.isVerified && <UnverifiedMark sourceUrl={recognition.sourceUrl} />;
  if (!recognition.isRecognised) {
    return (
      <span className="text-sm text-slate-800">
        <RecognitionWords status={recognition.status} level={recognition.level} />
        {unverified}
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className="inline-flex items-center gap-1 rounded bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white">
        <span aria-hidden="true">✓</span>
        {t("effective")}
      </span>
      {recognition.status === "in-herbeoordeling" && (
        <span className="rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm text-amber-900">
          {t("inHerbeoordelingNoLevel")}
        </span>
      )}
      {unverified}
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

/** "Niet geverifieerd" as text (not only a colour), with the source it was taken from when there is one. */
export function UnverifiedMark({ sourceUrl }: { sourceUrl?: string | null }) {
  const t = useTranslations("app");
  const tp = useTranslations("provenance");
  return (
    <span className="ml-1 inline-flex items-baseline gap-1">
      <span className="rounded border border-amber-700 px-1 text-xs font-medium text-amber-900">{t("unverified")}</span>
      {sourceUrl && (
        <ExternalLink url={sourceUrl} className="text-xs text-brand-700 underline">
          {tp("source")}
        </ExternalLink>
      )}
    </span>
  );
}

export function DemoMark() {
  const t = useTranslations("app");
  return <span className="ml-1 rounded bg-slate-700 px-1 text-xs font-medium text-white">{t("demo")}</span>;
}

/**
 * The report's title and its caveats, in one place for the PDF and the printable page: effects are modest
 * (when headline effects are below 0.5), universal offers lack evidence, not recognised does not mean
 * ineffective (each when it applies to an intervention in the report), and the fit with local needs and
 * availability (always).
 */
import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";
import { MODEST_EFFECT_BELOW } from "@/lib/decision/decision-aid-schema";
import type { ReportData } from "@/lib/decision/report";

type T = ReturnType<typeof createTranslator<(typeof messages)["nl"]>>;

export const reportTranslator = (locale: Locale): T => createTranslator({ locale, messages: messages[locale] });

export function reportTitle(data: ReportData, t: T): string {
  return data.kind === "shortlist"
    ? t("decision.report.shortlistTitle", { name: data.name ?? "" })
    : t("decision.report.compareTitle", { count: data.items.length });
}

export function reportCaveats(data: ReportData, t: T, _locale: Locale): string[] {
  void _locale;
  const headlines = data.items.flatMap((i) => i.intervention.pooledEffects);
  const modest = headlines.filter((p) => p.estimate < MODEST_EFFECT_BELOW).length;
  const interventions = data.items.map((i) => i.intervention);
  return [
    ...(modest > 0 ? [t("decision.report.modest", { modest, total: headlines.length })] : []),
    ...(interventions.some((i) => i.adviceGroups.includes("universal")) ? [t("decision.aid.caveats.universal")] : []),
    ...(interventions.some((i) => !i.recognition.isRecognised) ? [t("decision.aid.caveats.notRecognised")] : []),
    t("decision.aid.caveats.local"),
  ];
}

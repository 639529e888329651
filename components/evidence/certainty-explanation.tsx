import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CertaintyLevel, CertaintyReason } from "@/lib/evidence/certainty";

export type CertaintyView = { level: CertaintyLevel; reasons: { code: string; text: CertaintyReason["text"] }[] };

/** The certainty of one headline effect with every reason, in the page's language. */
export function CertaintyExplanation({ certainty }: { certainty: CertaintyView }) {
  const t = useTranslations("synthesis");
  const locale = useLocale() === "en" ? "en" : "nl";
  const level = t(`certaintyLevel.${certainty.level}`);
  return (
    <details className="mt-2" data-testid="certainty" data-level={certainty.level}>
      <summary className="cursor-pointer font-medium">{t("certaintyTitle", { level })}</summary>
      <p className="mt-1 text-sm">{t("certaintyIntro")}</p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {certainty.reasons.map((reason, i) => (
          <li key={i} data-code={reason.code}>
            {reason.text[locale]}
          </li>
        ))}
      </ul>
    </details>
  );
}

export type CertaintyHistoryEntry = {
  level: CertaintyLevel | null;
  reason: string;
  actorName: string;
  createdAt: string;
};

/** The editors' overrides of one headline's certainty, oldest first (the public record of them). */
export function CertaintyHistory({ entries }: { entries: CertaintyHistoryEntry[] }) {
  const t = useTranslations("synthesis");
  const format = useFormatter();
  if (entries.length === 0) return null;
  return (
    <div className="mt-1 text-sm" data-testid="certainty-history">
      <p className="font-medium">{t("certaintyHistory")}</p>
      <ul className="list-disc pl-5">
        {entries.map((entry, i) => (
          <li key={i}>
            {t("certaintyHistoryEntry", {
              date: format.dateTime(new Date(entry.createdAt), { dateStyle: "long" }),
              actor: entry.actorName,
              level: entry.level ? t(`certaintyLevel.${entry.level}`) : t("certaintyComputed"),
              reason: entry.reason,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { CertaintyLevel, CertaintyReason } from "@/lib/evidence/certainty";

export type CertaintyView = { level: CertaintyLevel; reasons: Pick<CertaintyReason, "code" | "text">[] };

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

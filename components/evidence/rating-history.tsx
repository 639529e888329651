import { useLocale, useTranslations } from "next-intl";
import type { RatingEventDto } from "@/lib/intervention/dto";
import { formatPartialDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locale";
import { ExternalLink } from "@/components/ui/external-link";
import { RecognitionWords, UnverifiedMark } from "@/components/interventions/badges";

/**
 * One decision as NJi words it, with its date and committee: "Erkend als goed onderbouwd (10 juni 2006,
 * Panel JGZ en Preventie)". An event without a status (a level change only) reads "Niveau van … naar …".
 */
function EventWords({ event: e }: { event: RatingEventDto }) {
  const t = useTranslations("recognition");
  const locale = toLocale(useLocale());
  const statement = e.toStatus ? (
    <RecognitionWords status={e.toStatus} level={e.toLevel} />
  ) : e.fromLevel && e.toLevel && e.fromLevel !== e.toLevel ? (
    t("levelChange", { from: t(`levels.${e.fromLevel}`), to: t(`levels.${e.toLevel}`) })
  ) : e.toLevel ? (
    t("levelOnly", { level: t(`levels.${e.toLevel}`) })
  ) : (
    <RecognitionWords status="onbekend" level={null} />
  );
  const by = e.committee ?? e.actorName;
  const date = e.decidedOn ? formatPartialDate(e.decidedOn, locale) : null;
  const details = date && by ? t("eventDetails", { date, by }) : (date ?? by);
  return (
    <>
      {statement}
      {details && ` (${details})`}
    </>
  );
}

/** The public history of Dutch decisions, oldest first, each with its source link and unverified mark. */
export function RatingHistory({ events }: { events: RatingEventDto[] }) {
  const t = useTranslations("intervention");
  if (events.length === 0) return <p className="mt-2">{t("historyEmpty")}</p>;
  return (
    <ol className="mt-2 space-y-2 border-l-2 border-brand-700 pl-4">
      {events.map((e, i) => (
        <li key={i}>
          <p className="font-medium">
            <EventWords event={e} />
            {!e.isVerified && <UnverifiedMark />}
          </p>
          {e.justification && <p className="text-sm">{e.justification}</p>}
          {e.sourceUrl && (
            <p className="text-sm">
              <ExternalLink url={e.sourceUrl}>{t("source")}</ExternalLink>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

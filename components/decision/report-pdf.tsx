/**
 * The municipal report as a PDF, made on the server with @react-pdf/renderer: per intervention the Dutch
 * level and recognition with their dates, the Health Council's groups, the headline effects with their basis
 * and certainty, forest plots of pooled headlines (as react-pdf SVG), costs in their own currency, sources,
 * and the date of the data. The font is DejaVu Sans, shipped in public/fonts/dejavu and embedded in the file:
 * it has every glyph used (−, ≥, τ², €, ë, ✓). Texts come from the same messages as the pages.
 */
import "server-only";
import path from "node:path";
import {
  Document,
  Font,
  Line,
  Link,
  Page,
  Polygon,
  Rect,
  StyleSheet,
  Svg,
  Text,
  View,
  renderToBuffer,
} from "@react-pdf/renderer";
import { pick, type Locale } from "@/lib/i18n/locale";
import { formatAgeRange, formatEstimate, formatNumber, formatPartialDate } from "@/lib/format";
import { effectSentence } from "@/lib/evidence/effect-words";
import { costFactsOf, formatCost } from "@/lib/decision/costs-display";
import type { Forest } from "@/lib/evidence/forest";
import type { PooledEffectDto } from "@/lib/intervention/dto";
import type { ReportData, ReportItem } from "@/lib/decision/report";
import { webHref } from "@/lib/security/web-url";
import { reportCaveats, reportTitle, reportTranslator } from "./report-text";

export const REPORT_FONT = "DejaVu Sans";
const FONT = REPORT_FONT;
let fontRegistered = false;

/** Registers the embedded font once per process (the report's glyph test loads the same files). */
export function registerReportFont() {
  if (fontRegistered) return;
  const dir = path.join(process.cwd(), "public", "fonts", "dejavu");
  Font.register({
    family: FONT,
    fonts: [
      { src: path.join(dir, "DejaVuSans.ttf") },
      { src: path.join(dir, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
    ],
  });
  // Words are never split: names and Dutch compounds read better whole.
  Font.registerHyphenationCallback((word) => [word]);
  fontRegistered = true;
}

const BRAND = "#08406f";
const MUTED = "#475569";

const s = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: 8.5, paddingTop: 32, paddingBottom: 40, paddingHorizontal: 36, color: "#0f172a" },
  title: { fontSize: 15, fontWeight: "bold", color: BRAND },
  subtitle: { fontSize: 11, fontWeight: "bold", marginTop: 2 },
  muted: { color: MUTED },
  small: { fontSize: 7.5 },
  intro: { marginTop: 6 },
  caveats: { marginTop: 8, padding: 6, borderWidth: 0.8, borderColor: "#b45309", backgroundColor: "#fffbeb" },
  caveatsTitle: { fontWeight: "bold", marginBottom: 2 },
  bullet: { flexDirection: "row", marginTop: 1.5 },
  bulletMark: { width: 8 },
  bulletText: { flex: 1 },
  item: { marginTop: 10, paddingTop: 6, borderTopWidth: 1.2, borderTopColor: BRAND },
  itemTitle: { fontSize: 11, fontWeight: "bold", color: BRAND },
  row: { flexDirection: "row", marginTop: 2 },
  label: { width: 105, fontWeight: "bold" },
  value: { flex: 1 },
  section: { marginTop: 5, fontWeight: "bold" },
  effect: { marginTop: 2 },
  link: { color: "#0b5394", textDecoration: "none" },
  footer: {
    position: "absolute",
    bottom: 18,
    left: 36,
    right: 36,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7,
    color: MUTED,
  },
  forest: { marginTop: 3, marginLeft: 8 },
  forestRow: { flexDirection: "row", alignItems: "center", height: 10 },
  forestLabel: { width: 140, fontSize: 7 },
  forestValue: { width: 110, fontSize: 7, paddingLeft: 6 },
});

type T = ReturnType<typeof reportTranslator>;

function Bullet({ children }: { children: string }) {
  return (
    <View style={s.bullet}>
      <Text style={s.bulletMark}>•</Text>
      <Text style={s.bulletText}>{children}</Text>
    </View>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View style={s.row} wrap={false}>
      <Text style={s.label}>{label}</Text>
      <View style={s.value}>{typeof children === "string" ? <Text>{children}</Text> : children}</View>
    </View>
  );
}

const PLOT_WIDTH = 200;

function ForestPdf({ forest, title, t, locale }: { forest: Forest; title: string; t: T; locale: Locale }) {
  const { rows, pooled } = forest;
  const values = [0, ...rows.flatMap((r) => [r.ciLower, r.ciUpper]), pooled.piLower, pooled.piUpper];
  const lo = Math.floor(Math.min(...values) * 2) / 2;
  const hi = Math.ceil(Math.max(...values) * 2) / 2;
  const x = (v: number) => 4 + ((v - lo) / (hi - lo || 1)) * (PLOT_WIDTH - 8);
  const maxWeight = Math.max(...rows.map((r) => r.weight));
  const step = hi - lo > 3 ? 1 : 0.5;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  const zero = (height: number) => (
    <Line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke="#334155" strokeWidth={0.5} strokeDasharray="2,1.5" />
  );
  return (
    <View style={s.forest} wrap={false}>
      <Text style={[s.small, { fontWeight: "bold" }]}>{title}</Text>
      {rows.map((r, n) => {
        const size = 2 + 4 * Math.sqrt(r.weight / maxWeight);
        return (
          <View key={n} style={s.forestRow}>
            <Text style={s.forestLabel}>{r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}</Text>
            <Svg width={PLOT_WIDTH} height={10}>
              {zero(10)}
              <Line x1={x(r.ciLower)} x2={x(r.ciUpper)} y1={5} y2={5} stroke="#0f172a" strokeWidth={0.8} />
              <Rect x={x(r.yi) - size / 2} y={5 - size / 2} width={size} height={size} fill="#0b5394" />
            </Svg>
            <Text style={s.forestValue}>{formatEstimate(r.yi, r.ciLower, r.ciUpper, locale)}</Text>
          </View>
        );
      })}
      <View style={[s.forestRow, { height: 14 }]}>
        <Text style={[s.forestLabel, { fontWeight: "bold" }]}>{t("decision.report.pooledRow")}</Text>
        <Svg width={PLOT_WIDTH} height={14}>
          {zero(14)}
          <Line x1={x(pooled.piLower)} x2={x(pooled.piUpper)} y1={11.5} y2={11.5} stroke="#b45309" strokeWidth={1.5} />
          <Polygon
            points={`${x(pooled.ciLower)},6 ${x(pooled.estimate)},2.5 ${x(pooled.ciUpper)},6 ${x(pooled.estimate)},9.5`}
            fill={BRAND}
          />
        </Svg>
        <Text style={[s.forestValue, { fontWeight: "bold" }]}>
          {formatEstimate(pooled.estimate, pooled.ciLower, pooled.ciUpper, locale)}
        </Text>
      </View>
      <View style={s.forestRow}>
        <Text style={s.forestLabel} />
        <View style={{ width: PLOT_WIDTH, height: 10, position: "relative" }}>
          <Svg width={PLOT_WIDTH} height={3} style={{ position: "absolute", top: 0, left: 0 }}>
            <Line x1={4} x2={PLOT_WIDTH - 4} y1={0.5} y2={0.5} stroke="#334155" strokeWidth={0.5} />
            {ticks.map((v) => (
              <Line key={v} x1={x(v)} x2={x(v)} y1={0.5} y2={3} stroke="#334155" strokeWidth={0.5} />
            ))}
          </Svg>
          {ticks.map((v) => (
            <Text
              key={v}
              style={{ position: "absolute", top: 3, left: x(v) - 10, width: 20, textAlign: "center", fontSize: 6 }}
            >
              {formatNumber(v, locale, 1)}
            </Text>
          ))}
        </View>
        <Text style={[s.forestValue, s.muted]}>
          {t("decision.report.tau", {
            tau2: formatNumber(pooled.tau2, locale, 3),
            i2: pooled.I2 === null ? "—" : `${formatNumber(pooled.I2, locale, 0)}%`,
          })}
        </Text>
      </View>
    </View>
  );
}

function effectLine(p: PooledEffectDto, outcome: string, t: T, locale: Locale): string {
  const estimate = formatEstimate(p.estimate, p.ciLower, p.ciUpper, locale, {
    asReported: p.basis === "meta-analysis",
  });
  const words = effectSentence(p.estimate, p.certainty?.level ?? null)[locale];
  const basis =
    p.basis === "pooled"
      ? t("headline.pooled", { k: p.k })
      : p.basis === "meta-analysis"
        ? p.k > 1
          ? t("headline.metaAnalysis", { k: p.k })
          : t("headline.metaAnalysisNoK")
        : t("headline.singleStudy");
  const parts = [
    t("decision.report.effectLine", { outcome, estimate }) +
      (p.ciLower === null || p.ciUpper === null ? ` (${t("headline.noCi")})` : ""),
    words,
    basis + (p.totalN !== null ? `, ${t("headline.totalN", { n: formatNumber(p.totalN, locale, 0) })}` : ""),
  ];
  return parts.join(" — ");
}

function recognitionText(item: ReportItem["intervention"], t: T, locale: Locale): string {
  const r = item.recognition;
  const level = r.level ? t(`recognition.levels.${r.level}`) : null;
  const words =
    r.status === "erkend"
      ? level
        ? t("recognition.erkend", { level })
        : t("recognition.erkendNoLevel")
      : r.status === "in-herbeoordeling"
        ? level
          ? t("recognition.in-herbeoordeling", { level })
          : t("recognition.inHerbeoordelingNoLevel")
        : r.status === "niet-erkend"
          ? t("recognition.niet-erkend")
          : t("recognition.onbekend");
  return [
    r.isRecognised ? `✓ ${words}` : words,
    r.decidedOn && t("recognition.decidedOn", { date: formatPartialDate(r.decidedOn, locale) }),
    r.expiresOn &&
      (r.isExpired
        ? t("recognition.reReviewPassed", { date: formatPartialDate(r.expiresOn, locale) })
        : t("recognition.reReview", { date: formatPartialDate(r.expiresOn, locale) })),
    r.committee,
    !r.isVerified && t("app.unverified"),
  ]
    .filter(Boolean)
    .join(" · ");
}

function ItemPdf({
  item,
  n,
  data,
  t,
  locale,
}: {
  item: ReportItem;
  n: number;
  data: ReportData;
  t: T;
  locale: Locale;
}) {
  const i = item.intervention;
  const outcomeName = (slug: string) => (data.outcomeNames[slug] ? data.outcomeNames[slug][locale] : slug);
  const cost = formatCost(costFactsOf(i), locale);
  const groups = i.targetGroups.map((g) => {
    const risks = g.riskFactors.map((r) => data.riskFactorNames[r]?.[locale] ?? r);
    return [
      t(`prevention.${g.preventionLevel}`),
      formatAgeRange(g.ageMinMonths, g.ageMaxMonths, locale),
      ...(risks.length ? [`${t("targetGroup.riskFactors").toLowerCase()}: ${risks.join(", ")}`] : []),
    ].join(", ");
  });
  const sources = [
    ...(i.recognition.sourceUrl
      ? [{ label: t("decision.report.recognitionSource"), url: i.recognition.sourceUrl }]
      : []),
    ...(i.website ? [{ label: t("decision.report.website"), url: i.website }] : []),
    ...i.studies.map((st) => ({
      label: st.citation,
      url: st.doi ? `https://doi.org/${st.doi}` : st.url,
    })),
  ].map((src) => ({ ...src, href: webHref(src.url) }));
  return (
    <View style={s.item}>
      <Text style={s.itemTitle} minPresenceAhead={60}>
        {n}. {pick(i.name, locale)}
        {i.isDemo ? ` (${t("app.demo")})` : ""}
      </Text>
      <Row label={t("decision.report.recognition")}>{recognitionText(i, t, locale)}</Row>
      <Row label={t("decision.report.level")}>
        {t(`levels.${i.evidenceLevel}`) +
          (i.lastReviewedOn
            ? ` · ${t("decision.report.lastReviewed", { date: formatPartialDate(i.lastReviewedOn, locale) })}`
            : "")}
      </Row>
      <Row label={t("decision.report.groups")}>
        {i.adviceGroups.map((g) => t(`adviceGroups.${g}`)).join("; ") || t("targetGroup.adviceNone")}
      </Row>
      <Row label={t("decision.report.targetGroups")}>{groups.join("; ") || "—"}</Row>
      <Row label={t("decision.report.costs")}>
        {(cost ?? t("decision.costs.unknown")) + (i.costNote ? ` ${i.costNote}` : "")}
      </Row>
      <Row label={t("intervention.availability")}>{t(`availability.${i.availabilityNl}`)}</Row>
      {item.note && <Row label={t("decision.report.note")}>{item.note}</Row>}
      <Text style={s.section}>{t("decision.report.effects")}</Text>
      {i.pooledEffects.length === 0 && <Text style={s.effect}>{t("decision.report.effectsNone")}</Text>}
      {i.pooledEffects.map((p) => (
        <View key={p.outcome}>
          <Text style={s.effect}>{effectLine(p, outcomeName(p.outcome), t, locale)}</Text>
          {item.forests[p.outcome] && (
            <ForestPdf
              forest={item.forests[p.outcome]}
              title={t("decision.report.forest", { outcome: outcomeName(p.outcome) })}
              t={t}
              locale={locale}
            />
          )}
        </View>
      ))}
      {sources.length > 0 && (
        <>
          <Text style={s.section}>{t("decision.report.sources")}</Text>
          {sources.map((src, k) => (
            <Text key={k} style={[s.small, { marginTop: 1 }]}>
              {src.label}
              {src.url ? " — " : ""}
              {src.url &&
                // Only a web URL becomes a link; any other stored value is printed as text.
                (src.href ? (
                  <Link src={src.href} style={s.link}>
                    {src.url}
                  </Link>
                ) : (
                  src.url
                ))}
            </Text>
          ))}
        </>
      )}
    </View>
  );
}

export function ReportDocument({ data, locale }: { data: ReportData; locale: Locale }) {
  const t = reportTranslator(locale);
  const day = (date: string) => formatPartialDate(date, locale);
  const made = day(data.madeAt.toISOString().slice(0, 10));
  const title = reportTitle(data, t);
  return (
    <Document title={`${t("decision.report.title")}: ${title}`} author="Effectwijzer" language={locale}>
      <Page size="A4" style={s.page}>
        <Text style={s.title}>{t("decision.report.title")}</Text>
        <Text style={s.subtitle}>{title}</Text>
        <Text style={s.muted}>{t("decision.report.subtitle")}</Text>
        <Text style={[s.muted, { marginTop: 2 }]}>
          {t("decision.report.made", { date: made })}
          {data.dataDate ? ` ${t("decision.report.dataDate", { date: day(data.dataDate) })}` : ""}
        </Text>
        <Text style={s.intro}>{t("decision.report.intro")}</Text>
        <View style={s.caveats} wrap={false}>
          <Text style={s.caveatsTitle}>{t("decision.report.caveatsTitle")}</Text>
          {reportCaveats(data, t, locale).map((c) => (
            <Bullet key={c}>{c}</Bullet>
          ))}
        </View>
        {data.items.length === 0 && <Text style={s.intro}>{t("decision.report.empty")}</Text>}
        {data.items.map((item, n) => (
          <ItemPdf key={item.intervention.slug} item={item} n={n + 1} data={data} t={t} locale={locale} />
        ))}
        <View style={s.footer} fixed>
          <Text>Effectwijzer · {title}</Text>
          <Text render={({ pageNumber, totalPages }) => t("catalogue.page", { page: pageNumber, pages: totalPages })} />
        </View>
      </Page>
    </Document>
  );
}

/** The report as PDF bytes. */
export async function renderReportPdf(data: ReportData, locale: Locale): Promise<Buffer> {
  registerReportFont();
  return renderToBuffer(<ReportDocument data={data} locale={locale} />);
}

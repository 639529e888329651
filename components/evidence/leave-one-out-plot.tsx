import { useLocale, useTranslations } from "next-intl";
import type { BiasDiagnostics } from "@/lib/evidence/bias";
import { formatEstimate, formatNumber } from "@/lib/format";

/** The pooled effect with each study left out in turn, against the effect with all studies (dashed). */
export function LeaveOneOutPlot({ bias, title }: { bias: BiasDiagnostics; title: string }) {
  const t = useTranslations("synthesis");
  const locale = useLocale();
  const rows = bias.leaveOneOut;
  const values = [
    0,
    bias.estimate,
    ...rows.flatMap((r) => (r.ciLower !== null && r.ciUpper !== null ? [r.ciLower, r.ciUpper] : [])),
  ];
  const lo = Math.floor(Math.min(...values) * 2) / 2;
  const hi = Math.ceil(Math.max(...values) * 2) / 2;
  const width = 640;
  const labelWidth = 220;
  const left = labelWidth + 16;
  const right = width - 20;
  const rowHeight = 22;
  const top = 8;
  const height = top + rows.length * rowHeight + 34;
  const x = (v: number) => left + ((v - lo) / (hi - lo || 1)) * (right - left);
  const ticks: number[] = [];
  const step = hi - lo > 3 ? 1 : 0.5;
  for (let v = lo; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  const without = (label: string) => t("without", { label: label.length > 22 ? `${label.slice(0, 21)}…` : label });

  return (
    <figure className="mt-4">
      <figcaption className="font-medium">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="mt-2 h-auto w-full max-w-2xl"
        role="img"
        aria-label={t("leaveOneOutAria", { k: rows.length })}
        data-testid="leave-one-out-plot"
      >
        <line
          x1={x(bias.estimate)}
          x2={x(bias.estimate)}
          y1={top}
          y2={height - 26}
          stroke="#08406f"
          strokeDasharray="5 3"
        />
        {lo <= 0 && hi >= 0 && (
          <line x1={x(0)} x2={x(0)} y1={top} y2={height - 26} stroke="#334155" strokeWidth="0.8" />
        )}
        {rows.map((r, i) => {
          const y = top + (i + 0.5) * rowHeight;
          return (
            <g key={i}>
              <text x={0} y={y + 5} fontSize="14" fill="#0f172a">
                {without(r.label)}
              </text>
              {r.estimate !== null && r.ciLower !== null && r.ciUpper !== null && (
                <>
                  <line x1={x(r.ciLower)} x2={x(r.ciUpper)} y1={y} y2={y} stroke="#0f172a" strokeWidth="1.5" />
                  <circle cx={x(r.estimate)} cy={y} r="4.5" fill="#0b5394" />
                </>
              )}
            </g>
          );
        })}
        <line x1={left} x2={right} y1={height - 26} y2={height - 26} stroke="#334155" />
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={height - 26} y2={height - 21} stroke="#334155" />
            <text x={x(v)} y={height - 8} fontSize="14" textAnchor="middle" fill="#0f172a">
              {formatNumber(v, locale, 1)}
            </text>
          </g>
        ))}
      </svg>
      <p className="mt-1 max-w-2xl text-xs text-slate-700">{t("leaveOneOutLegend")}</p>
      <table className="mt-2 w-full max-w-2xl text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-2">
              {t("study")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("estimateCi")}
            </th>
            <th scope="col" className="py-1">
              I²
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {t("without", { label: r.label })}
              </th>
              <td className="py-1 pr-2 tabular-nums">
                {r.estimate === null
                  ? t("fitFailed", { reason: r.note ?? "" })
                  : formatEstimate(r.estimate, r.ciLower, r.ciUpper, locale)}
              </td>
              <td className="py-1 tabular-nums">{r.I2 === null ? "—" : `${formatNumber(r.I2, locale, 0)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { Forest } from "@/lib/evidence/forest";
import { formatEstimate, formatNumber } from "@/lib/format";

/**
 * Forest plot as SVG: one row per study (square sized by weight, line for the 95% CI), the pooled diamond,
 * the prediction interval as a bar under it, and the line of no effect. The table after it carries the same
 * numbers for screen readers and print.
 */
export function ForestPlot({ forest, title }: { forest: Forest; title: string }) {
  const t = useTranslations("forest");
  const locale = useLocale();
  const { rows, pooled } = forest;
  const values = [0, ...rows.flatMap((r) => [r.ciLower, r.ciUpper]), pooled.piLower, pooled.piUpper];
  const lo = Math.floor(Math.min(...values) * 2) / 2;
  const hi = Math.ceil(Math.max(...values) * 2) / 2;
  const width = 640;
  // A column of study labels, then the plot with room for the first and last tick label.
  const labelWidth = 200;
  const left = labelWidth + 24;
  const right = width - 24;
  const rowHeight = 22;
  const top = 10;
  const height = top + (rows.length + 2) * rowHeight + 34;
  const x = (v: number) => left + ((v - lo) / (hi - lo || 1)) * (right - left);
  const maxWeight = Math.max(...rows.map((r) => r.weight));
  const pooledY = top + (rows.length + 0.5) * rowHeight + 6;
  const ticks: number[] = [];
  const step = hi - lo > 3 ? 1 : 0.5;
  for (let v = lo; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);

  return (
    <figure className="mt-3">
      <figcaption className="font-medium">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="mt-2 h-auto w-full max-w-2xl"
        role="img"
        aria-label={t("aria", {
          k: pooled.k,
          estimate: formatEstimate(pooled.estimate, pooled.ciLower, pooled.ciUpper, locale),
        })}
      >
        <line
          x1={x(0)}
          x2={x(0)}
          y1={top - 4}
          y2={height - 26}
          stroke="#334155"
          strokeWidth="1"
          strokeDasharray="4 3"
        />
        {rows.map((r, i) => {
          const y = top + (i + 0.5) * rowHeight;
          const size = 4 + 10 * Math.sqrt(r.weight / maxWeight);
          return (
            <g key={i}>
              <text x={0} y={y + 5} fontSize="15" fill="#0f172a">
                {r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}
              </text>
              <line x1={x(r.ciLower)} x2={x(r.ciUpper)} y1={y} y2={y} stroke="#0f172a" strokeWidth="1.5" />
              <rect x={x(r.yi) - size / 2} y={y - size / 2} width={size} height={size} fill="#0b5394" />
            </g>
          );
        })}
        <line
          x1={x(pooled.piLower)}
          x2={x(pooled.piUpper)}
          y1={pooledY + 12}
          y2={pooledY + 12}
          stroke="#b45309"
          strokeWidth="3"
        />
        <text x={0} y={pooledY + 5} fontSize="15" fontWeight="bold" fill="#0f172a">
          {t("pooled", { method: pooled.method })}
        </text>
        <polygon
          points={`${x(pooled.ciLower)},${pooledY} ${x(pooled.estimate)},${pooledY - 7} ${x(pooled.ciUpper)},${pooledY} ${x(pooled.estimate)},${pooledY + 7}`}
          fill="#08406f"
        />
        <line x1={left} x2={right} y1={height - 26} y2={height - 26} stroke="#334155" strokeWidth="1" />
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={height - 26} y2={height - 21} stroke="#334155" />
            <text x={x(v)} y={height - 8} fontSize="16" textAnchor="middle" fill="#0f172a">
              {formatNumber(v, locale, 1)}
            </text>
          </g>
        ))}
      </svg>
      <table className="mt-2 w-full max-w-2xl text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-2">
              {t("study")}
            </th>
            <th scope="col" className="py-1 pr-2">
              g [95%-BI / CI]
            </th>
            <th scope="col" className="py-1 text-right">
              {t("weight")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {r.label}
              </th>
              <td className="py-1 pr-2 tabular-nums">{formatEstimate(r.yi, r.ciLower, r.ciUpper, locale)}</td>
              <td className="py-1 text-right tabular-nums">{formatNumber(r.weight, locale, 1)}%</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className="py-1 pr-2 text-left">
              {t("pooled", { method: pooled.method })}
            </th>
            <td className="py-1 pr-2 tabular-nums">
              {formatEstimate(pooled.estimate, pooled.ciLower, pooled.ciUpper, locale)}
            </td>
            <td className="py-1 text-right">100%</td>
          </tr>
          <tr>
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {t("predictionInterval")}
            </th>
            <td className="py-1 pr-2 tabular-nums" colSpan={2}>
              [{formatNumber(pooled.piLower, locale)}; {formatNumber(pooled.piUpper, locale)}] · τ² ={" "}
              {formatNumber(pooled.tau2, locale, 3)}
              {pooled.I2 !== null && ` · I² = ${formatNumber(pooled.I2, locale, 0)}%`}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-700">{t("legend")}</p>
    </figure>
  );
}

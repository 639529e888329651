import { useLocale, useTranslations } from "next-intl";
import type { BiasDiagnostics } from "@/lib/evidence/bias";
import { Z_975 } from "@/lib/stats/distributions";
import { formatNumber } from "@/lib/format";

/**
 * Funnel plot as SVG: each study's effect against its standard error (precise studies at the top), the
 * pseudo-95% funnel around the pooled estimate, and the studies trim and fill imputes as open circles. The
 * table after it carries the same points for screen readers and print.
 */
export function FunnelPlot({ bias, title }: { bias: BiasDiagnostics; title: string }) {
  const t = useTranslations("synthesis");
  const locale = useLocale();
  const filled = bias.trimfill.ok ? bias.trimfill.value.filled : [];
  const points = [
    ...bias.studies.map((s) => ({ label: s.label, yi: s.yi, se: Math.sqrt(s.vi), imputed: false })),
    ...filled.map((f, i) => ({ label: `${t("imputed")} ${i + 1}`, yi: f.yi, se: Math.sqrt(f.vi), imputed: true })),
  ];
  const maxSe = Math.max(...points.map((p) => p.se)) * 1.05 || 1;
  const centre = bias.estimate;
  const spread = Math.max(...points.map((p) => Math.abs(p.yi - centre)), Z_975 * maxSe);
  const lo = Math.floor((centre - spread) * 2) / 2;
  const hi = Math.ceil((centre + spread) * 2) / 2;
  const width = 520;
  const height = 320;
  const left = 56;
  const right = width - 16;
  const top = 12;
  const bottom = height - 44;
  const x = (v: number) => left + ((v - lo) / (hi - lo || 1)) * (right - left);
  const y = (se: number) => top + (se / maxSe) * (bottom - top);
  const xTicks: number[] = [];
  const step = hi - lo > 3 ? 1 : 0.5;
  for (let v = lo; v <= hi + 1e-9; v += step) xTicks.push(Math.round(v * 100) / 100);
  const yTicks = [0, maxSe / 2, maxSe].map((v) => Math.round(v * 100) / 100);

  return (
    <figure className="mt-3">
      <figcaption className="font-medium">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="mt-2 h-auto w-full max-w-xl"
        role="img"
        aria-label={t("funnelAria", { k: bias.k, filled: filled.length })}
        data-testid="funnel-plot"
      >
        <polygon
          points={`${x(centre)},${y(0)} ${x(centre - Z_975 * maxSe)},${y(maxSe)} ${x(centre + Z_975 * maxSe)},${y(maxSe)}`}
          fill="#eef5fc"
          stroke="#8ab8e6"
        />
        <line x1={x(centre)} x2={x(centre)} y1={top} y2={bottom} stroke="#08406f" strokeWidth="1.5" />
        {lo <= 0 && hi >= 0 && <line x1={x(0)} x2={x(0)} y1={top} y2={bottom} stroke="#334155" strokeDasharray="4 3" />}
        {points.map((p, i) =>
          p.imputed ? (
            <circle key={i} cx={x(p.yi)} cy={y(p.se)} r="5" fill="white" stroke="#b45309" strokeWidth="2" />
          ) : (
            <circle key={i} cx={x(p.yi)} cy={y(p.se)} r="5" fill="#0b5394" />
          ),
        )}
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="#334155" />
        <line x1={left} x2={left} y1={top} y2={bottom} stroke="#334155" />
        {xTicks.map((v) => (
          <g key={`x${v}`}>
            <line x1={x(v)} x2={x(v)} y1={bottom} y2={bottom + 5} stroke="#334155" />
            <text x={x(v)} y={bottom + 20} fontSize="14" textAnchor="middle" fill="#0f172a">
              {formatNumber(v, locale, 1)}
            </text>
          </g>
        ))}
        {yTicks.map((v) => (
          <text key={`y${v}`} x={left - 6} y={y(v) + 5} fontSize="14" textAnchor="end" fill="#0f172a">
            {formatNumber(v, locale, 2)}
          </text>
        ))}
        <text x={(left + right) / 2} y={height - 4} fontSize="14" textAnchor="middle" fill="#0f172a">
          {t("axisEffect")}
        </text>
        <text
          x={14}
          y={(top + bottom) / 2}
          fontSize="14"
          textAnchor="middle"
          fill="#0f172a"
          transform={`rotate(-90 14 ${(top + bottom) / 2})`}
        >
          {t("axisSe")}
        </text>
      </svg>
      <p className="mt-1 max-w-xl text-xs text-slate-700">{t("funnelLegend")}</p>
      <table className="mt-2 w-full max-w-xl text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-2">
              {t("study")}
            </th>
            <th scope="col" className="py-1 pr-2">
              g
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("se")}
            </th>
            <th scope="col" className="py-1">
              {t("kind")}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i} className="border-b border-slate-100" data-imputed={p.imputed ? "true" : undefined}>
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {p.label}
              </th>
              <td className="py-1 pr-2 tabular-nums">{formatNumber(p.yi, locale)}</td>
              <td className="py-1 pr-2 tabular-nums">{formatNumber(p.se, locale, 3)}</td>
              <td className="py-1">{p.imputed ? t("imputed") : t("observed")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

"use client";
/** The compare selection (2 to 4 slugs), kept in localStorage so it survives navigation between pages. */
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

const KEY = "effectwijzer-compare";
export const MAX_COMPARE = 4;
type Selection = { slug: string; name: string }[];

const listeners = new Set<() => void>();
let cache: { raw: string | null; value: Selection } = { raw: null, value: [] };

function read(): Selection {
  const raw = typeof window === "undefined" ? null : window.localStorage.getItem(KEY);
  if (raw !== cache.raw) {
    try {
      const parsed = raw ? JSON.parse(raw) : [];
      cache = { raw, value: Array.isArray(parsed) ? parsed.slice(0, MAX_COMPARE) : [] };
    } catch {
      cache = { raw, value: [] };
    }
  }
  return cache.value;
}
const empty: Selection = [];
function write(next: Selection) {
  window.localStorage.setItem(KEY, JSON.stringify(next));
  listeners.forEach((l) => l());
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
function useSelection() {
  return useSyncExternalStore(subscribe, read, () => empty);
}

export function CompareToggle({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations("catalogue");
  const selection = useSelection();
  const checked = selection.some((s) => s.slug === slug);
  const full = !checked && selection.length >= MAX_COMPARE;
  return (
    <label className="no-print inline-flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="h-4 w-4"
        checked={checked}
        disabled={full}
        aria-describedby={full ? "compare-limit" : undefined}
        onChange={(e) =>
          write(e.target.checked ? [...selection, { slug, name }] : selection.filter((s) => s.slug !== slug))
        }
      />
      {t("compareAdd")}
      <span className="sr-only">{name}</span>
    </label>
  );
}

export function CompareTray() {
  const t = useTranslations("catalogue");
  const selection = useSelection();
  if (selection.length === 0) return null;
  const href = `/compare?${selection.map((s) => `slug=${encodeURIComponent(s.slug)}`).join("&")}`;
  return (
    <aside
      aria-label={t("compareTray", { count: selection.length })}
      className="no-print sticky bottom-0 z-10 mt-4 flex flex-wrap items-center gap-3 border-t-2 border-brand-700 bg-brand-50 p-3"
    >
      <span className="font-semibold">{t("compareTray", { count: selection.length })}:</span>
      <span className="text-sm">{selection.map((s) => s.name).join(", ")}</span>
      {selection.length >= 2 ? (
        <Link href={href} className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800">
          {t("compareGo")}
        </Link>
      ) : (
        <span id="compare-limit" className="text-sm">
          {t("compareLimit")}
        </span>
      )}
      <button type="button" className="text-sm underline" onClick={() => write([])}>
        {t("compareClear")}
      </button>
    </aside>
  );
}

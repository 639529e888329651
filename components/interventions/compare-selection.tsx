"use client";
/**
 * The compare selection (2 to 4 slugs), kept in localStorage so it survives navigation between pages.
 * Its texts come translated from the server (no message parser in the browser).
 */
import Link from "next/link";
import { useSyncExternalStore } from "react";

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

/** `label` is the visible "Compare"; the intervention's name is added for screen readers. */
export function CompareToggle({ slug, name, label }: { slug: string; name: string; label: string }) {
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
      {label}
      <span className="sr-only">{name}</span>
    </label>
  );
}

export type CompareTrayLabels = {
  /** The tray's title for 1 to MAX_COMPARE chosen interventions, at index count - 1. */
  trayByCount: string[];
  go: string;
  clear: string;
  limit: string;
};

export function CompareTray({ labels }: { labels: CompareTrayLabels }) {
  const selection = useSelection();
  if (selection.length === 0) return null;
  const title = labels.trayByCount[selection.length - 1];
  const href = `/compare?${selection.map((s) => `slug=${encodeURIComponent(s.slug)}`).join("&")}`;
  return (
    <aside
      aria-label={title}
      className="no-print sticky bottom-0 z-10 mt-4 flex flex-wrap items-center gap-3 border-t-2 border-brand-700 bg-brand-50 p-3"
    >
      <span className="font-semibold">{title}:</span>
      <span className="text-sm">{selection.map((s) => s.name).join(", ")}</span>
      {selection.length >= 2 ? (
        <Link href={href} className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800">
          {labels.go}
        </Link>
      ) : (
        <span id="compare-limit" className="text-sm">
          {labels.limit}
        </span>
      )}
      <button type="button" className="text-sm underline" onClick={() => write([])}>
        {labels.clear}
      </button>
    </aside>
  );
}

"use client";
/**
 * The catalogue's URL as shared state of the filter panel and the results: a filter change pushes the new
 * URL inside a transition, the controls follow the URL the officer chose at once (optimistic), and the
 * results say they are updating until the server's render for that URL arrives. That render carries the
 * results and the facet counts together, so a click costs one catalogue query.
 *
 * Browser code: no zod, no next-intl, no TanStack Query here (bench:ui measures what this page ships).
 */
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { createContext, use, useOptimistic, useTransition } from "react";

type CatalogueNavigation = {
  /** The query string as last chosen: ahead of the rendered one while a navigation is pending. */
  query: string;
  pending: boolean;
  navigate: (change: (params: URLSearchParams) => void) => void;
  /** Goes to another catalogue URL (a page link) inside the same pending state. */
  go: (query: string) => void;
};

const Context = createContext<CatalogueNavigation | null>(null);

export function useCatalogueNavigation(): CatalogueNavigation {
  const value = use(Context);
  if (!value) throw new Error("useCatalogueNavigation needs a <CatalogueNavigationProvider>");
  return value;
}

export function CatalogueNavigationProvider({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [query, setOptimisticQuery] = useOptimistic(searchParams.toString());

  function go(next: string, scroll = true) {
    startTransition(() => {
      setOptimisticQuery(next);
      router.push(`/interventions${next ? `?${next}` : ""}`, { scroll });
    });
  }

  function navigate(change: (params: URLSearchParams) => void) {
    const params = new URLSearchParams(query);
    change(params);
    params.delete("page");
    // Keep the URL valid: minEffect and sort=effect need exactly one outcome, relevance needs a text.
    if (params.getAll("outcome").length !== 1) {
      params.delete("minEffect");
      if (params.get("sort") === "effect") params.delete("sort");
    }
    if (!params.get("q") && params.get("sort") === "relevance") params.delete("sort");
    go(params.toString(), false);
  }

  return <Context value={{ query, pending, navigate, go }}>{children}</Context>;
}

/**
 * The results while they update: marked busy for assistive technology, dimmed, and a status line that a
 * screen reader announces (the live region exists before it is filled, so the change is heard).
 */
export function ResultsRegion({ loadingLabel, children }: { loadingLabel: string; children: React.ReactNode }) {
  const { pending } = useCatalogueNavigation();
  return (
    <div aria-busy={pending}>
      <p
        role="status"
        className={pending ? "mb-2 flex items-center gap-2 text-sm font-medium text-brand-800" : "sr-only"}
      >
        {pending && (
          <>
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 motion-safe:animate-spin rounded-full border-2 border-brand-700 border-t-transparent"
            />
            {loadingLabel}
          </>
        )}
      </p>
      <div className={pending ? "opacity-60 transition-opacity" : undefined}>{children}</div>
    </div>
  );
}

/** A link to another page of the same list: an ordinary link, whose navigation shows the pending state. */
export function CatalogueLink({
  query,
  ...props
}: { query: string } & Omit<React.ComponentProps<typeof Link>, "href">) {
  const { go } = useCatalogueNavigation();
  return (
    <Link
      {...props}
      href={`/interventions${query ? `?${query}` : ""}`}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        go(query);
      }}
    />
  );
}

import { QueryClient, isServer } from "@tanstack/react-query";

/** One QueryClient per browser session; a fresh one per server render. */
let browserClient: QueryClient | undefined;

function makeQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } });
}

export function getQueryClient() {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}

/** All query keys in one place. */
export const queryKeys = {
  catalogueFacets: (queryString: string) => ["catalogue", "facets", queryString] as const,
};

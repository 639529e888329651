/** The editors' data page's query client and keys (TanStack Query, for following an import job). */
import { QueryClient } from "@tanstack/react-query";

export function getQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
}

export const importJobKey = (id: string) => ["admin", "import-job", id] as const;

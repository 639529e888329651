import { feedResponse } from "@/lib/decision/feeds-route";

export const dynamic = "force-dynamic";

/** A saved search's private Atom feed: /feeds/searches/<token>.atom (lib/decision/feeds.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return feedResponse(request, "saved-search", (await params).file);
}

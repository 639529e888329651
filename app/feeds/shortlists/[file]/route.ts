import { feedResponse } from "@/lib/decision/feeds-route";

export const dynamic = "force-dynamic";

/** A shortlist's private Atom feed: /feeds/shortlists/<token>.atom (lib/decision/feeds.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return feedResponse(request, "shortlist", (await params).file);
}

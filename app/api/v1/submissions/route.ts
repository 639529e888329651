/** POST /api/v1/submissions (new entry) and GET (the caller's own entries): lib/submission/http.ts. */
import { db } from "@/lib/db";
import { handleCreateSubmission, handleListSubmissions } from "@/lib/submission/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  return handleCreateSubmission(await db(), request);
}

export async function GET(request: Request): Promise<Response> {
  return handleListSubmissions(await db(), request);
}

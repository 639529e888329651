/**
 * The researcher pages' friendly gate: anonymous visitors go to sign in, other roles see the 403 page.
 * The data-access functions and the server actions check again; this only decides what to render.
 */
import "server-only";
import { forbidden } from "next/navigation";
import { requirePageViewer } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/** The viewer when they may make submissions; any other signed-in user gets the 403 page (app/forbidden.tsx). */
export async function researcherPageViewer(path: string): Promise<Viewer> {
  const viewer = await requirePageViewer(path);
  if (!hasPermission(viewer.role, "create", "submission", "own")) forbidden();
  return viewer;
}

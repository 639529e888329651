/**
 * The admin pages' friendly gate: anonymous visitors go to sign in, users whose role lacks the grant see the
 * 403 page (app/admin/forbidden.tsx). The data-access functions and the server actions check again; this
 * only decides what to render.
 */
import "server-only";
import { forbidden } from "next/navigation";
import { requirePageViewer } from "@/lib/auth/session";
import { hasPermission, type Resource, type Verb } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/** The viewer when they hold `verb:resource:any`; anyone else is sent to sign in or gets the 403 page. */
export async function adminPageViewer(path: string, verb: Verb, resource: Resource): Promise<Viewer> {
  const viewer = await requirePageViewer(path);
  if (!hasPermission(viewer.role, verb, resource, "any")) forbidden();
  return viewer;
}

/**
 * The acting user, passed into every data-access function that needs one. Browser-safe (types and checks
 * only); lib/auth/session.ts finds the viewer of a request.
 */
import { AppError } from "../errors";
import { canActOn, hasPermission, type Resource, type Role, type Verb } from "./permissions";

export type Viewer = { id: string; email: string; name: string; role: Role };

/** Refuses an anonymous caller (401). */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError("UNAUTHORIZED", "Sign in first");
  return viewer;
}

/** Refuses unless the viewer holds the grant at least for their own records (401 / 403). */
export function requirePermission(viewer: Viewer | null, verb: Verb, resource: Resource): Viewer {
  const user = requireViewer(viewer);
  if (!hasPermission(user.role, verb, resource, "own")) {
    throw new AppError("FORBIDDEN", `Your role may not ${verb} ${resource.replace("-", " ")}s`);
  }
  return user;
}

/**
 * Refuses unless the viewer may act on this record. A record the viewer may not even read answers as not
 * found, so its existence is not revealed.
 */
export function requireAccessTo(viewer: Viewer | null, verb: Verb, resource: Resource, ownerId: string | null): Viewer {
  const user = requirePermission(viewer, verb, resource);
  if (!canActOn(user, "read", resource, ownerId))
    throw new AppError("NOT_FOUND", `No such ${resource.replace("-", " ")}`);
  if (!canActOn(user, verb, resource, ownerId)) {
    throw new AppError("FORBIDDEN", `Your role may not ${verb} this ${resource.replace("-", " ")}`);
  }
  return user;
}

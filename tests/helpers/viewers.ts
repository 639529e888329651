/** Users to act as in data-layer tests, and the typed refusal a call ends in. */
import type { Db } from "@/lib/database/client";
import type { Role } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";

export async function createViewer(db: Db, role: Role, name: string): Promise<Viewer> {
  return db.user.create({
    data: { email: `${name}@example.org`, name, role },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** The AppError a call throws, or fails the test. */
export async function refusal(call: Promise<unknown> | (() => Promise<unknown>)): Promise<AppError> {
  try {
    await (typeof call === "function" ? call() : call);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

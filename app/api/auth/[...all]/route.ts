/**
 * better-auth's own HTTP endpoints (sign-in, sign-out, session, password reset) for clients that call them
 * directly; the app's pages use server actions that call the same instance.
 */
import { getAuth } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

async function handle(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export { handle as GET, handle as POST };

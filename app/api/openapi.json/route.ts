/** GET /api/openapi.json: the OpenAPI 3.1 description, generated from the zod schemas (lib/openapi.ts). */
import { openApiDocument } from "@/lib/openapi";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(openApiDocument());
}

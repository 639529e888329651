/**
 * Runs in the browser before the app's own modules. zod compiles its object parsers with new Function
 * unless told not to; the Content-Security-Policy forbids that (no 'unsafe-eval', see
 * lib/security/headers.ts), so zod's attempt was refused and reported as a violation on every page with a
 * form. It must be set before the first schema is built, hence here.
 */
import { z } from "zod";

z.config({ jitless: true });

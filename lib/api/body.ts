/**
 * Request bodies read with a size limit, before anything parses them: a Content-Length above the limit is
 * refused without reading, and the stream itself is counted while it is read (a chunked body has no
 * Content-Length, and a client may send more than it announced), so at most the limit plus one chunk is
 * ever held. Too large is a 413 in the API's error shape; malformed JSON or a form that does not parse is
 * the same 400 as a schema failure (lib/api/http.ts).
 */
import { badRequest, type ApiIssue } from "./http";
import { importMegabytes } from "../memory-plan";

const KIB = 1024;
const MIB = 1024 * KIB;

/** The limits per kind of body. The import's is set with IMPORT_MAX_MB (see importBodyLimit). */
export const BODY_LIMITS = {
  /** Small JSON requests of the API (a submission with its 40 outcomes is about 30 KiB at most). */
  json: 256 * KIB,
  /** POST /api/v1/meta-analysis: up to 10,000 studies of about 500 bytes each, labels included. */
  metaAnalysis: 5 * MIB,
} as const;

/** What a multipart form adds around an uploaded file (boundaries, part headers, the other fields). */
export const FORM_OVERHEAD_BYTES = 64 * KIB;

export type PayloadTooLarge = { error: "payload_too_large"; issues: ApiIssue[] };

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/** "64 KiB", "5 MiB": the limit as the messages state it. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= KIB && bytes % KIB === 0) return `${bytes / KIB} KiB`;
  return `${bytes} bytes`;
}

export function payloadTooLarge(maxBytes: number, issue?: ApiIssue): Response {
  const body: PayloadTooLarge = {
    error: "payload_too_large",
    issues: [issue ?? { path: "(body)", message: `The request body is too large: at most ${formatBytes(maxBytes)}` }],
  };
  // The rest of an oversized upload is not read: ask the client to close rather than reuse the connection.
  return Response.json(body, { status: 413, headers: { Connection: "close" } });
}

/** The announced length, when it is a plain number. */
function declaredLength(request: Request): number | null {
  const raw = request.headers.get("content-length");
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw);
}

class BodyTooLarge extends Error {
  constructor() {
    super("The request body is larger than its limit");
  }
}

/**
 * The body as a stream that errors as soon as more than maxBytes have passed through; reading stops there
 * (the source is cancelled) and onExceeded is called first, so a parser that wraps the error can be told.
 */
function limitedStream(
  source: ReadableStream<Uint8Array>,
  maxBytes: number,
  onExceeded: () => void = () => {},
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let total = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      total += value.byteLength;
      if (total > maxBytes) {
        onExceeded();
        await reader.cancel().catch(() => undefined);
        controller.error(new BodyTooLarge());
        return;
      }
      controller.enqueue(value);
    },
    async cancel(reason) {
      await reader.cancel(reason).catch(() => undefined);
    },
  });
}

/** The whole body as bytes, or the 413 once it passes maxBytes. An absent body is empty. */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
  tooLarge: () => Response = () => payloadTooLarge(maxBytes),
): Promise<BodyResult<Uint8Array>> {
  const length = declaredLength(request);
  if (length !== null && length > maxBytes) return { ok: false, response: tooLarge() };
  if (!request.body) return { ok: true, value: new Uint8Array(0) };
  const reader = limitedStream(request.body, maxBytes).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } catch (error) {
    if (error instanceof BodyTooLarge) return { ok: false, response: tooLarge() };
    // The client went away or sent a broken stream: nothing to parse.
    return { ok: false, response: badRequest([{ path: "(body)", message: "The request body could not be read" }]) };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, value: bytes };
}

/** A JSON body of at most maxBytes; malformed JSON is the API's 400 on "(body)". */
export async function readJsonBody(
  request: Request,
  maxBytes: number = BODY_LIMITS.json,
): Promise<BodyResult<unknown>> {
  const bytes = await readBodyBytes(request, maxBytes);
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes.value)) };
  } catch {
    return { ok: false, response: badRequest([{ path: "(body)", message: "Body must be valid JSON" }]) };
  }
}

/**
 * A multipart (or urlencoded) form of at most maxBytes, parsed as it streams in, so a large upload is not
 * held twice. `tooLarge` and `notAForm` give the answers in the caller's words (and language).
 */
export async function readFormBody(
  request: Request,
  maxBytes: number,
  answers: { tooLarge: () => Response; notAForm: () => Response },
): Promise<BodyResult<FormData>> {
  const length = declaredLength(request);
  if (length !== null && length > maxBytes) return { ok: false, response: answers.tooLarge() };
  if (!request.body) return { ok: false, response: answers.notAForm() };
  let exceeded = false;
  const body = limitedStream(request.body, maxBytes, () => {
    exceeded = true;
  });
  const headers = new Headers();
  const type = request.headers.get("content-type");
  if (type) headers.set("content-type", type);
  try {
    return { ok: true, value: await new Response(body, { headers }).formData() };
  } catch {
    return { ok: false, response: exceeded ? answers.tooLarge() : answers.notAForm() };
  }
}

/**
 * The limit of the catalogue import's upload: IMPORT_MAX_MB or its default (lib/memory-plan.ts), at most
 * `ceiling`, plus the form's overhead. An invalid value is refused with the variable's name.
 */
export function importBodyLimit(ceilingBytes: number, env: Record<string, string | undefined> = process.env) {
  const fileBytes = Math.min(importMegabytes(env) * MIB, ceilingBytes);
  return { fileBytes, bodyBytes: fileBytes + FORM_OVERHEAD_BYTES };
}

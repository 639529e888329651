/** A report PDF as the HTTP answer: a download named after its kind and day, never cached (it may be private). */
export function pdfResponse(pdf: Buffer, kind: string, madeAt: Date): Response {
  const day = madeAt.toISOString().slice(0, 10);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="effectwijzer-rapport-${kind}-${day}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}

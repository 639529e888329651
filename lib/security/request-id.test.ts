import { describe, expect, it } from "vitest";
import { requestIdFor } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it("keeps a load balancer's plausible id", () => {
    expect(requestIdFor("abc-123")).toBe("abc-123");
    expect(requestIdFor("lb:42/7_x.y")).toBe("lb:42/7_x.y");
  });
  it("makes a fresh one for a missing, over-long or odd id (no spaces, quotes or control characters in logs)", () => {
    for (const incoming of [null, "", "x".repeat(129), "a b", 'a"b', "a\nb", "Root=1-2"]) {
      expect(requestIdFor(incoming)).toMatch(UUID);
    }
    expect(requestIdFor(null)).not.toBe(requestIdFor(null));
  });
});

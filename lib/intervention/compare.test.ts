import { describe, expect, it } from "vitest";
import { compareQuerySchema } from "./compare";

describe("compare query", () => {
  it("takes 2 to 4 distinct slugs", () => {
    expect(compareQuerySchema.parse({ slug: ["a", "b", "a"] }).slug).toEqual(["a", "b"]);
    expect(compareQuerySchema.safeParse({ slug: "a" }).success).toBe(false);
    expect(compareQuerySchema.safeParse({ slug: ["a", "b", "c", "d", "e"] }).success).toBe(false);
    expect(compareQuerySchema.safeParse({ slug: ["a", "<script>"] }).success).toBe(false);
  });
});

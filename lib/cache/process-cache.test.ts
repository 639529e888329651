import { describe, expect, test } from "vitest";
import { ProcessCache } from "./process-cache";

const counter = () => {
  let calls = 0;
  return {
    load: async () => ({ n: ++calls, list: [{ slug: "a" }] }),
    get calls() {
      return calls;
    },
  };
};

describe("the process cache", () => {
  test("keeps nothing and reads every time while not listening", async () => {
    const cache = new ProcessCache();
    const source = counter();
    expect((await cache.read("k", ["T"], source.load)).n).toBe(1);
    expect((await cache.read("k", ["T"], source.load)).n).toBe(2);
    expect(cache.has("k")).toBe(false);
  });

  test("serves a kept value while listening, until its table changes", async () => {
    const cache = new ProcessCache();
    cache.setListening(true);
    const source = counter();
    expect((await cache.read("k", ["T", "U"], source.load)).n).toBe(1);
    expect((await cache.read("k", ["T", "U"], source.load)).n).toBe(1);
    cache.invalidate("Other");
    expect((await cache.read("k", ["T", "U"], source.load)).n).toBe(1);
    cache.invalidate("U");
    expect(cache.has("k")).toBe(false);
    expect((await cache.read("k", ["T", "U"], source.load)).n).toBe(2);
  });

  test("starts empty whenever the listener stops or starts again", async () => {
    const cache = new ProcessCache();
    cache.setListening(true);
    const source = counter();
    await cache.read("k", ["T"], source.load);
    cache.setListening(false);
    expect(cache.has("k")).toBe(false);
    cache.setListening(true);
    expect((await cache.read("k", ["T"], source.load)).n).toBe(2);
  });

  test("does not keep a value whose read was under way when a change arrived", async () => {
    const cache = new ProcessCache();
    cache.setListening(true);
    let finish: (value: string) => void = () => {};
    const pending = cache.read("k", ["T"], () => new Promise<string>((resolve) => (finish = resolve)));
    await Promise.resolve();
    cache.invalidate("T");
    finish("read before the change");
    expect(await pending).toBe("read before the change");
    expect(cache.has("k")).toBe(false);
  });

  test("does not keep a value whose read was under way when the listener reconnected", async () => {
    const cache = new ProcessCache();
    cache.setListening(true);
    let finish: (value: string) => void = () => {};
    const pending = cache.read("k", ["T"], () => new Promise<string>((resolve) => (finish = resolve)));
    await Promise.resolve();
    cache.setListening(false);
    cache.setListening(true);
    finish("old");
    await pending;
    expect(cache.has("k")).toBe(false);
  });

  test("hands out frozen values, kept or not, so no caller can change another's", async () => {
    for (const listening of [false, true]) {
      const cache = new ProcessCache();
      cache.setListening(listening);
      const value = await cache.read("k", ["T"], counter().load);
      expect(() => value.list.push({ slug: "b" })).toThrow(TypeError);
      expect(() => {
        value.list[0].slug = "b";
      }).toThrow(TypeError);
    }
  });
});

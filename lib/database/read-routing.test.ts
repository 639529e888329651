import { describe, expect, it } from "vitest";
import { chooseReadTarget, fallbackReplica, healthStatus, type RoutingState } from "./read-routing";

const up = { ok: true, latencyMs: 1 };
const down = { ok: false, latencyMs: null };
const replica = (ok: boolean, lagSeconds: number | null = 0) => ({ ok, lagSeconds, latencyMs: ok ? 1 : null });
const state = (primary: RoutingState["primary"], ...replicas: RoutingState["replicas"]): RoutingState => ({
  primary,
  replicas,
});
const options = { maxLagSeconds: 30, pinnedToPrimary: false };

describe("where a catalogue read goes", () => {
  it("goes to a current replica, spread over the current ones", () => {
    const s = state(up, replica(true, 0), replica(true, 2), replica(true, 31));
    expect(chooseReadTarget(s, { ...options, turn: 0 })).toEqual({ kind: "replica", index: 0 });
    expect(chooseReadTarget(s, { ...options, turn: 1 })).toEqual({ kind: "replica", index: 1 });
    expect(chooseReadTarget(s, { ...options, turn: 2 })).toEqual({ kind: "replica", index: 0 });
  });
  it("goes to the primary when the request is pinned to it, unless the primary is down", () => {
    expect(chooseReadTarget(state(up, replica(true)), { ...options, pinnedToPrimary: true })).toEqual({
      kind: "primary",
    });
    expect(chooseReadTarget(state(down, replica(true)), { ...options, pinnedToPrimary: true })).toEqual({
      kind: "replica",
      index: 0,
    });
  });
  it("sets aside a replica that is down or further behind than the limit while the primary answers", () => {
    expect(chooseReadTarget(state(up, replica(false)), options)).toEqual({ kind: "primary" });
    expect(chooseReadTarget(state(up, replica(true, 30.5)), options)).toEqual({ kind: "primary" });
    expect(chooseReadTarget(state(up, replica(true, 30)), options)).toEqual({ kind: "replica", index: 0 });
    expect(chooseReadTarget(state(up), options)).toEqual({ kind: "primary" });
  });
  it("reads from a lagging replica rather than nothing when the primary is down", () => {
    expect(chooseReadTarget(state(down, replica(false), replica(true, 500)), options)).toEqual({
      kind: "replica",
      index: 1,
    });
    expect(chooseReadTarget(state(down, replica(false)), options)).toEqual({ kind: "primary" });
    expect(fallbackReplica(state(down, replica(false), replica(true, 500)))).toBe(1);
    expect(fallbackReplica(state(down, replica(false)))).toBeNull();
  });
});

describe("health", () => {
  it("is ok with everything answering and current, degraded with a part missing, down with no reader", () => {
    expect(healthStatus(state(up), 30)).toBe("ok");
    expect(healthStatus(state(up, replica(true, 3)), 30)).toBe("ok");
    expect(healthStatus(state(up, replica(true, 31)), 30)).toBe("degraded");
    expect(healthStatus(state(up, replica(false)), 30)).toBe("degraded");
    expect(healthStatus(state(down, replica(true, 100)), 30)).toBe("degraded");
    expect(healthStatus(state(down, replica(false)), 30)).toBe("down");
    expect(healthStatus(state(down), 30)).toBe("down");
  });
});

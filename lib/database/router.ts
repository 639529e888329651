/**
 * The app on a PostgreSQL primary and its streaming replicas (DATABASE_URL, DATABASE_REPLICA_URLS).
 *
 * One router per app process. It checks every database once a second (the primary answers SELECT 1; a
 * replica reports how far its replay is behind) and hands out two clients with the Prisma API:
 *
 * - primaryClient: everything by default. Writes, transactions and reads go to the primary. While the primary
 *   cannot be reached, reads go to a replica that answers (sessions included, so signed-in people stay signed
 *   in), and writes are refused at once with a 503 and a message saying changes are paused, rather than
 *   waiting for a connection that will not come. A read that fails because the primary just went away is
 *   tried again on a replica.
 * - catalogueClient: the public catalogue's reads (list, search, detail, exports, pages, feeds). They go to a
 *   replica that answers and is at most REPLICA_MAX_LAG_SECONDS behind; otherwise to the primary (and, with
 *   the primary down too, to any replica that answers). A read that fails because a replica went away is
 *   tried again elsewhere, so stopping a replica loses no request.
 *
 * Read-your-writes: a write through primaryClient calls `onWrite`; lib/db.ts then pins that person's
 * requests to the primary for REPLICA_MAX_LAG_SECONDS plus two check intervals (a cookie, so it holds on
 * every process and machine). A replica more than REPLICA_MAX_LAG_SECONDS behind serves no catalogue reads
 * while the primary answers, so once the pin ends any replica still in use has replayed the write.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "./client";
import { CONNECT_TIMEOUT_MS, prismaOn } from "./client";
import { chooseReadTarget, fallbackReplica, healthStatus, type RoutingState } from "./read-routing";
import { isDatabaseUnreachable, databaseDown, writesPaused } from "./unavailable";
import { publishServingState } from "./serving-state";

/** Model operations that only read; everything else on a model writes. */
const READ_OPERATIONS = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "groupBy",
  "aggregate",
  "count",
]);
/** Raw statements that the app uses only to read. A raw write sent to a replica is refused by the replica. */
const RAW_READS = new Set(["$queryRaw", "$queryRawUnsafe"]);

function isRead(operation: string): boolean {
  return READ_OPERATIONS.has(operation) || RAW_READS.has(operation);
}

/** How often each database is checked, how long a check may take, how long a new connection may take. */
export const CHECK_INTERVAL_MS = 1_000;
const CHECK_TIMEOUT_MS = 2_000;

export type RouterOptions = {
  maxLagSeconds: number;
  /** Called after every write through primaryClient (inside or outside a transaction). */
  onWrite?: () => void | Promise<void>;
  /** Whether the current request must read from the primary (read-your-writes). */
  pinnedToPrimary?: () => boolean | Promise<boolean>;
  checkIntervalMs?: number;
};

type Operation = {
  args: unknown;
  model?: string;
  operation: string;
  query: (args: unknown) => Promise<unknown>;
  __internalParams?: { transaction?: unknown };
};

const REPLICA_LAG_SQL = `
  SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0::float8
    WHEN pg_last_wal_receive_lsn() IS NULL OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0::float8
    ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)::float8
  END AS lag`;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("check timed out"), { code: "ETIMEDOUT" })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Forwards one operation to another client: a model operation, or a raw statement. */
function forward(client: Db, model: string | undefined, operation: string, args: unknown): Promise<unknown> {
  const target = client as unknown as Record<string, unknown>;
  if (model) {
    const delegate = target[model.charAt(0).toLowerCase() + model.slice(1)] as Record<
      string,
      (a: unknown) => Promise<unknown>
    >;
    return delegate[operation]!(args);
  }
  return (target[operation] as (a: unknown) => Promise<unknown>)(args);
}

export class DatabaseRouter {
  readonly primary: Db;
  readonly replicas: Db[];
  readonly maxLagSeconds: number;
  readonly state: RoutingState;
  private readonly options: RouterOptions;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private turn = 0;
  private primaryRouted: Db | null = null;
  private catalogueRouted: Db | null = null;

  constructor(primary: Db, replicas: Db[], options: RouterOptions) {
    this.primary = primary;
    this.replicas = replicas;
    this.options = options;
    this.maxLagSeconds = options.maxLagSeconds;
    // Until the first check, assume every database answers: the first requests are not turned away.
    this.state = {
      primary: { ok: true, latencyMs: null },
      replicas: replicas.map(() => ({ ok: true, lagSeconds: null, latencyMs: null })),
    };
  }

  /** Starts the checks; the first one runs at once. */
  start(): Promise<void> {
    const interval = this.options.checkIntervalMs ?? CHECK_INTERVAL_MS;
    this.timer ??= setInterval(() => void this.check(), interval);
    this.timer.unref();
    return this.check();
  }

  /** One round of checks (a round already under way is joined, not repeated). */
  check(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => (this.checking = null));
    return this.checking;
  }

  private async checkAll(): Promise<void> {
    const primary = (async () => {
      const started = performance.now();
      try {
        await withTimeout(this.primary.$queryRawUnsafe("SELECT 1"), CHECK_TIMEOUT_MS);
        this.state.primary = { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
      } catch (error) {
        this.state.primary = { ok: false, latencyMs: null };
        if (!isDatabaseUnreachable(error)) console.error("database check of the primary failed", error);
      }
    })();
    const replicas = this.replicas.map(async (replica, index) => {
      const started = performance.now();
      try {
        const [row] = await withTimeout(replica.$queryRawUnsafe<{ lag: number }[]>(REPLICA_LAG_SQL), CHECK_TIMEOUT_MS);
        this.state.replicas[index] = {
          ok: true,
          lagSeconds: Math.round(Number(row?.lag ?? 0) * 10) / 10,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
        };
      } catch (error) {
        this.state.replicas[index] = { ok: false, lagSeconds: null, latencyMs: null };
        if (!isDatabaseUnreachable(error)) console.error(`database check of replica ${index + 1} failed`, error);
      }
    });
    await Promise.all([primary, ...replicas]);
    publishServingState(healthStatus(this.state, this.maxLagSeconds));
  }

  get primaryDown(): boolean {
    return !this.state.primary.ok;
  }

  health() {
    return {
      status: healthStatus(this.state, this.maxLagSeconds),
      databases: {
        primary: { ok: this.state.primary.ok, latencyMs: this.state.primary.latencyMs },
        replicas: this.state.replicas.map((replica) => ({ ok: replica.ok, lagSeconds: replica.lagSeconds })),
      },
    };
  }

  private primaryFailed(): void {
    this.state.primary = { ok: false, latencyMs: null };
    void this.check();
  }

  private replicaFailed(index: number): void {
    this.state.replicas[index] = { ok: false, lagSeconds: null, latencyMs: null };
    void this.check();
  }

  /** A read on the primary; while it is down (or when it fails now) on a replica that answers. */
  private async readOnPrimary(op: Operation, run: () => Promise<unknown>): Promise<unknown> {
    const fallback = () => {
      const index = fallbackReplica(this.state, this.turn++);
      return index === null ? null : { index, client: this.replicas[index]! };
    };
    if (this.primaryDown) {
      const replica = fallback();
      if (replica) return this.readOnReplica(op, replica.index, false);
    }
    try {
      return await run();
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      this.primaryFailed();
      const replica = fallback();
      if (replica) return this.readOnReplica(op, replica.index, false);
      throw databaseDown(error);
    }
  }

  /** A read on one replica; when that replica fails now, on the primary (or another replica). */
  private async readOnReplica(op: Operation, index: number, thenPrimary: boolean): Promise<unknown> {
    try {
      return await forward(this.replicas[index]!, op.model, op.operation, op.args);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      this.replicaFailed(index);
      if (thenPrimary && !this.primaryDown) {
        return this.readOnPrimary(op, () => forward(this.primaryClient(), op.model, op.operation, op.args));
      }
      const other = fallbackReplica(this.state, this.turn++);
      if (other !== null) return this.readOnReplica(op, other, false);
      if (!this.primaryDown) {
        return this.readOnPrimary(op, () => forward(this.primaryClient(), op.model, op.operation, op.args));
      }
      throw databaseDown(error);
    }
  }

  /** The client for everything except the public catalogue's reads (see the top of this file). */
  primaryClient(): Db {
    if (this.primaryRouted) return this.primaryRouted;
    const extended = this.primary.$extends({
      query: {
        $allOperations: (op: Operation) => {
          if (op.__internalParams?.transaction) {
            if (!isRead(op.operation)) void this.options.onWrite?.();
            return op.query(op.args).catch((error: unknown) => {
              throw isDatabaseUnreachable(error) ? writesPaused(error) : error;
            });
          }
          if (isRead(op.operation)) return this.readOnPrimary(op, () => op.query(op.args));
          return this.write(() => op.query(op.args));
        },
      },
    }) as unknown as Db;
    // Interactive and batch transactions start outside the operation hook. While the primary is down they run
    // on a replica, where reading works and writing is refused (as paused writes); a connection lost while one
    // starts is reported as paused writes too.
    const transaction = (extended.$transaction as (...args: unknown[]) => Promise<unknown>).bind(extended);
    this.primaryRouted = new Proxy(extended, {
      get: (target, property) => {
        if (property !== "$transaction") return Reflect.get(target, property, target);
        return async (...args: unknown[]) => {
          const replica = this.primaryDown ? fallbackReplica(this.state, this.turn++) : null;
          if (replica !== null) return this.transactionOnReplica(replica, args);
          try {
            return await transaction(...args);
          } catch (error) {
            if (!isDatabaseUnreachable(error)) throw error;
            this.primaryFailed();
            throw writesPaused(error);
          }
        };
      },
    });
    return this.primaryRouted;
  }

  private async transactionOnReplica(index: number, args: unknown[]): Promise<unknown> {
    const [first, ...rest] = args;
    try {
      // A batch's operations were made on the routed client: run one by one, each goes where it may.
      if (Array.isArray(first)) return await Promise.all(first);
      const replica = this.replicas[index]!.$transaction as (...a: unknown[]) => Promise<unknown>;
      return await replica.call(this.replicas[index], first, ...rest);
    } catch (error) {
      throw isDatabaseUnreachable(error) ? writesPaused(error) : error;
    }
  }

  private async write<T>(run: () => Promise<T>): Promise<T> {
    if (this.primaryDown) throw writesPaused();
    try {
      const result = await run();
      await this.options.onWrite?.();
      return result;
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      this.primaryFailed();
      throw writesPaused(error);
    }
  }

  /** The client for the public catalogue's reads (see the top of this file). */
  catalogueClient(): Db {
    if (this.catalogueRouted) return this.catalogueRouted;
    this.catalogueRouted = this.primary.$extends({
      query: {
        $allOperations: async (op: Operation) => {
          if (op.__internalParams?.transaction || !isRead(op.operation)) {
            return forward(this.primaryClient(), op.model, op.operation, op.args);
          }
          const pinnedToPrimary = Boolean(await this.options.pinnedToPrimary?.());
          const target = chooseReadTarget(this.state, {
            maxLagSeconds: this.maxLagSeconds,
            pinnedToPrimary,
            turn: this.turn++,
          });
          if (target.kind === "replica") return this.readOnReplica(op, target.index, true);
          return forward(this.primaryClient(), op.model, op.operation, op.args);
        },
      },
    }) as unknown as Db;
    return this.catalogueRouted;
  }

  /**
   * A plain client for a catalogue read that needs its own transaction (the streamed exports' snapshot):
   * a replica when one would serve the request, else the primary.
   */
  async catalogueTransactionClient(): Promise<Db> {
    const pinnedToPrimary = Boolean(await this.options.pinnedToPrimary?.());
    const target = chooseReadTarget(this.state, {
      maxLagSeconds: this.maxLagSeconds,
      pinnedToPrimary,
      turn: this.turn++,
    });
    return target.kind === "replica" ? this.replicas[target.index]! : this.primaryClient();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([this.checking, ...this.replicas.map((replica) => replica.$disconnect())]);
  }
}

/** A Prisma client for a replica (read-only by nature; the replica refuses writes). */
export function replicaClient(url: string, max: number): Db {
  return prismaOn(
    new PrismaPg({
      connectionString: url,
      max,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: "effectwijzer replica reads",
    }),
  );
}

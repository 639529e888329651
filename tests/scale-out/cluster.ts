/**
 * A PostgreSQL primary and a streaming replica on this machine, from apt's PostgreSQL (initdb,
 * pg_basebackup, pg_ctl), for `npm run test:scale-out`. Run as root (CI) the servers run as the postgres
 * user, as PostgreSQL requires; run as anyone else they run as that user.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type Node = { name: string; dataDir: string; port: number; log: string };
export type ClusterInfo = { pgBin: string; root: string; primary: Node; replica: Node };

export function findPgBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin/pg_ctl")))
    : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  if (!newest)
    throw new Error("PostgreSQL server binaries not found in /usr/lib/postgresql: apt-get install postgresql");
  return path.join(base, newest, "bin");
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program as the user the servers run as. */
export function pgRun(info: Pick<ClusterInfo, "pgBin">, program: string, args: string[]): string {
  const binary = path.join(info.pgBin, program);
  if (!asRoot) return execFileSync(binary, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const quoted = [binary, ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(" ");
  return execFileSync("su", ["postgres", "-c", quoted], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Makes a directory the servers' user owns. */
export function ownDirectory(dir: string): void {
  execFileSync("mkdir", ["-p", dir]);
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
}

const SERVER_OPTIONS = [
  "-c listen_addresses=127.0.0.1",
  "-c jit=off",
  "-c shared_preload_libraries=pg_stat_statements",
  "-c wal_keep_size=256MB",
  "-c hot_standby_feedback=on",
  "-c fsync=off",
];

export function startNode(info: ClusterInfo, node: Node): void {
  pgRun(info, "pg_ctl", [
    "-D",
    node.dataDir,
    "-l",
    node.log,
    "-o",
    [`-p ${node.port}`, `-k ${info.root}`, ...SERVER_OPTIONS].join(" "),
    "-w",
    "-t",
    "60",
    "start",
  ]);
}

export function stopNode(info: ClusterInfo, node: Node, mode: "fast" | "immediate" = "fast"): void {
  pgRun(info, "pg_ctl", ["-D", node.dataDir, "-m", mode, "-w", "-t", "60", "stop"]);
}

export function nodeRunning(info: ClusterInfo, node: Node): boolean {
  try {
    pgRun(info, "pg_ctl", ["-D", node.dataDir, "status"]);
    return true;
  } catch {
    return false;
  }
}

/** The superuser's URL of a node (trust authentication on 127.0.0.1). */
export function superuserUrl(node: Node, database = "postgres"): string {
  return `postgresql://postgres@127.0.0.1:${node.port}/${database}`;
}

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Creates and starts the primary, then a replica streaming from it (pg_basebackup -R). */
export function createCluster(root: string, ports: { primary: number; replica: number }): ClusterInfo {
  const pgBin = findPgBin();
  ownDirectory(root);
  const primary: Node = {
    name: "primary",
    dataDir: path.join(root, "primary"),
    port: ports.primary,
    log: path.join(root, "primary.log"),
  };
  const replica: Node = {
    name: "replica",
    dataDir: path.join(root, "replica"),
    port: ports.replica,
    log: path.join(root, "replica.log"),
  };
  const info: ClusterInfo = { pgBin, root, primary, replica };
  pgRun(info, "initdb", ["-D", primary.dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  startNode(info, primary);
  pgRun(info, "pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    replica.dataDir,
    "-R",
    "-X",
    "stream",
    "--no-sync",
  ]);
  startNode(info, replica);
  return info;
}

export function destroyCluster(info: ClusterInfo): void {
  for (const node of [info.replica, info.primary]) {
    if (nodeRunning(info, node)) stopNode(info, node, "immediate");
  }
  execFileSync("rm", ["-rf", info.root]);
}

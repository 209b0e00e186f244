import { parseArgs } from "node:util";

export const WRITERS = 16;
export const HEALTHY_WITHIN_MS = 60_000;
export const KILL_AFTER_MS = [300, 1500] as const;

/**
 * Appended to the cluster's postgresql.conf for `--control`. With synchronous_commit=off a commit is
 * acknowledged while its WAL is still in PostgreSQL's shared memory; SIGKILL of every server process
 * then loses it. The walwriter only writes that WAL out once wal_writer_flush_after (default 1MB) is
 * pending or wal_writer_delay has passed; a 0.3–1.5 s cycle writes less than 1MB, so by default every
 * write of a cycle would vanish. 64kB makes the walwriter write most of it, so only the last few dozen
 * commits of each cycle are lost: the check has to pick those out among the survivors.
 */
export const CONTROL_SETTINGS = `
# crash-test control run: commits are acknowledged before their WAL leaves PostgreSQL's memory
synchronous_commit = off
wal_writer_delay = 10000ms
wal_buffers = 64MB
wal_writer_flush_after = 64kB
`;

export interface Options {
  target: "embedded" | "server";
  control: boolean;
  cycles: number;
  seed: number;
  /** Names the temp dir and the JSON report: embedded, server or control. */
  label: string;
}

export function parseOptions(argv: string[]): Options {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      target: { type: "string", default: "embedded" },
      cycles: { type: "string", default: "20" },
      seed: { type: "string" },
      control: { type: "boolean", default: false },
    },
  });
  const target = args.target === "server" ? "server" : "embedded";
  if (args.target !== target) usage(`--target must be "embedded" or "server", not "${args.target}"`);
  if (args.control && target === "server") usage("--control runs against the embedded database only");
  const cycles = Number(args.cycles);
  if (!Number.isInteger(cycles) || cycles < 1) usage("--cycles must be a positive integer");
  const seed = args.seed !== undefined ? Number(args.seed) : (Date.now() ^ process.pid) >>> 0;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    usage("--seed must be an integer 0..4294967295");
  return { target, control: args.control, cycles, seed, label: args.control ? "control" : target };
}

function usage(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** mulberry32: a small seeded PRNG, so `--seed` reproduces the kill moments. */
export function prng(s: number): () => number {
  let state = s;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

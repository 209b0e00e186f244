import { EDGE_FORMATS, type EdgeFormat } from "../../server/features/graph/edge-readers.ts";

/** Prints a usage error and exits 2, the convention for bad command lines. */
export function usage(message: string, help: string): never {
  process.stderr.write(`${message}\n\n${help}\n`);
  process.exit(2);
}

export function formatArg(value: string | undefined, help: string): EdgeFormat {
  const format = (value ?? "snap") as EdgeFormat;
  if (!EDGE_FORMATS.includes(format)) usage(`--format must be one of ${EDGE_FORMATS.join(", ")}`, help);
  return format;
}

export function intArg(name: string, value: string | undefined, fallback: number, help: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) usage(`--${name} must be a non-negative integer, not "${value}"`, help);
  return n;
}

import { parentPort, workerData } from "node:worker_threads";

/**
 * The HTTP client of the benchmark, in its own thread so that its work (fetch, body reading) never
 * shares the server's event loop. One request at a time over one keep-alive connection (Node's fetch).
 * Routes are interleaved, a round at a time in rotating order, so noise on the shared machine falls on
 * every route alike. A non-200 answer ends the run with an error.
 */
export interface RoutePlan {
  name: string;
  /** Sends the session cookie. */
  auth: boolean;
  /** What to read from each timed answer, after the clock stopped. */
  read: "degree" | "degree-count" | "none";
  warmup: string[];
  timed: string[];
}

export interface ClientJob {
  origin: string;
  cookie: string;
  routes: RoutePlan[];
}

export interface RouteResult {
  ms: Float64Array;
  /** Per timed request: the answer's `degree` (how-connected), its number of badges, or null. */
  read: (number | null)[];
}

export type ClientMessage =
  | { kind: "timing" }
  | { kind: "done"; results: Record<string, RouteResult> }
  | { kind: "failed"; error: string };

async function run(job: ClientJob, onTiming: () => void): Promise<Record<string, RouteResult>> {
  const { origin, cookie, routes } = job;
  const headers = (auth: boolean): Record<string, string> =>
    auth ? { accept: "application/json", cookie } : { accept: "application/json" };
  const get = async (route: RoutePlan, url: string): Promise<string> => {
    const res = await fetch(origin + url, { headers: headers(route.auth) });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 300)}`);
    return body;
  };

  const rounds = (plans: (r: RoutePlan) => string[]) => Math.max(...routes.map((r) => plans(r).length));
  // Warm-up: the same interleaving, untimed.
  for (let i = 0; i < rounds((r) => r.warmup); i++) {
    for (let k = 0; k < routes.length; k++) {
      const route = routes[(i + k) % routes.length] as RoutePlan;
      const url = route.warmup[i];
      if (url !== undefined) await get(route, url);
    }
  }

  onTiming();
  const results: Record<string, RouteResult> = {};
  const bodies: Record<string, string[]> = {};
  for (const r of routes) {
    results[r.name] = { ms: new Float64Array(r.timed.length), read: [] };
    bodies[r.name] = [];
  }
  for (let i = 0; i < rounds((r) => r.timed); i++) {
    for (let k = 0; k < routes.length; k++) {
      const route = routes[(i + k) % routes.length] as RoutePlan;
      const url = route.timed[i];
      if (url === undefined) continue;
      const t0 = process.hrtime.bigint();
      const body = await get(route, url);
      (results[route.name] as RouteResult).ms[i] = Number(process.hrtime.bigint() - t0) / 1e6;
      (bodies[route.name] as string[]).push(body);
    }
  }
  for (const route of routes) {
    const out = results[route.name] as RouteResult;
    for (const body of bodies[route.name] as string[]) {
      if (route.read === "none") out.read.push(null);
      else if (route.read === "degree") out.read.push((JSON.parse(body) as { degree: number | null }).degree);
      else out.read.push(Object.keys((JSON.parse(body) as { degrees: object }).degrees).length);
    }
  }
  return results;
}

if (parentPort) {
  const port = parentPort;
  const send = (message: ClientMessage) => port.postMessage(message);
  run(workerData as ClientJob, () => send({ kind: "timing" })).then(
    (results) => send({ kind: "done", results }),
    (err: unknown) =>
      send({
        kind: "failed",
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      }),
  );
}

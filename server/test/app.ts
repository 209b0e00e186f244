import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { GraphService } from "../features/graph/graph-service.ts";
import type { Mailer } from "../features/mail/mailer.ts";
import { createTestDatabase, type TestDatabase } from "./db.ts";
import { type CapturingMailer, createCapturingMailer } from "./mailbox.ts";

export const BASE_URL = "http://localhost:3000";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  mail: CapturingMailer;
  /** Moves the app's clock; starts at the real time. */
  advanceClock(ms: number): void;
  /** The app's current time. */
  now(): Date;
  /**
   * Makes the app's graph apply every change committed so far. Tests that write to the database
   * directly (as another server or an operator would) call it before asking the network routes, which
   * otherwise may answer from a state up to a second old (decision 0010).
   */
  syncGraph(): Promise<void>;
  /** A client without a session. */
  anonymous(): TestClient;
  /** Signs up, confirms the email from the captured mail, and returns a signed-in client. */
  signUp(name: string, email?: string): Promise<TestClient & { userId: string; email: string }>;
  close(): Promise<void>;
}

export interface TestClient {
  cookie: string | undefined;
  request(method: InjectOptions["method"], url: string, body?: unknown): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export const PASSWORD = "correct horse battery";
let counter = 0;

/** The whole app on a fresh database, with captured mail and a movable clock. */
export async function buildTestApp(
  env: Record<string, string> = {},
  options: { mailer?: Mailer } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const mail = createCapturingMailer();
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const config = loadConfig({ NODE_ENV: "test", ALLIANCE_BASE_URL: BASE_URL, LOG_LEVEL: "silent", ...env });
  const graph = await GraphService.start({ db: database.db, pool: database.handle.pool, clock });
  const app = await buildApp(config, {
    graph,
    db: database.db,
    mailer: options.mailer ?? mail,
    secret: "test-secret-test-secret-test-secret-0123",
    clock,
    logger: false,
  });
  await app.ready();

  const client = (cookie?: string): TestClient => {
    const c: TestClient = {
      cookie,
      async request(method, url, body) {
        const res = await app.inject({
          method,
          url,
          headers: {
            origin: BASE_URL,
            ...(c.cookie ? { cookie: c.cookie } : {}),
            ...(body !== undefined ? { "content-type": "application/json" } : {}),
          },
          ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
        });
        const set = res.cookies.find((k) => k.name.endsWith("session_token"));
        if (set) c.cookie = set.value ? `${set.name}=${set.value}` : undefined;
        return res;
      },
      get: (url) => c.request("GET", url),
      post: (url, body) => c.request("POST", url, body ?? {}),
      patch: (url, body) => c.request("PATCH", url, body ?? {}),
      put: (url, body) => c.request("PUT", url, body ?? {}),
      delete: (url) => c.request("DELETE", url),
    };
    return c;
  };

  return {
    app,
    database,
    mail,
    advanceClock: (ms) => {
      offset += ms;
    },
    now: clock,
    syncGraph: () => graph.sync(),
    anonymous: () => client(),
    async signUp(name, email = `${name.toLowerCase().replace(/\W+/g, ".")}.${++counter}@example.test`) {
      const c = client();
      const up = await c.post("/api/v1/auth/sign-up", { name, email, password: PASSWORD });
      if (up.statusCode !== 202) throw new Error(`sign-up failed: ${up.body}`);
      const verified = await c.post("/api/v1/auth/verify-email", {
        token: mail.tokenFrom(email, "/verify-email"),
      });
      if (verified.statusCode !== 200) throw new Error(`verify failed: ${verified.body}`);
      return Object.assign(c, { userId: verified.json().user.id as string, email });
    },
    async close() {
      await app.close();
      await graph.stop();
      await database.drop();
    },
  };
}

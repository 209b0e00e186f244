import { sleep } from "./app-process.ts";

export const PASSWORD = "crash test password 1";

export interface Response {
  status: number;
  body: unknown;
  cookie: string | undefined;
}

/** A tiny JSON client for the running app; state-changing requests carry the trusted origin. */
export class Api {
  constructor(readonly baseUrl: string) {}

  async request(method: string, url: string, body?: unknown, cookie?: string): Promise<Response> {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        origin: this.baseUrl,
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    const session = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0] ?? "")
      .find((c) => c.includes("session_token=") && !c.endsWith("="));
    return { status: res.status, body: text ? safeJson(text) : undefined, cookie: session };
  }
}

export interface Account {
  email: string;
  cookie: string;
}

/** Signs up `count` accounts and confirms each through the dev mailbox. */
export async function createAccounts(api: Api, count: number, tag: string): Promise<Account[]> {
  const accounts: Account[] = [];
  for (let i = 0; i < count; i++) {
    const email = `writer${pad(i, 2)}.${tag}@crash.test`;
    const up = await api.request("POST", "/api/v1/auth/sign-up", {
      name: `Writer ${i}`,
      email,
      password: PASSWORD,
    });
    if (up.status !== 202)
      throw new Error(`sign-up of ${email} answered ${up.status}: ${JSON.stringify(up.body)}`);
    const token = await verificationToken(api, email);
    const verified = await api.request("POST", "/api/v1/auth/verify-email", { token });
    if (verified.status !== 200 || !verified.cookie) {
      throw new Error(`verifying ${email} answered ${verified.status}: ${JSON.stringify(verified.body)}`);
    }
    accounts.push({ email, cookie: verified.cookie });
  }
  return accounts;
}

async function verificationToken(api: Api, email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const box = await api.request("GET", "/api/v1/dev/mailbox");
    const items = (box.body as { items?: { to: string; text: string }[] } | undefined)?.items ?? [];
    const match = items.find((m) => m.to.includes(email))?.text.match(/\/verify-email\?token=([^\s&"<>]+)/);
    if (match?.[1]) return decodeURIComponent(match[1]);
    await sleep(100);
  }
  throw new Error(`no verification mail for ${email} in the dev mailbox`);
}

export interface Ack {
  slug: string;
  id: string;
  writer: number;
  cycle: number;
}

export interface WriteStats {
  attempts: number;
  acknowledged: number;
  /** Non-2xx answers and transport errors, by status code or error name. */
  failures: Record<string, number>;
}

export interface WriterGroup {
  /** Stops starting new requests and waits for in-flight ones to settle. */
  stop(): Promise<void>;
}

/**
 * One loop per account, each creating organizations with never-reused slugs (`w03-000123`). A slug is
 * recorded as acknowledged only after a 2xx answer; a failed attempt is never retried under the same
 * slug, since it may have committed even though no answer arrived.
 */
export function startWriters(
  api: Api,
  accounts: Account[],
  cycle: number,
  nextSeq: number[],
  acks: Ack[],
  stats: WriteStats,
): WriterGroup {
  let running = true;
  const loops = accounts.map(async (account, writer) => {
    while (running) {
      const seq = nextSeq[writer] ?? 0;
      nextSeq[writer] = seq + 1;
      const slug = `w${pad(writer, 2)}-${pad(seq, 6)}`;
      stats.attempts++;
      try {
        const res = await api.request(
          "POST",
          "/api/v1/orgs",
          { name: `Crash ${slug}`, slug },
          account.cookie,
        );
        const id = (res.body as { id?: unknown } | undefined)?.id;
        if (res.status >= 200 && res.status < 300 && typeof id === "string") {
          acks.push({ slug, id, writer, cycle });
          stats.acknowledged++;
          continue;
        }
        count(stats, String(res.status));
      } catch (err) {
        count(stats, errorName(err));
      }
      await sleep(20);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

function count(stats: WriteStats, key: string): void {
  stats.failures[key] = (stats.failures[key] ?? 0) + 1;
}

function errorName(err: unknown): string {
  if (!(err instanceof Error)) return "error";
  const cause = err.cause as { code?: string } | undefined;
  return cause?.code ?? err.name;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const pad = (n: number, width: number) => String(n).padStart(width, "0");

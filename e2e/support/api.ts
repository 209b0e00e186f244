import { connections } from "../../server/features/connections/connections.tables.ts";
import type { RunningApp } from "./server.ts";

/** A signed-in API client for setting the stage of a journey quickly; the journey itself runs in the browser. */
export interface ApiPerson {
  email: string;
  password: string;
  userId: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function apiSignUp(
  app: RunningApp,
  name: string,
  email: string,
  password: string,
): Promise<ApiPerson> {
  let cookie = "";
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${app.url}${path}`, {
      method,
      headers: { origin: app.url, "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: body === undefined ? (method === "GET" ? undefined : "{}") : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie().find((c) => c.includes("session_token="));
    if (set) cookie = set.split(";")[0] ?? "";
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  await call("POST", "/api/v1/auth/sign-up", { name, email, password });
  const verified = await call<{ user: { id: string } }>("POST", "/api/v1/auth/verify-email", {
    token: await tokenFromMailbox(app, email, "/verify-email"),
  });
  return { email, password, userId: verified.user.id, call };
}

/** The token of the newest link to `path` mailed to `email`, read from the dev mailbox. */
export async function tokenFromMailbox(app: RunningApp, email: string, path: string): Promise<string> {
  const { items } = (await (await fetch(`${app.url}/api/v1/dev/mailbox`)).json()) as {
    items: { to: string; text: string }[];
  };
  for (const m of items) {
    const match = m.to === email ? m.text.match(new RegExp(`${path}\\?token=(\\S+)`)) : null;
    if (match?.[1]) return decodeURIComponent(match[1]);
  }
  throw new Error(`no ${path} link for ${email}`);
}

/** Connects two people straight in the database (no request, no answer), to set the stage of a journey. */
export async function connectDirectly(app: RunningApp, a: ApiPerson, b: ApiPerson): Promise<void> {
  const [userA, userB] = a.userId < b.userId ? [a.userId, b.userId] : [b.userId, a.userId];
  await app.database.db.insert(connections).values({ userA, userB });
}

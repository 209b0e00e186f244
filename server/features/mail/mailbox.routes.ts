import { desc } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client.ts";
import { devMailbox } from "./mail.tables.ts";
import { escapeHtml } from "./mail.templates.ts";

const message = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
});

/**
 * The dev mailbox: registered only outside production and only when no SMTP server is configured.
 * Public policy by design: it exists so a newcomer can click invitation and reset links locally.
 */
export function registerMailboxRoutes(app: FastifyInstance, db: Database): void {
  const latest = () => db.select().from(devMailbox).orderBy(desc(devMailbox.createdAt)).limit(100);

  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/dev/mailbox",
    {
      config: { access: "public" },
      schema: {
        summary: "List mail kept by the dev mailbox (development only)",
        tags: ["dev"],
        response: { 200: z.object({ items: z.array(message) }) },
      },
    },
    async () => ({
      items: (await latest()).map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    }),
  );

  app.get("/dev/mailbox", { config: { access: "public" }, schema: { hide: true } }, async (_req, reply) => {
    const rows = await latest();
    const items = rows
      .map(
        (
          m,
        ) => `<article><h2>${escapeHtml(m.subject)}</h2><p class="meta">To ${escapeHtml(m.to)} · ${m.createdAt.toISOString()}</p>
<pre>${linkify(escapeHtml(m.text))}</pre></article>`,
      )
      .join("");
    reply.type("text/html; charset=utf-8").send(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Dev mailbox · Alliance</title>
<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}article{border-bottom:1px solid #ddd;padding:1rem 0}
pre{white-space:pre-wrap;font-family:inherit}.meta{color:#555}</style></head><body><h1>Dev mailbox</h1>
<p>Mail the app would have sent. Configure SMTP_URL to send real mail.</p>${items || "<p>No mail yet.</p>"}</body></html>`);
  });
}

const linkify = (s: string) => s.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built web app from one port with the API. Unknown non-API GETs get index.html so the
 * client-side router can handle deep links like /orgs/acme.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(path.join(webDir, "index.html"))) return false;
  // Files are looked up per request, so a rebuilt bundle is served without a restart.
  await app.register(fastifyStatic, { root: webDir, prefix: "/", wildcard: true, index: ["index.html"] });
  return true;
}

export function isSpaRequest(method: string, url: string, accept: string | undefined): boolean {
  return (
    (method === "GET" || method === "HEAD") &&
    !url.startsWith("/api/") &&
    !url.startsWith("/dev/") &&
    (accept ?? "").includes("text/html")
  );
}

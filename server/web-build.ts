import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WEB_DIST = path.join(ROOT_DIR, "dist", "web");

/** Builds the web bundle when it is missing, so `npm start` on a fresh clone serves the UI. */
export function ensureWebBuild(log: (line: string) => void): void {
  if (existsSync(path.join(WEB_DIST, "index.html"))) return;
  log("building the web app (first start only)…");
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT_DIR, "node_modules", "vite", "bin", "vite.js"), "build"],
    {
      cwd: ROOT_DIR,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) throw new Error("The web build failed; see the output above.");
}

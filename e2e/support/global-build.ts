import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "../../server/web-build.ts";

/** Browser journeys test the current source, so the web bundle is rebuilt once before them. */
export default function build() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium) && process.env.ALLIANCE_REQUIRE_BROWSER !== "1") return;
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT_DIR, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"],
    {
      cwd: ROOT_DIR,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) throw new Error("web build failed");
}

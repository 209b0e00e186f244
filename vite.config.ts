import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

const API_TARGET = "http://localhost:3000";
const DEV_PORT = 5173;
const DEV_ORIGINS = new Set([`http://localhost:${DEV_PORT}`, `http://127.0.0.1:${DEV_PORT}`]);

/**
 * The API rejects non-GET requests whose Origin is not its own base URL (CSRF protection). In development the
 * browser's Origin is this dev server, so requests coming from this dev server (and only those) are presented
 * to the API as same-origin.
 */
const proxyToApi: ProxyOptions = {
  target: API_TARGET,
  configure: (proxy) => {
    proxy.on("proxyReq", (proxyReq, req) => {
      const origin = req.headers.origin;
      if (origin && DEV_ORIGINS.has(origin)) proxyReq.setHeader("origin", API_TARGET);
    });
  },
};

export default defineConfig({
  root: fileURLToPath(new URL("./web", import.meta.url)),
  plugins: [react(), tailwindcss()],
  build: { outDir: "../dist/web", emptyOutDir: true },
  server: {
    port: DEV_PORT,
    proxy: { "/api": proxyToApi, "/dev/": proxyToApi },
  },
});

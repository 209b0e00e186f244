import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const API_TARGET = "http://localhost:3000";

// In development the API trusts this dev server's origin (http://localhost:5173) for CSRF checks, so the proxy
// passes requests through unchanged.
export default defineConfig({
  root: fileURLToPath(new URL("./web", import.meta.url)),
  plugins: [react(), tailwindcss()],
  build: { outDir: "../dist/web", emptyOutDir: true },
  server: {
    port: 5173,
    strictPort: true, // The API trusts exactly this origin; another port would fail every write.
    proxy: { "/api": API_TARGET, "/dev/": API_TARGET },
  },
});

import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium: nothing downloads a browser (TOOLCHAIN.md).
const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

const port = Number(process.env.SHIEN_E2E_PORT ?? 3100);
const dataDir = "../target/e2e";
// `SHIEN_E2E_SERVER=../target/release/server` runs the suite against a release build.
const serverBinary = process.env.SHIEN_E2E_SERVER ?? "../target/debug/server";

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "phone",
      testIgnore: /no-javascript/,
      use: { ...devices["Pixel 7"], launchOptions },
    },
    {
      name: "desktop",
      testIgnore: /no-javascript/,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "phone-no-javascript",
      testMatch: /no-javascript/,
      use: { ...devices["Pixel 7"], javaScriptEnabled: false, launchOptions },
    },
  ],
  // A fresh server on a fresh SQLite file with demo data, built by `cargo leptos build`.
  webServer: {
    command: `rm -rf ${dataDir} && mkdir -p ${dataDir} && exec ${serverBinary} --demo-data`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      SHIEN_ADDR: `127.0.0.1:${port}`,
      DATABASE_URL: `sqlite://${dataDir}/shien.db`,
      SHIEN_UPLOAD_DIR: `${dataDir}/uploads`,
      LEPTOS_SITE_ROOT: "../target/site",
      RUST_LOG: "warn",
    },
  },
});

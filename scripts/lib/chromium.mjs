// Chromium through playwright-core (no browser download): the system's /usr/bin/chromium, or CHROMIUM_PATH.
import { chromium } from "playwright-core"

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/**
 * Launches headless Chromium as the admin checks need it: no sandbox (CI runs as root), no GPU,
 * nothing of its own on the network. The caller's signal handler closes it after stopping Medusa
 * (Playwright's own handlers would kill it first).
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

import fs from "fs"
import path from "path"

export const API_DIR = path.join(__dirname, "..", "..", "src", "api")
export const METHODS = ["GET", "POST", "DELETE"] as const
export type Method = (typeof METHODS)[number]

/** A route file's method, its path as tests write it (`x_id` for `[id]`) and its folder. */
export type DiscoveredRoute = { method: Method; path: string; dir: string }

/** Every route file the plugin ships, with the HTTP methods it exports. */
export function discoverRoutes(): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.ts") {
        const url = "/" + path.relative(API_DIR, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, "x_$1")).join("/")
        const mod = require(full)
        METHODS.filter((m) => typeof mod[m] === "function").forEach((method) => routes.push({ method, path: url, dir }))
      }
    }
  }
  walk(API_DIR)
  return routes
}

/** `/admin/service-orders/x_id/lines` → `/admin/service-orders/:id/lines` (the permission table's form). */
export const toMatcher = (testPath: string) => testPath.replace(/\/x_([^/]+)/g, "/:$1")

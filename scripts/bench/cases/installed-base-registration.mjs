// The installed base of one fulfilment of 500 units: `registerFulfilledUnitsWorkflow` (what the
// `order.fulfillment_created` subscriber runs) registers a service object per unit in one batch.
// It runs in-process through `medusa exec scripts/bench/installed-base-registration.ts` (the
// workflow is not an HTTP route), against the bench database, on a fresh order per run. Floor:
// one `INSERT … SELECT` of the same 500 rows into a copy of the table. Reports rows/s of each
// and the ratio (registration rate over the floor's).
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaBin, runOrThrow } from "../../lib/proc.mjs"
import { summary, timed } from "../lib.mjs"

const UNITS = 500
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const rate = (rows, ms) => Math.round((rows / ms) * 1000)

export default {
  name: "installed-base-registration",
  title: "Installed base: one fulfilment of 500 units registered",
  goal: "one batch, not a workflow per unit; rows/s reported beside the INSERT … SELECT floor",
  async fill() {},
  async measure({ pg, runs, scale, databaseUrl }) {
    const out = path.join(os.tmpdir(), `bench-installed-base-${process.pid}.json`)
    await runOrThrow(medusaBin(), ["exec", "./scripts/bench/installed-base-registration.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_OUT: out, BENCH_RUNS: String(scale === "smoke" ? 1 : Math.min(runs, 5)), BENCH_UNITS: String(UNITS) },
      capture: true,
    })
    const registrations = JSON.parse(fs.readFileSync(out, "utf8"))
    fs.rmSync(out)
    await pg.query("CREATE TEMP TABLE IF NOT EXISTS bench_object_copy (LIKE service_object INCLUDING ALL)")
    const copies = []
    for (const r of registrations) {
      await pg.query("TRUNCATE bench_object_copy")
      const copy = await timed(() => pg.query("INSERT INTO bench_object_copy SELECT * FROM service_object WHERE fulfillment_id = $1", [r.fulfillment_id]))
      copies.push({ ms: copy.ms, rows: copy.result.rowCount })
    }
    // The objects go again; the orders stay (they hold no objects, and a next run makes its own).
    await pg.query("DELETE FROM service_object WHERE fulfillment_id = ANY($1)", [registrations.map((r) => r.fulfillment_id)])
    const times = summary(registrations.map((r) => r.ms))
    const objectsPerS = median(registrations.map((r) => rate(r.created, r.ms)))
    const floorPerS = median(copies.map((c) => rate(c.rows, c.ms)))
    return [
      {
        name: `${UNITS} units, one fulfilment`,
        p50: times.p50,
        p95: times.p95,
        floor: { insert_select_per_s: floorPerS },
        objects_per_s: objectsPerS,
        ratio: Math.round((objectsPerS / floorPerS) * 1000) / 1000,
        rows: registrations[0]?.created ?? 0,
        bytes: 0,
      },
    ]
  },
}

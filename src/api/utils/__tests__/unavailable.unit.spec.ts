import { MedusaError } from "@medusajs/framework/utils"
import { unavailableService } from "../unavailable"

describe("unavailableService", () => {
  it("names the database for refused, terminated or timed-out Postgres connections", () => {
    expect(unavailableService(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe("database")
    expect(unavailableService(new Error("Knex: Timeout acquiring a connection. The pool is probably full."))).toBe("database")
    expect(unavailableService(new Error("Connection terminated unexpectedly"))).toBe("database")
    expect(unavailableService(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe("database")
    expect(unavailableService(Object.assign(new Error("wrapped"), { cause: Object.assign(new Error("x"), { code: "08006" }) }))).toBe("database")
  })

  it("names Redis for a closed or unwritable Redis connection", () => {
    expect(unavailableService(new Error("Connection is closed."))).toBe("redis")
    expect(unavailableService(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe("redis")
    expect(unavailableService(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6379"), { code: "ECONNREFUSED" }))).toBe("redis")
  })

  it("leaves every other error to Medusa's handler", () => {
    expect(unavailableService(new MedusaError(MedusaError.Types.NOT_FOUND, "Service order with id: x was not found"))).toBeUndefined()
    expect(unavailableService(new Error("duplicate key value violates unique constraint"))).toBeUndefined()
    expect(unavailableService(undefined)).toBeUndefined()
  })
})

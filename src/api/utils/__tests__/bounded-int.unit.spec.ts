import { z } from "@medusajs/framework/zod"
import { boundedInt, boundedPaging } from "../validators"

describe("boundedInt and boundedPaging", () => {
  const params = z.object({ ...boundedPaging(25, 200), queue_limit: boundedInt(0, 500).optional() })

  it("reads integers from query strings and fills the paging defaults", () => {
    expect(params.parse({})).toEqual({ limit: 25, offset: 0 })
    expect(params.parse({ limit: "30", offset: "5", queue_limit: "0" })).toEqual({ limit: 30, offset: 5, queue_limit: 0 })
  })

  it("refuses what is out of bounds, fractional or empty", () => {
    for (const bad of [{ limit: "0" }, { limit: "201" }, { offset: "-1" }, { queue_limit: "501" }, { queue_limit: "2.5" }, { queue_limit: "" }, { queue_limit: "x" }]) {
      expect(params.safeParse(bad).success).toBe(false)
    }
  })
})

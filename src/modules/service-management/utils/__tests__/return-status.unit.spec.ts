import { planServiceReturnMove, SERVICE_RETURN_MOVES } from "../return-status"
import { SERVICE_RETURN_STATUSES, ServiceReturnAction } from "../../../../types/enums"

describe("planServiceReturnMove", () => {
  it("walks the happy path requested → approved → received → in_repair → resolved", () => {
    expect(planServiceReturnMove({ number: "RMA-1", status: "requested" }, "approve")).toEqual({ from: "requested", to: "approved", stamp: "approved_at" })
    expect(planServiceReturnMove({ number: "RMA-1", status: "approved" }, "receive")).toEqual({ from: "approved", to: "received", stamp: "received_at" })
    expect(planServiceReturnMove({ number: "RMA-1", status: "received" }, "start_repair")).toEqual({ from: "received", to: "in_repair", stamp: null })
    expect(planServiceReturnMove({ number: "RMA-1", status: "in_repair" }, "resolve")).toEqual({ from: "in_repair", to: "resolved", stamp: "resolved_at" })
  })

  it("rejects only before receipt", () => {
    expect(planServiceReturnMove({ number: "RMA-1", status: "approved" }, "reject").to).toBe("rejected")
    expect(() => planServiceReturnMove({ number: "RMA-1", status: "received" }, "reject")).toThrow(/needs it to be requested or approved/)
  })

  it("refuses every move not in the table, naming the return and its status", () => {
    for (const status of SERVICE_RETURN_STATUSES) {
      for (const [action, move] of Object.entries(SERVICE_RETURN_MOVES)) {
        const call = () => planServiceReturnMove({ number: "RMA-7", status }, action as ServiceReturnAction)
        if (move.from.includes(status)) {
          expect(call).not.toThrow()
        } else {
          expect(call).toThrow(`Service return RMA-7 is ${status}`)
        }
      }
    }
  })

  it("leaves terminal statuses terminal", () => {
    for (const action of Object.keys(SERVICE_RETURN_MOVES)) {
      expect(() => planServiceReturnMove({ number: "RMA-1", status: "resolved" }, action as ServiceReturnAction)).toThrow()
      expect(() => planServiceReturnMove({ number: "RMA-1", status: "rejected" }, action as ServiceReturnAction)).toThrow()
    }
  })
})

import { MedusaError, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import {
  createServiceOrderWorkflow,
  createServiceSubscriptionWorkflow,
  transitionServiceOrderWorkflow,
  updateServiceSubscriptionWorkflow,
} from "../../src/workflows"

jest.setTimeout(120000)

// A host app attaches one handler per hook; these fail on demand to prove that everything
// written before the hook is compensated.
createServiceOrderWorkflow.hooks.serviceOrderCreated(async ({ additional_data }) => {
  if (additional_data?.fail_after_create) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Host app refused the order")
  }
})
createServiceOrderWorkflow.hooks.validate(async ({ input }) => {
  if (input.additional_data?.fail_validation) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Host app validation failed")
  }
})
transitionServiceOrderWorkflow.hooks.serviceOrderStageChanged(async ({ additional_data }) => {
  if (additional_data?.fail_after_move) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Host app refused the move")
  }
})

// What the subscription hooks were handed, to check their payload.
const seen: { created?: Record<string, unknown>; changed?: Record<string, unknown> } = {}
createServiceSubscriptionWorkflow.hooks.serviceSubscriptionCreated(({ service_subscription }) => {
  seen.created = service_subscription as Record<string, unknown>
})
updateServiceSubscriptionWorkflow.hooks.serviceSubscriptionChanged(({ service_subscription }) => {
  seen.changed = service_subscription as Record<string, unknown>
})

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let customerId: string
    const service = () => getContainer().resolve(SERVICE_MANAGEMENT_MODULE)
    const create = (additional_data?: Record<string, unknown>) =>
      createServiceOrderWorkflow(getContainer()).run({
        input: {
          customer_id: customerId,
          lines: [{ type: "hour", description: "Labour", quantity: 1, unit_price: 10, unit_cost: 5 }],
          actor: { type: "system" },
          additional_data,
        },
        throwOnError: false,
      })

    beforeEach(async () => {
      await service().ensureDefaultStages()
      customerId = (await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "hook@example.com" })).id
    })

    it("undoes the order, its lines and its history when a later hook fails", async () => {
      const { errors } = await create({ fail_after_create: true })
      expect(errors[0].error.message).toBe("Host app refused the order")
      expect(await service().listServiceOrders({})).toHaveLength(0)
      expect(await service().listServiceOrderLines({})).toHaveLength(0)
      expect(await service().listStageTransitions({})).toHaveLength(0)
    })

    it("writes nothing when the validate hook refuses", async () => {
      const { errors } = await create({ fail_validation: true })
      expect(errors[0].error.message).toBe("Host app validation failed")
      expect(await service().listServiceOrders({})).toHaveLength(0)
    })

    it("moves the order back when a hook after the stage move fails", async () => {
      const { result: order } = await create()
      const { errors } = await transitionServiceOrderWorkflow(getContainer()).run({
        input: {
          service_order_id: order.id,
          to_stage: "scheduled",
          actor: { type: "system" },
          additional_data: { fail_after_move: true },
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("Host app refused the move")
      const [after] = await service().listServiceOrders({ id: order.id }, { relations: ["stage", "stage_transitions"] })
      expect(after.stage.code).toBe("requested")
      expect(after.stage_transitions).toHaveLength(1)
      // The lock was released: the next move goes through.
      await transitionServiceOrderWorkflow(getContainer()).run({
        input: { service_order_id: order.id, to_stage: "scheduled", actor: { type: "system" } },
      })
    })

    it("hands the subscription hooks the subscription with its billing cursor at the top level", async () => {
      const start = new Date("2026-01-15T00:00:00Z")
      // The workflow engine hands hooks JSON copies: dates as ISO strings.
      const at = start.toISOString()
      const { result: created } = await createServiceSubscriptionWorkflow(getContainer()).run({
        input: { customer_id: customerId, description: "Hook plan", amount: 30, currency_code: "usd", frequency: "monthly", start_date: start },
      })
      expect(seen.created).toMatchObject({ id: created.id, next_period_start: at, next_due_at: at })

      // A change that leaves the cursor alone, then one that recomputes it (a new end date).
      await updateServiceSubscriptionWorkflow(getContainer()).run({ input: { id: created.id, description: "Hook plan, renamed" } })
      expect(seen.changed).toMatchObject({ id: created.id, description: "Hook plan, renamed", next_period_start: at, next_due_at: at })
      seen.changed = undefined
      await updateServiceSubscriptionWorkflow(getContainer()).run({ input: { id: created.id, end_date: start } })
      const [stored] = await service().listServiceSubscriptions({ id: created.id }, { relations: ["cursor"] })
      expect(seen.changed).toMatchObject({
        id: created.id,
        next_period_start: stored.cursor.next_period_start?.toISOString() ?? null,
        next_due_at: stored.cursor.next_due_at?.toISOString() ?? null,
      })
    })
  },
})

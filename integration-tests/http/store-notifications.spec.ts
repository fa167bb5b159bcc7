import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { ServiceNotificationTemplates as T } from "../../src/notifications/customer-notifications"
import { createServiceRequestWorkflow, ServiceManagementEvents } from "../../src/workflows"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"

jest.setTimeout(120000)

const HOUR = 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let aliceObject: any
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    /** Runs `action` and waits until every subscriber of `event` has finished with it. */
    const andWait = async <R>(event: string, action: () => Promise<R>) => {
      const done = TestEventUtils.waitSubscribersExecution(event, eventBus())
      const result = await action()
      await done
      return result
    }
    const requestService = () =>
      andWait(ServiceManagementEvents.SERVICE_ORDER_CREATED, () =>
        api.post("/store/service-requests", { service_object_id: aliceObject.id, description: "Leaks water" }, { headers: alice.headers })
      ).then((r: any) => r.data.service_order)

    beforeEach(async () => {
      const container = getContainer()
      await service().ensureDefaultStages()
      ;({ headers: adminHeaders } = await createAdmin(container))
      alice = await createStoreCustomer(container, "alice@example.com", await createPublishableKey(container))
      aliceObject = (await api.post("/admin/service-objects", { customer_id: alice.customer.id, name: "Coffee machine", serial_number: "CM-1" }, { headers: adminHeaders })).data.service_object
    })

    it("confirms a storefront request by email, but not an order staff created", async () => {
      const order = await requestService()
      const [sent] = await notifications({ template: T.REQUEST_RECEIVED })
      expect(sent).toEqual(
        expect.objectContaining({
          to: "alice@example.com",
          channel: "email",
          receiver_id: alice.customer.id,
          resource_type: "service_order",
          resource_id: order.id,
          trigger_type: "service_order.created",
          status: "success",
        })
      )
      expect(sent.data).toEqual(
        expect.objectContaining({
          customer: { first_name: "alice", last_name: "Tester", email: "alice@example.com" },
          service_order: expect.objectContaining({ number: order.number, description: "Leaks water", stage: { code: "requested", name: "Requested" } }),
        })
      )
      expect(JSON.stringify(sent.data)).not.toContain("customer_id")
      expect(sent.data!.service_order).not.toHaveProperty("service_object_id")

      await andWait(ServiceManagementEvents.SERVICE_ORDER_CREATED, () =>
        api.post("/admin/service-orders", { customer_id: alice.customer.id, title: "Staff order" }, { headers: adminHeaders })
      )
      expect(await notifications({ template: T.REQUEST_RECEIVED })).toHaveLength(1)
    })

    it("announces moves into customer-visible stages only, once per move", async () => {
      const order = await requestService()
      await service().createServiceStages({ code: "parts_check", name: "Parts check (internal)", position: 15, customer_visible: false, next_stage_codes: ["scheduled"] })
      const [requested] = await service().listServiceStages({ code: "requested" })
      await service().updateServiceStages({ id: requested.id, next_stage_codes: ["scheduled", "in_progress", "cancelled", "parts_check"] })
      const move = (to_stage: string) =>
        andWait(ServiceManagementEvents.SERVICE_ORDER_STAGE_CHANGED, () =>
          api.post(`/admin/service-orders/${order.id}/transition`, { to_stage, note: "internal remark" }, { headers: adminHeaders })
        )

      await move("parts_check")
      expect(await notifications({ template: T.STAGE_CHANGED })).toHaveLength(0)
      await move("scheduled")
      const sent = await notifications({ template: T.STAGE_CHANGED })
      expect(sent).toHaveLength(1)
      expect(sent[0].data).toEqual(
        expect.objectContaining({ from_stage_code: "parts_check", to_stage: { code: "scheduled", name: "Scheduled" } })
      )
      expect(JSON.stringify(sent[0].data)).not.toContain("internal remark")

      // A redelivered event sends nothing twice.
      await andWait(ServiceManagementEvents.SERVICE_ORDER_STAGE_CHANGED, () =>
        eventBus().emit({ name: ServiceManagementEvents.SERVICE_ORDER_STAGE_CHANGED, data: { id: order.id, from_stage: "parts_check", to_stage: "scheduled", customer_visible: true } })
      )
      expect(await notifications({ template: T.STAGE_CHANGED })).toHaveLength(1)

      // The customer's own cancellation is confirmed too.
      await andWait(ServiceManagementEvents.SERVICE_ORDER_STAGE_CHANGED, () =>
        api.post(`/store/service-orders/${order.id}/cancel`, {}, { headers: alice.headers })
      )
      expect((await notifications({ template: T.STAGE_CHANGED })).map((n: any) => n.data.to_stage.code).sort()).toEqual(["cancelled", "scheduled"])
    })

    it("tells who comes and when on service_order.assigned: the technician's first name and the window", async () => {
      const order = await requestService()
      const [tech] = await service().createServiceTechnicians([{ first_name: "Tom", last_name: "Techson", email: "tom@tech.example", timezone: "UTC", working_hours: {} }])
      const starts_at = new Date(Date.now() + 24 * HOUR)
      const ends_at = new Date(starts_at.getTime() + 2 * HOUR)
      const [assignment] = await service().createServiceAssignments([{ service_order_id: order.id, technician_id: tech.id, starts_at, ends_at }])
      const emit = () =>
        andWait("service_order.assigned", () =>
          eventBus().emit({ name: "service_order.assigned", data: { id: order.id, assignment_id: assignment.id, technician_id: tech.id, starts_at, ends_at } })
        )
      await emit()
      const sent = await notifications({ template: T.TECHNICIAN_ASSIGNED })
      expect(sent).toHaveLength(1)
      expect(sent[0].data!.visit).toEqual({ technician: { first_name: "Tom" }, starts_at: starts_at.toISOString(), ends_at: ends_at.toISOString() })
      expect(JSON.stringify(sent[0].data)).not.toMatch(/Techson|tom@tech/)
      await emit()
      expect(await notifications({ template: T.TECHNICIAN_ASSIGNED })).toHaveLength(1)

      // Cancelled before the event arrived: nothing to announce.
      await service().updateServiceAssignments({ id: assignment.id, status: "cancelled", starts_at: new Date(starts_at.getTime() + HOUR), ends_at: new Date(ends_at.getTime() + HOUR) })
      await emit()
      expect(await notifications({ template: T.TECHNICIAN_ASSIGNED })).toHaveLength(1)
    })

    it("tells the customer a return arrived (service_return.received), and ignores an unknown return", async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const emit = (id: string) =>
        andWait("service_return.received", () => eventBus().emit({ name: "service_return.received", data: { id } }))
      // An unknown return sends nothing and does not fail.
      await emit("sret_missing")
      expect(await notifications({ template: T.RETURN_RECEIVED })).toHaveLength(0)

      const order = await requestService()
      // A received return as the returns workflows leave it (the subscriber reads only its row).
      await pg("service_return").insert({
        id: "sret_test",
        display_id: 1,
        number: "RMA-000001",
        order_id: "order_returned",
        customer_id: alice.customer.id,
        status: "received",
        requested_at: new Date(),
        received_at: new Date(),
        service_order_id: order.id,
      })
      await emit("sret_test")
      const sent = await notifications({ template: T.RETURN_RECEIVED })
      expect(sent).toHaveLength(1)
      expect(sent[0]).toEqual(expect.objectContaining({ to: "alice@example.com", resource_type: "service_return", resource_id: "sret_test" }))
      expect(sent[0].data).toEqual(
        expect.objectContaining({
          service_return: expect.objectContaining({ id: "sret_test", number: "RMA-000001", status: "received" }),
          service_order: expect.objectContaining({ number: order.number }),
        })
      )
    })

    it("skips a customer without an email address without failing the request", async () => {
      const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ first_name: "No", last_name: "Mail" })
      const object = (await api.post("/admin/service-objects", { customer_id: customer.id, name: "Boiler" }, { headers: adminHeaders })).data.service_object
      const { result } = await andWait(ServiceManagementEvents.SERVICE_ORDER_CREATED, () =>
        createServiceRequestWorkflow(getContainer()).run({ input: { customer_id: customer.id, service_object_id: object.id, description: "Cold water only" } })
      )
      expect(result!.channel).toBe("storefront")
      expect(await notifications({ resource_id: result!.id })).toEqual([])
    })
  },
})

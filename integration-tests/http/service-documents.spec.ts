import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { extractText, getDocumentProxy } from "unpdf"
import { SERVICE_MANAGEMENT_MODULE, ServiceManagementModuleService } from "../../src/modules/service-management"
import { createAdminWithRole, createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { caller, Headers } from "../helpers/http"

jest.setTimeout(180000)

// Figures that must never reach a customer's receipt: costs, the internal note, a repair's notes.
const UNIT_COST = 33.17
const INTERNAL_NOTE = "Gate code 4711, dog in the yard"
const REPAIR_NOTE = "Customer dropped it, do not mention"
const WEEKDAYS = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ start: "00:00", end: "24:00" }]]))

/** Whitespace as one plain space (Intl uses no-break spaces, extraction may split lines). */
const flat = (text: string) => text.replace(/\s+/g, " ")
const money = (locale: string, amount: number) => flat(new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(amount))

async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
  return flat(text)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const call = caller(api)

    /** GET a document: its status, content type, and its text when it is a PDF (else the JSON error). */
    async function getDocument(url: string, headers: Headers) {
      const res = await api.get(url, { headers, responseType: "arraybuffer", validateStatus: () => true })
      const bytes = Buffer.from(res.data)
      const type = String(res.headers["content-type"])
      const isPdf = type.startsWith("application/pdf")
      return {
        status: res.status,
        type,
        language: res.headers["content-language"],
        text: isPdf ? await pdfText(bytes) : "",
        error: isPdf ? undefined : JSON.parse(bytes.toString("utf8") || "{}"),
      }
    }

    /**
     * A Russian-speaking customer's order with a serviced object (serial number, BOM version,
     * running warranty), a task, billable and non-billable lines with costs, an open and a repaired
     * repair, an internal note and a visit of technician A; a second customer; admins per role.
     */
    async function setup() {
      const container = getContainer()
      await service().ensureDefaultStages()
      const key = await createPublishableKey(container)
      const owner = await createStoreCustomer(container, "ivan@example.com", key)
      const other = await createStoreCustomer(container, "other@example.com", key)
      await container.resolve(Modules.CUSTOMER).updateCustomers(owner.customer.id, {
        first_name: "Иван",
        last_name: "Петров",
        metadata: { locale: "ru-RU" },
      })
      const manager = await createAdminWithRole(container, "manager@test.dev", "service_manager")
      const dispatcher = await createAdminWithRole(container, "dispatcher@test.dev", "dispatcher")
      const techA = await createAdminWithRole(container, "tech-a@test.dev", "technician")
      const techB = await createAdminWithRole(container, "tech-b@test.dev", "technician")
      const [technicianA] = await service().createServiceTechnicians([
        { first_name: "Anna", last_name: "Ozoliņa", user_id: techA.user.id, timezone: "UTC", working_hours: WEEKDAYS },
        { first_name: "Ben", user_id: techB.user.id, timezone: "UTC", working_hours: WEEKDAYS },
      ])
      const bom = await service().createServiceBoms({ product_id: "prod_docs", name: "HP-200" })
      const version = await service().createServiceBomVersions({ bom_id: bom.id, version: 3, valid_from: new Date("2024-01-01T00:00:00Z") })
      const object = await service().createServiceObjects({
        name: "Heat pump",
        customer_id: owner.customer.id,
        serial_number: "SN-778899",
        warranty_end: new Date("2099-12-31T00:00:00Z"),
        bom_version_id: version.id,
      })
      const task = await service().createServiceTasks({ code: "INSPECT", name: "Annual inspection" })
      const created = await call("POST", "/admin/service-orders", manager.headers, {
        customer_id: owner.customer.id,
        service_object_id: object.id,
        title: "Heat pump makes noise",
        internal_note: INTERNAL_NOTE,
        currency_code: "eur",
        address: { address_1: "Brīvības iela 1", postal_code: "LV-1010", city: "Rīga", country_code: "lv" },
      })
      expect(created.status).toBe(200)
      const order = created.data.service_order
      const added = await call("POST", `/admin/service-orders/${order.id}/lines`, manager.headers, {
        lines: [
          { type: "hour", description: "Inspection", service_task_id: task.id, quantity: 2, unit_price: 80, unit_cost: UNIT_COST },
          { type: "item", description: "Fan bearing", quantity: 1, unit_price: 45, unit_cost: UNIT_COST },
          { type: "expense", description: "Travel", quantity: 1, unit_price: 25, unit_cost: UNIT_COST, billable: false },
        ],
      })
      expect(added.status).toBe(200)
      const [area, symptom, diagnosis, resolution] = await service().createServiceRepairCodes([
        { kind: "symptom_area", code: "NOISE", label: "Noise" },
        { kind: "symptom", code: "RATTLE", label: "Rattles", description: "Rattling when the fan starts" },
        { kind: "diagnosis", code: "BEARING", label: "Worn bearing" },
        { kind: "resolution", code: "REPLACED", label: "Part replaced" },
      ])
      await service().createServiceRepairLines([
        { service_order_id: order.id, service_object_id: object.id, symptom_area_id: area.id, symptom_code_id: symptom.id, diagnosis_code_id: diagnosis.id, notes: REPAIR_NOTE },
        { service_order_id: order.id, service_object_id: object.id, status: "repaired", diagnosis_code_id: diagnosis.id, resolution_code_id: resolution.id },
      ])
      await service().createServiceAssignments([
        { service_order_id: order.id, technician_id: technicianA.id, starts_at: new Date("2026-11-24T09:00:00Z"), ends_at: new Date("2026-11-24T11:00:00Z") },
      ])
      const othersOrder = (await call("POST", "/admin/service-orders", manager.headers, { customer_id: other.customer.id, title: "Other" })).data
        .service_order
      return { owner, other, manager, dispatcher, techA, techB, order, othersOrder }
    }

    it("prints the work description in the customer's language, with everything the technician needs", async () => {
      const s = await setup()
      const ru = await getDocument(`/admin/service-orders/${s.order.id}/work-description`, s.manager.headers)
      expect(ru.status).toBe(200)
      expect(ru.type).toMatch(/^application\/pdf/)
      expect(ru.language).toBe("ru-RU")
      for (const text of [
        "Наряд на работы",
        "Объект обслуживания",
        "Серийный номер",
        "Подпись клиента",
        "Заметки техника",
        "Иван Петров",
        s.order.number,
        "SN-778899",
        "HP-200 v3",
        "Brīvības iela 1",
        "Annual inspection",
        "Rattling when the fan starts",
        "Worn bearing",
        INTERNAL_NOTE,
        REPAIR_NOTE,
        "Anna Ozoliņa",
      ]) {
        expect(ru.text).toContain(text)
      }
      // Quantities, never prices or costs; the repaired repair is not "open".
      expect(ru.text).not.toContain("33,17")
      expect(ru.text).not.toContain(money("ru-RU", 80))
      expect(ru.text).not.toContain("Part replaced")

      const fr = await getDocument(`/admin/service-orders/${s.order.id}/work-description?locale=fr`, s.manager.headers)
      expect(fr.status).toBe(200)
      expect(fr.language).toBe("fr")
      for (const text of ["Bon d'intervention", "Numéro de série", "Signature du client", "Réparations en cours", "Иван Петров"]) {
        expect(fr.text).toContain(text)
      }
      expect(fr.text).not.toContain("Наряд на работы")
    })

    it("prints the job receipt with prices and totals, warranty coverage, and no cost, margin or internal note", async () => {
      const s = await setup()
      for (const locale of ["fr", "ru-RU", "en"]) {
        const receipt = await getDocument(`/admin/service-orders/${s.order.id}/job-receipt?locale=${locale}`, s.dispatcher.headers)
        expect(receipt.status).toBe(200)
        // 2 × 80 + 45; the travel line is not billable and the object is under warranty.
        expect(receipt.text).toContain(money(locale, 205))
        expect(receipt.text).toContain(money(locale, 160))
        expect(receipt.text).not.toContain(money(locale, 25))
        for (const secret of [INTERNAL_NOTE, REPAIR_NOTE, "33.17", "33,17", "Margin", "Marge", "Маржа", "Cost", "Coût", "Себестоимость"]) {
          expect(receipt.text).not.toContain(secret)
        }
      }
      const fr = await getDocument(`/admin/service-orders/${s.order.id}/job-receipt?locale=fr`, s.manager.headers)
      for (const text of ["Reçu d'intervention", "Travaux effectués", "Prix unitaire", "Couvert par la garantie", "Part replaced", "Иван Петров"]) {
        expect(fr.text).toContain(text)
      }
      const ru = await getDocument(`/admin/service-orders/${s.order.id}/job-receipt`, s.manager.headers)
      expect(ru.language).toBe("ru-RU")
      for (const text of ["Квитанция о выполненных работах", "Итого", "Покрывается гарантией", "Иван Петров"]) {
        expect(ru.text).toContain(text)
      }
    })

    it("gives a customer the receipt of their own order only (another's: 404; anonymous: 401)", async () => {
      const s = await setup()
      const own = await getDocument(`/store/service-orders/${s.order.id}/job-receipt`, s.owner.headers)
      expect(own.status).toBe(200)
      expect(own.text).toContain("Квитанция о выполненных работах")
      expect(own.text).not.toContain(INTERNAL_NOTE)
      const foreign = await getDocument(`/store/service-orders/${s.order.id}/job-receipt`, s.other.headers)
      expect(foreign.status).toBe(404)
      expect(foreign.error.message).toBe(`Service order with id: ${s.order.id} was not found`)
      const missing = await getDocument("/store/service-orders/sord_missing/job-receipt", s.owner.headers)
      expect(missing.status).toBe(404)
      const anonymous = await getDocument(`/store/service-orders/${s.order.id}/job-receipt`, {
        "x-publishable-api-key": s.owner.headers["x-publishable-api-key"],
      })
      expect(anonymous.status).toBe(401)
      expect((await getDocument(`/store/service-orders/${s.othersOrder.id}/job-receipt`, s.other.headers)).status).toBe(200)
    })

    it("lets a technician print the work description of their assigned order and nothing else", async () => {
      const s = await setup()
      const own = await getDocument(`/admin/service-orders/${s.order.id}/work-description`, s.techA.headers)
      expect(own.status).toBe(200)
      expect(own.text).toContain(s.order.number)
      const notAssigned = await getDocument(`/admin/service-orders/${s.order.id}/work-description`, s.techB.headers)
      expect(notAssigned.status).toBe(404)
      expect(notAssigned.error.message).toBe(`Service order with id: ${s.order.id} was not found`)
      const receipt = await getDocument(`/admin/service-orders/${s.order.id}/job-receipt`, s.techA.headers)
      expect(receipt.status).toBe(403)
      expect(receipt.error.message).toContain("service_orders.receipt")
    })

    it("refuses anonymous callers, unknown orders and locales the plugin does not translate", async () => {
      const s = await setup()
      for (const doc of ["work-description", "job-receipt"]) {
        expect((await getDocument(`/admin/service-orders/${s.order.id}/${doc}`, {})).status).toBe(401)
        const missing = await getDocument(`/admin/service-orders/sord_missing/${doc}`, s.manager.headers)
        expect(missing.status).toBe(404)
        expect(missing.error.message).toBe("Service order with id: sord_missing was not found")
        for (const locale of ["ja", "not a locale", "x".repeat(65)]) {
          const refused = await getDocument(`/admin/service-orders/${s.order.id}/${doc}?locale=${encodeURIComponent(locale)}`, s.manager.headers)
          expect(refused.status).toBe(400)
        }
        const unknown = await getDocument(`/admin/service-orders/${s.order.id}/${doc}?colour=red`, s.manager.headers)
        expect(unknown.status).toBe(400)
      }
      const refused = await getDocument(`/admin/service-orders/${s.order.id}/job-receipt?locale=ja`, s.manager.headers)
      expect(refused.error.message).toContain("locale must be a language tag of one of en, fr, de, sv, lv, ru")
      expect((await getDocument(`/store/service-orders/${s.order.id}/job-receipt?colour=red`, s.owner.headers)).status).toBe(400)
    })

    it("on the store, follows Medusa's request locale (?locale=, x-medusa-locale) where the plugin translates it", async () => {
      const s = await setup()
      const url = `/store/service-orders/${s.order.id}/job-receipt`
      const fr = await getDocument(`${url}?locale=fr-FR`, s.owner.headers)
      expect(fr.language).toBe("fr-FR")
      expect(fr.text).toContain("Reçu d'intervention")
      const de = await getDocument(url, { ...s.owner.headers, "x-medusa-locale": "de-DE" })
      expect(de.text).toContain("Servicebeleg")
      // A storefront language without labels: the customer's own.
      const ja = await getDocument(`${url}?locale=ja-JP`, s.owner.headers)
      expect(ja.status).toBe(200)
      expect(ja.language).toBe("ru-RU")
    })

    it("falls back to the store's first translated locale, then English", async () => {
      const s = await setup()
      const stores = getContainer().resolve(Modules.STORE)
      await getContainer().resolve(Modules.CUSTOMER).updateCustomers(s.other.customer.id, { metadata: { locale: "ja-JP" } })
      const english = await getDocument(`/admin/service-orders/${s.othersOrder.id}/work-description`, s.manager.headers)
      expect(english.language).toBe("en")
      expect(english.text).toContain("Work description")
      const [store] = await stores.listStores({}, { take: 1 })
      const storeId = store?.id ?? (await stores.createStores({ name: "Docs store" })).id
      await stores.updateStores(storeId, { supported_locales: [{ locale_code: "ja-JP" }, { locale_code: "de-DE" }] })
      const german = await getDocument(`/admin/service-orders/${s.othersOrder.id}/work-description`, s.manager.headers)
      expect(german.language).toBe("de-DE")
      expect(german.text).toContain("Arbeitsauftrag")
    })
  },
})

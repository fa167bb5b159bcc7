import { DmlEntity, toMikroORMEntity } from "@medusajs/framework/utils"
import * as Models from "../models"
import * as Repositories from "../repositories"
import { AgreementRepository, FeeTransactionRepository } from "../repositories"
import { DmlModel, insertStatement, modelColumns, modelTable } from "../repositories/common/insert"
import { bulkEntityId } from "../repositories/common/entity-ids"
import { decodeTime } from "ulid"

const columnList = (sql: string) => /\(([^)]*)\)\s+SELECT/.exec(sql)![1].split(", ").map((c) => c.replace(/"/g, ""))
const records = (params: unknown[]) => JSON.parse(params[0] as string) as Record<string, unknown>[]

describe("model-derived inserts", () => {
  const fee = FeeTransactionRepository.toInsertRow({
    subscription_id: "ssub_1",
    customer_id: "cus_1",
    currency_code: "eur",
    period_start: new Date("2026-01-01"),
    period_end: new Date("2026-02-01"),
    due_at: new Date("2026-01-01"),
    period_days: 31,
    billable_days: 31,
    full_amount: 10,
    amount: 10,
    billing_run_id: null,
  })
  const occurrence = AgreementRepository.toOccurrenceRow({
    agreement_id: "sagr_1",
    agreement_line_id: "sagl_1",
    occurrence_date: new Date("2026-01-01"),
    service_order_id: "so_1",
  })

  it.each([
    ["fee transactions", Models.SubscriptionFeeTransaction, fee],
    ["agreement occurrences", Models.AgreementOccurrence, occurrence],
    ["number sequences", Models.NumberSequence, { scope: "service_order", last_value: 1 }],
  ])("%s write every column of their model", (_, model, row) => {
    const { sql, params } = insertStatement(model, [row as never])
    const expected = modelColumns(model).map((c) => c.name)
    expect(expected).toEqual(expect.arrayContaining(["id", "created_at"]))
    expect(columnList(sql)).toEqual(expected)
    // One parameter, the rows as JSON, whatever their number; no column left without a value.
    expect(params).toHaveLength(1)
    const generated = ["created_at", "updated_at", "deleted_at"]
    expect(Object.keys(records(params)[0]).sort()).toEqual(expected.filter((c) => !generated.includes(c)).sort())
  })

  it("sends any number of rows as one parameter", () => {
    const { params } = insertStatement(Models.SubscriptionFeeTransaction, Array.from({ length: 2000 }, () => fee))
    expect(params).toHaveLength(1)
    expect(new Set(records(params).map((r) => r.id)).size).toBe(2000)
  })

  it("gives ids the model's prefix, bigNumbers their raw twin and the table its name", () => {
    const { sql, params } = insertStatement(Models.SubscriptionFeeTransaction, [fee])
    expect(modelTable(Models.SubscriptionFeeTransaction)).toBe("service_subscription_fee_transaction")
    expect(sql).toMatch(/^INSERT INTO "service_subscription_fee_transaction"/)
    expect(sql).toMatch(/json_to_recordset\(\?::json\) AS v\(.*"period_start" timestamptz.*"raw_amount" jsonb/)
    const [row] = records(params)
    expect(row.id).toMatch(/^ssft_/)
    expect(row.raw_amount).toEqual({ value: "10", precision: 20 })
  })

  it("gives ids Medusa's shape: the prefix and a ULID of now, each different", () => {
    const before = Date.now()
    const ids = Array.from({ length: 20000 }, () => bulkEntityId("ssft"))
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of [ids[0], ids[ids.length - 1]]) {
      expect(id).toMatch(/^ssft_[0-9A-HJKMNP-TV-Z]{26}$/)
      expect(decodeTime(id.slice(5))).toBeGreaterThanOrEqual(before)
      expect(decodeTime(id.slice(5))).toBeLessThanOrEqual(Date.now())
    }
    // Every one of the 32 symbols turns up in the random part: the pooled bytes are not stuck.
    expect(new Set(ids.flatMap((id) => [...id.slice(15)])).size).toBe(32)
  })

  it("stamps the rows' creation with `at` when given, else with the statement's now()", () => {
    const at = new Date("2026-05-01T10:00:00.000Z")
    const stamped = insertStatement(Models.SubscriptionFeeTransaction, [fee], at)
    expect(stamped.sql).not.toMatch(/now\(\)/)
    expect(stamped.params).toEqual([at.toISOString(), at.toISOString(), expect.any(String)])
    expect(insertStatement(Models.SubscriptionFeeTransaction, [fee]).sql).toMatch(/now\(\).*now\(\)/s)
  })

  it("takes a column from `byIndex` by the row's place, over the row's own value and its start value", () => {
    const { customer_id: _, ...withoutCustomer } = fee
    const rows = [withoutCustomer, { ...withoutCustomer, currency_code: "usd" }]
    const { params } = insertStatement(Models.SubscriptionFeeTransaction, rows, undefined, {
      start: { currency_code: "gbp" },
      byIndex: { customer_id: (i: number) => `cus_${i}`, currency_code: (i: number) => (i ? "chf" : "dkk") },
    })
    expect(records(params).map((r) => [r.customer_id, r.currency_code])).toEqual([
      ["cus_0", "dkk"],
      ["cus_1", "chf"],
    ])
  })

  it("refuses a row that lacks a column", () => {
    const { amount: _, ...lacking } = fee
    expect(() => insertStatement(Models.SubscriptionFeeTransaction, [lacking as never])).toThrow(/column amount/)
  })
})

describe("repository names", () => {
  // The loader would register `<Model>Repository` in place of the model's generated repository.
  it("never replace a model's generated repository", () => {
    const modelRepositories = Object.values(Models)
      .filter((m) => DmlEntity.isDmlEntity(m))
      .map((m) => `${toMikroORMEntity(m as DmlModel).name}Repository`)
    expect(modelRepositories).toContain("ServiceOrderRepository")
    // The loader registers the classes (functions); other exports, such as SQL fragments, it passes over.
    for (const repository of Object.values(Repositories).filter((r) => typeof r === "function")) {
      expect(modelRepositories).not.toContain(repository.name)
    }
  })
})

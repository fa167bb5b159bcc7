import { bomHistoryVersionIds, bomVersionView } from "../bom-version"

const v = (id: string, version: number) => ({ id, bom_id: "bom_1", version, status: "approved", valid_from: null, valid_to: null })

describe("bomVersionView", () => {
  const history = [
    { from_bom_version_id: "v2", to_bom_version_id: "v3", created_at: "2026-03-01T00:00:00Z" },
    { from_bom_version_id: null, to_bom_version_id: "v2", created_at: "2026-01-01T00:00:00Z" },
  ]

  it("names each version a history entry moved from and to, oldest move first", () => {
    const view = bomVersionView({ id: "sobj_1", bom_version: v("v3", 3), bom_history: history }, [v("v2", 2), v("v3", 3)])
    expect(view.service_object_id).toBe("sobj_1")
    expect(view.history.map((h) => [h.from_bom_version?.version ?? null, h.to_bom_version?.version])).toEqual([
      [null, 2],
      [2, 3],
    ])
  })

  it("lists the versions to read once each", () => {
    expect(bomHistoryVersionIds(history).sort()).toEqual(["v2", "v3"])
  })

  it("answers an object without a version or history", () => {
    expect(bomVersionView({ id: "sobj_2" }, [])).toEqual({ service_object_id: "sobj_2", bom_version: null, history: [] })
  })
})

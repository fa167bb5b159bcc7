type Node = Record<string, unknown>

/**
 * What `query.graph` would answer for `fields` (`a`, `relation.a`, `relation.*`), taken from a
 * record already in memory: a route that holds what it wrote answers without reading it again.
 * `relation.*` takes every key of the relation but those `fields` names as relations beneath it,
 * so the record must hold the relations asked for and no others. Undefined when the record lacks
 * a field asked for (the caller reads it instead); a null relation stays null, a list maps, and a
 * relation the record lacks whose `<relation>_id` is null is left out, as Query leaves out a link
 * to nothing.
 */
export function selectFields(record: Node, fields: string[]): Node | undefined {
  const paths = fields.map((f) => f.split("."))
  const own = paths.filter((p) => p.length === 1).map(([key]) => key)
  const relations = [...new Set(paths.filter((p) => p.length > 1).map(([key]) => key))]
  const selected: Node = {}
  const keys = own.includes("*") ? Object.keys(record).filter((key) => !relations.includes(key)) : own
  for (const key of keys) {
    if (record[key] === undefined) {
      return undefined
    }
    selected[key] = record[key]
  }
  for (const relation of relations) {
    const value = record[relation]
    if (value === undefined) {
      // A link whose id is null: Query leaves it out.
      if (record[`${relation}_id`] === null) {
        continue
      }
      return undefined
    }
    const nested = paths.filter(([key, ...rest]) => key === relation && rest.length).map(([, ...rest]) => rest.join("."))
    const pick = (item: unknown) => (item === null ? null : selectFields(item as Node, nested))
    const result = Array.isArray(value) ? value.map(pick) : pick(value)
    if (result === undefined || (Array.isArray(result) && result.includes(undefined))) {
      return undefined
    }
    selected[relation] = result
  }
  return selected
}

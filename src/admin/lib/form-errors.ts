/**
 * An API refusal split into messages for the form's fields and the rest. The API names fields in
 * three ways: our workflows as `lines[0].technician_id: …`, Medusa's body validation as
 * `Invalid request: Field 'name' is required; Value for field 'code' too big, …` (a path such as
 * `lines, 0, qty`), and a unique index as `Skill with code: gas, already exists.`. A message is put
 * on a field only when `isField(path)` (a dotted path, `lines.0.technician_id`) says the form has it.
 */
export const splitApiError = (
  message: string,
  isField: (path: string) => boolean
): { fields: Record<string, string>; form: string | null } => {
  const fields: Record<string, string> = {}
  const rest: string[] = []
  const validation = message.startsWith("Invalid request: ")
  const parts = validation ? message.slice("Invalid request: ".length).split("; ") : [message]
  parts.forEach((part) => {
    const found = fieldOf(part)
    if (found && isField(found.path) && !fields[found.path]) {
      fields[found.path] = found.message
    } else {
      rest.push(part)
    }
  })
  const form = rest.length ? (validation ? `Invalid request: ${rest.join("; ")}` : rest.join("; ")) : null
  return { fields, form }
}

const dotted = (path: string) => path.replace(/\[(\d+)\]/g, ".$1")

const fieldOf = (part: string): { path: string; message: string } | null => {
  const named = /^([A-Za-z_]\w*(?:\[\d+\]|\.[A-Za-z_]\w*)*): (.+)$/s.exec(part)
  if (named) {
    return { path: dotted(named[1]), message: named[2] }
  }
  const quoted = /\bfield '([^']+)'/i.exec(part)
  if (quoted) {
    return { path: quoted[1].split(", ").join("."), message: part }
  }
  const unique = /\bwith (\w+): .*already exists/.exec(part)
  return unique ? { path: unique[1], message: part } : null
}

/** Whether `values` holds the dotted `path` (a null value counts: the field is there, empty). */
export const hasPath = (values: unknown, path: string): boolean => {
  let at: unknown = values
  for (const key of path.split(".")) {
    if (!at || typeof at !== "object" || !(key in at)) {
      return false
    }
    at = (at as Record<string, unknown>)[key]
  }
  return true
}

import { XMarkMini } from "@medusajs/icons"
import { Badge, Input, Label, Switch, Textarea } from "@medusajs/ui"
import { useEffect, useState, type KeyboardEvent } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { toNumber } from "../../lib/format"
import { useCreateServiceTask, useUpdateServiceTask } from "../../lib/hooks/tasks"
import type { ServiceTask } from "../../lib/types"
import { Field, parseDecimal } from "../field"
import { FormDrawer } from "../form-drawer"

/** Free-text tags: Enter or comma adds one, × removes it. */
const TagInput = ({ id, value, onChange }: { id: string; value: string[]; onChange: (tags: string[]) => void }) => {
  const [draft, setDraft] = useState("")
  const commit = () => {
    const tag = draft.trim().replace(/,$/, "")
    if (tag && !value.includes(tag)) {
      onChange([...value, tag])
    }
    setDraft("")
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault()
      commit()
    } else if (e.key === "Backspace" && !draft && value.length) {
      onChange(value.slice(0, -1))
    }
  }
  return (
    <div className="flex flex-col gap-y-2">
      {value.length > 0 && (
        <div className="flex flex-wrap gap-1" data-testid="skill-tags">
          {value.map((tag) => (
            <Badge key={tag} size="2xsmall" className="gap-x-0.5">
              {tag}
              <button
                type="button"
                aria-label={`Remove ${tag}`}
                className="text-ui-fg-muted hover:text-ui-fg-subtle"
                onClick={() => onChange(value.filter((t) => t !== tag))}
              >
                <XMarkMini />
              </button>
            </Badge>
          ))}
        </div>
      )}
      <Input
        id={id}
        size="small"
        value={draft}
        placeholder="Type a skill and press Enter"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
    </div>
  )
}

/** Creates or edits a service task of the catalogue. */
export const TaskDrawer = ({
  open,
  onOpenChange,
  task,
  currencyCode,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  task?: ServiceTask | null
  currencyCode?: string | null
}) => {
  const isEdit = !!task
  const [code, setCode] = useState("")
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [duration, setDuration] = useState("")
  const [price, setPrice] = useState("")
  const [cost, setCost] = useState("")
  const [skills, setSkills] = useState<string[]>([])
  const [active, setActive] = useState(true)

  useEffect(() => {
    if (!open) {
      return
    }
    setCode(task?.code ?? "")
    setName(task?.name ?? "")
    setDescription(task?.description ?? "")
    setDuration(task?.default_duration_minutes ? String(task.default_duration_minutes) : "")
    setPrice(task?.default_unit_price !== null && task?.default_unit_price !== undefined ? String(toNumber(task.default_unit_price)) : "")
    setCost(task?.default_unit_cost !== null && task?.default_unit_cost !== undefined ? String(toNumber(task.default_unit_cost)) : "")
    setSkills(task?.required_skills ?? [])
    setActive(task?.is_active ?? true)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, task?.id])

  const create = useCreateServiceTask()
  const update = useUpdateServiceTask()

  const submit = () => {
    const minutes = duration.trim() ? Math.round(Number(duration)) : null
    const body = {
      code: code.trim(),
      name: name.trim(),
      description: description.trim() || null,
      default_duration_minutes: minutes && minutes > 0 ? minutes : null,
      default_unit_price: parseDecimal(price) ?? null,
      default_unit_cost: parseDecimal(cost) ?? null,
      required_skills: skills,
      is_active: active,
    }
    const options = {
      onSuccess: () => {
        toastSuccess(isEdit ? `Task "${body.name}" was updated` : `Task "${body.name}" was created`)
        onOpenChange(false)
      },
      onError: toastError,
    }
    if (isEdit) {
      update.mutate({ id: task!.id, ...body }, options)
    } else {
      create.mutate(body, options)
    }
  }

  const cur = currencyCode ? ` (${currencyCode.toUpperCase()})` : ""

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? `Edit task "${task!.name}"` : "Create service task"}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      submitLabel={isEdit ? "Save" : "Create"}
      submitDisabled={!code.trim() || !name.trim()}
      testId="task-drawer"
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label="Code" htmlFor="task-code">
          <Input id="task-code" size="small" placeholder="INSPECT-01" value={code} onChange={(e) => setCode(e.target.value)} />
        </Field>
        <Field label="Name" htmlFor="task-name">
          <Input id="task-name" size="small" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
      </div>
      <Field label="Description" htmlFor="task-description" optional>
        <Textarea id="task-description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="grid grid-cols-3 gap-4">
        <Field label="Duration (min)" htmlFor="task-duration" optional>
          <Input id="task-duration" size="small" type="number" min={1} value={duration} onChange={(e) => setDuration(e.target.value)} />
        </Field>
        <Field label={`Unit price${cur}`} htmlFor="task-price" optional>
          <Input id="task-price" size="small" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
        </Field>
        <Field label={`Unit cost${cur}`} htmlFor="task-cost" optional>
          <Input id="task-cost" size="small" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />
        </Field>
      </div>
      <Field label="Required skills" htmlFor="task-skills" optional>
        <TagInput id="task-skills" value={skills} onChange={setSkills} />
      </Field>
      <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start gap-x-3 rounded-lg p-3">
        <Switch id="task-active" checked={active} onCheckedChange={setActive} />
        <div className="flex flex-col">
          <Label htmlFor="task-active" size="small" weight="plus">
            Active
          </Label>
          <span className="txt-compact-small text-ui-fg-subtle">Only active tasks are offered on service order lines.</span>
        </div>
      </div>
    </FormDrawer>
  )
}

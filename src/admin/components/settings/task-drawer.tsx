import { XMarkMini } from "@medusajs/icons"
import { Badge, Input } from "@medusajs/ui"
import { useState, type KeyboardEvent } from "react"
import { z } from "zod"
import { toastSaved } from "../../lib/errors"
import { toNumber } from "../../lib/format"
import { useCreateServiceTask, useUpdateServiceTask } from "../../lib/hooks/tasks"
import type { Amount, ServiceTask } from "../../lib/types"
import { FormCurrency } from "../form/form-currency"
import { FormField } from "../form/form-field"
import { FormNumber } from "../form/form-number"
import { FormSwitch } from "../form/form-switch"
import { FormText, FormTextarea } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"

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

const TaskSchema = z.object({
  code: requiredText("Enter a code"),
  name: requiredText("Enter a name"),
  description: optionalText(),
  default_duration_minutes: z.number().int("Enter whole minutes").positive("Enter minutes above 0").nullable(),
  default_unit_price: z.number().nullable(),
  default_unit_cost: z.number().nullable(),
  required_skills: z.array(z.string()),
  is_active: z.boolean(),
})

const amount = (value: Amount) => (value === null || value === undefined ? null : toNumber(value))

/** Creates or edits a service task of the catalogue; prices in the store's currency. */
export const TaskDrawer = ({
  open,
  onOpenChange,
  task,
  currencyCode,
}: DrawerProps<{
  task?: ServiceTask | null
  currencyCode?: string | null
}>) => {
  const create = useCreateServiceTask()
  const update = useUpdateServiceTask()
  const form = useDrawerForm(TaskSchema, open, {
    code: task?.code ?? "",
    name: task?.name ?? "",
    description: task?.description ?? "",
    default_duration_minutes: task?.default_duration_minutes || null,
    default_unit_price: amount(task?.default_unit_price),
    default_unit_cost: amount(task?.default_unit_cost),
    required_skills: task?.required_skills ?? [],
    is_active: task?.is_active ?? true,
  })
  const { control } = form
  const currency = currencyCode ?? ""

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={task ? `Edit task "${task.name}"` : "Create service task"}
      submitLabel={task ? "Save" : "Create"}
      testId="task-drawer"
      errorTestId="task-error"
      onSubmit={async (body) => {
        await (task ? update.mutateAsync({ id: task.id, ...body }) : create.mutateAsync(body))
        toastSaved(`Task "${body.name}"`, !!task)
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <FormText control={control} name="code" id="task-code" label="Code" placeholder="INSPECT-01" />
        <FormText control={control} name="name" id="task-name" label="Name" />
      </div>
      <FormTextarea control={control} name="description" id="task-description" label="Description" optional />
      <div className="grid grid-cols-3 gap-4">
        <FormNumber control={control} name="default_duration_minutes" id="task-duration" label="Duration (min)" min={1} optional />
        <FormCurrency control={control} name="default_unit_price" id="task-price" label="Unit price" currencyCode={currency} optional />
        <FormCurrency control={control} name="default_unit_cost" id="task-cost" label="Unit cost" currencyCode={currency} optional />
      </div>
      <FormField
        control={control}
        name="required_skills"
        id="task-skills"
        label="Required skills"
        optional
        render={({ value, onChange }) => <TagInput id="task-skills" value={value} onChange={onChange} />}
      />
      <FormSwitch control={control} name="is_active" id="task-active" label="Active" hint="Only active tasks are offered on service order lines." />
    </FormDrawer>
  )
}

import { Checkbox, Label, Text } from "@medusajs/ui"
import { useWatch } from "react-hook-form"
import { z } from "zod"
import { toastSaved } from "../../lib/errors"
import { humanize } from "../../lib/format"
import { useCreateServiceStage, useUpdateServiceStage } from "../../lib/hooks/stages"
import type { StageSlaAction } from "../../../types"
import { STAGE_FLAGS, type ServiceStage, type StageFlag } from "../../lib/types"
import { STATUS_COLORS, StageBadge } from "../badges"
import { FormField } from "../form/form-field"
import { FormNumber } from "../form/form-number"
import { FormSelect } from "../form/form-select"
import { FormSwitch } from "../form/form-switch"
import { FormText, FormTextarea } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { STAGE_SLA_ACTION_OPTIONS } from "../sla/stage-sla-action"

export const FLAG_HELP: Record<StageFlag, { label: string; help: string }> = {
  is_initial: { label: "Initial", help: "New service orders start in this stage." },
  is_terminal: { label: "Final", help: "Orders in this stage are finished; nothing can follow." },
  is_cancellation: { label: "Cancellation", help: "Cancelling an order moves it here." },
  is_active: { label: "Active", help: "Inactive stages cannot be moved to." },
  allow_edit_lines: { label: "Edit lines", help: "Lines may be added, changed and deleted." },
  allow_add_repair_lines: { label: "Add repair lines", help: "Repair lines may be recorded." },
  allow_assign: { label: "Assign", help: "Technicians may be assigned." },
  allow_post: { label: "Post", help: "The order may be posted (invoiced)." },
  allow_customer_cancel: { label: "Customer may cancel", help: "The customer may cancel from the storefront." },
  customer_visible: { label: "Visible to customer", help: "The storefront shows this stage by name." },
  requires_reason: { label: "Requires reason", help: "Moving here asks for one of the stage's reasons." },
}

const DEFAULT_FLAGS: Record<StageFlag, boolean> = {
  is_initial: false,
  is_terminal: false,
  is_cancellation: false,
  is_active: true,
  allow_edit_lines: true,
  allow_add_repair_lines: true,
  allow_assign: true,
  allow_post: false,
  allow_customer_cancel: false,
  customer_visible: true,
  requires_reason: false,
}

const StageSchema = z.object({
  code: requiredText("Enter a code"),
  name: requiredText("Enter a name"),
  description: optionalText(),
  position: z
    .number()
    .int("Enter a whole number")
    .min(0, "Enter 0 or more")
    .nullable()
    .transform((v) => v ?? undefined),
  color: z.string().nullable(),
  sla_action: z.custom<StageSlaAction | null>(),
  next_stage_codes: z.array(z.string()),
  ...(Object.fromEntries(STAGE_FLAGS.map((f) => [f, z.boolean()])) as Record<StageFlag, z.ZodBoolean>),
})

const COLOR_OPTIONS = STATUS_COLORS.map((c) => ({ value: c, label: humanize(c) }))

const toValues = (stage: ServiceStage | null | undefined, stages: ServiceStage[]) => ({
  code: stage?.code ?? "",
  name: stage?.name ?? "",
  description: stage?.description ?? "",
  position: stage?.position ?? stages.reduce((m, s) => Math.max(m, s.position ?? 0), 0) + 10,
  color: stage?.color ?? null,
  sla_action: stage?.sla_action ?? null,
  next_stage_codes: stage?.next_stage_codes ?? [],
  ...(stage ? (Object.fromEntries(STAGE_FLAGS.map((f) => [f, !!stage[f]])) as Record<StageFlag, boolean>) : DEFAULT_FLAGS),
})

/** Creates or edits a stage: code (fixed once created), name, colour, rules and next stages. */
export const StageDrawer = ({
  open,
  onOpenChange,
  stage,
  stages,
}: DrawerProps<{
  stage?: ServiceStage | null
  stages: ServiceStage[]
}>) => {
  const create = useCreateServiceStage()
  const update = useUpdateServiceStage()
  const form = useDrawerForm(StageSchema, open, toValues(stage, stages))
  const { control } = form
  const [name, color, terminal] = useWatch({ control, name: ["name", "color", "is_terminal"] })
  const others = stages.filter((s) => s.code !== stage?.code)

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={stage ? `Edit stage "${stage.name}"` : "Create stage"}
      submitLabel={stage ? "Save" : "Create"}
      testId="stage-drawer"
      errorTestId="stage-error"
      onSubmit={async ({ code, ...values }) => {
        // A final stage has no successors.
        const body = { ...values, next_stage_codes: values.is_terminal ? [] : values.next_stage_codes }
        await (stage ? update.mutateAsync({ id: stage.id, ...body }) : create.mutateAsync({ code, ...body }))
        toastSaved(`Stage "${body.name}"`, !!stage)
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <FormText
          control={control}
          name="code"
          id="stage-code"
          label="Code"
          placeholder="waiting_for_parts"
          disabled={!!stage}
          hint={stage ? "The code cannot change: history and rules refer to it." : "Lower-case letters, digits and _."}
        />
        <FormText control={control} name="name" id="stage-name" label="Name" />
      </div>
      <FormTextarea control={control} name="description" id="stage-description" label="Description" optional />
      <div className="grid grid-cols-2 gap-4">
        <FormNumber control={control} name="position" id="stage-position" label="Position" min={0} hint="Stages are listed by position." />
        <FormSelect control={control} name="color" id="stage-color" label="Colour" noneLabel="None" options={COLOR_OPTIONS} />
      </div>
      <FormSelect
        control={control}
        name="sla_action"
        id="stage-sla-action"
        testId="stage-sla-action"
        label="SLA action"
        optional
        hint="What a move into this stage records on the order's SLA log."
        noneLabel="None"
        options={STAGE_SLA_ACTION_OPTIONS}
      />
      <div className="flex items-center gap-x-2">
        <Text size="small" className="text-ui-fg-subtle">
          Preview
        </Text>
        <StageBadge stage={{ name: name || "Stage", color }} />
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Rules
        </Label>
        <div className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col divide-y rounded-lg">
          {STAGE_FLAGS.map((flag) => (
            <FormSwitch
              key={flag}
              control={control}
              name={flag}
              id={`stage-flag-${flag}`}
              label={FLAG_HELP[flag].label}
              hint={FLAG_HELP[flag].help}
              className="px-3 py-2"
            />
          ))}
        </div>
      </div>
      <FormField
        control={control}
        name="next_stage_codes"
        id="stage-next"
        label="Next stages"
        hint={terminal ? "A final stage has no next stages." : "An order in this stage may only be moved to the stages ticked here."}
        render={({ value, onChange }) => (
          <div className="grid grid-cols-2 gap-2">
            {others.map((s) => (
              <label key={s.code} className="flex items-center gap-x-2">
                <Checkbox
                  id={`stage-next-${s.code}`}
                  disabled={terminal}
                  checked={!terminal && value.includes(s.code)}
                  onCheckedChange={(checked) => onChange(checked === true ? [...value, s.code] : value.filter((c) => c !== s.code))}
                />
                <span className="txt-compact-small">
                  {s.name} <span className="text-ui-fg-muted">({s.code})</span>
                </span>
              </label>
            ))}
          </div>
        )}
      />
    </FormDrawer>
  )
}

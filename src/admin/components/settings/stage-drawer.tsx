import { Checkbox, Input, Label, Select, Switch, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { humanize } from "../../lib/format"
import { useCreateServiceStage, useUpdateServiceStage } from "../../lib/hooks/stages"
import { STAGE_FLAGS, type ServiceStage, type StageFlag } from "../../lib/types"
import { STATUS_COLORS, StageBadge } from "../badges"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { StageSlaActionSelect } from "../sla/stage-sla-action"

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

const NO_COLOR = "__none__"

/** Creates or edits a stage: code (fixed once created), name, colour, rules and next stages. */
export const StageDrawer = ({
  open,
  onOpenChange,
  stage,
  stages,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  stage?: ServiceStage | null
  stages: ServiceStage[]
}) => {
  const isEdit = !!stage
  const [code, setCode] = useState("")
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [position, setPosition] = useState("")
  const [color, setColor] = useState<string>(NO_COLOR)
  const [flags, setFlags] = useState<Record<StageFlag, boolean>>(DEFAULT_FLAGS)
  const [next, setNext] = useState<string[]>([])
  const [slaAction, setSlaAction] = useState<ServiceStage["sla_action"]>(null)

  useEffect(() => {
    if (!open) {
      return
    }
    setCode(stage?.code ?? "")
    setName(stage?.name ?? "")
    setDescription(stage?.description ?? "")
    const maxPosition = stages.reduce((m, s) => Math.max(m, s.position ?? 0), 0)
    setPosition(String(stage?.position ?? maxPosition + 10))
    setColor(stage?.color ?? NO_COLOR)
    setFlags(
      stage
        ? (Object.fromEntries(STAGE_FLAGS.map((f) => [f, !!stage[f]])) as Record<StageFlag, boolean>)
        : DEFAULT_FLAGS
    )
    setNext(stage?.next_stage_codes ?? [])
    setSlaAction(stage?.sla_action ?? null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, stage?.id])

  const create = useCreateServiceStage()
  const update = useUpdateServiceStage()

  const submit = () => {
    const pos = Number(position)
    const body = {
      name: name.trim(),
      description: description.trim() || null,
      position: Number.isInteger(pos) && pos >= 0 ? pos : undefined,
      color: color === NO_COLOR ? null : color,
      // A final stage has no successors.
      next_stage_codes: flags.is_terminal ? [] : next,
      sla_action: slaAction,
      ...flags,
    }
    const options = {
      onSuccess: () => {
        toastSuccess(isEdit ? `Stage "${body.name}" was updated` : `Stage "${body.name}" was created`)
        onOpenChange(false)
      },
      onError: toastError,
    }
    if (isEdit) {
      update.mutate({ id: stage!.id, ...body }, options)
    } else {
      create.mutate({ code: code.trim(), ...body }, options)
    }
  }

  const others = stages.filter((s) => s.code !== stage?.code)

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? `Edit stage "${stage!.name}"` : "Create stage"}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      submitLabel={isEdit ? "Save" : "Create"}
      submitDisabled={!name.trim() || (!isEdit && !code.trim())}
      testId="stage-drawer"
    >
      <div className="grid grid-cols-2 gap-4">
        <Field
          label="Code"
          htmlFor="stage-code"
          hint={isEdit ? "The code cannot change: history and rules refer to it." : "Lower-case letters, digits and _."}
        >
          <Input
            id="stage-code"
            size="small"
            value={code}
            disabled={isEdit}
            placeholder="waiting_for_parts"
            onChange={(e) => setCode(e.target.value)}
          />
        </Field>
        <Field label="Name" htmlFor="stage-name">
          <Input id="stage-name" size="small" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
      </div>
      <Field label="Description" htmlFor="stage-description" optional>
        <Textarea id="stage-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Position" htmlFor="stage-position" hint="Stages are listed by position.">
          <Input
            id="stage-position"
            size="small"
            type="number"
            min={0}
            value={position}
            onChange={(e) => setPosition(e.target.value)}
          />
        </Field>
        <Field label="Colour" htmlFor="stage-color">
          <Select value={color} onValueChange={setColor}>
            <Select.Trigger id="stage-color">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NO_COLOR}>None</Select.Item>
              {STATUS_COLORS.map((c) => (
                <Select.Item key={c} value={c}>
                  {humanize(c)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <StageSlaActionSelect value={slaAction ?? null} onChange={setSlaAction} />
      <div className="flex items-center gap-x-2">
        <Text size="small" className="text-ui-fg-subtle">
          Preview
        </Text>
        <StageBadge stage={{ name: name || "Stage", color: color === NO_COLOR ? null : color }} />
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Rules
        </Label>
        <div className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col divide-y rounded-lg">
          {STAGE_FLAGS.map((flag) => (
            <div key={flag} className="flex items-start gap-x-3 px-3 py-2">
              <Switch
                id={`stage-flag-${flag}`}
                checked={flags[flag]}
                onCheckedChange={(checked) => setFlags((f) => ({ ...f, [flag]: checked }))}
              />
              <div className="flex flex-col">
                <Label htmlFor={`stage-flag-${flag}`} size="small" weight="plus">
                  {FLAG_HELP[flag].label}
                </Label>
                <span className="txt-compact-xsmall text-ui-fg-subtle">{FLAG_HELP[flag].help}</span>
              </div>
            </div>
          ))}
        </div>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Next stages
        </Label>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {flags.is_terminal
            ? "A final stage has no next stages."
            : "An order in this stage may only be moved to the stages ticked here."}
        </Text>
        <div className="grid grid-cols-2 gap-2">
          {others.map((s) => (
            <label key={s.code} className="flex items-center gap-x-2">
              <Checkbox
                id={`stage-next-${s.code}`}
                disabled={flags.is_terminal}
                checked={!flags.is_terminal && next.includes(s.code)}
                onCheckedChange={(checked) =>
                  setNext((n) => (checked === true ? [...n, s.code] : n.filter((c) => c !== s.code)))
                }
              />
              <span className="txt-compact-small">
                {s.name} <span className="text-ui-fg-muted">({s.code})</span>
              </span>
            </label>
          ))}
        </div>
      </div>
    </FormDrawer>
  )
}

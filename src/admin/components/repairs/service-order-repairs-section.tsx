import { ArrowUturnLeft, CheckCircle, PencilSquare, Trash } from "@medusajs/icons"
import { Table, usePrompt } from "@medusajs/ui"
import { technicianName } from "../../lib/dispatch-types"
import { toastError, toastSuccess } from "../../lib/errors"
import { codeText, componentText, repairMoves, repairsLockedReason } from "../../lib/repair-flow"
import { useDeleteRepairLine, useServiceOrderRepairLines, useUpdateRepairLine } from "../../lib/hooks/repairs"
import type { RepairLine, RepairStatus } from "../../lib/repair-types"
import type { ServiceOrder } from "../../../types"
import { ActionMenu } from "../action-menu"
import { Can } from "../can"
import { LockableSection } from "../stage-lock"
import { RepairLineDrawer } from "./repair-line-drawer"
import { RepairStatusBadge } from "./repair-status-badge"
import { useEditing } from "../use-editing"
import { EmptyText, LinesTable } from "../section-table"

const COLUMNS = ["Status", "Symptom", "Diagnosis", "Resolution", "Component", "Technician"]

/** A code cell: the code, with its area underneath when it has one. */
const CodeCell = ({ code, area }: { code?: RepairLine["symptom_code"]; area?: RepairLine["symptom_area"] }) => (
  <div className="flex flex-col py-2">
    <span className="text-ui-fg-base">{codeText(code)}</span>
    {area && <span className="txt-compact-xsmall text-ui-fg-subtle">{area.label}</span>}
  </div>
)

/**
 * The repairs of a service order: what was reported, found and done per object, the BOM
 * component concerned, and the repair's status, moved one step at a time. The order's stage
 * decides whether repairs may be recorded or changed (`allow_add_repair_lines`).
 */
export const ServiceOrderRepairsSection = ({ order }: { order: ServiceOrder }) => {
  const drawer = useEditing<RepairLine>()
  const { data, isLoading } = useServiceOrderRepairLines(order.id)
  const update = useUpdateRepairLine(order.id)
  const remove = useDeleteRepairLine(order.id)
  const prompt = usePrompt()
  const lockedReason = repairsLockedReason(order.stage)
  const lines = data?.repair_lines ?? []

  // The list's default fields bring the technician's name (`technician.first_name`, …).
  const technicianOf = (line: RepairLine) =>
    !line.technician_id ? "–" : line.technician ? technicianName(line.technician) : line.technician_id

  const move = (line: RepairLine, to: RepairStatus) =>
    update.mutate(
      { id: line.id, status: to },
      { onSuccess: () => toastSuccess(`Repair is now ${to}`), onError: toastError }
    )

  const onDelete = async (line: RepairLine) => {
    const ok = await prompt({
      title: "Remove repair?",
      description: `The open repair${line.symptom_code ? ` "${line.symptom_code.label}"` : ""} will be removed from ${order.number}.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(line.id, { onSuccess: () => toastSuccess("Repair was removed"), onError: toastError })
    }
  }

  return (
    <LockableSection
      testId="repairs-section"
      title="Repairs"
      description="Symptom, diagnosis and resolution per object, on its BOM version."
      lockedReason={lockedReason}
      lockTestId="repairs-locked"
      add={{ label: "Record repair", onClick: drawer.create, testId: "add-repair-button" }}
    >
      {isLoading ? (
        <EmptyText>Loading repairs…</EmptyText>
      ) : lines.length === 0 ? (
        <EmptyText>No repairs recorded yet.</EmptyText>
      ) : (
        <LinesTable testId="repairs-table" columns={COLUMNS}>
          {lines.map((line) => {
            const { forward, back } = repairMoves(line)
            const verified = line.status === "verified"
            const otherObject = line.service_object_id !== order.service_object_id
            return (
              <Table.Row key={line.id} data-testid="repair-row">
                <Table.Cell>
                  <RepairStatusBadge status={line.status} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <span className="text-ui-fg-base">{codeText(line.symptom_code)}</span>
                    <span className="txt-compact-xsmall text-ui-fg-subtle">
                      {[line.symptom_area?.label, otherObject ? line.service_object?.name : null].filter(Boolean).join(" · ")}
                    </span>
                    {line.notes && <span className="txt-compact-xsmall text-ui-fg-muted max-w-[240px] truncate">{line.notes}</span>}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <CodeCell code={line.diagnosis_code} area={line.diagnosis_area} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <span className="text-ui-fg-base">{codeText(line.resolution_code)}</span>
                    {line.condition_code && (
                      <span className="txt-compact-xsmall text-ui-fg-subtle">Condition: {line.condition_code.label}</span>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>{componentText(line.bom_component)}</Table.Cell>
                <Table.Cell>{technicianOf(line)}</Table.Cell>
                <Table.Cell>
                  <Can permission="service_orders.work">
                    <ActionMenu
                      testId="repair-actions"
                      groups={[
                        {
                          actions: [
                            {
                              label: "Edit",
                              icon: <PencilSquare />,
                              onClick: () => drawer.edit(line),
                              disabled: !!lockedReason || verified,
                              disabledReason: lockedReason ?? (verified ? "A verified repair is final." : undefined),
                            },
                          ],
                        },
                        {
                          actions: [
                            ...(forward
                              ? [
                                  {
                                    label: forward.label,
                                    icon: <CheckCircle />,
                                    onClick: () => move(line, forward.to),
                                    disabled: !!lockedReason || !!forward.blockedReason,
                                    disabledReason: lockedReason ?? forward.blockedReason ?? undefined,
                                  },
                                ]
                              : []),
                            ...(back
                              ? [
                                  {
                                    label: back.label,
                                    icon: <ArrowUturnLeft />,
                                    onClick: () => move(line, back.to),
                                    disabled: !!lockedReason,
                                    disabledReason: lockedReason ?? undefined,
                                  },
                                ]
                              : []),
                          ],
                        },
                        {
                          actions: [
                            {
                              label: "Remove",
                              icon: <Trash />,
                              onClick: () => onDelete(line),
                              disabled: !!lockedReason || line.status !== "open",
                              disabledReason:
                                lockedReason ??
                                (line.status !== "open" ? `The repair is ${line.status} and part of the object's history.` : undefined),
                            },
                          ],
                        },
                      ].filter((g) => g.actions.length > 0)}
                    />
                  </Can>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </LinesTable>
      )}
      <RepairLineDrawer
        open={drawer.open}
        onOpenChange={drawer.onOpenChange}
        order={order}
        line={drawer.record}
      />
    </LockableSection>
  )
}

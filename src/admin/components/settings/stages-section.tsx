import { ListCheckbox, PencilSquare, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { useDeleteServiceStage, useServiceStages } from "../../lib/hooks/stages"
import { STAGE_FLAGS, type ServiceStage, type StageFlag } from "../../lib/types"
import { ActionMenu } from "../action-menu"
import { StageBadge } from "../badges"
import { ReasonsDrawer } from "./reasons-drawer"
import { FLAG_HELP, StageDrawer } from "./stage-drawer"
import { Can } from "../can"

// The list calls out what differs from a stage's defaults, so unusual rules stand out.
const DEFAULT_ON: StageFlag[] = ["is_active", "allow_edit_lines", "allow_add_repair_lines", "allow_assign", "customer_visible"]
const OFF_LABEL: Partial<Record<StageFlag, string>> = {
  is_active: "Inactive",
  allow_edit_lines: "Lines locked",
  allow_add_repair_lines: "No repair lines",
  allow_assign: "No assigning",
  customer_visible: "Hidden from customer",
}
const shownFlags = (s: ServiceStage) =>
  STAGE_FLAGS.filter((f) => (DEFAULT_ON.includes(f) ? !s[f] : s[f])).map((f) =>
    DEFAULT_ON.includes(f) ? OFF_LABEL[f]! : FLAG_HELP[f].label
  )

/** Settings › Service › Stages: the stage rules, in position order. */
export const StagesSection = () => {
  const { data, isLoading, isError, error } = useServiceStages()
  const stages = [...(data?.service_stages ?? [])].sort((a, b) => a.position - b.position)
  const byCode = new Map(stages.map((s) => [s.code, s]))
  const [editing, setEditing] = useState<{ open: boolean; stage: ServiceStage | null }>({ open: false, stage: null })
  const [reasonsFor, setReasonsFor] = useState<string | null>(null)
  const remove = useDeleteServiceStage()
  const prompt = usePrompt()

  const onDelete = async (stage: ServiceStage) => {
    const ok = await prompt({
      title: `Delete stage "${stage.name}"?`,
      description:
        "Orders in this stage keep working only if you move them first; the API refuses to delete a stage that is in use.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(stage.id, { onSuccess: () => toastSuccess(`Stage "${stage.name}" was deleted`), onError: toastError })
    }
  }

  // Read the stage for the reasons drawer from fresh data, so edits show at once.
  const reasonsStage = stages.find((s) => s.id === reasonsFor) ?? null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Stages</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The life cycle of a service order and the rules of each stage.
          </Text>
        </div>
        <Can permission="settings.write">
          <Button size="small" variant="secondary" onClick={() => setEditing({ open: true, stage: null })} data-testid="create-stage-button">
            Create stage
          </Button>
        </Can>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {(error as Error)?.message}
        </Text>
      ) : isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading…
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table data-testid="stages-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>#</Table.HeaderCell>
                <Table.HeaderCell>Code</Table.HeaderCell>
                <Table.HeaderCell>Stage</Table.HeaderCell>
                <Table.HeaderCell>Rules</Table.HeaderCell>
                <Table.HeaderCell>Next stages</Table.HeaderCell>
                <Table.HeaderCell>Reasons</Table.HeaderCell>
                <Table.HeaderCell className="w-[52px]" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {stages.map((s) => (
                <Table.Row key={s.id} data-testid="stage-row" data-code={s.code}>
                  <Table.Cell className="text-ui-fg-muted">{s.position}</Table.Cell>
                  <Table.Cell>
                    <code className="txt-compact-xsmall">{s.code}</code>
                  </Table.Cell>
                  <Table.Cell>
                    <StageBadge stage={s} />
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex max-w-[320px] flex-wrap gap-1 py-2">
                      {shownFlags(s).length === 0 && <span className="text-ui-fg-muted">Defaults</span>}
                      {shownFlags(s).map((f) => (
                        <Badge key={f} size="2xsmall">
                          {f}
                        </Badge>
                      ))}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <span className="txt-compact-small">
                      {s.next_stage_codes?.length
                        ? s.next_stage_codes.map((c) => byCode.get(c)?.name ?? c).join(", ")
                        : "–"}
                    </span>
                  </Table.Cell>
                  <Table.Cell>
                    {s.reasons?.length ? `${s.reasons.filter((r) => r.is_active).length} / ${s.reasons.length}` : "–"}
                  </Table.Cell>
                  <Table.Cell>
                    <ActionMenu
                      groups={[
                        {
                          actions: [
                            { label: "Edit", icon: <PencilSquare />, onClick: () => setEditing({ open: true, stage: s }) },
                            { label: "Reasons", icon: <ListCheckbox />, onClick: () => setReasonsFor(s.id) },
                          ],
                        },
                        { actions: [{ label: "Delete", icon: <Trash />, onClick: () => onDelete(s) }] },
                      ]}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <StageDrawer
        open={editing.open}
        onOpenChange={(open) => setEditing((e) => ({ ...e, open }))}
        stage={editing.stage}
        stages={stages}
      />
      <ReasonsDrawer open={!!reasonsFor} onOpenChange={(open) => !open && setReasonsFor(null)} stage={reasonsStage} />
    </Container>
  )
}

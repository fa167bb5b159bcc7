import { PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, Tooltip, toast, usePrompt } from "@medusajs/ui"
import { DetailHeader } from "../detail-header"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import type { ServiceAgreement, ServiceAgreementAction } from "../../../types"
import { toastMoveError, useLatest } from "../../lib/conflicts"
import { toastError, toastSuccess } from "../../lib/errors"
import { useDeleteServiceAgreement, useServiceAgreementAction } from "../../lib/hooks/service-agreements"
import { ActionMenu } from "../action-menu"
import { EditAgreementDrawer } from "../sla/edit-agreement-drawer"
import { AgreementStatusBadge } from "../sla/sla-badges"
import { editLockReason, offeredActions } from "./agreement-actions"
import { AgreementGeneralRows } from "./agreement-general-rows"

const ENDS_WHY: Partial<Record<ServiceAgreementAction, string>> = {
  cancel: "A cancelled agreement generates no more orders and can no longer be changed.",
  expire: "An expired agreement generates no more orders and can no longer be changed.",
}

/** Number, status and name with the status moves, edit and delete; then the agreement's fields. */
export const AgreementHeaderSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const act = useServiceAgreementAction(agreement.id)
  const remove = useDeleteServiceAgreement()
  const [editOpen, setEditOpen] = useState(false)
  const actions = offeredActions(agreement)
  const lockedReason = editLockReason(agreement)

  // From the status on the page; a Retry after a 409 moves from the status refetched since.
  const latest = useLatest(agreement)
  const send = (action: ServiceAgreementAction) =>
    act.mutate(
      { action, from_status: latest.current.status },
      {
        onSuccess: ({ service_agreement }) => toastSuccess(`${service_agreement.number} is ${service_agreement.status}`),
        onError: (error) => toastMoveError(error, () => send(action)),
      }
    )
  const run = async (action: ServiceAgreementAction, label: string, destructive?: boolean) => {
    const refused = agreement.allowed_actions?.[action].reason
    if (refused) {
      toast.error(refused)
      return
    }
    if (destructive) {
      const ok = await prompt({
        title: `${label} ${agreement.number}?`,
        description: ENDS_WHY[action] ?? "",
        confirmText: label,
        cancelText: "Back",
      })
      if (!ok) {
        return
      }
    }
    send(action)
  }

  const onDelete = async () => {
    const ok = await prompt({
      title: `Delete ${agreement.number}?`,
      description: "The draft and its lines are deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(agreement.id, {
        onSuccess: () => {
          toastSuccess(`${agreement.number} was deleted`)
          navigate("/service-agreements")
        },
        onError: toastError,
      })
    }
  }

  const deleteReason = agreement.status !== "draft" ? "Only drafts can be deleted; cancel it instead." : undefined
  return (
    <Container className="divide-y p-0">
      <DetailHeader
        number={agreement.number}
        numberTestId="agreement-number"
        badges={
          <span data-testid="agreement-status">
            <AgreementStatusBadge status={agreement.status} isTemplate={agreement.is_template} />
          </span>
        }
        subtitle={agreement.name}
      >
        {actions.map((a) => {
          const button = (
            <Button
              key={a.action}
              size="small"
              variant={a.action === "activate" || a.action === "resume" ? "primary" : "secondary"}
              isLoading={act.isPending && act.variables?.action === a.action}
              disabled={act.isPending}
              onClick={() => run(a.action, a.label, a.destructive)}
              data-testid={`agreement-action-${a.action}`}
            >
              {a.label}
            </Button>
          )
          const refused = agreement.allowed_actions?.[a.action].reason
          return refused ? (
            <Tooltip key={a.action} content={refused}>
              {button}
            </Tooltip>
          ) : (
            button
          )
        })}
        <ActionMenu
          testId="agreement-actions"
          groups={[
            {
              actions: [
                {
                  label: "Edit",
                  icon: <PencilSquare />,
                  onClick: () => setEditOpen(true),
                  disabled: !!lockedReason,
                  disabledReason: lockedReason,
                },
              ],
            },
            {
              actions: [
                { label: "Delete", icon: <Trash />, onClick: onDelete, disabled: !!deleteReason, disabledReason: deleteReason },
              ],
            },
          ]}
        />
      </DetailHeader>
      <AgreementGeneralRows agreement={agreement} />
      <EditAgreementDrawer open={editOpen} onOpenChange={setEditOpen} agreement={agreement} />
    </Container>
  )
}

import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, Container, Heading, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import {
  sortComponents,
  supersededBy,
  validityText,
  versionLabel,
  versionLockedReason,
} from "../../lib/bom-format"
import { formatDay } from "../../lib/sla-format"
import { useBomVersion, useBomVersionAction, useDeleteBomVersion } from "../../lib/hooks/boms"
import { useVariantRefs } from "../../lib/hooks/products"
import type { Bom, BomComponent } from "../../../types"
import { toastError, toastSuccess } from "../../lib/errors"
import { ActionMenu } from "../action-menu"
import { Can } from "../can"
import { BomComponentDrawer } from "./bom-component-drawer"
import { BomComponentsTable, lockable } from "./bom-components-table"
import { BomStatusBadge, variantText } from "./bom-parts"
import { Explained } from "../explained"
import { BomVersionDrawer } from "./bom-version-drawer"
import { useEditing } from "../use-editing"

/**
 * One version of a BOM: its status and validity, the actions its status allows (approve or
 * delete a draft, retire an approved version) and its components, which change only while it
 * is a draft. The API's refusals (e.g. an approval overlapping another approved version) show as
 * toasts and change nothing.
 */
export const BomVersionSection = ({ bom, versionId, onDeleted }: { bom: Bom; versionId: string; onDeleted: () => void }) => {
  const prompt = usePrompt()
  const { data, isLoading } = useBomVersion(bom.id, versionId)
  const action = useBomVersionAction(bom.id)
  const removeVersion = useDeleteBomVersion(bom.id)
  const [validityOpen, setValidityOpen] = useState(false)
  const componentDrawer = useEditing<BomComponent>()
  const version = data?.bom_version
  const components = sortComponents(version?.components ?? [])
  const { data: variants } = useVariantRefs(components.map((c) => c.product_variant_id!).filter(Boolean))
  const variantOf = (c: BomComponent) => (c.product_variant_id ? variantText(variants?.get(c.product_variant_id)) : null)

  if (isLoading || !version) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Loading version…
        </Text>
      </Container>
    )
  }

  const locked = versionLockedReason(version)
  const label = versionLabel(version)

  const run = async (kind: "approve" | "retire") => {
    // Approving a successor ends the version(s) it takes over from where it begins, once confirmed.
    const predecessors = kind === "approve" ? supersededBy(version, bom.versions ?? []) : []
    if (predecessors.length) {
      const ok = await prompt({
        title: `Approve ${label.toLowerCase()} as the successor?`,
        description: `${predecessors.map((p) => versionLabel(p)).join(", ")} will end on ${formatDay(version.valid_from)}, when ${label.toLowerCase()} begins.`,
        confirmText: "Approve",
        cancelText: "Cancel",
      })
      if (!ok) {
        return
      }
    }
    if (kind === "retire") {
      const ok = await prompt({
        title: `Retire ${label.toLowerCase()}?`,
        description: "New objects no longer get it and its validity ends now if still open; objects built with it keep it.",
        confirmText: "Retire",
        cancelText: "Cancel",
      })
      if (!ok) {
        return
      }
    }
    action.mutate(
      { vid: version.id, action: kind, supersede: predecessors.length > 0 },
      { onSuccess: (v) => toastSuccess(`${label} is ${v.status}`), onError: toastError }
    )
  }

  const onDeleteVersion = async () => {
    const ok = await prompt({
      title: `Delete draft ${label.toLowerCase()}?`,
      description: "The draft and its components are deleted; its number is not reused.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) {
      removeVersion.mutate(version.id, {
        onSuccess: () => {
          toastSuccess(`${label} was deleted`)
          onDeleted()
        },
        onError: toastError,
      })
    }
  }

  const nextPosition = components.length ? Math.max(...components.map((c) => c.position ?? 0)) + 10 : 10

  return (
    <Container className="divide-y p-0" data-testid="bom-version-section" data-version={version.version} data-status={version.status}>
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h2">{label}</Heading>
            <span data-testid="bom-version-status">
              <BomStatusBadge status={version.status} />
            </span>
          </div>
          <Text size="small" className="text-ui-fg-subtle" data-testid="bom-version-validity">
            Valid {validityText(version)}
            {version.description ? ` · ${version.description}` : ""}
          </Text>
        </div>
        <Can permission="settings.write">
          <div className="flex items-center gap-x-2">
            {version.status === "draft" && (
              <Button size="small" onClick={() => run("approve")} isLoading={action.isPending} data-testid="bom-version-approve">
                Approve
              </Button>
            )}
            {version.status === "approved" && (
              <Button size="small" variant="secondary" onClick={() => run("retire")} isLoading={action.isPending} data-testid="bom-version-retire">
                Retire
              </Button>
            )}
            <ActionMenu
              testId="bom-version-actions"
              groups={[
                {
                  actions: [
                    lockable({ label: "Edit validity", icon: <PencilSquare />, onClick: () => setValidityOpen(true) }, locked),
                  ],
                },
                {
                  actions: [
                    lockable(
                      { label: "Delete draft", icon: <Trash />, onClick: onDeleteVersion },
                      locked && `Version ${version.version} is ${version.status}: retire it instead.`
                    ),
                  ],
                },
              ]}
            />
          </div>
        </Can>
      </div>
      {locked && (
        <div className="bg-ui-bg-subtle px-6 py-3" data-testid="bom-version-locked">
          <Text size="small" className="text-ui-fg-subtle">
            {locked}
          </Text>
        </div>
      )}
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h3">Components</Heading>
        <Can permission="settings.write">
          <Explained reason={locked}>
            <Button
              size="small"
              variant="secondary"
              disabled={!!locked}
              onClick={componentDrawer.create}
              data-testid="bom-add-component"
            >
              <Plus />
              Add component
            </Button>
          </Explained>
        </Can>
      </div>
      <BomComponentsTable
        bomId={bom.id}
        versionId={version.id}
        versionLabel={label}
        components={components}
        variantOf={variantOf}
        locked={locked}
        onEdit={(component) => componentDrawer.edit(component)}
      />
      <BomVersionDrawer
        open={validityOpen}
        onOpenChange={setValidityOpen}
        bomId={bom.id}
        version={version}
        versions={bom.versions ?? []}
      />
      <BomComponentDrawer
        open={componentDrawer.open}
        onOpenChange={componentDrawer.onOpenChange}
        bomId={bom.id}
        versionId={version.id}
        component={componentDrawer.record}
        nextPosition={nextPosition}
        variantLabel={componentDrawer.record ? variantOf(componentDrawer.record) : null}
      />
    </Container>
  )
}

import { ArrowRight } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { z } from "zod"
import { moveTargets, validityText, versionLabel } from "../../lib/bom-format"
import { useBom, useBoms, useMoveObjectBomVersion, useObjectBomVersion } from "../../lib/hooks/boms"
import type { Bom, BomVersionRef } from "../../../types"
import { toastSuccess } from "../../lib/errors"
import { useCan } from "../../lib/hooks/roles"
import type { ServiceObject } from "../../../types"
import { Can } from "../can"
import { FormDrawer } from "../form-drawer"
import { FormSelect } from "../form/form-select"
import { FormTextarea } from "../form/form-text"
import { useDrawerForm } from "../form/use-drawer-form"
import { Actor } from "../stage-timeline"
import { TimelineFooter } from "../timeline"
import { Timeline } from "../timeline"
import { VersionSummary } from "./bom-parts"
import { Explained } from "../explained"
import { Section } from "../section"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/**
 * The BOM that applies to the object, as the API picks it: the BOM of its pinned version, else
 * its variant's own BOM, else its product's. Reading BOMs needs `settings.read`.
 */
const useObjectBom = (object: ServiceObject, pinned: BomVersionRef | null) => {
  const canRead = !!useCan("settings.read")
  const productId = object.product_variant?.product?.id
  const pinnedBom = useBom(canRead && pinned ? pinned.bom_id : "")
  const productBoms = useBoms({ product_id: productId, limit: 50 }, { enabled: canRead && !pinned && !!productId })
  if (pinned) {
    return pinnedBom.data?.bom ?? null
  }
  const boms = productBoms.data?.boms ?? []
  return boms.find((b) => b.variant_id === object.product_variant_id) ?? boms.find((b) => !b.variant_id) ?? null
}

const MoveSchema = z.object({
  bom_version_id: z
    .string()
    .nullable()
    .refine((id) => !!id, "Choose the version"),
  note: z.string().trim(),
})

const MoveDrawer = ({
  open,
  onOpenChange,
  objectId,
  bom,
  current,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  objectId: string
  bom: Bom
  current: BomVersionRef | null
}) => {
  const move = useMoveObjectBomVersion(objectId)
  const targets = moveTargets(bom.versions ?? [], current)
  // The newest approved version is the usual move.
  const form = useDrawerForm(MoveSchema, open, { bom_version_id: targets[targets.length - 1]?.id ?? null, note: "" })
  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title="Move to version"
      description={`An approved version of "${bom.name}" newer than the one the object has; the move is kept in its history.`}
      submitLabel="Move"
      testId="object-bom-move-drawer"
      errorTestId="object-bom-move-error"
      onSubmit={async (v) => {
        const { bom_version } = await move.mutateAsync({ bom_version_id: v.bom_version_id!, note: v.note || null })
        toastSuccess(`The object is now on ${bom_version ? versionLabel(bom_version).toLowerCase() : "the new version"}`)
      }}
    >
      <FormSelect
        control={form.control}
        name="bom_version_id"
        label="Version"
        id="object-bom-target"
        testId="object-bom-target"
        placeholder="No newer approved version"
        options={targets.map((v) => ({ value: v.id, label: `${versionLabel(v)} (${validityText(v)})` }))}
      />
      <FormTextarea
        control={form.control}
        name="note"
        label="Note"
        id="object-bom-note"
        optional
        placeholder="e.g. Inverter board replaced by the new revision"
      />
    </FormDrawer>
  )
}

/** A version in the history: a link to it in the editor for those who may read BOMs. */
const VersionLink = ({ version, canRead }: { version: BomVersionRef | null; canRead: boolean }) =>
  !version ? (
    <span className="txt-compact-small text-ui-fg-muted">none</span>
  ) : canRead ? (
    <Link to={`/boms/${version.bom_id}?version=${version.id}`} className={`${linkClass} txt-compact-small-plus`}>
      {versionLabel(version)}
    </Link>
  ) : (
    <span className="txt-compact-small-plus">{versionLabel(version)}</span>
  )

/**
 * The service object's BOM version: the one it is pinned to (a link to the BOM editor), the
 * history of its moves, newest first, and "Move to version…" to a newer approved version.
 */
export const ObjectBomVersionSection = ({ object }: { object: ServiceObject }) => {
  const { data, isLoading } = useObjectBomVersion(object.id)
  const canRead = !!useCan("settings.read")
  const [moveOpen, setMoveOpen] = useState(false)
  const pinned = data?.bom_version ?? null
  const bom = useObjectBom(object, pinned)
  const newer = bom ? moveTargets(bom.versions ?? [], pinned) : []
  const history = [...(data?.history ?? [])].reverse()

  return (
    <Section
      testId="object-bom-version"
      title="BOM version"
      actions={
        <Can permission="service_objects.write">
          {bom && (
            <Explained reason={newer.length ? null : `"${bom.name}" has no approved version newer than the object's.`}>
              <Button
                size="small"
                variant="secondary"
                disabled={!newer.length}
                onClick={() => setMoveOpen(true)}
                data-testid="object-bom-move"
              >
                Move to version…
              </Button>
            </Explained>
          )}
        </Can>
      }
    >
      <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="object-bom-current">
        {isLoading ? (
          <Text size="small" className="text-ui-fg-subtle">
            Loading…
          </Text>
        ) : pinned ? (
          <>
            <VersionSummary version={pinned} />
            {bom && (
              <Text size="small" className="text-ui-fg-subtle">
                {canRead ? (
                  <Link to={`/boms/${pinned.bom_id}?version=${pinned.id}`} className={linkClass} data-testid="object-bom-link">
                    {bom.name}
                  </Link>
                ) : (
                  bom.name
                )}
                {newer.length ? ` · ${newer.length} newer approved version${newer.length === 1 ? "" : "s"}` : ""}
              </Text>
            )}
          </>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {bom ? `Not pinned to a version of "${bom.name}".` : "No BOM applies to this object's product."}
          </Text>
        )}
      </div>
      {history.length > 0 && (
        <Timeline
          testId="object-bom-history"
          entries={history.map((h) => ({
            key: h.id,
            attributes: { "data-testid": "object-bom-history-entry", "data-to": String(h.to_bom_version?.version ?? "") },
            content: (
              <>
                <div className="flex flex-wrap items-center gap-1.5">
                  <VersionLink version={h.from_bom_version} canRead={canRead} />
                  <ArrowRight className="text-ui-fg-muted" />
                  <VersionLink version={h.to_bom_version} canRead={canRead} />
                </div>
                <TimelineFooter note={h.note} by={<Actor type={h.actor_id ? "user" : null} id={h.actor_id} />} at={h.created_at} />
              </>
            ),
          }))}
        />
      )}
      {bom && <MoveDrawer open={moveOpen} onOpenChange={setMoveOpen} objectId={object.id} bom={bom} current={pinned} />}
    </Section>
  )
}

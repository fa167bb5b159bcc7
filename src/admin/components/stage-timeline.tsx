import { ArrowRight } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useAdminUser } from "../lib/hooks/users"
import type { ServiceStage, StageTransition } from "../../types"
import { StageBadge } from "./badges"
import { Timeline, TimelineFooter } from "./timeline"

export const Actor = ({ type, id }: { type?: string | null; id?: string | null }) => {
  const { data } = useAdminUser(type === "user" ? id : null)
  if (type === "user") {
    const u = data?.user
    const name = u ? [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email : "Staff user"
    return <span>{name}</span>
  }
  if (type === "customer") {
    return <span>Customer</span>
  }
  return <span>System</span>
}

/**
 * The stage history of a service order, newest first: from → to, reason, note, who and when.
 * Stage names are looked up by code; a removed stage still shows its code.
 */
export const StageTimeline = ({
  transitions,
  stages,
}: {
  transitions: StageTransition[]
  stages: ServiceStage[]
}) => {
  const byCode = new Map(stages.map((s) => [s.code, s]))
  const stageOf = (code?: string | null) =>
    code ? byCode.get(code) ?? { code, name: code, color: null } : null
  const reasonLabel = (stageCode: string, reasonCode?: string | null) =>
    reasonCode ? byCode.get(stageCode)?.reasons?.find((r) => r.code === reasonCode)?.label ?? reasonCode : null
  const sorted = [...transitions].sort(
    (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )

  if (!sorted.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        No stage changes yet.
      </Text>
    )
  }

  return (
    <Timeline
      testId="stage-timeline"
      entries={sorted.map((t) => {
        const reason = reasonLabel(t.to_stage_code, t.reason_code)
        return {
          key: t.id,
          attributes: { "data-testid": "timeline-entry", "data-to": t.to_stage_code },
          content: (
            <>
              <div className="flex flex-wrap items-center gap-1.5">
                {t.from_stage_code ? (
                  <>
                    <StageBadge stage={stageOf(t.from_stage_code)} />
                    <ArrowRight className="text-ui-fg-muted" />
                  </>
                ) : (
                  <Text size="small" leading="compact" className="text-ui-fg-subtle">
                    Created in
                  </Text>
                )}
                <StageBadge stage={stageOf(t.to_stage_code)} />
              </div>
              {reason && (
                <Text size="small" leading="compact" className="text-ui-fg-base">
                  Reason: {reason}
                </Text>
              )}
              <TimelineFooter note={t.note} by={<Actor type={t.actor_type} id={t.actor_id} />} at={t.created_at} />
            </>
          ),
        }
      })}
    />
  )
}

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heading, Tabs, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import { StagesSection } from "../../../components/settings/stages-section"
import { TasksSection } from "../../../components/settings/tasks-section"
import { SlasSection } from "../../../components/sla/slas-section"
import { withPermission } from "../../../components/can"
import { RolesSection } from "../../../components/settings/roles-section"
import { useCan } from "../../../lib/hooks/roles"
import { TechniciansSection } from "../../../components/dispatch-settings/technicians-section"
import { TeamsSection } from "../../../components/dispatch-settings/teams-section"
import { SkillsSection } from "../../../components/dispatch-settings/skills-section"
import { RepairCodesSection } from "../../../components/repairs/repair-codes-section"
import { BomsSection } from "../../../components/boms/boms-section"

type Gate = "slas.read" | "service_roles.manage" | "technicians.read"

/** The tabs in order; a tab with a permission is offered only to roles holding it (the API would refuse the rest). */
const TABS: { value: string; label: string; Section: () => ReactNode; permission?: Gate }[] = [
  { value: "stages", label: "Stages", Section: StagesSection },
  { value: "tasks", label: "Service tasks", Section: TasksSection },
  { value: "repair-codes", label: "Repair codes", Section: RepairCodesSection },
  { value: "boms", label: "BOMs", Section: BomsSection },
  { value: "slas", label: "SLAs", Section: SlasSection, permission: "slas.read" },
  { value: "roles", label: "Roles", Section: RolesSection, permission: "service_roles.manage" },
  { value: "technicians", label: "Technicians", Section: TechniciansSection, permission: "technicians.read" },
  { value: "teams", label: "Teams", Section: TeamsSection, permission: "technicians.read" },
  { value: "skills", label: "Skills", Section: SkillsSection, permission: "technicians.read" },
]

/** Settings › Service: stages with their rules and reasons, the service task catalogue, repair codes, BOMs, SLAs, roles and dispatch resources. */
const ServiceSettingsPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const can: Record<Gate, boolean | undefined> = {
    "slas.read": useCan("slas.read"),
    "service_roles.manage": useCan("service_roles.manage"),
    "technicians.read": useCan("technicians.read"),
  }
  const visible = TABS.filter((t) => !t.permission || can[t.permission])
  const asked = searchParams.get("tab")
  const tab = visible.some((t) => t.value === asked) ? asked! : "stages"

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-y-1 px-1">
        <Heading>Service</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Configure how service orders move through their stages, the work you offer, and who may do what.
        </Text>
      </div>
      <Tabs value={tab} onValueChange={(v) => setSearchParams({ tab: v }, { replace: true })}>
        <Tabs.List>
          {visible.map((t) => (
            <Tabs.Trigger key={t.value} value={t.value} data-testid={`${t.value}-tab`}>
              {t.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {visible.map(({ value, Section }) => (
          <Tabs.Content key={value} value={value} className="mt-3">
            <Section />
          </Tabs.Content>
        ))}
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Service",
})

export const handle = {
  breadcrumb: () => "Service",
}

export default withPermission(ServiceSettingsPage, "settings.read", "see the service settings")

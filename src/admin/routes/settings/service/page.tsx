import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { StagesSection } from "../../../components/settings/stages-section"
import { TasksSection } from "../../../components/settings/tasks-section"
import { SlasSection } from "../../../components/sla/slas-section"
import { withPermission } from "../../../components/can"
import { RolesSection } from "../../../components/settings/roles-section"
import { useCan } from "../../../lib/role-hooks"
import { TechniciansSection } from "../../../components/dispatch-settings/technicians-section"
import { TeamsSection } from "../../../components/dispatch-settings/teams-section"
import { SkillsSection } from "../../../components/dispatch-settings/skills-section"
import { RepairCodesSection } from "../../../components/repairs/repair-codes-section"
import { BomsSection } from "../../../components/boms/boms-section"

const TABS = ["stages", "tasks", "repair-codes", "boms", "slas", "roles", "technicians", "teams", "skills"] as const
const DISPATCH_TABS: readonly string[] = ["technicians", "teams", "skills"]

/** Settings › Service: stages with their rules and reasons, the service task catalogue, repair codes, SLAs, roles and dispatch resources. */
const ServiceSettingsPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  // Tabs a role may not read are not offered (the API would refuse them).
  const canSlas = useCan("slas.read")
  const canRoles = useCan("service_roles.manage")
  const canTechnicians = useCan("technicians.read")
  const visible = TABS.filter((t) =>
    t === "slas" ? canSlas : t === "roles" ? canRoles : DISPATCH_TABS.includes(t) ? canTechnicians : true
  )
  const tab = visible.includes(searchParams.get("tab") as (typeof TABS)[number]) ? searchParams.get("tab")! : "stages"

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
          <Tabs.Trigger value="stages">Stages</Tabs.Trigger>
          <Tabs.Trigger value="tasks">Service tasks</Tabs.Trigger>
          <Tabs.Trigger value="repair-codes" data-testid="repair-codes-tab">
            Repair codes
          </Tabs.Trigger>
          <Tabs.Trigger value="boms" data-testid="boms-tab">
            BOMs
          </Tabs.Trigger>
          {canSlas && <Tabs.Trigger value="slas">SLAs</Tabs.Trigger>}
          {canRoles && (
            <Tabs.Trigger value="roles" data-testid="roles-tab">
              Roles
            </Tabs.Trigger>
          )}
          {canTechnicians && (
            <>
              <Tabs.Trigger value="technicians" data-testid="technicians-tab">
                Technicians
              </Tabs.Trigger>
              <Tabs.Trigger value="teams" data-testid="teams-tab">
                Teams
              </Tabs.Trigger>
              <Tabs.Trigger value="skills" data-testid="skills-tab">
                Skills
              </Tabs.Trigger>
            </>
          )}
        </Tabs.List>
        <Tabs.Content value="stages" className="mt-3">
          <StagesSection />
        </Tabs.Content>
        <Tabs.Content value="tasks" className="mt-3">
          <TasksSection />
        </Tabs.Content>
        <Tabs.Content value="repair-codes" className="mt-3">
          <RepairCodesSection />
        </Tabs.Content>
        <Tabs.Content value="boms" className="mt-3">
          <BomsSection />
        </Tabs.Content>
        {canSlas && (
          <Tabs.Content value="slas" className="mt-3">
            <SlasSection />
          </Tabs.Content>
        )}
        {canRoles && (
          <Tabs.Content value="roles" className="mt-3">
            <RolesSection />
          </Tabs.Content>
        )}
        {canTechnicians && (
          <>
            <Tabs.Content value="technicians" className="mt-3">
              <TechniciansSection />
            </Tabs.Content>
            <Tabs.Content value="teams" className="mt-3">
              <TeamsSection />
            </Tabs.Content>
            <Tabs.Content value="skills" className="mt-3">
              <SkillsSection />
            </Tabs.Content>
          </>
        )}
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

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { StagesSection } from "../../../components/settings/stages-section"
import { TasksSection } from "../../../components/settings/tasks-section"
import { SlasSection } from "../../../components/sla/slas-section"

const TABS = ["stages", "tasks", "slas"] as const

/** Settings › Service: stages with their rules and reasons, and the service task catalogue. */
const ServiceSettingsPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const tab = TABS.includes(searchParams.get("tab") as (typeof TABS)[number]) ? searchParams.get("tab")! : "stages"

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-y-1 px-1">
        <Heading>Service</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Configure how service orders move through their stages, and the work you offer.
        </Text>
      </div>
      <Tabs value={tab} onValueChange={(v) => setSearchParams({ tab: v }, { replace: true })}>
        <Tabs.List>
          <Tabs.Trigger value="stages">Stages</Tabs.Trigger>
          <Tabs.Trigger value="tasks">Service tasks</Tabs.Trigger>
          <Tabs.Trigger value="slas">SLAs</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="stages" className="mt-3">
          <StagesSection />
        </Tabs.Content>
        <Tabs.Content value="tasks" className="mt-3">
          <TasksSection />
        </Tabs.Content>
        <Tabs.Content value="slas" className="mt-3">
          <SlasSection />
        </Tabs.Content>
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

export default ServiceSettingsPage

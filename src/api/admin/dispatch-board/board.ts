import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import { BoardTechnicianRow, DispatchBoardScope } from "../../../modules/service-management/repositories"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { workingPeriodsBetween } from "../../../modules/service-management/utils/working-periods"

/** A technician's row of the board: its fields, and its working periods, absences and assignments as JSON text. */
export type BoardRow = {
  technician: Omit<BoardTechnicianRow, "working_hours">
  json: { working_periods: string; absences: string; assignments: string }
}

/**
 * Everything the dispatch board shows for a window, in a fixed number of queries whatever the
 * number of technicians and orders (`readDispatchBoard`): a page of the technicians in scope
 * (`limit`/`offset`, with `count` of all in scope, as a screen shows them), each with its working
 * periods (computed, no query), absences and assignments in the window; the queue of open orders
 * without a live assignment, most urgent first; and each order the blocks and the queue name, with
 * its customer and stage, once. All but the technicians' own fields is JSON text from Postgres,
 * which the routes put into their answers unparsed: a full week's blocks are megabytes.
 */
export async function loadDispatchBoard(container: MedusaContainer, scope: DispatchBoardScope) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const { count, technicians, schedules, ...references } = await service.readDispatchBoard(scope)
  // Technicians mostly share a calendar: its periods are computed and written once.
  const periods = new Map<string, string>()
  const periodsOf = (t: BoardTechnicianRow) => {
    const key = `${t.timezone}|${JSON.stringify(t.working_hours)}`
    return periods.get(key) ?? periods.set(key, JSON.stringify(workingPeriodsBetween(t, scope.from, scope.to))).get(key)!
  }
  const rows = technicians.map((t): BoardRow => {
    const { working_hours: _, ...technician } = t
    return { technician, json: { working_periods: periodsOf(t), ...(schedules.get(t.id) ?? { absences: "[]", assignments: "[]" }) } }
  })
  return { count, rows, ...references }
}

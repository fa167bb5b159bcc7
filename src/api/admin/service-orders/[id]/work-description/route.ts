import { documentRoute } from "../../../../utils/document-route"

/** The work description PDF a technician takes on site (technicians: only orders assigned to them). */
export const GET = documentRoute("work_description")

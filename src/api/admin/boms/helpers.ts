import { MedusaRequest } from "@medusajs/framework/http"
import { retrieveEntity } from "../../utils/respond"

/** Re-reads a BOM with the fields the request asked for; 404 when unknown. */
export const refetchBom = (req: MedusaRequest, id: string, fields?: string[]) =>
  retrieveEntity(req, "service_bom", { id }, "BOM", fields)

/** Re-reads a version of a BOM; a version of another BOM answers 404 like a missing one. */
export const refetchBomVersion = (req: MedusaRequest, bomId: string, id: string, fields?: string[]) =>
  retrieveEntity(req, "service_bom_version", { id, bom_id: bomId }, "BOM version", fields)

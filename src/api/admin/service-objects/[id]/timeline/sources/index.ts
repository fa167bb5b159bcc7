import { agreementSource } from "./agreements"
import { estimateSource } from "./estimates"
import { purchaseSource } from "./purchase"
import { repairSource } from "./repairs"
import { returnSource } from "./returns"
import { serviceOrderSource } from "./service-orders"
import { TimelineSource } from "./types"
import { visitSource } from "./visits"
import { warrantySource } from "./warranty"

/**
 * Every kind of history on a service object's timeline. Another kind is one more
 * file here exporting a `TimelineSource`, listed below; the route and the store view need nothing else.
 */
export const TIMELINE_SOURCES: TimelineSource[] = [
  purchaseSource,
  warrantySource,
  agreementSource,
  serviceOrderSource,
  estimateSource,
  visitSource,
  repairSource,
  returnSource,
]

/** Events the plugin emits on Medusa's event bus. Payloads carry `id` plus what subscribers need. */
export const ServiceManagementEvents = {
  SERVICE_OBJECT_CREATED: "service_object.created",
  SERVICE_OBJECT_UPDATED: "service_object.updated",
  SERVICE_OBJECT_DELETED: "service_object.deleted",
  SERVICE_ORDER_CREATED: "service_order.created",
  SERVICE_ORDER_UPDATED: "service_order.updated",
  SERVICE_ORDER_STAGE_CHANGED: "service_order.stage_changed",
  SERVICE_ORDER_LINES_CHANGED: "service_order.lines_changed",
} as const

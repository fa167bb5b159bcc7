/** Who performs a change; kept on stage history and passed to hooks. */
export type ServiceActor = {
  type: "user" | "customer" | "system"
  id?: string | null
}

import { answerRoute } from "../answer-route"

/** Accepts the estimate: its draft order becomes the order the work is invoiced with. */
export const POST = answerRoute("accept")

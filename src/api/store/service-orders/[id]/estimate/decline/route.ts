import { answerRoute } from "../answer-route"

/** Declines the estimate: the order moves to the configured stage (option `estimates.declineStage`). */
export const POST = answerRoute("decline")

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"

/**
 * How many queries `request` sends to Postgres, and its last answer. Subscribers of events an
 * earlier step of the test emitted may still be sending queries on the same pool while it runs;
 * those only add, so the request is made `times` times and the fewest count is its own.
 */
export async function queriesOf<R>(container: MedusaContainer, request: () => R, times = 3): Promise<{ n: number; answer: Awaited<R> }> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const counts: number[] = []
  let answer!: Awaited<R>
  for (let k = 0; k < times; k++) {
    let n = 0
    const listener = () => n++
    pg.on("query", listener)
    try {
      answer = await request()
    } finally {
      pg.off("query", listener)
    }
    counts.push(n)
  }
  return { n: Math.min(...counts), answer }
}

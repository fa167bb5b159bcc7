/**
 * Runs `batch` (one workflow run over at most `batchSize` rows) until a run finds fewer than a
 * full batch, and collects what each run did: how a job works through what is due without one
 * giant workflow. Bounded, so a batch that keeps finding work cannot loop forever.
 */
export async function runInBatches<T>(batchSize: number, batch: () => Promise<{ done: T[]; found: number }>): Promise<T[]> {
  const all: T[] = []
  for (let round = 0; round < 1000; round++) {
    const { done, found } = await batch()
    all.push(...done)
    if (found < batchSize) {
      break
    }
  }
  return all
}

/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping the input order.
 * The first failure stops new calls from starting; the promise rejects with it once the calls
 * already in flight have settled, so nothing keeps running behind the caller's back.
 */
export const mapWithConcurrency = async <T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> => {
  const lanes = Math.max(
    1,
    Math.min(items.length, Number.isFinite(limit) ? Math.floor(limit) : 1)
  )
  const results = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | undefined

  const lane = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const index = next
      next += 1
      try {
        results[index] = await fn(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }

  await Promise.all(Array.from({ length: lanes }, lane))
  if (failure) {
    throw failure.error
  }
  return results
}

/** Runs tasks with at most `slots` of them in flight; the rest wait their turn (first come, first served). */
export type Limiter = <R>(task: () => Promise<R>) => Promise<R>

export const limiter = (slots: number): Limiter => {
  const capacity = Math.max(1, Math.floor(slots))
  let active = 0
  const waiting: (() => void)[] = []
  const acquire = async (): Promise<void> => {
    if (active < capacity) {
      active += 1
      return
    }
    // The releasing task hands its slot straight to us.
    await new Promise<void>((resolve) => waiting.push(resolve))
  }
  const release = (): void => {
    const nextTask = waiting.shift()
    if (nextTask) {
      nextTask()
    } else {
      active -= 1
    }
  }
  return async (task) => {
    await acquire()
    try {
      return await task()
    } finally {
      release()
    }
  }
}

/** Thrown when a limiter's queue is full; the caller should answer 503 with Retry-After. */
export class QueueFullError extends Error {
  readonly retryAfterSeconds: number

  constructor(message: string, retryAfterSeconds: number) {
    super(message)
    this.name = "QueueFullError"
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export type LimiterOptions = {
  /** Tasks running at once. */
  concurrency: number
  /** Tasks allowed to wait for a slot; one more is refused with QueueFullError. */
  maxQueue: number
  /** What the refusal tells the caller to wait, in seconds. */
  retryAfterSeconds: number
  /** The sentence a refused caller reads. */
  queueFullMessage: string
}

export type Limiter = {
  /** Runs `task` when a slot is free (first come, first served), or refuses at once if the queue is full. */
  run: <R>(task: () => Promise<R>) => Promise<R>
  /** Whether `count` more tasks would all be accepted right now. */
  hasRoomFor: (count: number) => boolean
  /** Tasks running now. */
  readonly active: number
  /** Tasks waiting for a slot now. */
  readonly waiting: number
  readonly retryAfterSeconds: number
  readonly queueFullMessage: string
}

const wholeAtLeast = (value: number, min: number): number =>
  Number.isFinite(value) ? Math.max(min, Math.floor(value)) : min

export const createLimiter = (options: LimiterOptions): Limiter => {
  const concurrency = wholeAtLeast(options.concurrency, 1)
  const maxQueue = wholeAtLeast(options.maxQueue, 0)
  let active = 0
  const queue: (() => void)[] = []

  const release = (): void => {
    const next = queue.shift()
    if (next) {
      // The finishing task hands its slot straight on, so `active` stays the same.
      next()
    } else {
      active -= 1
    }
  }

  const run = async <R>(task: () => Promise<R>): Promise<R> => {
    if (active < concurrency) {
      active += 1
    } else if (queue.length >= maxQueue) {
      throw new QueueFullError(
        options.queueFullMessage,
        options.retryAfterSeconds
      )
    } else {
      await new Promise<void>((resolve) => queue.push(resolve))
    }
    try {
      return await task()
    } finally {
      release()
    }
  }

  return {
    run,
    hasRoomFor: (count) =>
      Math.max(0, count - (concurrency - active)) <= maxQueue - queue.length,
    get active() {
      return active
    },
    get waiting() {
      return queue.length
    },
    retryAfterSeconds: options.retryAfterSeconds,
    queueFullMessage: options.queueFullMessage,
  }
}

import { createLimiter, QueueFullError } from "../limiter"

const deferred = (): { promise: Promise<void>; resolve: () => void } => {
  let resolve = (): void => undefined
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

const options = {
  concurrency: 2,
  maxQueue: 3,
  retryAfterSeconds: 7,
  queueFullMessage: "Busy. Try again soon.",
}

describe("createLimiter", () => {
  it("never runs more than `concurrency` tasks at once and runs them first come, first served", async () => {
    const limiter = createLimiter({ ...options, maxQueue: 100 })
    let running = 0
    let peak = 0
    const started: number[] = []
    const task = (i: number) => async (): Promise<number> => {
      started.push(i)
      running += 1
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 5 + (i % 3) * 3))
      running -= 1
      return i
    }
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => limiter.run(task(i)))
    )
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i))
    expect(peak).toBe(2)
    expect(started).toEqual(Array.from({ length: 12 }, (_, i) => i))
    expect(limiter.active).toBe(0)
    expect(limiter.waiting).toBe(0)
  })

  it("refuses beyond the queue length with QueueFullError, and accepts again once there is room", async () => {
    const limiter = createLimiter(options)
    const gate = deferred()
    const accepted = Array.from({ length: 5 }, () =>
      limiter.run(() => gate.promise)
    )
    expect(limiter.active).toBe(2)
    expect(limiter.waiting).toBe(3)
    expect(limiter.hasRoomFor(1)).toBe(false)

    const refused = limiter.run(async () => "never")
    await expect(refused).rejects.toBeInstanceOf(QueueFullError)
    await expect(refused).rejects.toMatchObject({
      message: "Busy. Try again soon.",
      retryAfterSeconds: 7,
    })

    gate.resolve()
    await Promise.all(accepted)
    expect(limiter.active).toBe(0)
    expect(limiter.hasRoomFor(5)).toBe(true)
    expect(limiter.hasRoomFor(6)).toBe(false)
    await expect(limiter.run(async () => "ran")).resolves.toBe("ran")
  })

  it("frees the slot of a task that fails", async () => {
    const limiter = createLimiter({ ...options, concurrency: 1 })
    await expect(
      limiter.run(async () => {
        throw new Error("boom")
      })
    ).rejects.toThrow("boom")
    expect(limiter.active).toBe(0)
    await expect(limiter.run(async () => 1)).resolves.toBe(1)
  })
})

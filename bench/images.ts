/**
 * npm run bench:images [-- --photos 12 --width 4000 --height 3000]
 *
 * Makes a batch of phone-sized JPEGs in memory (EXIF orientation 6, camera make and GPS, like a
 * phone held upright), sends them all at once through processPhoto and the process-wide photo
 * limiter, and prints throughput, latency and peak memory. Figures only: nothing is asserted.
 */
import { cpus, loadavg } from "node:os"
import { monitorEventLoopDelay } from "node:perf_hooks"
import { parseArgs } from "node:util"

import sharp from "sharp"

import {
  PHOTO_CONCURRENCY,
  PHOTO_QUEUE_LENGTH,
} from "../plugins/cooperative-seller/src/lib/images/constants"
import type { Limiter } from "../plugins/cooperative-seller/src/lib/images/limiter"
import { photoLimiter } from "../plugins/cooperative-seller/src/lib/images/photo-limiter"
import { processPhoto } from "../plugins/cooperative-seller/src/lib/images/process-photo"

const { values } = parseArgs({
  options: {
    photos: { type: "string", default: "12" },
    width: { type: "string", default: "4000" },
    height: { type: "string", default: "3000" },
  },
})
const PHOTOS = Number(values.photos)
const WIDTH = Number(values.width)
const HEIGHT = Number(values.height)

const MB = 1024 * 1024
const mb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`
const ms = (value: number): string => `${value.toFixed(0)} ms`

/**
 * Softened noise, tinted green: as much fine detail as a photo of a field, so the JPEG weighs
 * what a phone's does (4–5 MB at 12 MP). Drawn by libvips, so no raster passes through JS.
 */
const phonePhoto = (index: number): Promise<Buffer> =>
  sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: "#000000",
      noise: { type: "gaussian", mean: 120 + index, sigma: 40 },
    },
  })
    .blur(0.6)
    .tint({ r: 120, g: 170, b: 90 })
    .withExif({
      IFD0: { Make: "BenchPhone", Model: "12MP" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "20/1 50/1 3000/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "104/1 38/1 0/1",
      },
    })
    // libvips writes the orientation from its own field, not from the EXIF given above.
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer()

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ] ?? 0

const main = async (): Promise<void> => {
  const startupRss = process.memoryUsage().rss
  console.log(
    `Making ${PHOTOS} JPEGs of ${WIDTH} × ${HEIGHT} (${((WIDTH * HEIGHT) / 1e6).toFixed(1)} MP) with EXIF orientation 6 and GPS…`
  )
  const inputs: Buffer[] = []
  for (let i = 0; i < PHOTOS; i += 1) {
    inputs.push(await phonePhoto(i))
  }
  const inputBytes = inputs.reduce((sum, b) => sum + b.length, 0)
  console.log(
    `Inputs: ${mb(inputBytes)} in all, ${mb(inputBytes / PHOTOS)} each on average`
  )

  // Warm up libvips and the encoders so the first photo does not carry their start-up.
  await processPhoto(inputs[0] ?? Buffer.alloc(0))
  global.gc?.()
  const baselineRss = process.memoryUsage().rss

  const loadBefore = loadavg()
  let peakRss = baselineRss
  // How late timers fire while photos are processed: what every other request would feel.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 })
  loopDelay.enable()
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }, 10)

  // The real limiter, with the moment each photo gets its slot noted on the way in.
  const started = new Map<number, number>()
  const timed = (index: number): Limiter => ({
    ...photoLimiter,
    run: (task) =>
      photoLimiter.run(() => {
        started.set(index, performance.now())
        return task()
      }),
  })

  const submitted = performance.now()
  const finished = await Promise.all(
    inputs.map(async (input, index) => {
      const photo = await processPhoto(input, { limiter: timed(index) })
      return { index, photo, done: performance.now() }
    })
  )
  const elapsed = performance.now() - submitted
  clearInterval(sampler)
  loopDelay.disable()
  peakRss = Math.max(peakRss, process.memoryUsage().rss)

  const processing = finished
    .map(({ index, done }) => done - (started.get(index) ?? submitted))
    .sort((a, b) => a - b)
  const latency = finished
    .map(({ done }) => done - submitted)
    .sort((a, b) => a - b)
  const outputBytes = finished.reduce(
    (sum, { photo }) =>
      sum + photo.renditions.reduce((s, r) => s + r.buffer.length, 0),
    0
  )

  console.log("")
  console.log(
    `Limiter: ${PHOTO_CONCURRENCY} photos at once, queue ${PHOTO_QUEUE_LENGTH}; sharp.concurrency() = ${sharp.concurrency()}`
  )
  console.log(
    `Machine: ${cpus().length} CPUs; load average before the batch ${loadBefore.map((l) => l.toFixed(1)).join(", ")}`
  )
  console.log(`Photos:                    ${PHOTOS}`)
  console.log(`Wall time:                 ${ms(elapsed)}`)
  console.log(
    `Throughput:                ${((PHOTOS * 1000) / elapsed).toFixed(2)} photos/s`
  )
  console.log(
    `Per photo, processing:     p50 ${ms(percentile(processing, 50))}, p95 ${ms(percentile(processing, 95))}`
  )
  console.log(
    `Per photo, incl. queueing: p50 ${ms(percentile(latency, 50))}, p95 ${ms(percentile(latency, 95))}`
  )
  console.log(
    `Output:                    ${(outputBytes / 1024 / PHOTOS).toFixed(0)} KB per photo (8 renditions)`
  )
  console.log(
    `Event-loop delay:          p99 ${ms(loopDelay.percentile(99) / 1e6)}, max ${ms(loopDelay.max / 1e6)}`
  )
  console.log(`RSS after start-up:        ${mb(startupRss)}`)
  console.log(
    `RSS before the batch:      ${mb(baselineRss)} (inputs made, one photo processed to warm up)`
  )
  console.log(`Peak RSS during the batch: ${mb(peakRss)}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

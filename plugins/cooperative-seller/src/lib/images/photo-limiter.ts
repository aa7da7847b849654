import {
  PHOTO_CONCURRENCY,
  PHOTO_QUEUE_LENGTH,
  PHOTO_RETRY_AFTER_SECONDS,
} from "./constants"
import { createLimiter } from "./limiter"
import { PhotoMessages } from "./photo-messages"

/** The one limiter every photo in this process goes through, whichever request sent it. */
export const photoLimiter = createLimiter({
  concurrency: PHOTO_CONCURRENCY,
  maxQueue: PHOTO_QUEUE_LENGTH,
  retryAfterSeconds: PHOTO_RETRY_AFTER_SECONDS,
  queueFullMessage: PhotoMessages.queueFull,
})

export type Logger = { info: (message: string) => void }

/** Numbered progress lines for a long job: "[3/8] Creating the region Việt Nam…". */
export const progress = (logger: Logger, total: number) => {
  let step = 0
  return (message: string): void => {
    step += 1
    logger.info(`[${step}/${total}] ${message}`)
  }
}

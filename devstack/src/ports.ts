import { createServer } from "node:net"

import { PlainError } from "./errors"

/** True when nothing listens on the port (on any interface). */
export const isPortFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port)
  })

export const assertPortFree = async (
  port: number,
  what: string,
  variable: string
): Promise<void> => {
  if (!(await isPortFree(port))) {
    throw new PlainError(
      `Port ${port} is already in use, so the ${what} cannot start there: stop whatever uses it, or choose another port with ${variable}=<port>.`
    )
  }
}

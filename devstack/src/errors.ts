/**
 * An error meant for the person at the terminal: its message is one plain sentence saying what to
 * do. The CLI prints only that sentence, never a stack trace.
 */
export class PlainError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "PlainError"
  }
}

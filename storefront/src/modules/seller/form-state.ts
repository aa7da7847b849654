/** What a seller form's server action answers, for the form to show next to each field. */
export type FormState = {
  ok?: boolean
  /** A sentence about the whole form (or one no field owns). */
  message?: string
  /** Field name → the sentence to show next to it. */
  errors?: Record<string, string>
  /** What was typed, to put back into the fields after a failed attempt. */
  values?: Record<string, string>
}

export const EMPTY_FORM_STATE: FormState = {}

/**
 * The field a backend sentence is about. Seller routes start their 400 messages with the field's
 * name ("phone is a Vietnamese mobile number…", "households.poor must be…"); a message naming a
 * field this form shows goes next to that field, anything else above the form.
 */
export const fieldOfMessage = (
  message: string,
  fields: readonly string[]
): string | undefined => {
  const first = message.split(/\s/, 1)[0] ?? ""
  const candidates = [first, first.replace(/\.\d+(\.|$)/g, "$1")]
  for (const candidate of candidates) {
    let name = candidate
    while (name) {
      if (fields.includes(name)) {
        return name
      }
      const dot = name.lastIndexOf(".")
      name = dot > 0 ? name.slice(0, dot) : ""
    }
  }
  return undefined
}

/** A form field as typed, without surrounding spaces; "" when it is missing or a file. */
export const readText = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

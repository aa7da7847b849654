"use client"

import { type FormEvent, startTransition, useActionState } from "react"

/**
 * A form bound to a server action that keeps what was typed. React resets a form after its
 * `action` runs, which empties fields the state cannot refill (a chosen commune, a file) and
 * desynchronises controlled selects; submitting through `onSubmit` avoids the reset. Without
 * JavaScript the plain `action` still posts the form, and the state's values refill it.
 */
export const useFormAction = <State>(
  action: (state: Awaited<State>, form: FormData) => State | Promise<State>,
  initial: Awaited<State>
) => {
  const [state, dispatch, pending] = useActionState(action, initial)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const data = new FormData(event.currentTarget, submitter)
    startTransition(() => dispatch(data))
  }
  return { state, pending, formProps: { action: dispatch, onSubmit } }
}

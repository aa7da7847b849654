"use client"

import { useState } from "react"

import styles from "./cart.module.css"

type QuantityStepperProps = {
  id: string
  label: string
  max: number
  decreaseLabel: string
  increaseLabel: string
}

/**
 * How many, as the form field `quantity`: − and + buttons a thumb can hit around a number that
 * can also be typed (the server checks what is sent).
 */
export const QuantityStepper = ({
  id,
  label,
  max,
  decreaseLabel,
  increaseLabel,
}: QuantityStepperProps) => {
  const [text, setText] = useState("1")
  const typed = Number.parseInt(text, 10)
  const current = Number.isFinite(typed) ? typed : 1
  const set = (next: number) =>
    setText(String(Math.min(max, Math.max(1, next))))
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.stepper}>
        <button
          type="button"
          className={styles.step}
          onClick={() => set(current - 1)}
          disabled={current <= 1}
          aria-label={decreaseLabel}
        >
          −
        </button>
        <input
          id={id}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={text}
          onChange={(event) => setText(event.target.value.slice(0, 3))}
          onBlur={() => set(current)}
          className={styles.count}
        />
        <button
          type="button"
          className={styles.step}
          onClick={() => set(current + 1)}
          disabled={current >= max}
          aria-label={increaseLabel}
        >
          +
        </button>
      </div>
    </div>
  )
}

import { getTranslations } from "next-intl/server"

import styles from "./checkout.module.css"

/** A checkout step's number and name; done steps get a tick, later ones are dimmed. */
export const StepHeading = async ({
  id,
  number,
  title,
  state,
}: {
  id: string
  number: number
  title: string
  state: "done" | "current" | "later"
}) => {
  const t = await getTranslations("checkout")
  return (
    <h2 id={id} className={styles.stepHeading} data-state={state}>
      <span className={styles.stepNumber} aria-hidden="true">
        {state === "done" ? "✓" : number}
      </span>
      <span className="visually-hidden">{t("stepNumber", { number })}: </span>
      {title}
    </h2>
  )
}

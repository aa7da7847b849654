import styles from "./season-strip.module.css"

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1)

/** The twelve months with the harvest months filled in; the words beside it say the same. */
export const SeasonStrip = ({ months }: { months: number[] }) => (
  <ol className={styles.strip} aria-hidden="true">
    {MONTHS.map((month) => (
      <li
        key={month}
        className={
          months.includes(month) ? `${styles.month} ${styles.on}` : styles.month
        }
      >
        {month}
      </li>
    ))}
  </ol>
)

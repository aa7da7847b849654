import { formatVnd } from "@/lib/util/money"

import styles from "./price.module.css"

type PriceProps = {
  amount: number
  className?: string
  testId?: string
}

/** An amount of đồng, e.g. "150.000 ₫": the same text in every language, never split over two lines. */
export const Price = ({ amount, className, testId }: PriceProps) => (
  <span
    className={className ? `${styles.amount} ${className}` : styles.amount}
    data-testid={testId}
  >
    {formatVnd(amount)}
  </span>
)

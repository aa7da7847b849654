import type { Cooperative } from "@/types/cooperative"

import { CooperativeCard } from "./cooperative-card"
import styles from "./cooperative-grid.module.css"

export const CooperativeGrid = ({
  cooperatives,
  labelledBy,
}: {
  cooperatives: Cooperative[]
  labelledBy: string
}) => (
  <ul className={styles.grid} aria-labelledby={labelledBy}>
    {cooperatives.map((cooperative) => (
      <li key={cooperative.id} data-testid="cooperative-card">
        <CooperativeCard cooperative={cooperative} />
      </li>
    ))}
  </ul>
)

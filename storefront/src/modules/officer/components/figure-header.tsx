import type { ReactNode } from "react"

import { DefinitionTip } from "@/modules/common/components/definition-tip"

import styles from "./officer.module.css"

/**
 * A column's header: its name (a sort link where the table sorts) and the ⓘ button with the
 * figure's definition.
 */
export const FigureHeader = ({
  label,
  definition,
  definitionLabel,
  sort,
  numeric = true,
  children,
}: {
  label: string
  definition: string
  definitionLabel: string
  /** The column's place in the sort, for aria-sort. */
  sort?: "ascending" | "descending" | "none"
  numeric?: boolean
  /** The sort link, when the column sorts; the plain label otherwise. */
  children?: ReactNode
}) => (
  <th
    scope="col"
    aria-sort={sort}
    className={numeric ? styles.numeric : undefined}
  >
    <span className={styles.headerCell}>
      {children ?? label}
      <DefinitionTip label={definitionLabel} text={definition} />
    </span>
  </th>
)

import { getTranslations } from "next-intl/server"

import type { Locale } from "@/i18n/routing"
import { DefinitionTip } from "@/modules/common/components/definition-tip"
import type { ImpactFigures } from "@/types/impact"

import { type FigureKind, type FigureName, formatFigure } from "../columns"
import styles from "./officer.module.css"

const KEY_FIGURES: { name: FigureName; kind: FigureKind }[] = [
  { name: "salesValue", kind: "money" },
  { name: "baselineSalesValue", kind: "money" },
  { name: "upliftValue", kind: "money" },
  { name: "upliftPct", kind: "percent" },
  { name: "onlineSalesValue", kind: "money" },
  { name: "recordedSalesValue", kind: "money" },
  { name: "orders", kind: "count" },
  { name: "buyers", kind: "count" },
  { name: "cooperatives", kind: "count" },
  { name: "products", kind: "count" },
  { name: "households", kind: "count" },
  { name: "householdsPoor", kind: "count" },
  { name: "householdsNearPoor", kind: "count" },
  { name: "householdsEthnicMinority", kind: "count" },
]

const valueOf = (figures: ImpactFigures, name: FigureName): number | null =>
  figures[name]

/** The period's figures as a list of labelled values, each with its definition. */
export const KeyFigures = async ({
  figures,
  locale,
  testId,
}: {
  figures: ImpactFigures
  locale: Locale
  testId?: string
}) => {
  const t = await getTranslations("impact")
  return (
    <dl className={styles.figures} data-testid={testId}>
      {KEY_FIGURES.map(({ name, kind }) => {
        const label = t(`columns.${name}`)
        return (
          <div key={name} className={styles.figure} data-figure={name}>
            <dt>
              {label}
              <DefinitionTip
                label={t("definitionButton", { name: label })}
                text={t(`definitions.${name}`)}
              />
            </dt>
            <dd>{formatFigure(kind, valueOf(figures, name), locale)}</dd>
          </div>
        )
      })}
    </dl>
  )
}

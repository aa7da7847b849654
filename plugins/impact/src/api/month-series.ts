import { monthsBetween } from "../lib/periods"
import { impactMonths, type MonthFigures } from "../lib/sql/impact-queries"
import type { ImpactContext } from "./impact-context"

/** Every month from the baseline's first to the period's last, months without sales as zeros. */
export const monthSeries = async (
  ctx: ImpactContext
): Promise<MonthFigures[]> => {
  const figures = await impactMonths(
    ctx.db,
    ctx.scope,
    ctx.period,
    ctx.baseline
  )
  const first = [ctx.baseline.from, ctx.period.from].sort()[0]!.slice(0, 7)
  const last = [ctx.baseline.to, ctx.period.to].sort()[1]!.slice(0, 7)
  return monthsBetween(first, last).map((month) => {
    const m = figures.get(month) ?? {
      online_sales_value: 0,
      recorded_sales_value: 0,
      orders: 0,
    }
    return {
      month,
      ...m,
      sales_value: m.online_sales_value + m.recorded_sales_value,
    }
  })
}

"use client"

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"

import type { Locale } from "@/i18n/routing"
import { formatVnd } from "@/lib/util/money"
import { formatCompactVnd } from "@/lib/util/numbers"
import type { MonthFigures } from "@/types/impact"

import { formatMonth } from "../format"
import styles from "./officer.module.css"

const ONLINE_COLOUR = "#3f6b3a"
const RECORDED_COLOUR = "#d4a373"
const BASELINE_SHADE = "#e8ddd0"
const INK = "#2a211b"

type ImpactChartProps = {
  months: MonthFigures[]
  /** The baseline's months, shaded: its first and last "YYYY-MM". */
  baseline?: { from: string; to: string }
  locale: Locale
  labels: { chart: string; online: string; recorded: string; baseline: string }
}

/**
 * Sales by month, what sold on Chợ Phiên stacked on what was recorded, the baseline's months
 * shaded. The same figures are in a table beside it for screen readers and for pages without
 * script; the label carries the chart's subject.
 */
export const ImpactChart = ({
  months,
  baseline,
  locale,
  labels,
}: ImpactChartProps) => {
  const data = months.map((month) => ({
    month: month.month,
    label: formatMonth(month.month, locale, { short: true }),
    online: month.onlineSalesValue,
    recorded: month.recordedSalesValue,
  }))
  const shaded = baseline
    ? data.filter(
        (row) => row.month >= baseline.from && row.month <= baseline.to
      )
    : []
  const firstShaded = shaded[0]?.label
  const lastShaded = shaded[shaded.length - 1]?.label
  return (
    <figure className={styles.chart} aria-label={labels.chart}>
      <BarChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={data}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke="#eee4d8" />
        {firstShaded && lastShaded && (
          <ReferenceArea
            x1={firstShaded}
            x2={lastShaded}
            fill={BASELINE_SHADE}
            fillOpacity={0.45}
            ifOverflow="extendDomain"
            label={{
              value: labels.baseline,
              position: "insideTop",
              fill: "#5d5048",
              fontSize: 12,
            }}
          />
        )}
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11 }}
          interval="preserveStartEnd"
          minTickGap={8}
        />
        <YAxis
          width={56}
          tick={{ fontSize: 11 }}
          tickFormatter={(value: number) => formatCompactVnd(value, locale)}
        />
        <Tooltip
          formatter={(value) =>
            typeof value === "number" ? formatVnd(value) : String(value)
          }
        />
        <Legend
          wrapperStyle={{ fontSize: 13 }}
          formatter={(value: string) => (
            <span style={{ color: INK }}>{value}</span>
          )}
        />
        <Bar
          dataKey="recorded"
          name={labels.recorded}
          stackId="sales"
          fill={RECORDED_COLOUR}
          isAnimationActive={false}
        />
        <Bar
          dataKey="online"
          name={labels.online}
          stackId="sales"
          fill={ONLINE_COLOUR}
          isAnimationActive={false}
        />
      </BarChart>
    </figure>
  )
}

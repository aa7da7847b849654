import { Fragment } from "react"

import type { Segment } from "@/types/search"

type HighlightedProps = {
  segments: readonly Segment[]
  className?: string
}

/**
 * A text whose matching pieces are drawn as <mark>. Every piece is plain text that React
 * escapes: what the backend sends can never become markup.
 */
export const Highlighted = ({ segments, className }: HighlightedProps) => (
  <span className={className}>
    {segments.map((segment, index) =>
      segment.match ? (
        <mark key={index}>{segment.text}</mark>
      ) : (
        <Fragment key={index}>{segment.text}</Fragment>
      )
    )}
  </span>
)

import { Button, Text } from "@medusajs/ui"

/**
 * The footer under a paged admin list: which rows are shown, Previous and Next.
 * `status` replaces the "1–20 of 45" range while loading or when the list is empty.
 */
export const Pager = ({
  offset,
  count,
  pageSize,
  onOffsetChange,
  status,
}: {
  offset: number
  count: number
  pageSize: number
  onOffsetChange: (offset: number) => void
  status?: string
}) => (
  <div className="flex items-center justify-between px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      {status ??
        `${offset + 1}–${Math.min(offset + pageSize, count)} of ${count}`}
    </Text>
    <div className="flex gap-2">
      <Button
        size="small"
        variant="secondary"
        disabled={offset === 0}
        onClick={() => onOffsetChange(Math.max(0, offset - pageSize))}
      >
        Previous
      </Button>
      <Button
        size="small"
        variant="secondary"
        disabled={offset + pageSize >= count}
        onClick={() => onOffsetChange(offset + pageSize)}
      >
        Next
      </Button>
    </div>
  </div>
)

/** The sentence a list shows in its footer while loading or when it has no rows. */
export const listStatus = (
  isLoading: boolean,
  count: number,
  empty: string
): string | undefined =>
  isLoading ? "Loading…" : count === 0 ? empty : undefined

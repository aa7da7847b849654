import type { ImageLoaderProps } from "next/image"

import type { ImageSource } from "@/types/image"

/**
 * The smallest pre-rendered source at least `width` wide, or the widest one when the screen
 * asks for more than there is. Sources may come in any order.
 */
export const pickSource = (
  sources: readonly ImageSource[],
  width: number
): ImageSource | undefined => {
  const ascending = [...sources].sort((a, b) => a.width - b.width)
  return (
    ascending.find((source) => source.width >= width) ??
    ascending[ascending.length - 1]
  )
}

/**
 * A next/image loader over the backend's renditions: Next asks for a width, we answer with the
 * nearest file that is already there, so its own optimizer never runs.
 */
export const renditionLoader =
  (sources: readonly ImageSource[]) =>
  ({ width }: ImageLoaderProps): string =>
    pickSource(sources, width)?.url ?? ""

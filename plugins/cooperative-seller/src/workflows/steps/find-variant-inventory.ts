import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindVariantInventoryInput = {
  variant_ids: string[]
  location_id: string
}

export type VariantInventory = {
  variant_id: string
  inventory_item_id: string
  /** The item's level at the location, if it has one yet. */
  level_id: string | null
}

type VariantRow = {
  id: string
  inventory_items?: {
    inventory_item_id: string
    inventory?: {
      location_levels?: { id: string; location_id: string }[]
    } | null
  }[]
}

/** The inventory item behind each variant and its level at the stock location. */
export const findVariantInventoryStep = createStep(
  "find-variant-inventory",
  async (input: FindVariantInventoryInput, { container }) => {
    if (input.variant_ids.length === 0) {
      return new StepResponse<VariantInventory[]>([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = (await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "inventory_items.inventory_item_id",
        "inventory_items.inventory.location_levels.id",
        "inventory_items.inventory.location_levels.location_id",
      ],
      filters: { id: input.variant_ids },
    })) as { data: VariantRow[] }
    return new StepResponse<VariantInventory[]>(
      data.flatMap((variant) => {
        const [item] = variant.inventory_items ?? []
        if (!item) {
          return []
        }
        const level = item.inventory?.location_levels?.find(
          (l) => l.location_id === input.location_id
        )
        return [
          {
            variant_id: variant.id,
            inventory_item_id: item.inventory_item_id,
            level_id: level?.id ?? null,
          },
        ]
      })
    )
  }
)

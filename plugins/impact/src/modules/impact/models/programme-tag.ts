import { model } from "@medusajs/framework/utils"

/**
 * A poverty-reduction programme a cooperative takes part in, as the operator tagged it. The
 * programme codes are fixed in src/lib/programmes.ts.
 */
export const ProgrammeTag = model
  .define("impact_programme_tag", {
    id: model.id({ prefix: "iprog" }).primaryKey(),
    cooperative_id: model.text(),
    programme: model.text(),
  })
  .indexes([
    {
      on: ["cooperative_id", "programme"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

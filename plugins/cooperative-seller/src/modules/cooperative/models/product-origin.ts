import { model } from "@medusajs/framework/utils"

import { Certification } from "./certification"
import { Cooperative } from "./cooperative"

/**
 * Where a product comes from and who grew or made it. Joined to Medusa's product by a link
 * (src/links/product-origin.ts); the product shows it as `origin`.
 */
// Named `origin` so that a product reads it as `product.origin`; the table keeps the clearer name.
export const Origin = model.define(
  { name: "origin", tableName: "product_origin" },
  {
    id: model.id({ prefix: "porig" }).primaryKey(),
    // May differ from the cooperative's own commune: members farm in neighbouring communes.
    commune_code: model.text(),
    province_code: model.text().index("IDX_product_origin_province_code"),
    ethnic_group: model.text(),
    harvest_months: model.json(),
    story_vi: model.text(),
    story_en: model.text(),
    producer_quote_vi: model.text().nullable(),
    producer_quote_en: model.text().nullable(),
    producer_name: model.text().nullable(),
    traceability_code: model.text().unique(),
    images: model.json().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "origins" }),
    certifications: model.manyToMany(() => Certification, {
      mappedBy: "origins",
      pivotTable: "product_origin_certification",
    }),
  }
)

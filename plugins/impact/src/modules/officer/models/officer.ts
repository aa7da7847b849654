import { model } from "@medusajs/framework/utils"

/**
 * A programme officer: reads the impact figures of the provinces they follow. Created by the
 * operator; `province_codes` empty means every province. Signs in as the `officer` actor with the
 * e-mail and password the operator set (`app_metadata.officer_id` on the auth identity).
 */
export const Officer = model.define("officer", {
  id: model.id({ prefix: "off" }).primaryKey(),
  email: model.text().unique("IDX_officer_email_unique"),
  name: model.text(),
  province_codes: model.array(),
})

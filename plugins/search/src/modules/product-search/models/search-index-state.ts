import { model } from "@medusajs/framework/utils"

/** What the last full reindex did, per provider: when, and how many documents it wrote. */
export const SearchIndexState = model.define("search_index_state", {
  id: model.id({ prefix: "sidx" }).primaryKey(),
  provider: model.text().unique(),
  documents: model.number().default(0),
  reindexed_at: model.dateTime().nullable(),
})

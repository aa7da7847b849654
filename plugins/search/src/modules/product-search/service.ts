import { MedusaService } from "@medusajs/framework/utils"

import { SearchIndexState } from "./models"

/**
 * The search module's own records. The documents themselves live with the provider: the
 * `search_document` table of this module's migration (postgres) or a Meilisearch index; see
 * src/providers.
 */
class SearchModuleService extends MedusaService({ SearchIndexState }) {}

export default SearchModuleService

import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import { VN_ADMIN_MODULE } from "../../../../modules/vn-admin"
import type VnAdminModuleService from "../../../../modules/vn-admin/service"
import {
  loadVisibleCatalogue,
  queryCatalogue,
} from "../../../utils/catalogue/load-catalogue"
import { presentCooperative } from "../../../utils/catalogue/present"
import {
  COOPERATIVE_FIELDS,
  type CooperativeRecord,
} from "../../../utils/catalogue/records"

/** One active cooperative with its published products, newest first. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const handle = req.params.handle ?? ""
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = (await query.graph({
    entity: "cooperative",
    fields: COOPERATIVE_FIELDS,
    filters: { handle, status: "active" },
  })) as { data: CooperativeRecord[] }
  if (!cooperative) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no cooperative "${handle}" on Chợ Phiên.`
    )
  }
  const catalogue = await loadVisibleCatalogue(req.scope, {
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    cooperativeHandle: cooperative.handle,
  })
  const { products } = queryCatalogue(
    catalogue,
    {},
    { sort: "newest", limit: catalogue.length, offset: 0 }
  )
  const vnAdmin = req.scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  res.json({
    cooperative: {
      ...presentCooperative(cooperative, vnAdmin, products.length),
      products,
    },
  })
}

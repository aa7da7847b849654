import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import { VN_ADMIN_MODULE } from "../../modules/vn-admin"
import type VnAdminModuleService from "../../modules/vn-admin/service"
import { placeNames } from "./catalogue/present"

/** Everything a cooperative's own staff and the operator may read about it. */
export const PROFILE_FIELDS = [
  "id",
  "handle",
  "name",
  "registration_number",
  "status",
  "status_reason",
  "commune_code",
  "province_code",
  "address_line",
  "phone",
  "email",
  "founded_year",
  "ethnic_groups",
  "households",
  "story_vi",
  "story_en",
  "cover_image",
  "gallery",
  "commission_rate",
  "created_at",
  "updated_at",
  "certifications.*",
]

/** The operator also sees who works for the cooperative. */
export const REVIEW_FIELDS = [
  "members.id",
  "members.email",
  "members.name",
  "members.role",
]

export const MEMBER_FIELDS = ["id", "email", "name", "role", "cooperative_id"]

export type CooperativeProfile = Record<string, unknown> & {
  id: string
  commune_code: string
}

/** Adds the commune's and province's names, so a status page need not look them up. */
export const withPlaceNames = (
  scope: MedusaContainer,
  cooperative: CooperativeProfile
): CooperativeProfile => {
  const vnAdmin = scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  return { ...cooperative, ...placeNames(vnAdmin, cooperative.commune_code) }
}

/** One cooperative's full profile, or a 404 that says nothing about why. */
export const loadCooperativeProfile = async (
  scope: MedusaContainer,
  id: string,
  extraFields: string[] = []
): Promise<CooperativeProfile> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = (await query.graph({
    entity: "cooperative",
    fields: [...PROFILE_FIELDS, ...extraFields],
    filters: { id },
  })) as { data: CooperativeProfile[] }
  if (!cooperative) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no cooperative with id ${id}.`
    )
  }
  return withPlaceNames(scope, cooperative)
}

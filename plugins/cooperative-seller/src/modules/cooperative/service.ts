import type { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"

import {
  Certification,
  Cooperative,
  CooperativeDocument,
  CooperativeInvite,
  CooperativeMember,
  MarketplaceSetting,
  Origin,
} from "./models"
import {
  assertCertification,
  assertCommissionRate,
  assertEthnicGroup,
  assertEthnicGroups,
  assertFoundedYear,
  assertHandle,
  assertHarvestMonths,
  assertHouseholds,
  assertStory,
} from "./rules"
import type {
  CreateCertificationInput,
  CreateCooperativeInput,
  CreateProductOriginInput,
  ImageSet,
  MarketplaceSettings,
  UpdateCertificationInput,
  UpdateCooperativeInput,
} from "./types"

// The generated methods type JSON columns as records and dates as Date; this module stores arrays
// (gallery, harvest months) in JSON columns and accepts ISO dates, all checked above the call.
const asGenerated = <T>(data: T[]): never => data as never

type CooperativeRow = InferTypeOf<typeof Cooperative>
type CertificationRow = InferTypeOf<typeof Certification>
type OriginRow = InferTypeOf<typeof Origin>

const toDate = (value: Date | string): Date => new Date(value)

const assertCooperativeFields = (
  data: Partial<CreateCooperativeInput>
): void => {
  if (data.handle !== undefined) {
    assertHandle(data.handle)
  }
  if (data.households !== undefined) {
    assertHouseholds(data.households)
  }
  if (data.ethnic_groups !== undefined) {
    assertEthnicGroups(data.ethnic_groups)
  }
  if (data.story_vi !== undefined) {
    assertStory("Vietnamese story", data.story_vi)
  }
  if (data.story_en !== undefined) {
    assertStory("English story", data.story_en)
  }
  if (data.commission_rate !== undefined) {
    assertCommissionRate(data.commission_rate)
  }
  if (data.founded_year !== undefined && data.founded_year !== null) {
    assertFoundedYear(data.founded_year)
  }
}

/**
 * Cooperatives, their certificates and the origin of each product they sell. The generated
 * create/update methods are wrapped so that no write skips the module's rules.
 */
export default class CooperativeModuleService extends MedusaService({
  Cooperative,
  Certification,
  CooperativeMember,
  CooperativeInvite,
  CooperativeDocument,
  MarketplaceSetting,
  Origin,
}) {
  // @ts-expect-error: narrows the generated method's input to the validated shape
  async createCooperatives(
    data: CreateCooperativeInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CooperativeRow[]> {
    const list = data
    list.forEach(assertCooperativeFields)
    await this.assertHandlesFree(
      list.map((c) => c.handle),
      [],
      sharedContext
    )
    return (await super.createCooperatives(
      asGenerated(data),
      sharedContext
    )) as never
  }

  // @ts-expect-error: narrows the generated method's input to the validated shape
  async updateCooperatives(
    data: UpdateCooperativeInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CooperativeRow[]> {
    const list = data
    list.forEach(assertCooperativeFields)
    const handles = list.flatMap((c) => (c.handle ? [c.handle] : []))
    await this.assertHandlesFree(
      handles,
      list.map((c) => c.id),
      sharedContext
    )
    return (await super.updateCooperatives(
      asGenerated(data),
      sharedContext
    )) as never
  }

  // @ts-expect-error: narrows the generated method's input to the validated shape
  async createCertifications(
    data: CreateCertificationInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CertificationRow[]> {
    data.forEach((certificate) => assertCertification(certificate))
    return (await super.createCertifications(
      asGenerated(
        data.map(({ cooperative_id, issued_at, expires_at, ...rest }) => ({
          ...rest,
          issued_at: toDate(issued_at),
          expires_at: expires_at ? toDate(expires_at) : null,
          cooperative_id,
        }))
      ),
      sharedContext
    )) as never
  }

  // @ts-expect-error: narrows the generated method's input to the validated shape
  async updateCertifications(
    data: UpdateCertificationInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CertificationRow[]> {
    const list = data
    const existing = await this.listCertifications(
      { id: list.map((c) => c.id) },
      {},
      sharedContext
    )
    const byId = new Map(existing.map((c) => [c.id, c]))
    for (const change of list) {
      const current = byId.get(change.id)
      if (!current) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `There is no certificate with id ${change.id}.`
        )
      }
      assertCertification({
        type: change.type ?? current.type,
        ocop_stars:
          change.ocop_stars === undefined
            ? current.ocop_stars
            : change.ocop_stars,
        issued_at: change.issued_at ?? current.issued_at,
        expires_at:
          change.expires_at === undefined
            ? current.expires_at
            : change.expires_at,
      })
    }
    return (await super.updateCertifications(
      asGenerated(data),
      sharedContext
    )) as never
  }

  // @ts-expect-error: narrows the generated method's input to the validated shape
  async createOrigins(
    data: CreateProductOriginInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OriginRow[]> {
    const list = data
    for (const origin of list) {
      assertEthnicGroup(origin.ethnic_group)
      assertHarvestMonths(origin.harvest_months)
      assertStory("Vietnamese origin story", origin.story_vi)
      assertStory("English origin story", origin.story_en)
    }
    await this.assertCertificatesBelong(list, sharedContext)
    return (await super.createOrigins(
      asGenerated(
        list.map(({ certification_ids, ...rest }) => ({
          ...rest,
          certifications: certification_ids ?? [],
        }))
      ),
      sharedContext
    )) as never
  }

  /** Replaces the pictures of a product's origin (the store's responsive pictures). */
  @InjectManager()
  async setOriginImages(
    id: string,
    images: ImageSet[] | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.updateOrigins(asGenerated([{ id, images }]), sharedContext)
  }

  @InjectManager()
  protected async assertHandlesFree(
    handles: string[],
    exceptIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (new Set(handles).size !== handles.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Two cooperatives cannot share a handle."
      )
    }
    if (handles.length === 0) {
      return
    }
    const taken = await this.listCooperatives(
      { handle: handles },
      { select: ["id", "handle"] },
      sharedContext
    )
    const clash = taken.find((c) => !exceptIds.includes(c.id))
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `The handle "${clash.handle}" is already taken by another cooperative; choose another.`
      )
    }
  }

  @InjectManager()
  protected async assertCertificatesBelong(
    origins: CreateProductOriginInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const ids = origins.flatMap((o) => o.certification_ids ?? [])
    if (ids.length === 0) {
      return
    }
    const certificates = await this.listCertifications(
      { id: ids },
      { select: ["id", "cooperative_id"] },
      sharedContext
    )
    const owner = new Map(certificates.map((c) => [c.id, c.cooperative_id]))
    for (const origin of origins) {
      for (const id of origin.certification_ids ?? []) {
        if (owner.get(id) !== origin.cooperative_id) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Certificate ${id} does not belong to this product's cooperative.`
          )
        }
      }
    }
  }

  /** The marketplace's switches; the defaults until the operator first changes one. */
  @InjectManager()
  async getMarketplaceSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MarketplaceSettings & { id: string | null }> {
    const [row] = await this.listMarketplaceSettings(
      {},
      { take: 1, order: { created_at: "ASC" } },
      sharedContext
    )
    return {
      id: row?.id ?? null,
      listings_need_approval: row?.listings_need_approval ?? false,
    }
  }

  /** A document's bytes, read only when someone downloads it. */
  @InjectManager()
  async retrieveCooperativeDocumentContent(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Buffer> {
    const document = await this.retrieveCooperativeDocument(
      id,
      { select: ["id", "content"] },
      sharedContext
    )
    return Buffer.from(document.content, "base64")
  }
}

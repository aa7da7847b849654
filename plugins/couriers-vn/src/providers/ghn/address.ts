import { foldName } from "../../lib/fold"
import { type GhnClient, GhnError } from "./client"
import type { GhnDistrict, GhnProvince, GhnWard } from "./types"

/** Where GHN knows a commune: its own district id and ward code. */
export type GhnPlace = { district_id: number; ward_code: string }

/** Our place by name: the 2025 province's name and the commune or ward's full name. */
export type NamedPlace = { province_name: string; commune_name: string }

const UNIT_WORDS =
  /^(tinh|thanh pho|tp|xa|phuong|thi tran|dac khu|quan|huyen|thi xa)\s+/

/** A name without its unit word: "Xã Trạm Tấu" and "Trạm Tấu" both give "tram tau". */
const bareName = (name: string): string =>
  foldName(name).replace(UNIT_WORDS, "")

const names = (main: string, extensions?: string[] | null): string[] => [
  main,
  ...(Array.isArray(extensions) ? extensions : []),
]

/**
 * Finds GHN's district id and ward code for one of our communes by name: GHN's province whose
 * name (or one of its NameExtension spellings) folds to ours, then the one ward in that
 * province's districts whose name does, compared without accents and unit words (and by full
 * name first when two wards share a bare name). GHN's master data is loaded lazily and kept in
 * memory for the life of the process.
 *
 * Our own codes never depend on GHN's ids: this only translates at the edge. Since the 2025
 * reform GHN's province/district/ward tree may lag the 34-province list (a merged province's
 * communes sit under their old province in GHN), so a commune can fail to match; the provider
 * then falls back to the table tariff. A maintained table (2025 commune code → GHN district id
 * and ward code) is the sturdy replacement for this name matching.
 */
export class GhnAddressResolver {
  private readonly client_: GhnClient
  private provinces_?: Promise<GhnProvince[]>
  private readonly districts_ = new Map<number, Promise<GhnDistrict[]>>()
  private readonly wards_ = new Map<number, Promise<GhnWard[]>>()
  private readonly places_ = new Map<string, GhnPlace>()

  constructor(client: GhnClient) {
    this.client_ = client
  }

  async resolve(place: NamedPlace): Promise<GhnPlace> {
    const key = `${foldName(place.province_name)}|${foldName(place.commune_name)}`
    const known = this.places_.get(key)
    if (known) {
      return known
    }
    const province = await this.findProvince(place.province_name)
    const districts = await this.cached(
      this.districts_,
      province.ProvinceID,
      (id) => this.client_.districts(id)
    )
    const wardLists = await Promise.all(
      districts.map((district) =>
        this.cached(this.wards_, district.DistrictID, (id) =>
          this.client_.wards(id)
        )
      )
    )
    const wards = wardLists.flat()
    const full = foldName(place.commune_name)
    const bare = bareName(place.commune_name)
    const byFullName = wards.filter((ward) =>
      names(ward.WardName, ward.NameExtension).some(
        (name) => foldName(name) === full
      )
    )
    const candidates =
      byFullName.length > 0
        ? byFullName
        : wards.filter((ward) =>
            names(ward.WardName, ward.NameExtension).some(
              (name) => bareName(name) === bare
            )
          )
    const [ward, ...others] = candidates
    if (!ward) {
      throw new GhnError(
        `GHN has no ward named "${place.commune_name}" in ${province.ProvinceName}`
      )
    }
    if (others.length > 0) {
      throw new GhnError(
        `GHN has ${candidates.length} wards named "${place.commune_name}" in ${province.ProvinceName}`
      )
    }
    const resolved = { district_id: ward.DistrictID, ward_code: ward.WardCode }
    this.places_.set(key, resolved)
    return resolved
  }

  private async findProvince(name: string): Promise<GhnProvince> {
    if (!this.provinces_) {
      this.provinces_ = this.client_.provinces()
      this.provinces_.catch(() => {
        this.provinces_ = undefined
      })
    }
    const provinces = await this.provinces_
    const wanted = bareName(name)
    const province = provinces.find((candidate) =>
      names(candidate.ProvinceName, candidate.NameExtension).some(
        (spelling) => bareName(spelling) === wanted
      )
    )
    if (!province) {
      throw new GhnError(`GHN has no province named "${name}"`)
    }
    return province
  }

  /** One request per id, shared by concurrent quotes; a failed request is forgotten so it is retried. */
  private cached<T>(
    cache: Map<number, Promise<T>>,
    id: number,
    load: (id: number) => Promise<T>
  ): Promise<T> {
    const known = cache.get(id)
    if (known) {
      return known
    }
    const loading = load(id)
    cache.set(id, loading)
    loading.catch(() => {
      cache.delete(id)
    })
    return loading
  }
}

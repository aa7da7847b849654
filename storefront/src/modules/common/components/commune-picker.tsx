"use client"

import { useMemo, useState, useTransition } from "react"

import { foldVietnamese } from "@/modules/seller/validate"

export type PlaceOption = { code: string; name: string }

export type CommunePickerLabels = {
  province: string
  commune: string
  communeSearch: string
  choose: string
  chooseProvinceFirst: string
}

/** The class names of the form the picker sits in, so it looks like the fields around it. */
export type CommunePickerClasses = {
  field: string
  label: string
  input: string
  select: string
  invalid: string
  error: string
}

export type CommunePickerProps = {
  provinces: PlaceOption[]
  /** The communes of `provinceCode`, when the page already knows them. */
  initialCommunes: PlaceOption[]
  provinceCode?: string
  communeCode?: string
  provinceError?: string
  communeError?: string
  /** A server action answering a province's communes, in the page's language. */
  loadCommunes: (provinceCode: string) => Promise<PlaceOption[]>
  labels: CommunePickerLabels
  classes: CommunePickerClasses
  /** The form fields' names. */
  names?: { province: string; commune: string }
  /** Called with the chosen commune's code (empty when none), e.g. to clear its error. */
  onCommuneChange?: (code: string) => void
}

const fieldId = (name: string): string =>
  `field-${name.replace(/[^\w-]/g, "-")}`

const PickerError = ({
  id,
  error,
  className,
}: {
  id: string
  error?: string
  className: string
}) =>
  error ? (
    <p id={id} className={className} role="alert">
      {error}
    </p>
  ) : null

/**
 * Province, then commune or ward, from the 2025 units. The commune list can be narrowed by
 * typing part of the name, with or without accents ("tram tau" finds Trạm Tấu). Shared by the
 * seller portal's forms and the buyer's delivery address.
 */
export const CommunePicker = ({
  provinces,
  initialCommunes,
  provinceCode = "",
  communeCode = "",
  provinceError,
  communeError,
  loadCommunes,
  labels,
  classes,
  names = { province: "province_code", commune: "commune_code" },
  onCommuneChange,
}: CommunePickerProps) => {
  const [province, setProvince] = useState(provinceCode)
  const [communes, setCommunes] = useState(initialCommunes)
  const [commune, setCommune] = useState(communeCode)
  const [search, setSearch] = useState("")
  const [loading, startLoading] = useTransition()

  const shown = useMemo(() => {
    const needle = foldVietnamese(search.trim())
    const matching = needle
      ? communes.filter((option) =>
          foldVietnamese(option.name).includes(needle)
        )
      : communes
    const chosen = communes.find((option) => option.code === commune)
    return chosen && !matching.includes(chosen)
      ? [chosen, ...matching]
      : matching
  }, [communes, search, commune])

  const chooseCommune = (code: string) => {
    setCommune(code)
    onCommuneChange?.(code)
  }

  const chooseProvince = (code: string) => {
    setProvince(code)
    chooseCommune("")
    setSearch("")
    setCommunes([])
    if (code) {
      startLoading(async () => {
        setCommunes(await loadCommunes(code))
      })
    }
  }

  const provinceId = fieldId(names.province)
  const communeId = fieldId(names.commune)
  return (
    <>
      <div className={classes.field}>
        <label htmlFor={provinceId} className={classes.label}>
          {labels.province}
        </label>
        <select
          id={provinceId}
          name={names.province}
          value={province}
          onChange={(event) => chooseProvince(event.target.value)}
          className={`${classes.select} ${provinceError ? classes.invalid : ""}`}
          aria-invalid={provinceError ? true : undefined}
          aria-describedby={provinceError ? `${provinceId}-error` : undefined}
          required
        >
          <option value="">{labels.choose}</option>
          {provinces.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        <PickerError
          id={`${provinceId}-error`}
          error={provinceError}
          className={classes.error}
        />
      </div>
      <div className={classes.field}>
        <label htmlFor={communeId} className={classes.label}>
          {labels.commune}
        </label>
        <input
          type="search"
          className={classes.input}
          placeholder={labels.communeSearch}
          aria-label={labels.communeSearch}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          disabled={!province || loading}
          maxLength={60}
        />
        <select
          id={communeId}
          name={names.commune}
          value={commune}
          onChange={(event) => chooseCommune(event.target.value)}
          className={`${classes.select} ${communeError ? classes.invalid : ""}`}
          aria-invalid={communeError ? true : undefined}
          aria-describedby={communeError ? `${communeId}-error` : undefined}
          aria-busy={loading}
          disabled={!province || loading}
          required
        >
          <option value="">
            {province ? labels.choose : labels.chooseProvinceFirst}
          </option>
          {shown.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        <PickerError
          id={`${communeId}-error`}
          error={communeError}
          className={classes.error}
        />
      </div>
    </>
  )
}

"use client"

import { useTranslations } from "next-intl"
import { useMemo, useState, useTransition } from "react"

import { loadCommunesAction } from "../actions"
import { foldVietnamese } from "../validate"
import { FieldError, fieldId } from "./field"
import styles from "./seller.module.css"

type Option = { code: string; name: string }

type CommunePickerProps = {
  provinces: Option[]
  /** The communes of `provinceCode`, when the page already knows them. */
  initialCommunes: Option[]
  provinceCode?: string
  communeCode?: string
  provinceError?: string
  communeError?: string
}

/**
 * Province, then commune or ward, from the 2025 units. The commune list can be narrowed by
 * typing part of the name, with or without accents ("tram tau" finds Trạm Tấu).
 */
export const CommunePicker = ({
  provinces,
  initialCommunes,
  provinceCode = "",
  communeCode = "",
  provinceError,
  communeError,
}: CommunePickerProps) => {
  const t = useTranslations("seller.apply")
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

  const chooseProvince = (code: string) => {
    setProvince(code)
    setCommune("")
    setSearch("")
    setCommunes([])
    if (code) {
      startLoading(async () => {
        setCommunes(await loadCommunesAction(code))
      })
    }
  }

  const provinceId = fieldId("province_code")
  const communeId = fieldId("commune_code")
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={provinceId} className={styles.label}>
          {t("province")}
        </label>
        <select
          id={provinceId}
          name="province_code"
          value={province}
          onChange={(event) => chooseProvince(event.target.value)}
          className={`${styles.select} ${provinceError ? styles.invalid : ""}`}
          aria-invalid={provinceError ? true : undefined}
          aria-describedby={provinceError ? `${provinceId}-error` : undefined}
          required
        >
          <option value="">{t("choose")}</option>
          {provinces.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        <FieldError id={`${provinceId}-error`} error={provinceError} />
      </div>
      <div className={styles.field}>
        <label htmlFor={communeId} className={styles.label}>
          {t("commune")}
        </label>
        <input
          type="search"
          className={styles.input}
          placeholder={t("communeSearch")}
          aria-label={t("communeSearch")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          disabled={!province || loading}
          maxLength={60}
        />
        <select
          id={communeId}
          name="commune_code"
          value={commune}
          onChange={(event) => setCommune(event.target.value)}
          className={`${styles.select} ${communeError ? styles.invalid : ""}`}
          aria-invalid={communeError ? true : undefined}
          aria-describedby={communeError ? `${communeId}-error` : undefined}
          aria-busy={loading}
          disabled={!province || loading}
          required
        >
          <option value="">
            {province ? t("choose") : t("chooseProvinceFirst")}
          </option>
          {shown.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        <FieldError id={`${communeId}-error`} error={communeError} />
      </div>
    </>
  )
}

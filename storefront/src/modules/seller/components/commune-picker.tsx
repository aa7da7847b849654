"use client"

import { useTranslations } from "next-intl"

import {
  CommunePicker as PlacePicker,
  type PlaceOption,
} from "@/modules/common/components/commune-picker"

import { loadCommunesAction } from "../actions"
import styles from "./seller.module.css"

type CommunePickerProps = {
  provinces: PlaceOption[]
  /** The communes of `provinceCode`, when the page already knows them. */
  initialCommunes: PlaceOption[]
  provinceCode?: string
  communeCode?: string
  provinceError?: string
  communeError?: string
}

const CLASSES = {
  field: styles.field ?? "",
  label: styles.label ?? "",
  input: styles.input ?? "",
  select: styles.select ?? "",
  invalid: styles.invalid ?? "",
  error: styles.error ?? "",
}

/** The shared province → commune picker in the portal's words and looks. */
export const CommunePicker = (props: CommunePickerProps) => {
  const t = useTranslations("seller.apply")
  return (
    <PlacePicker
      {...props}
      loadCommunes={loadCommunesAction}
      labels={{
        province: t("province"),
        commune: t("commune"),
        communeSearch: t("communeSearch"),
        choose: t("choose"),
        chooseProvinceFirst: t("chooseProvinceFirst"),
      }}
      classes={CLASSES}
    />
  )
}

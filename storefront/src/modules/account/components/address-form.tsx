"use client"

import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import { formatVnMobile } from "@/lib/util/phone"
import type { AccountAddress } from "@/types/account"
import {
  CommunePicker,
  type PlaceOption,
} from "@/modules/common/components/commune-picker"
import { Field, FormMessage } from "@/modules/seller/components/field"
import styles from "@/modules/seller/components/seller.module.css"
import { SubmitButton } from "@/modules/seller/components/submit-button"

import { loadCommunesAction, saveAddressAction } from "../actions"
import { addressProblems } from "../validate"
import { useCheckedForm } from "./use-checked-form"

type AddressFormProps = {
  provinces: PlaceOption[]
  /** The communes of the address's province, when editing one. */
  communes: PlaceOption[]
  /** The address being edited; a new one when absent. */
  address?: AccountAddress
}

const pickerClasses = {
  field: styles.field ?? "",
  label: styles.label ?? "",
  input: styles.input ?? "",
  select: styles.select ?? "",
  invalid: styles.invalid ?? "",
  error: styles.error ?? "",
}

/**
 * One address of the book: recipient, mobile, province → commune or ward of 2025 (type to
 * narrow, accents optional), then the street or hamlet line.
 */
export const AddressForm = ({
  provinces,
  communes,
  address,
}: AddressFormProps) => {
  const t = useTranslations("account")
  const { state, pending, formProps } = useCheckedForm(
    saveAddressAction,
    addressProblems
  )
  const errors = state.errors ?? {}
  const values = state.values
  return (
    <form
      {...formProps}
      className={styles.form}
      noValidate
      data-testid="address-form"
    >
      <FormMessage message={state.message} />
      {address && <input type="hidden" name="address_id" value={address.id} />}
      <Field
        name="name"
        label={t("address.name")}
        autoComplete="shipping name"
        maxLength={100}
        required
        defaultValue={values?.name ?? address?.name}
        error={errors.name}
      />
      <Field
        name="phone"
        label={t("address.phone")}
        type="tel"
        inputMode="tel"
        autoComplete="shipping tel"
        maxLength={20}
        placeholder="0912 345 678"
        required
        defaultValue={
          values?.phone ?? (address ? formatVnMobile(address.phone) : undefined)
        }
        error={errors.phone}
      />
      <CommunePicker
        provinces={provinces}
        initialCommunes={communes}
        provinceCode={values?.province_code ?? address?.provinceCode}
        communeCode={values?.commune_code ?? address?.communeCode}
        provinceError={errors.province_code}
        communeError={errors.commune_code}
        loadCommunes={loadCommunesAction}
        labels={{
          province: t("address.province"),
          commune: t("address.commune"),
          communeSearch: t("address.communeSearch"),
          choose: t("address.choose"),
          chooseProvinceFirst: t("address.chooseProvinceFirst"),
        }}
        classes={pickerClasses}
      />
      <Field
        name="address_1"
        label={t("address.line")}
        hint={t("address.lineHint")}
        autoComplete="shipping address-line1"
        maxLength={200}
        required
        defaultValue={values?.address_1 ?? address?.line}
        error={errors.address_1}
      />
      <div className={styles.actions}>
        <SubmitButton
          pending={pending}
          pendingLabel={t("saving")}
          testId="address-submit"
        >
          {t("address.submit")}
        </SubmitButton>
        <Link href="/account/addresses">{t("address.back")}</Link>
      </div>
    </form>
  )
}

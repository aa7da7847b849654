import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { formatVnMobile } from "@/lib/util/phone"
import type { AccountAddress, PostalAddress } from "@/types/account"

import { deleteAddressAction, setDefaultAddressAction } from "../actions"
import { editAddressHref } from "../paths"
import styles from "./account.module.css"

/** An address as a parcel label reads: recipient and phone, street, commune, province. */
export const AddressText = ({
  address,
  provinceName,
}: {
  address: PostalAddress
  provinceName?: string
}) => (
  <p className={styles.addressText} data-testid="address-text">
    <strong>{address.name}</strong>
    {address.phone && <span>{formatVnMobile(address.phone)}</span>}
    <span>
      {[address.line, address.communeName, provinceName]
        .filter(Boolean)
        .join(", ")}
    </span>
  </p>
)

/** One address of the book with what can be done to it: edit, make default, delete. */
export const AddressCard = async ({
  address,
  provinceName,
}: {
  address: AccountAddress
  provinceName?: string
}) => {
  const t = await getTranslations("account.address")
  return (
    <li
      className={styles.address}
      data-default={address.isDefaultShipping}
      data-testid="address"
    >
      {address.isDefaultShipping && (
        <span className={styles.badge} data-testid="address-default">
          {t("default")}
        </span>
      )}
      <AddressText address={address} provinceName={provinceName} />
      {!address.communeCode && <p className={styles.old}>{t("before2025")}</p>}
      <div className={styles.actions}>
        <Link
          href={editAddressHref(address.id)}
          className={styles.action}
          aria-label={t("editLabel", { name: address.name })}
          data-testid="address-edit"
        >
          {t("edit")}
        </Link>
        {!address.isDefaultShipping && (
          <form action={setDefaultAddressAction}>
            <input type="hidden" name="address_id" value={address.id} />
            <button
              type="submit"
              className={styles.action}
              data-testid="address-make-default"
            >
              {t("makeDefault")}
            </button>
          </form>
        )}
        {/* Deleting takes a second tap, and works without JavaScript. */}
        <details className={styles.confirm}>
          <summary>{t("delete")}</summary>
          <form action={deleteAddressAction}>
            <input type="hidden" name="address_id" value={address.id} />
            <button
              type="submit"
              className={styles.action}
              data-testid="address-delete"
            >
              {t("deleteConfirm")}
            </button>
          </form>
        </details>
      </div>
    </li>
  )
}

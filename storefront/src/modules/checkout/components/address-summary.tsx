import { formatVnMobile } from "@/lib/util/phone"

import styles from "./checkout.module.css"

/** Where the parcels go, as a courier's label would read it. */
export const AddressSummary = ({
  name,
  phone,
  line,
  communeName,
  provinceName,
  email,
}: {
  name: string
  phone: string
  line: string
  communeName: string
  provinceName?: string
  email?: string
}) => (
  <address className={styles.address} data-testid="address-summary">
    <strong>{name}</strong>
    <span>{formatVnMobile(phone)}</span>
    <span>{line}</span>
    <span>{[communeName, provinceName].filter(Boolean).join(", ")}</span>
    {email ? <span>{email}</span> : null}
  </address>
)

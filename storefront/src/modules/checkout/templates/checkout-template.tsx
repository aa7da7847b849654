import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { deliveryComplete } from "@/lib/data/cart-adapter"
import { BuyingMessages } from "@/modules/cart/components/buying-messages"
import { CartGroupCard, lineShort } from "@/modules/cart/components/cart-group"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { CART_PATH, CHECKOUT_PATH } from "@/modules/cart/paths"
import type { PlaceOption } from "@/modules/common/components/commune-picker"
import { Price } from "@/modules/common/components/price"
import type { Cart, DeliveryGroup, PaymentMethod } from "@/types/cart"

import { AddressSummary } from "../components/address-summary"
import styles from "../components/checkout.module.css"
import { ContactForm } from "../components/contact-form"
import { DeliveryForm } from "../components/delivery-form"
import { PlaceOrderForm } from "../components/place-order-form"
import { StepHeading } from "../components/step-heading"
import type { ContactInput } from "../validate"

type CheckoutTemplateProps = {
  cart: Cart
  delivery?: DeliveryGroup[]
  provinces: PlaceOption[]
  /** The communes of the prefilled address's province, for the picker. */
  communes: PlaceOption[]
  payments: PaymentMethod[]
  /** The Stripe publishable key, when a card is among `payments`. */
  stripeKey?: string
  /** What the address form starts with (the cart's address, or the buyer's address book). */
  prefill: Partial<ContactInput>
  /** The buyer asked to change a saved address. */
  editingAddress: boolean
}

/**
 * The checkout on one page, step under step: address, a delivery per cooperative, payment,
 * review. A step opens once the one before it is saved; the order can be placed once all are.
 */
export const CheckoutTemplate = async ({
  cart,
  delivery,
  provinces,
  communes,
  payments,
  stripeKey,
  prefill,
  editingAddress,
}: CheckoutTemplateProps) => {
  const t = await getTranslations("checkout")
  const address = cart.address
  const contactSaved = Boolean(address && cart.email && address.communeCode)
  const showContactForm = !contactSaved || editingAddress
  const deliveryDone = contactSaved && deliveryComplete(cart)
  const short = cart.groups.some((group) => group.lines.some(lineShort))
  const ready = deliveryDone && !showContactForm && !short
  const provinceName = provinces.find(
    (province) => province.code === address?.provinceCode
  )?.name
  const addressSummary = address ? (
    <AddressSummary
      name={address.name}
      phone={address.phone}
      line={address.line}
      communeName={address.communeName}
      provinceName={provinceName}
      email={cart.email}
    />
  ) : null

  return (
    <BuyingMessages>
      <div className={styles.page}>
        <p className={styles.back}>
          <Link href={CART_PATH}>{t("backToCart")}</Link>
        </p>
        <h1>{t("title")}</h1>

        <section
          className={styles.step}
          aria-labelledby="step-address"
          data-testid="step-address"
        >
          <StepHeading
            id="step-address"
            number={1}
            title={t("stepAddress")}
            state={showContactForm ? "current" : "done"}
          />
          {showContactForm ? (
            <ContactForm
              provinces={provinces}
              communes={communes}
              saved={prefill}
            />
          ) : (
            <div className={styles.summary}>
              {addressSummary}
              <Link
                href={{ pathname: CHECKOUT_PATH, query: { edit: "address" } }}
                className={styles.edit}
                data-testid="edit-address"
              >
                {t("editAddress")}
              </Link>
            </div>
          )}
        </section>

        <section
          className={styles.step}
          aria-labelledby="step-delivery"
          data-testid="step-delivery"
        >
          <StepHeading
            id="step-delivery"
            number={2}
            title={t("stepDelivery")}
            state={
              !contactSaved || showContactForm
                ? "later"
                : deliveryDone
                  ? "done"
                  : "current"
            }
          />
          {contactSaved && !showContactForm && delivery && address ? (
            <>
              <p className={styles.muted}>{t("deliveryIntro")}</p>
              <DeliveryForm
                groups={delivery}
                communeName={address.communeName}
              />
            </>
          ) : (
            <p className={styles.muted}>{t("deliveryNeedsAddress")}</p>
          )}
        </section>

        <PlaceOrderForm
          methods={payments}
          ready={ready}
          stripeKey={stripeKey}
          billing={{
            name: address?.name,
            email: cart.email,
            phone: address?.phone,
          }}
          paymentHeading={
            <StepHeading
              id="step-payment"
              number={3}
              title={t("stepPayment")}
              state={ready ? "done" : "later"}
            />
          }
          reviewHeading={
            <StepHeading
              id="step-review"
              number={4}
              title={t("stepReview")}
              state={ready ? "current" : "later"}
            />
          }
        >
          <div className={styles.review} data-testid="review">
            {cart.groups.map((group) => (
              <CartGroupCard
                key={group.cooperative.id}
                group={group}
                editable={false}
              />
            ))}
            {addressSummary && !showContactForm ? (
              <div className={styles.shipTo}>
                <h3>{t("shipTo")}</h3>
                {addressSummary}
              </div>
            ) : null}
            <CartTotals cart={cart}>
              {deliveryDone ? (
                <>
                  <p className={styles.cod} data-testid="review-cod">
                    <span>{t("codTotal")}</span>
                    <Price amount={cart.total} />
                  </p>
                  {stripeKey ? (
                    <p className={styles.cardDue} data-testid="review-card">
                      <span>{t("cardTotal")}</span>
                      <Price amount={cart.total} />
                    </p>
                  ) : null}
                </>
              ) : null}
            </CartTotals>
          </div>
        </PlaceOrderForm>
      </div>
    </BuyingMessages>
  )
}

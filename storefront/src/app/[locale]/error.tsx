"use client"

import { useTranslations } from "next-intl"

type ErrorPageProps = {
  retry: () => void
}

// Shown when the backend cannot be reached or answers with an error; the details are in the
// server's log, not on the page.
export default function ErrorPage({ retry }: ErrorPageProps) {
  const t = useTranslations("error")
  return (
    <section className="message-page" aria-labelledby="error-title">
      <h1 id="error-title">{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" className="button" onClick={() => retry()}>
        {t("retry")}
      </button>
    </section>
  )
}

type NotFoundTemplateProps = {
  title: string
  body: string
  backHome: { href: string; label: string }
}

/** The 404 message, shared by the localized pages and the bare one for non-page addresses. */
export const NotFoundTemplate = ({
  title,
  body,
  backHome,
}: NotFoundTemplateProps) => (
  <section className="message-page" aria-labelledby="not-found-title">
    <h1 id="not-found-title" data-testid="not-found">
      {title}
    </h1>
    <p>{body}</p>
    <a className="button" href={backHome.href}>
      {backHome.label}
    </a>
  </section>
)

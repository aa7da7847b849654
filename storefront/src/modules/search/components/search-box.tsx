"use client"

import { useLocale, useTranslations } from "next-intl"
import { useRouter, useSearchParams } from "next/navigation"
import {
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from "react"

import { usePathname } from "@/i18n/navigation"
import {
  normalizeSearchText,
  SEARCH_QUERY_MAX_LENGTH,
} from "@/lib/util/search-query"
import type { SearchSuggestion } from "@/types/search"

import styles from "./search-box.module.css"

/** Keystrokes closer together than this make one request. */
const DEBOUNCE_MS = 150

type SearchBoxProps = {
  /** The results page in the page's language: "/tim-kiem" or "/en/search". */
  action: string
}

type BoxProps = SearchBoxProps & {
  initialQuery: string
  /**
   * Without the script, the prerendered box and the streamed one both stay in the page (one
   * hidden) at the same place in the tree: their ids must differ all the same.
   */
  instance: "live" | "static"
}

const readSuggestions = async (response: Response) => {
  if (!response.ok) {
    return []
  }
  const body = (await response.json()) as { suggestions?: unknown }
  return Array.isArray(body.suggestions)
    ? (body.suggestions as SearchSuggestion[])
    : []
}

const SearchIcon = () => (
  <svg
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 24 24"
    width="20"
    height="20"
    fill="none"
    stroke="currentColor"
    strokeWidth="2.25"
    strokeLinecap="round"
  >
    <circle cx="10.5" cy="10.5" r="6.5" />
    <path d="m15.5 15.5 5 5" />
  </svg>
)

/**
 * The header's search: a plain GET form to the results page, so it works before (or without)
 * the page's script. With the script, suggestions come as one types (ARIA 1.2 combobox with a
 * listbox): ↑/↓ move through them, Enter opens the chosen product (or searches when none is
 * chosen), Escape closes them, then clears the box.
 */
const Box = ({ action, initialQuery, instance }: BoxProps) => {
  const t = useTranslations("searchBox")
  const locale = useLocale()
  const router = useRouter()
  const id = `${useId()}${instance}`
  const listId = `${id}-list`
  const optionId = (index: number) => `${id}-option-${index}`
  const [query, setQuery] = useState(initialQuery)
  const [suggestions, setSuggestions] = useState<SearchSuggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const request = useRef<AbortController | undefined>(undefined)

  const cancel = () => {
    clearTimeout(timer.current)
    request.current?.abort()
    request.current = undefined
  }

  useEffect(() => cancel, [])

  const close = () => {
    setOpen(false)
    setActive(-1)
  }

  const suggest = (value: string) => {
    cancel()
    const q = normalizeSearchText(value)
    if (q === "") {
      setSuggestions([])
      close()
      return
    }
    timer.current = setTimeout(() => {
      const controller = new AbortController()
      request.current = controller
      const url = `/api/search/suggest?${new URLSearchParams({ q, locale })}`
      fetch(url, { signal: controller.signal })
        .then(readSuggestions)
        .then((found) => {
          if (controller.signal.aborted) {
            return
          }
          setSuggestions(found)
          setActive(-1)
          setOpen(found.length > 0)
        })
        // Aborted by the next keystroke, or the network failed: no suggestions, search still works.
        .catch(() => undefined)
    }, DEBOUNCE_MS)
  }

  const search = (value: string) => {
    cancel()
    close()
    const q = normalizeSearchText(value)
    router.push(q === "" ? action : `${action}?${new URLSearchParams({ q })}`)
  }

  // The suggestions, then "see every result" as the last choice.
  const optionCount = open ? suggestions.length + 1 : 0

  const choose = (index: number) => {
    const suggestion = suggestions[index]
    if (suggestion) {
      cancel()
      close()
      router.push(suggestion.href)
    } else {
      search(query)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault()
        if (!open) {
          if (suggestions.length > 0 && normalizeSearchText(query) !== "") {
            setOpen(true)
            setActive(0)
          }
          return
        }
        setActive((current) => (current + 1) % optionCount)
        return
      case "ArrowUp":
        if (open) {
          event.preventDefault()
          setActive((current) => (current <= 0 ? optionCount - 1 : current - 1))
        }
        return
      case "Enter":
        if (open && active >= 0) {
          event.preventDefault()
          choose(active)
        }
        return
      case "Escape":
        if (open) {
          event.preventDefault()
          close()
        } else if (query !== "") {
          event.preventDefault()
          cancel()
          setQuery("")
          setSuggestions([])
        }
        return
      case "Tab":
        close()
        return
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    search(query)
  }

  const count = suggestions.length
  return (
    <form
      role="search"
      className={styles.form}
      action={action}
      method="get"
      onSubmit={onSubmit}
      data-testid="search-form"
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t("label")}
      </label>
      <div className={styles.field}>
        <input
          id={`${id}-input`}
          className={styles.input}
          type="search"
          name="q"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={
            open && active >= 0 ? optionId(active) : undefined
          }
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          placeholder={t("placeholder")}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            suggest(event.target.value)
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (suggestions.length > 0 && normalizeSearchText(query) !== "") {
              setOpen(true)
            }
          }}
          onBlur={close}
          data-testid="search-input"
        />
        <button
          type="submit"
          className={styles.submit}
          aria-label={t("submit")}
          data-testid="search-submit"
        >
          <SearchIcon />
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        className={styles.list}
        hidden={!open}
        // Pressing an option must not take the focus from the box (which would close the list).
        onMouseDown={(event) => event.preventDefault()}
        data-testid="search-suggestions"
      >
        {open
          ? suggestions.map((suggestion, index) => (
              <li
                key={suggestion.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={styles.option}
                onClick={() => choose(index)}
                data-testid="search-suggestion"
              >
                {suggestion.thumbnail ? (
                  // eslint-disable-next-line @next/next/no-img-element -- the backend's own rendition; the title beside it names the product
                  <img
                    className={styles.thumb}
                    src={suggestion.thumbnail}
                    alt=""
                    width={48}
                    height={48}
                    decoding="async"
                  />
                ) : (
                  <span className={styles.thumb} aria-hidden="true" />
                )}
                <span className={styles.text}>
                  <span
                    className={styles.title}
                    data-testid="search-suggestion-title"
                  >
                    {suggestion.title}
                  </span>
                  <span className={styles.meta}>
                    {suggestion.cooperativeName}
                  </span>
                </span>
                {suggestion.price ? (
                  <span
                    className={styles.price}
                    data-testid="search-suggestion-price"
                  >
                    {suggestion.price}
                  </span>
                ) : null}
              </li>
            ))
          : null}
        {open ? (
          <li
            id={optionId(count)}
            role="option"
            aria-selected={active === count}
            className={`${styles.option} ${styles.all}`}
            onClick={() => choose(count)}
            data-testid="search-see-all"
          >
            {t("seeAll", { q: normalizeSearchText(query) })}
          </li>
        ) : null}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {open ? t("suggestionCount", { count }) : ""}
      </p>
    </form>
  )
}

/** On the results page the box starts with the words searched for; elsewhere it is empty. */
export const SearchBox = ({ action }: SearchBoxProps) => {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const initialQuery =
    pathname === "/search" ? (searchParams.get("q") ?? "") : ""
  // Another page or a new search (a "did you mean" link, the back button) starts the box afresh.
  return (
    <Box
      key={`${pathname}?${initialQuery}`}
      action={action}
      initialQuery={initialQuery}
      instance="live"
    />
  )
}

/** The same box, empty, while the browser has not read the address yet (prerendered pages). */
export const SearchBoxWithoutQuery = ({ action }: SearchBoxProps) => (
  <Box action={action} initialQuery="" instance="static" />
)

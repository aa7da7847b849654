"use client"

import {
  type MouseEvent,
  type PointerEvent,
  type ToggleEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
} from "react"

import styles from "./definition-tip.module.css"

const HIDE_DELAY_MS = 200
const GAP_PX = 6
const EDGE_PX = 8

/**
 * A small ⓘ button that tells what a figure means: a tap (or Enter) opens the text and keeps it
 * open until the next tap elsewhere; a mouse resting on the button shows it while it stays there.
 * Built on the browser's popover, so a tap works before the page's script has loaded, and the
 * text sits above a table that scrolls sideways instead of being cut off by it.
 */
export const DefinitionTip = ({
  label,
  text,
}: {
  /** The button's name for screen readers: "Definition: Sales value". */
  label: string
  text: string
}) => {
  const id = `definition-${useId().replace(/[^\w-]/g, "")}`
  const button = useRef<HTMLButtonElement>(null)
  const tip = useRef<HTMLSpanElement>(null)
  /** Open because a mouse is over it, rather than because it was pressed. */
  const byHover = useRef(false)
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const listenFrame = useRef<number | undefined>(undefined)

  const close = useCallback(() => {
    if (tip.current?.matches(":popover-open")) {
      tip.current.hidePopover()
    }
  }, [])

  useEffect(
    () => () => {
      clearTimeout(hideTimer.current)
      cancelAnimationFrame(listenFrame.current ?? 0)
      document.removeEventListener("scroll", close, { capture: true })
    },
    [close]
  )

  const place = () => {
    const anchor = button.current?.getBoundingClientRect()
    const element = tip.current
    if (!anchor || !element) {
      return
    }
    const width = element.offsetWidth
    const height = element.offsetHeight
    const left = Math.min(
      Math.max(EDGE_PX, anchor.left + anchor.width / 2 - width / 2),
      window.innerWidth - width - EDGE_PX
    )
    const below = anchor.bottom + GAP_PX
    const top =
      below + height > window.innerHeight && anchor.top - GAP_PX - height > 0
        ? anchor.top - GAP_PX - height
        : below
    element.style.inset = "auto"
    element.style.margin = "0"
    element.style.left = `${Math.max(EDGE_PX, left)}px`
    element.style.top = `${top}px`
  }

  const onToggle = (event: ToggleEvent<HTMLSpanElement>) => {
    if (event.newState === "open") {
      place()
      // Placed for where the button is now: any later scroll, the page's or a table's, closes
      // it. Listening starts two frames on, once the scroll that brought the button into view
      // (its event is sent with the next frame) is over, so that one does not close it.
      listenFrame.current = requestAnimationFrame(() => {
        listenFrame.current = requestAnimationFrame(() => {
          document.addEventListener("scroll", close, {
            capture: true,
            once: true,
            passive: true,
          })
        })
      })
    } else {
      byHover.current = false
      cancelAnimationFrame(listenFrame.current ?? 0)
      document.removeEventListener("scroll", close, { capture: true })
    }
  }

  const showOnHover = (event: PointerEvent) => {
    if (event.pointerType !== "mouse") {
      return
    }
    clearTimeout(hideTimer.current)
    if (tip.current && !tip.current.matches(":popover-open")) {
      byHover.current = true
      tip.current.showPopover()
    }
  }

  const hideAfterHover = (event: PointerEvent) => {
    if (event.pointerType !== "mouse" || !byHover.current) {
      return
    }
    hideTimer.current = setTimeout(close, HIDE_DELAY_MS)
  }

  // Pressing a button the mouse has already opened keeps it open instead of closing it.
  const onClick = (event: MouseEvent) => {
    if (byHover.current) {
      event.preventDefault()
      byHover.current = false
    }
  }

  return (
    <span className={styles.wrap}>
      <button
        ref={button}
        type="button"
        className={styles.button}
        popoverTarget={id}
        aria-label={label}
        onClick={onClick}
        onPointerEnter={showOnHover}
        onPointerLeave={hideAfterHover}
        data-testid="definition-button"
      >
        {/* Drawn rather than the ⓘ character, which many phones' fonts lack. */}
        <svg
          aria-hidden
          focusable="false"
          width="18"
          height="18"
          viewBox="0 0 20 20"
          className={styles.icon}
        >
          <circle
            cx="10"
            cy="10"
            r="8.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
          <circle cx="10" cy="6.2" r="1.25" fill="currentColor" />
          <rect
            x="9"
            y="8.6"
            width="2"
            height="6.4"
            rx="1"
            fill="currentColor"
          />
        </svg>
      </button>
      <span
        ref={tip}
        id={id}
        popover="auto"
        role="tooltip"
        className={styles.tip}
        onToggle={onToggle}
        onPointerEnter={showOnHover}
        onPointerLeave={hideAfterHover}
        data-testid="definition-text"
      >
        {text}
      </span>
    </span>
  )
}

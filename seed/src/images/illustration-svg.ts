/**
 * Flat, honest illustrations for the demo seed: there is no photography (and no network), so every
 * product and cooperative gets a drawing built from simple shapes in its palette, with its label in a
 * caption band and a "Minh hoạ" tag so nobody mistakes it for a photo.
 *
 * Deterministic: the same spec gives the same SVG; a hash of the label varies the composition, so
 * products sharing a motif still differ a little.
 */
import type { IllustrationSpec } from "../catalogue/types"

/** The motifs drawn specifically; anything else falls back to a mountain landscape. */
export const ILLUSTRATION_MOTIFS = [
  "fruit",
  "terraces",
  "jar",
  "noodles",
  "mushroom",
  "meat",
  "weave",
  "leaf",
  "bee",
  "rice",
  "tea",
  "mountain",
] as const

export type IllustrationMotif = (typeof ILLUSTRATION_MOTIFS)[number]

export const ILLUSTRATION_TAG = "Minh hoạ"

const FONT_FAMILY = "DejaVu Sans, Arial, sans-serif"
const DEFAULT_PALETTE = ["#f3ead8", "#5b7f3a", "#c9822b"] as const
/** Width of the drawing's own coordinate system; the height follows the requested aspect. */
const VIEW_WIDTH = 1000

// ---------------------------------------------------------------------------------------------
// Small helpers: numbers, colours, randomness, escaping
// ---------------------------------------------------------------------------------------------

/** One decimal is plenty and keeps the SVG short and stable. */
const f = (value: number): string => {
  const rounded = Math.round(value * 10) / 10
  return Object.is(rounded, -0) ? "0" : String(rounded)
}

const at = <T>(items: readonly T[], index: number): T => {
  const item = items[Math.max(0, Math.min(items.length - 1, index))]
  if (item === undefined) {
    throw new Error("Illustration: empty list")
  }
  return item
}

type Rgb = [number, number, number]

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

const parseHex = (hex: string): Rgb => {
  const digits =
    hex.length === 4
      ? hex
          .slice(1)
          .split("")
          .map((d) => d + d)
          .join("")
      : hex.slice(1)
  return [
    parseInt(digits.slice(0, 2), 16),
    parseInt(digits.slice(2, 4), 16),
    parseInt(digits.slice(4, 6), 16),
  ]
}

const toHex = ([r, g, b]: Rgb): string =>
  "#" +
  [r, g, b]
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, "0")
    )
    .join("")

/** Linear mix: t = 0 gives a, t = 1 gives b. */
const mix = (a: string, b: string, t: number): string => {
  const [ar, ag, ab] = parseHex(a)
  const [br, bg, bb] = parseHex(b)
  return toHex([ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t])
}

const lighten = (c: string, t: number): string => mix(c, "#ffffff", t)
const darken = (c: string, t: number): string => mix(c, "#000000", t)

/** Relative luminance (WCAG). */
const luminance = (c: string): number => {
  const [r, g, b] = parseHex(c).map((v) => {
    const s = v / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (hi + 0.05) / (lo + 0.05)
}

type Colours = {
  bg: string
  main: string
  accent: string
  /** Darkest tone, for outlines and small details. */
  ink: string
  /** Near-white tone, for highlights. */
  light: string
  /** A neutral straw colour for bamboo, trays and poles. */
  bamboo: string
}

const colours = (palette: readonly string[]): Colours => {
  const given = palette.filter((c) => HEX_COLOUR.test(c))
  const valid: readonly string[] = given.length > 0 ? given : DEFAULT_PALETTE
  const bg = valid[0] ?? DEFAULT_PALETTE[0]
  const main =
    valid[1] ?? (luminance(bg) > 0.4 ? darken(bg, 0.5) : lighten(bg, 0.55))
  const accent =
    valid[2] ??
    (luminance(main) > 0.3 ? darken(main, 0.35) : lighten(main, 0.4))
  return {
    bg,
    main,
    accent,
    ink: mix(darken(main, 0.65), "#1d1a16", 0.5),
    light: mix(lighten(bg, 0.75), "#fffdf7", 0.5),
    bamboo: mix("#c39a57", bg, 0.15),
  }
}

/** FNV-1a, 32 bits. */
const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

type Rng = {
  /** A number in [0, 1). */
  next: () => number
  range: (min: number, max: number) => number
  int: (min: number, max: number) => number
  chance: (p: number) => boolean
}

/** mulberry32: small, fast and good enough for composition. */
const rng = (seed: number): Rng => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => Math.floor(min + (max - min + 1) * next()),
    chance: (p) => next() < p,
  }
}

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu

/** Escapes text for XML content and attribute values. */
export const escapeXml = (text: string): string =>
  text
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")

// ---------------------------------------------------------------------------------------------
// Shape helpers
// ---------------------------------------------------------------------------------------------

type Pt = readonly [number, number]

/** A smooth curve through the points (Catmull-Rom as cubic Béziers), without "M". */
const smoothThrough = (pts: readonly Pt[]): string => {
  let d = ""
  for (let i = 0; i < pts.length - 1; i += 1) {
    const [x0, y0] = at(pts, i - 1)
    const [x1, y1] = at(pts, i)
    const [x2, y2] = at(pts, i + 1)
    const [x3, y3] = at(pts, i + 2)
    d += `C${f(x1 + (x2 - x0) / 6)},${f(y1 + (y2 - y0) / 6)} ${f(x2 - (x3 - x1) / 6)},${f(y2 - (y3 - y1) / 6)} ${f(x2)},${f(y2)}`
  }
  return d
}

const moveTo = ([x, y]: Pt): string => `M${f(x)},${f(y)}`

const circle = (cx: number, cy: number, r: number, fill: string, extra = "") =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"${extra}/>`

const ellipse = (
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  extra = ""
) =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${extra}/>`

const path = (d: string, fill: string, extra = "") =>
  `<path d="${d}" fill="${fill}"${extra}/>`

const stroke = (colour: string, width: number, extra = "") =>
  ` fill="none" stroke="${colour}" stroke-width="${f(width)}" stroke-linecap="round" stroke-linejoin="round"${extra}`

const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  colour: string,
  width: number,
  extra = ""
) =>
  `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${colour}" stroke-width="${f(width)}" stroke-linecap="round"${extra}/>`

/** A pointed leaf from (0,0) along +x, placed at (x, y) and turned by `angle` degrees. */
const leaf = (
  x: number,
  y: number,
  length: number,
  angle: number,
  fill: string,
  vein?: string
): string => {
  const w = length * 0.36
  const shape = `M0,0 C${f(length * 0.25)},${f(-w)} ${f(length * 0.75)},${f(-w)} ${f(length)},0 C${f(length * 0.75)},${f(w)} ${f(length * 0.25)},${f(w)} 0,0Z`
  const veinLine = vein
    ? `<path d="M${f(length * 0.08)},0 L${f(length * 0.85)},0"${stroke(vein, length * 0.045, ' opacity="0.55"')}/>`
    : ""
  return `<g transform="translate(${f(x)} ${f(y)}) rotate(${f(angle)})">${path(shape, fill)}${veinLine}</g>`
}

/** Points of a jagged (or rolling) ridge across the width, from x = -40 to width + 40. */
const ridgePoints = (
  r: Rng,
  width: number,
  baseY: number,
  amplitude: number,
  segments: number
): Pt[] => {
  const pts: Pt[] = []
  const step = (width + 80) / segments
  for (let i = 0; i <= segments; i += 1) {
    const x =
      -40 + i * step + (i > 0 && i < segments ? r.range(-0.25, 0.25) * step : 0)
    const peak = i % 2 === 1
    const y = baseY - amplitude * (peak ? r.range(0.55, 1) : r.range(0, 0.3))
    pts.push([x, y])
  }
  return pts
}

const closeBelow = (width: number, bottom: number): string =>
  `L${f(width + 40)},${f(bottom)} L-40,${f(bottom)}Z`

const smoothRidge = (
  r: Rng,
  width: number,
  bottom: number,
  baseY: number,
  amplitude: number,
  segments: number,
  fill: string,
  extra = ""
): string => {
  const pts = ridgePoints(r, width, baseY, amplitude, segments)
  return path(
    `${moveTo(at(pts, 0))}${smoothThrough(pts)}${closeBelow(width, bottom)}`,
    fill,
    extra
  )
}

const jaggedRidge = (
  r: Rng,
  width: number,
  bottom: number,
  baseY: number,
  amplitude: number,
  segments: number,
  fill: string
): string => {
  const pts = ridgePoints(r, width, baseY, amplitude, segments)
  const d = pts.map(([x, y], i) => `${i === 0 ? "M" : "L"}${f(x)},${f(y)}`)
  return path(`${d.join(" ")} ${closeBelow(width, bottom)}`, fill)
}

/** A few small birds: flat "v" strokes. */
const birds = (r: Rng, c: Colours, width: number, height: number): string => {
  let s = ""
  const n = r.int(2, 3)
  const x0 = width * r.range(0.2, 0.7)
  const y0 = height * r.range(0.12, 0.22)
  for (let i = 0; i < n; i += 1) {
    const x = x0 + i * r.range(26, 46)
    const y = y0 + r.range(-18, 18)
    const w = r.range(9, 13)
    s += `<path d="M${f(x - w)},${f(y - w * 0.35)} Q${f(x - w * 0.4)},${f(y - w * 0.45)} ${f(x)},${f(y + w * 0.15)} Q${f(x + w * 0.4)},${f(y - w * 0.45)} ${f(x + w)},${f(y - w * 0.35)}"${stroke(mix(c.bg, c.ink, 0.55), 3)}/>`
  }
  return s
}

// ---------------------------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------------------------

type Scene = {
  c: Colours
  r: Rng
  /** Unique prefix for ids (clip paths) inside this SVG. */
  uid: string
  /** Width and height of the picture area (above the caption band). */
  width: number
  height: number
}

const sun = ({ c, r, width, height }: Scene): string =>
  circle(
    width * r.range(0.14, 0.86),
    height * r.range(0.17, 0.28),
    Math.min(width, height) * r.range(0.07, 0.1),
    mix(mix(c.bg, "#f3c15f", 0.55), c.accent, 0.1)
  )

/** Soft hills and a ground plane behind an object motif. */
const backdrop = (s: Scene, groundY: number, outdoor: boolean): string => {
  const { c, r, width, height } = s
  return [
    outdoor ? sun(s) : "",
    smoothRidge(
      r,
      width,
      height,
      height * 0.58,
      height * 0.12,
      6,
      mix(c.bg, c.main, 0.1)
    ),
    smoothRidge(
      r,
      width,
      height,
      height * 0.7,
      height * 0.08,
      5,
      mix(c.bg, c.main, 0.17)
    ),
    `<rect x="0" y="${f(groundY)}" width="${f(width)}" height="${f(height - groundY)}" fill="${mix(c.bg, c.main, 0.24)}"/>`,
  ].join("")
}

const mountainScene = (s: Scene): string => {
  const { c, r, width, height } = s
  const parts = [sun(s), birds(r, c, width, height)]
  const layers = 4
  for (let i = 0; i < layers; i += 1) {
    const t = i / (layers - 1)
    const baseY = height * (0.4 + i * 0.155)
    const amp = height * (0.22 - i * 0.035)
    const fill = mix(mix(c.bg, c.main, 0.22), darken(c.main, 0.12), t)
    parts.push(jaggedRidge(r, width, height, baseY, amp, 7 + i * 2, fill))
    if (i === 1 || i === 2) {
      // Streaks of morning mist
      for (let k = 0; k < 3; k += 1) {
        const w = width * r.range(0.22, 0.4)
        const x = width * r.range(-0.05, 0.85)
        const y = baseY - amp * 0.2 + k * height * 0.03
        const h = height * 0.014
        parts.push(
          `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(h / 2)}" fill="${c.light}" opacity="0.55"/>`
        )
      }
    }
  }
  // Pines on the nearest ridge.
  const pines = r.int(3, 6)
  for (let i = 0; i < pines; i += 1) {
    const x = width * r.range(0.05, 0.95)
    const base = height * r.range(0.92, 0.99)
    const h = height * r.range(0.09, 0.15)
    parts.push(
      path(
        `M${f(x)},${f(base - h)} L${f(x + h * 0.28)},${f(base)} L${f(x - h * 0.28)},${f(base)}Z`,
        darken(c.accent, 0.25)
      )
    )
  }
  return parts.join("")
}

const terracesScene = (s: Scene): string => {
  const { c, r, width, height } = s
  const parts = [
    sun(s),
    birds(r, c, width, height),
    jaggedRidge(
      r,
      width,
      height,
      height * 0.36,
      height * 0.14,
      7,
      mix(c.bg, c.main, 0.2)
    ),
    smoothRidge(
      r,
      width,
      height,
      height * 0.46,
      height * 0.09,
      6,
      mix(c.bg, c.main, 0.32)
    ),
  ]
  const cx = width * r.range(0.35, 0.65)
  const bands = r.int(8, 10)
  const top = height * 0.42
  const wave = r.range(0.8, 1.6)
  const curve = (i: number): Pt[] => {
    const pts: Pt[] = []
    const y0 = top + (i * (height - top)) / bands
    const bow = height * (0.32 - (0.2 * i) / bands)
    const phase = i * 0.55
    for (let k = 0; k <= 24; k += 1) {
      const x = -40 + ((width + 80) * k) / 24
      const u = (x - cx) / (width * 0.62)
      const y =
        y0 +
        bow * u * u +
        height * 0.012 * Math.sin((x / width) * Math.PI * 2 * wave + phase)
      pts.push([x, y])
    }
    return pts
  }
  const fields = [
    c.main,
    mix(c.main, c.accent, 0.35),
    mix(c.main, c.light, 0.18),
  ]
  for (let i = 0; i < bands; i += 1) {
    const upper = curve(i)
    const lower = curve(i + 1).reverse()
    const depth = i / bands
    const base = r.chance(0.22) ? mix(c.main, c.accent, 0.6) : at(fields, i % 3)
    const fill = mix(base, darken(c.main, 0.3), depth * 0.45)
    parts.push(
      path(
        `${moveTo(at(upper, 0))}${smoothThrough(upper)} L${f(at(lower, 0)[0])},${f(at(lower, 0)[1])}${smoothThrough(lower)}Z`,
        fill
      )
    )
    parts.push(
      `<path d="${moveTo(at(upper, 0))}${smoothThrough(upper)}"${stroke(c.light, 3 + depth * 3, ' opacity="0.7"')}/>`
    )
  }
  // A stilt house on the ridge line.
  const hx = cx + width * r.range(-0.22, 0.22)
  const u = (hx - cx) / (width * 0.62)
  const hy = top + height * 0.32 * u * u + height * 0.01
  const hw = width * 0.05
  parts.push(
    `<g transform="translate(${f(hx)} ${f(hy)})">` +
      line(-hw * 0.7, 0, -hw * 0.7, -hw * 0.5, darken(c.bamboo, 0.35), 3) +
      line(hw * 0.7, 0, hw * 0.7, -hw * 0.5, darken(c.bamboo, 0.35), 3) +
      `<rect x="${f(-hw * 0.85)}" y="${f(-hw * 1.05)}" width="${f(hw * 1.7)}" height="${f(hw * 0.6)}" fill="${c.bamboo}"/>` +
      path(
        `M${f(-hw * 1.2)},${f(-hw)} L0,${f(-hw * 1.75)} L${f(hw * 1.2)},${f(-hw)}Z`,
        darken(c.bamboo, 0.45)
      ) +
      "</g>"
  )
  return parts.join("")
}

// Object motifs draw in a 100 × 100 box whose bottom edge is the ground.

const fruit = ({ c, r }: Scene): string => {
  const parts: string[] = []
  // A round bamboo tray (nong, mẹt) seen at an angle.
  parts.push(ellipse(50, 88, 49, 11, darken(c.bamboo, 0.25)))
  parts.push(ellipse(50, 86.5, 46, 9.5, c.bamboo))
  for (const k of [0.75, 0.5]) {
    parts.push(
      ellipse(
        50,
        86.5,
        46 * k,
        9.5 * k,
        "none",
        ` stroke="${darken(c.bamboo, 0.15)}" stroke-width="0.8"`
      )
    )
  }
  const big = r.chance(0.5)
  const radius = big ? 12.5 : 10.5
  const rows: number[][] = big
    ? [[27, 50, 73], [38.5, 61.5], [50]]
    : [
        [20, 40, 60, 80],
        [30, 50, 70],
        [40, 60],
      ]
  const rowsUsed = r.chance(0.35) ? rows.length - 1 : rows.length
  const dark = darken(c.main, 0.22)
  let topX = 50
  let topY = 80
  for (let row = rowsUsed - 1; row >= 0; row -= 1) {
    const y = 80 - radius * 0.55 - row * radius * 1.45
    for (const x0 of at(rows, row)) {
      const x = x0 + r.range(-1.5, 1.5)
      const tone = mix(c.main, dark, r.range(0, 0.6))
      parts.push(circle(x, y, radius, tone))
      parts.push(
        ellipse(
          x - radius * 0.38,
          y - radius * 0.38,
          radius * 0.3,
          radius * 0.17,
          c.light,
          ` opacity="0.55" transform="rotate(-35 ${f(x - radius * 0.38)} ${f(y - radius * 0.38)})"`
        )
      )
      if (y < topY) {
        topY = y
        topX = x
      }
    }
  }
  // A stem and leaves on the top fruit.
  const stemTop = topY - radius - 6
  parts.push(
    `<path d="M${f(topX)},${f(topY - radius + 1)} Q${f(topX + 1)},${f(stemTop + 2)} ${f(topX + 3)},${f(stemTop)}"${stroke(darken(c.bamboo, 0.5), 1.6)}/>`
  )
  const leafColour = c.accent
  parts.push(
    leaf(topX + 2, stemTop + 2, 18, r.range(-35, -15), leafColour, c.light)
  )
  parts.push(
    leaf(
      topX + 1,
      stemTop + 3,
      14,
      r.range(-170, -140),
      mix(leafColour, c.ink, 0.2),
      c.light
    )
  )
  return parts.join("")
}

const jarShape = (c: Colours, icon: number): string => {
  const parts: string[] = []
  const body = `M32,30 C8,38 10,90 30,96 L70,96 C90,90 92,38 68,30 Z`
  parts.push(path(body, c.main))
  parts.push(
    `<path d="M22,48 C19,60 19,74 24,86"${stroke(c.light, 3.2, ' opacity="0.45"')}/>`
  )
  parts.push(
    `<rect x="36" y="19" width="28" height="13" rx="2" fill="${darken(c.main, 0.15)}"/>`
  )
  // A cloth cover tied with a string, as jars of honey and rượu are sold at the market.
  parts.push(path(`M29,22 Q50,4 71,22 L74,27 Q50,32 26,27 Z`, c.accent))
  parts.push(
    `<path d="M30,25 Q50,29 70,25"${stroke(c.ink, 1.3)}/>` +
      `<path d="M62,27 q3,6 1,10 M64,27 q5,4 6,8"${stroke(c.ink, 1.1)}/>`
  )
  parts.push(
    `<rect x="33" y="50" width="34" height="26" rx="3" fill="${c.light}"/>`
  )
  if (icon === 0) {
    // honeycomb cell
    parts.push(
      path(
        "M50,55.5 L56,59 L56,66 L50,69.5 L44,66 L44,59Z",
        c.accent,
        ` stroke="${darken(c.accent, 0.3)}" stroke-width="1"`
      )
    )
  } else if (icon === 1) {
    parts.push(leaf(41, 66, 18, -28, c.accent, c.light))
  } else {
    for (const x of [43, 50, 57]) {
      parts.push(circle(x, 63, 2.6, c.accent))
    }
  }
  parts.push(`<path d="M38,72 L62,72"${stroke(mix(c.light, c.ink, 0.35), 1)}/>`)
  return parts.join("")
}

const jar = ({ c, r }: Scene): string => {
  const icon = r.int(0, 2)
  const squeeze = r.range(0.9, 1.06)
  const pair = r.chance(0.55)
  const parts: string[] = []
  parts.push(
    ellipse(pair ? 58 : 50, 96.5, pair ? 50 : 36, 4, mix(c.bg, c.ink, 0.25))
  )
  if (pair) {
    parts.push(
      `<g transform="translate(68 40) scale(0.58)">${jarShape(c, (icon + 1) % 3)}</g>`
    )
  }
  parts.push(
    `<g transform="translate(${pair ? 38 : 50} 0) scale(${squeeze.toFixed(2)} 1) translate(-50 0)">${jarShape(c, icon)}</g>`
  )
  return parts.join("")
}

const noodles = ({ c, r, uid }: Scene): string => {
  const parts: string[] = []
  const noodle = mix("#f4e7c6", c.bg, 0.12)
  const noodleLine = mix(noodle, c.bamboo, 0.55)
  parts.push(ellipse(50, 96.5, 40, 4, mix(c.bg, c.ink, 0.25)))
  // Steam
  for (const x of [36, 50, 64]) {
    const x1 = x + r.range(-3, 3)
    parts.push(
      `<path d="M${f(x1)},26 C${f(x1 - 5)},20 ${f(x1 + 5)},14 ${f(x1)},6"${stroke(mix(c.bg, c.ink, 0.2), 2, ' opacity="0.6"')}/>`
    )
  }
  const heap = "M14,62 C16,40 34,32 50,32 C66,32 84,40 86,62 Z"
  parts.push(`<clipPath id="${uid}-heap"><path d="${heap}"/></clipPath>`)
  parts.push(path(heap, noodle))
  let strands = ""
  const count = r.int(9, 12)
  for (let i = 0; i < count; i += 1) {
    const y = 36 + (i * 26) / count + r.range(-1.5, 1.5)
    const amp = r.range(2, 3.5)
    const period = r.range(7, 11)
    let d = `M8,${f(y)}`
    for (let x = 8; x < 92; x += period) {
      d += ` q${f(period / 4)},${f(-amp)} ${f(period / 2)},0 t${f(period / 2)},0`
    }
    strands += `<path d="${d}"${stroke(noodleLine, 1.2)}/>`
  }
  parts.push(`<g clip-path="url(#${uid}-heap)">${strands}</g>`)
  // Chopsticks resting across the bowl.
  const chop = darken(c.bamboo, 0.3)
  parts.push(line(26, 50, 100, 20, chop, 2.4))
  parts.push(line(30, 54, 102, 27, darken(chop, 0.15), 2.4))
  // Bowl
  parts.push(
    path("M8,60 L92,60 C90,82 72,94 50,94 C28,94 10,82 8,60 Z", c.main)
  )
  parts.push(
    `<rect x="37" y="92" width="26" height="5" rx="1.5" fill="${darken(c.main, 0.2)}"/>`
  )
  parts.push(
    `<rect x="6" y="57.5" width="88" height="5" rx="2.5" fill="${darken(c.main, 0.12)}"/>`
  )
  parts.push(`<path d="M12,68 C30,74 70,74 88,68"${stroke(c.accent, 2.2)}/>`)
  const dots = r.int(4, 6)
  for (let i = 0; i < dots; i += 1) {
    const t = (i + 0.5) / dots
    const x = 20 + 60 * t
    const y = 76 + 4 * Math.sin(Math.PI * t)
    parts.push(circle(x, y, 1.6, c.light, ' opacity="0.85"'))
  }
  return parts.join("")
}

const mushroom = ({ c, r }: Scene): string => {
  const parts: string[] = []
  parts.push(ellipse(50, 96, 48, 5, mix(c.bg, c.ink, 0.2)))
  const stem = mix(c.light, c.bamboo, 0.25)
  const layout = r.chance(0.5)
    ? [
        { x: 30, w: 36, h: 28, tilt: -8 },
        { x: 62, w: 46, h: 40, tilt: 5 },
        { x: 86, w: 22, h: 16, tilt: 10 },
      ]
    : [
        { x: 22, w: 26, h: 20, tilt: -10 },
        { x: 48, w: 48, h: 42, tilt: -2 },
        { x: 78, w: 34, h: 26, tilt: 8 },
      ]
  for (const m of layout) {
    const w = m.w * r.range(0.92, 1.08)
    const h = m.h * r.range(0.92, 1.08)
    const cap = mix(c.main, darken(c.main, 0.3), r.range(0, 0.6))
    const sw = w * 0.2
    parts.push(
      `<g transform="rotate(${f(m.tilt + r.range(-3, 3))} ${f(m.x)} 96)">` +
        path(
          `M${f(m.x - sw * 0.65)},96 C${f(m.x - sw * 0.55)},${f(96 - h * 0.5)} ${f(m.x - sw * 0.5)},${f(96 - h * 0.8)} ${f(m.x - sw * 0.4)},${f(96 - h)} L${f(m.x + sw * 0.4)},${f(96 - h)} C${f(m.x + sw * 0.5)},${f(96 - h * 0.8)} ${f(m.x + sw * 0.55)},${f(96 - h * 0.5)} ${f(m.x + sw * 0.65)},96 Z`,
          stem
        ) +
        ellipse(m.x, 96 - h + 1, w * 0.46, w * 0.07, darken(stem, 0.25)) +
        path(
          `M${f(m.x - w / 2)},${f(96 - h)} C${f(m.x - w / 2)},${f(96 - h - w * 0.62)} ${f(m.x + w / 2)},${f(96 - h - w * 0.62)} ${f(m.x + w / 2)},${f(96 - h)} C${f(m.x + w * 0.3)},${f(96 - h + w * 0.07)} ${f(m.x - w * 0.3)},${f(96 - h + w * 0.07)} ${f(m.x - w / 2)},${f(96 - h)} Z`,
          cap
        ) +
        [
          [-0.2, -0.28, 0.07],
          [0.12, -0.36, 0.055],
          [0.26, -0.18, 0.05],
          [-0.02, -0.16, 0.045],
        ]
          .map(([dx, dy, rr]) =>
            ellipse(
              m.x + (dx ?? 0) * w,
              96 - h + (dy ?? 0) * w,
              (rr ?? 0) * w,
              (rr ?? 0) * w * 0.7,
              c.light,
              ' opacity="0.7"'
            )
          )
          .join("") +
        "</g>"
    )
  }
  // Grass tufts
  for (const x of [8, 40, 72, 96]) {
    const gx = x + r.range(-3, 3)
    parts.push(
      `<path d="M${f(gx - 3)},96 Q${f(gx - 4)},90 ${f(gx - 6)},87 M${f(gx)},96 Q${f(gx)},89 ${f(gx + 1)},85 M${f(gx + 3)},96 Q${f(gx + 4)},91 ${f(gx + 6)},89"${stroke(c.accent, 1.4)}/>`
    )
  }
  return parts.join("")
}

const meat = ({ c, r, uid }: Scene): string => {
  const parts: string[] = []
  // Smoke rising from the hearth below.
  for (let i = 0; i < 3; i += 1) {
    const x = 20 + i * 30 + r.range(-6, 6)
    parts.push(
      `<path d="M${f(x)},104 C${f(x - 12)},90 ${f(x + 12)},76 ${f(x)},62 S${f(x - 10)},40 ${f(x + 2)},24"${stroke(c.light, 5, ' opacity="0.35"')}/>`
    )
  }
  // Bamboo pole with nodes
  parts.push(
    `<rect x="-6" y="8" width="112" height="7" rx="3.5" fill="${c.bamboo}"/>`
  )
  for (const x of [14, 46, 78]) {
    const nx = x + r.range(-4, 4)
    parts.push(
      `<rect x="${f(nx)}" y="8" width="1.8" height="7" fill="${darken(c.bamboo, 0.3)}"/>`
    )
  }
  const count = r.int(4, 5)
  const fat = mix(c.main, "#f3dcb8", 0.6)
  for (let i = 0; i < count; i += 1) {
    const x = 14 + (72 * i) / (count - 1) + r.range(-2, 2)
    const w = r.range(9.5, 13)
    const length = r.range(48, 66)
    const tilt = r.range(-5, 5)
    const tone = mix(c.main, darken(c.main, 0.35), r.range(0, 0.7))
    const top = 24
    const id = `${uid}-strip${i}`
    parts.push(
      `<g transform="rotate(${f(tilt)} ${f(x)} 12)">` +
        line(x, 12, x, top + 1, c.ink, 1) +
        ellipse(
          x,
          12,
          2.2,
          4.4,
          "none",
          ` stroke="${c.ink}" stroke-width="1"`
        ) +
        `<clipPath id="${id}"><rect x="${f(x - w / 2)}" y="${top}" width="${f(w)}" height="${f(length)}" rx="${f(w * 0.35)}"/></clipPath>` +
        `<g clip-path="url(#${id})">` +
        `<rect x="${f(x - w / 2)}" y="${top}" width="${f(w)}" height="${f(length)}" fill="${tone}"/>` +
        `<rect x="${f(x - w / 2)}" y="${top}" width="${f(w * 0.24)}" height="${f(length)}" fill="${fat}"/>` +
        `<rect x="${f(x - w / 2 + w * 0.24)}" y="${top}" width="${f(w * 0.08)}" height="${f(length)}" fill="${darken(tone, 0.35)}"/>` +
        [0.3, 0.55, 0.78]
          .map(
            (k) =>
              `<path d="M${f(x - w * 0.05)},${f(top + length * k)} l${f(w * 0.35)},${f(-w * 0.18)}"${stroke(darken(tone, 0.4), 0.9, ' opacity="0.7"')}/>`
          )
          .join("") +
        "</g></g>"
    )
  }
  return parts.join("")
}

const weave = ({ c, r, uid }: Scene): string => {
  const parts: string[] = []
  const base = c.main
  const diamond = c.accent
  const pale = c.light
  parts.push(`<path d="M12,6 L50,-6 L88,6"${stroke(c.ink, 0.9)}/>`)
  parts.push(
    `<clipPath id="${uid}-cloth"><rect x="10" y="8" width="80" height="80"/></clipPath>`
  )
  const width = at([12, 14, 16], r.int(0, 2))
  let cloth = `<rect x="10" y="8" width="80" height="80" fill="${base}"/>`
  const stripe = (y: number, h: number, fill: string) =>
    `<rect x="10" y="${f(y)}" width="80" height="${f(h)}" fill="${fill}"/>`
  const diamondRow = (
    cy: number,
    h: number,
    outer: string,
    inner: string,
    offset: number
  ) => {
    let s = ""
    for (let x = 10 - width + offset; x < 100; x += width) {
      const cx = x + width / 2
      s += path(
        `M${f(cx)},${f(cy - h / 2)} L${f(cx + width / 2)},${f(cy)} L${f(cx)},${f(cy + h / 2)} L${f(cx - width / 2)},${f(cy)}Z`,
        outer
      )
      s += path(
        `M${f(cx)},${f(cy - h / 4)} L${f(cx + width / 4)},${f(cy)} L${f(cx)},${f(cy + h / 4)} L${f(cx - width / 4)},${f(cy)}Z`,
        inner
      )
      s += circle(cx + width / 2, cy, h * 0.07, pale)
    }
    return s
  }
  const zigzag = (y: number, amp: number, colour: string) => {
    let d = `M6,${f(y)}`
    const step = width / 2
    for (let x = 6, up = true; x < 96; x += step, up = !up) {
      d += ` L${f(x + step)},${f(y + (up ? -amp : amp))}`
    }
    return `<path d="${d}"${stroke(colour, 1.6)}/>`
  }
  const swap = r.chance(0.5)
  cloth += stripe(12, 2.5, diamond)
  cloth += stripe(16, 1.2, pale)
  cloth += diamondRow(28, 18, swap ? pale : diamond, swap ? diamond : pale, 0)
  cloth += stripe(39, 1.2, pale)
  cloth += zigzag(45, 2.6, diamond)
  cloth += stripe(51, 1.2, pale)
  cloth += diamondRow(
    63,
    18,
    swap ? diamond : pale,
    darken(base, 0.3),
    width / 2
  )
  cloth += stripe(74, 1.2, pale)
  cloth += zigzag(79, 2, pale)
  cloth += stripe(83.5, 2.5, diamond)
  parts.push(`<g clip-path="url(#${uid}-cloth)">${cloth}</g>`)
  // Fringe
  let fringe = ""
  for (let x = 11.5; x < 90; x += 3) {
    fringe += line(
      x,
      88,
      x + r.range(-0.6, 0.6),
      95 + r.range(-1, 1),
      darken(base, 0.15),
      1.1
    )
  }
  parts.push(fringe)
  // The hanging rod
  parts.push(
    `<rect x="2" y="4" width="96" height="6" rx="3" fill="${c.bamboo}"/>`
  )
  return parts.join("")
}

type Bezier = readonly [Pt, Pt, Pt, Pt]

const bezierAt = ([p0, p1, p2, p3]: Bezier, t: number): Pt => {
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const cc = 3 * u * t * t
  const d = t * t * t
  return [
    a * p0[0] + b * p1[0] + cc * p2[0] + d * p3[0],
    a * p0[1] + b * p1[1] + cc * p2[1] + d * p3[1],
  ]
}

const bezierAngle = (curve: Bezier, t: number): number => {
  const [x1, y1] = bezierAt(curve, Math.max(0, t - 0.01))
  const [x2, y2] = bezierAt(curve, Math.min(1, t + 0.01))
  return (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI
}

const bezierPath = ([p0, p1, p2, p3]: Bezier): string =>
  `M${f(p0[0])},${f(p0[1])} C${f(p1[0])},${f(p1[1])} ${f(p2[0])},${f(p2[1])} ${f(p3[0])},${f(p3[1])}`

const leafSprig = ({ c, r }: Scene): string => {
  const parts: string[] = []
  parts.push(ellipse(46, 97, 30, 3, mix(c.bg, c.ink, 0.2)))
  const lean = r.range(-8, 8)
  const curve: Bezier = [
    [36, 98],
    [40 + lean, 66],
    [58 + lean, 44],
    [66 + lean, 6],
  ]
  parts.push(
    `<path d="${bezierPath(curve)}"${stroke(darken(c.main, 0.35), 2.4)}/>`
  )
  const count = r.int(6, 8)
  for (let i = 0; i < count; i += 1) {
    const t = 0.14 + (0.8 * i) / (count - 1)
    const [x, y] = bezierAt(curve, t)
    const angle = bezierAngle(curve, t)
    const side = i % 2 === 0 ? 1 : -1
    const length = 30 - 14 * t + r.range(-2, 2)
    const tone = mix(c.main, darken(c.main, 0.25), r.range(0, 0.7))
    parts.push(
      leaf(x, y, length, angle + side * r.range(48, 62), tone, c.light)
    )
  }
  parts.push(
    leaf(...bezierAt(curve, 1), 14, bezierAngle(curve, 1), c.main, c.light)
  )
  if (r.chance(0.6)) {
    const [bx, by] = bezierAt(curve, 0.55)
    for (const [dx, dy] of [
      [6, 2],
      [10, 6],
      [5, 8],
    ] as const) {
      parts.push(circle(bx + dx, by + dy, 3, c.accent))
      parts.push(
        circle(bx + dx - 0.9, by + dy - 0.9, 0.9, c.light, ' opacity="0.7"')
      )
    }
  }
  return parts.join("")
}

const bee = ({ c, r, uid }: Scene): string => {
  const parts: string[] = []
  const honey = c.main
  const wax = mix(c.main, c.light, 0.55)
  const edge = darken(c.main, 0.35)
  const radius = 9
  const cells: Pt[] = [
    [0, 0],
    [1, 0],
    [2, 0],
    [-1, 1],
    [0, 1],
    [1, 1],
    [2, 1],
    [0, 2],
    [1, 2],
  ]
  const cx0 = 22
  const cy0 = 58
  const hexW = Math.sqrt(3) * radius
  let bottom: Pt = [cx0, cy0]
  for (const [q, row] of cells) {
    if (r.chance(0.12)) continue
    const x = cx0 + hexW * (q + row / 2)
    const y = cy0 + radius * 1.5 * row
    const pts: string[] = []
    for (let k = 0; k < 6; k += 1) {
      const a = (Math.PI / 3) * k + Math.PI / 6
      pts.push(`${f(x + radius * Math.cos(a))},${f(y + radius * Math.sin(a))}`)
    }
    const full = r.chance(0.65)
    parts.push(
      `<polygon points="${pts.join(" ")}" fill="${full ? honey : wax}" stroke="${edge}" stroke-width="1.6" stroke-linejoin="round"/>`
    )
    if (full) {
      parts.push(ellipse(x - 2.5, y - 2.5, 2, 1.2, c.light, ' opacity="0.6"'))
    }
    if (y > bottom[1] || (y === bottom[1] && x > bottom[0])) bottom = [x, y]
  }
  // A drip of honey
  const [dx, dy] = bottom
  parts.push(
    path(
      `M${f(dx - 2.5)},${f(dy + radius - 1)} C${f(dx - 2.5)},${f(dy + radius + 6)} ${f(dx - 3.5)},${f(dy + radius + 9)} ${f(dx)},${f(dy + radius + 10)} C${f(dx + 3.5)},${f(dy + radius + 9)} ${f(dx + 2.5)},${f(dy + radius + 6)} ${f(dx + 2.5)},${f(dy + radius - 1)} Z`,
      honey,
      ` stroke="${edge}" stroke-width="0.8"`
    )
  )
  // Flight path and the bee
  const bx = 76 + r.range(-4, 4)
  const by = 24 + r.range(-4, 4)
  parts.push(
    `<path d="M46,44 C52,20 64,46 ${f(bx - 14)},${f(by + 4)}"${stroke(c.ink, 1, ' opacity="0.45" stroke-dasharray="2 3"')}/>`
  )
  const body = mix(c.main, "#f2c230", 0.35)
  parts.push(
    `<g transform="translate(${f(bx)} ${f(by)}) rotate(${f(r.range(-22, -8))})">` +
      ellipse(
        -2,
        -10,
        7,
        10,
        c.light,
        ` opacity="0.85" stroke="${c.ink}" stroke-width="0.8" transform="rotate(-20 -2 -10)"`
      ) +
      ellipse(
        5,
        -9,
        6,
        9,
        c.light,
        ` opacity="0.85" stroke="${c.ink}" stroke-width="0.8" transform="rotate(20 5 -9)"`
      ) +
      `<clipPath id="${uid}-bee"><ellipse cx="0" cy="0" rx="13" ry="9"/></clipPath>` +
      ellipse(0, 0, 13, 9, body) +
      `<g clip-path="url(#${uid}-bee)">` +
      `<rect x="-3" y="-10" width="3.4" height="20" fill="${c.ink}"/>` +
      `<rect x="4" y="-10" width="3.4" height="20" fill="${c.ink}"/>` +
      `<rect x="10.5" y="-10" width="4" height="20" fill="${c.ink}"/>` +
      "</g>" +
      path("M13,-1.2 L17.5,0 L13,1.2Z", c.ink) +
      circle(-14, -1, 6, c.ink) +
      circle(-16, -2.5, 1.4, c.light) +
      `<path d="M-15,-6 Q-17,-13 -21,-14 M-12,-6.5 Q-11,-13 -14,-16"${stroke(c.ink, 1)}/>` +
      "</g>"
  )
  return parts.join("")
}

const rice = ({ c, r }: Scene): string => {
  const parts: string[] = []
  const stalk = mix(c.accent, c.bamboo, 0.25)
  const grain = c.main
  parts.push(ellipse(50, 97, 26, 3, mix(c.bg, c.ink, 0.2)))
  // Two long leaf blades
  for (const side of [-1, 1]) {
    const tipX = 50 + side * r.range(30, 40)
    const tipY = r.range(32, 46)
    parts.push(
      path(
        `M50,92 Q${f(50 + side * 8)},${f(tipY + 10)} ${f(tipX)},${f(tipY)} Q${f(50 + side * 14)},${f(tipY + 20)} ${f(50 + side * 3)},92 Z`,
        mix(c.accent, darken(c.accent, 0.2), 0.5)
      )
    )
  }
  const count = r.int(6, 8)
  for (let i = 0; i < count; i += 1) {
    const off = i - (count - 1) / 2
    const tipX = 50 + off * 9 + r.range(-2, 2)
    const tipY = 16 + Math.abs(off) * 5 + r.range(-3, 3)
    const dir = off === 0 ? (r.chance(0.5) ? 1 : -1) : Math.sign(off)
    const stem: Bezier = [
      [50 + off * 1.2, 94],
      [50 + off * 1.5, 70],
      [50 + off * 5, 40],
      [tipX, tipY],
    ]
    parts.push(`<path d="${bezierPath(stem)}"${stroke(stalk, 1.3)}/>`)
    // The ripe head droops outwards.
    const head: Bezier = [
      [tipX, tipY],
      [tipX + dir * 8, tipY - 5],
      [tipX + dir * 14, tipY + 2],
      [tipX + dir * r.range(15, 19), tipY + r.range(20, 26)],
    ]
    parts.push(`<path d="${bezierPath(head)}"${stroke(stalk, 0.9)}/>`)
    for (let k = 0; k < 7; k += 1) {
      const t = 0.12 + k * 0.13
      const [x, y] = bezierAt(head, t)
      const along = bezierAngle(head, t)
      const side = k % 2 === 0 ? 1 : -1
      const normal = ((along + 90 * side) * Math.PI) / 180
      const gx = x + Math.cos(normal) * 1.6
      const gy = y + Math.sin(normal) * 1.6
      const angle = along + side * 30
      parts.push(
        ellipse(
          gx,
          gy,
          2.9,
          1.5,
          at([grain, darken(grain, 0.12)], k % 2),
          ` transform="rotate(${f(angle)} ${f(gx)} ${f(gy)})"`
        )
      )
    }
  }
  // The tie
  parts.push(
    `<rect x="43" y="70" width="14" height="6" rx="2" fill="${darken(c.main, 0.3)}"/>`
  )
  parts.push(
    `<path d="M50,76 q-3,6 -6,8 M50,76 q3,6 7,7"${stroke(darken(c.main, 0.3), 1.4)}/>`
  )
  return parts.join("")
}

const tea = ({ c, r }: Scene): string => {
  const parts: string[] = []
  const pot = c.main
  const potDark = darken(pot, 0.15)
  parts.push(ellipse(52, 96.5, 46, 4, mix(c.bg, c.ink, 0.25)))
  // Handle, spout, body, lid
  parts.push(`<path d="M22,56 C4,56 4,86 22,86"${stroke(potDark, 5)}/>`)
  parts.push(path("M66,64 C78,62 82,52 88,40 L93,42 C90,56 86,70 72,78 Z", pot))
  parts.push(
    path(
      "M20,94 C10,82 10,60 24,50 C34,43 56,43 66,50 C80,60 80,82 70,94 Z",
      pot
    )
  )
  parts.push(path("M30,48 Q45,35 60,48 Z", potDark))
  parts.push(circle(45, 38, 3.6, potDark))
  parts.push(
    `<path d="M16,70 C30,76 60,76 74,70"${stroke(c.light, 1.6, ' opacity="0.7"')}/>`
  )
  parts.push(
    `<path d="M22,58 C20,64 20,72 22,78"${stroke(c.light, 2.6, ' opacity="0.45"')}/>`
  )
  // Cup with tea
  const cupX = 86 + r.range(-2, 2)
  parts.push(
    path(
      `M${f(cupX - 11)},80 L${f(cupX + 11)},80 L${f(cupX + 8)},95 L${f(cupX - 8)},95 Z`,
      c.light,
      ` stroke="${mix(c.light, c.ink, 0.3)}" stroke-width="0.8"`
    )
  )
  parts.push(ellipse(cupX, 80.5, 10.2, 2.2, c.accent))
  for (const dx of [-3, 3]) {
    const x = cupX + dx + r.range(-1, 1)
    parts.push(
      `<path d="M${f(x)},76 C${f(x - 3)},72 ${f(x + 3)},68 ${f(x)},63"${stroke(mix(c.bg, c.ink, 0.2), 1.4, ' opacity="0.6"')}/>`
    )
  }
  // Fresh tea leaves (a bud and two leaves)
  const lx = r.range(2, 8)
  parts.push(leaf(lx, 95, 16, -35, c.accent, c.light))
  parts.push(leaf(lx + 2, 95, 13, -80, mix(c.accent, c.ink, 0.15), c.light))
  return parts.join("")
}

type ObjectMotif = {
  draw: (s: Scene) => string
  /** Indoor subjects (the kitchen loft) get no sun. */
  outdoor: boolean
}

const OBJECT_MOTIFS = new Map<string, ObjectMotif>([
  ["fruit", { draw: fruit, outdoor: true }],
  ["jar", { draw: jar, outdoor: true }],
  ["noodles", { draw: noodles, outdoor: true }],
  ["mushroom", { draw: mushroom, outdoor: true }],
  ["meat", { draw: meat, outdoor: false }],
  ["weave", { draw: weave, outdoor: true }],
  ["leaf", { draw: leafSprig, outdoor: true }],
  ["bee", { draw: bee, outdoor: true }],
  ["rice", { draw: rice, outdoor: true }],
  ["tea", { draw: tea, outdoor: true }],
])

// ---------------------------------------------------------------------------------------------
// The caption band and the "Minh hoạ" tag
// ---------------------------------------------------------------------------------------------

/** Average advance of DejaVu Sans Bold, in em; a little generous so text never overflows. */
const CHAR_EM = 0.64

const caption = (
  label: string,
  c: Colours,
  width: number,
  top: number,
  height: number
): string => {
  const band = darken(c.main, 0.38)
  const text = contrast(band, "#ffffff") >= 4.5 ? "#ffffff" : "#1d1a16"
  const padding = height * 0.45
  const available = width - padding * 2
  let chars = Array.from(label.normalize("NFC").replace(/\s+/g, " ").trim())
  let size = height * 0.42
  const minSize = height * 0.3
  if (chars.length * CHAR_EM * size > available) {
    size = Math.max(minSize, available / (chars.length * CHAR_EM))
  }
  const fits = Math.floor(available / (CHAR_EM * size))
  if (chars.length > fits) {
    chars = [...chars.slice(0, Math.max(1, fits - 1)), "…"]
  }
  return (
    `<rect x="0" y="${f(top)}" width="${f(width)}" height="${f(height)}" fill="${band}"/>` +
    `<rect x="0" y="${f(top)}" width="${f(width)}" height="${f(height * 0.07)}" fill="${c.accent}"/>` +
    `<text x="${f(padding)}" y="${f(top + height * 0.53 + size * 0.36)}" font-family="${FONT_FAMILY}" font-size="${f(size)}" font-weight="bold" fill="${text}">${escapeXml(chars.join(""))}</text>`
  )
}

const tag = (c: Colours, unit: number): string => {
  const size = unit * 0.034
  const x = unit * 0.03
  const y = unit * 0.03
  const w = size * 5.6
  const h = size * 1.7
  return (
    `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(h / 2)}" fill="#ffffff" fill-opacity="0.72"/>` +
    `<text x="${f(x + w / 2)}" y="${f(y + h / 2 + size * 0.36)}" font-family="${FONT_FAMILY}" font-size="${f(size)}" fill="${mix(c.ink, "#333333", 0.4)}" text-anchor="middle">${escapeXml(ILLUSTRATION_TAG)}</text>`
  )
}

// ---------------------------------------------------------------------------------------------
// The composition
// ---------------------------------------------------------------------------------------------

/**
 * Draws the illustration for a spec as a standalone SVG document of the given pixel size.
 * Unknown motifs fall back to a mountain landscape; invalid colours fall back to a default palette.
 */
export const illustrationSvg = (
  spec: IllustrationSpec,
  size: { width: number; height: number }
): string => {
  if (
    !Number.isFinite(size.width) ||
    !Number.isFinite(size.height) ||
    size.width <= 0 ||
    size.height <= 0
  ) {
    throw new Error(
      `Illustration size must be positive, got ${size.width}×${size.height}`
    )
  }
  const width = VIEW_WIDTH
  const height = Math.round((VIEW_WIDTH * size.height) / size.width)
  const unit = Math.min(width, height)
  const c = colours(spec.palette)
  const seed = hash(`${spec.motif}|${spec.label}`)
  const r = rng(seed)
  const uid = `i${seed.toString(36)}`
  const captionHeight = Math.round(unit * 0.12)
  const sceneHeight = height - captionHeight
  const scene: Scene = { c, r, uid, width, height: sceneHeight }

  const parts: string[] = [
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${c.bg}"/>`,
  ]
  const object = OBJECT_MOTIFS.get(spec.motif)
  if (object) {
    const groundY = sceneHeight * 0.84
    parts.push(backdrop(scene, groundY, object.outdoor))
    const box = Math.min(width * 0.6, sceneHeight * 0.76)
    const cx = width / 2 + width * r.range(-0.07, 0.07)
    const bottom = sceneHeight * 0.93
    const scale = box / 100
    parts.push(
      `<g transform="translate(${f(cx - box / 2)} ${f(bottom - box)}) scale(${scale.toFixed(3)})">${object.draw(scene)}</g>`
    )
  } else if (spec.motif === "terraces") {
    parts.push(terracesScene(scene))
  } else {
    parts.push(mountainScene(scene))
  }
  parts.push(caption(spec.label, c, width, sceneHeight, captionHeight))
  parts.push(tag(c, unit))

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(size.width)}" height="${Math.round(size.height)}" viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escapeXml(`${ILLUSTRATION_TAG}: ${spec.label}`)}</title>` +
    parts.join("") +
    "</svg>"
  )
}

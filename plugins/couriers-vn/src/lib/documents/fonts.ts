import { createRequire } from "node:module"

// Be Vietnam Pro (SIL Open Font License 1.1), from @expo-google-fonts/be-vietnam-pro: a typeface
// drawn for Vietnamese, so every diacritic (ạ ắ ề ổ ự …) renders on labels and slips.
const requireFrom = createRequire(__filename)

export const FONT_REGULAR = requireFrom.resolve(
  "@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf"
)
export const FONT_BOLD = requireFrom.resolve(
  "@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf"
)

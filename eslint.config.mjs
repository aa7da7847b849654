// One ESLint config for every workspace (see HOUSE_STYLE.md, habit 1).
import js from "@eslint/js"
import nextPlugin from "@next/eslint-plugin-next"
import prettier from "eslint-config-prettier"
import globals from "globals"
import reactHooks from "eslint-plugin-react-hooks"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      "**/.data/**",
      "**/.turbo/**",
      "**/test-results/**",
      "**/playwright-report/**",
      "storefront/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["storefront/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["storefront/**/*.{ts,tsx}"],
    ...nextPlugin.configs["core-web-vitals"],
    settings: { next: { rootDir: "storefront/" } },
  },
  {
    files: ["**/*.cjs", "**/jest.config.js", "**/integration-tests/setup.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Command-line entry points talk to a person in a terminal.
    files: ["devstack/bin/**", "devstack/src/cli/**", "seed/src/cli.ts"],
    rules: { "no-console": "off" },
  },
  {
    // Benchmarks print their figures to the terminal.
    files: ["bench/**"],
    rules: { "no-console": "off" },
  },
  prettier
)

import { getTranslations } from "next-intl/server"

import { getPathname, Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { DefinitionTip } from "@/modules/common/components/definition-tip"
import type { Officer, Programme } from "@/types/impact"

import { type CommuneSort, DEFAULT_SORT, type ImpactFilters } from "../filters"
import styles from "./officer.module.css"

const MonthInput = ({
  name,
  label,
  value,
  placeholder,
}: {
  name: string
  label: string
  value?: string
  placeholder: string
}) => (
  <label className={styles.control}>
    <span>{label}</span>
    <input
      type="month"
      name={name}
      defaultValue={value}
      min="2000-01"
      max="2099-12"
      pattern="\d{4}-\d{2}"
      placeholder={placeholder}
      className={styles.input}
    />
  </label>
)

/**
 * The dashboard's filters: a plain GET form, so it works before (or without) the page's script
 * and every view has its own address. The baseline stays empty unless the officer picked one.
 */
export const FiltersForm = async ({
  filters,
  sort,
  officer,
  programmes,
  locale,
}: {
  filters: ImpactFilters
  sort: CommuneSort
  officer: Officer
  programmes: Programme[]
  locale: Locale
}) => {
  const t = await getTranslations("officer.dashboard")
  const impact = await getTranslations("impact")
  const keepSort =
    sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction
  return (
    <form
      method="get"
      action={getPathname({ href: "/officer", locale })}
      className={styles.filters}
      aria-labelledby="filters-heading"
      data-testid="impact-filters"
    >
      <h2 id="filters-heading" className={styles.visuallyHidden}>
        {t("filtersHeading")}
      </h2>
      <fieldset className={styles.fieldset}>
        <legend>{t("period")}</legend>
        <MonthInput
          name="from"
          label={t("fromMonth")}
          value={filters.from}
          placeholder={t("monthPlaceholder")}
        />
        <MonthInput
          name="to"
          label={t("toMonth")}
          value={filters.to}
          placeholder={t("monthPlaceholder")}
        />
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t("baseline")}</legend>
        <MonthInput
          name="baseline_from"
          label={t("fromMonth")}
          value={filters.baselineGiven ? filters.baselineFrom : undefined}
          placeholder={filters.baselineFrom}
        />
        <MonthInput
          name="baseline_to"
          label={t("toMonth")}
          value={filters.baselineGiven ? filters.baselineTo : undefined}
          placeholder={filters.baselineTo}
        />
        <p className={styles.hint}>{t("baselineHint")}</p>
      </fieldset>
      <div className={styles.selects}>
        <label className={styles.control}>
          <span>{t("province")}</span>
          <select
            name="province"
            defaultValue={filters.province ?? ""}
            className={styles.input}
          >
            <option value="">{t("allProvinces")}</option>
            {officer.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
        </label>
        <div className={styles.control}>
          <span className={styles.headerCell}>
            <label htmlFor="filter-programme">{t("programme")}</label>
            <DefinitionTip
              label={impact("definitionButton", { name: t("programme") })}
              text={impact("definitions.programmes")}
            />
          </span>
          <select
            id="filter-programme"
            name="programme"
            defaultValue={filters.programme ?? ""}
            className={styles.input}
          >
            <option value="">{t("allProgrammes")}</option>
            {programmes.map((programme) => (
              <option key={programme.code} value={programme.code}>
                {programme.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {keepSort && (
        <>
          <input type="hidden" name="sort" value={sort.key} />
          <input type="hidden" name="dir" value={sort.direction} />
        </>
      )}
      <div className={styles.actions}>
        <button
          type="submit"
          className={styles.button}
          data-testid="apply-filters"
        >
          {t("apply")}
        </button>
        <Link href="/officer" className={styles.secondary}>
          {t("reset")}
        </Link>
      </div>
    </form>
  )
}

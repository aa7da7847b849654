"use client"

import styles from "./officer.module.css"

/** Opens the browser's print dialog; the page's print styles make it one A4 page. */
export const PrintButton = ({ label }: { label: string }) => (
  <button
    type="button"
    className={styles.printButton}
    onClick={() => window.print()}
    data-testid="print-report"
  >
    {label}
  </button>
)

import { StatusBadge } from "@medusajs/ui"

import type { CooperativeStatus } from "./cooperatives"

const COLOURS: Record<CooperativeStatus, "orange" | "green" | "red" | "grey"> =
  {
    pending: "orange",
    active: "green",
    rejected: "red",
    suspended: "grey",
  }

const LABELS: Record<CooperativeStatus, string> = {
  pending: "Pending review",
  active: "Active",
  rejected: "Rejected",
  suspended: "Suspended",
}

export const CooperativeStatusBadge = ({
  status,
}: {
  status: CooperativeStatus
}) => <StatusBadge color={COLOURS[status]}>{LABELS[status]}</StatusBadge>

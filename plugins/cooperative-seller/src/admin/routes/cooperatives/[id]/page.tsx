import {
  Button,
  Container,
  Heading,
  Label,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useParams } from "react-router-dom"

import {
  ACTIONS_BY_STATUS,
  type ReviewAction,
  retrieveCooperative,
  reviewCooperative,
} from "../../../lib/cooperatives"
import { CooperativeDocuments } from "../../../lib/cooperative-documents"
import { ProposedListings } from "../../../lib/proposed-listings"
import { QueryState } from "../../../lib/query-state"
import { CooperativeStatusBadge } from "../../../lib/status-badge"

const ACTION_LABELS: Record<ReviewAction, string> = {
  approve: "Approve",
  reject: "Reject",
  suspend: "Suspend",
}

const Field = ({ label, value }: { label: string; value: string }) => (
  <div className="grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="whitespace-pre-line">
      {value}
    </Text>
  </div>
)

/** One cooperative's application and the operator's decision on it. */
const CooperativePage = () => {
  const { id = "" } = useParams()
  const queryClient = useQueryClient()
  const [reason, setReason] = useState("")
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["cooperative", id],
    queryFn: () => retrieveCooperative(id),
  })
  const review = useMutation({
    mutationFn: (action: ReviewAction) =>
      reviewCooperative(
        id,
        action,
        action === "approve" ? undefined : reason.trim()
      ),
    onSuccess: async (_result, action) => {
      toast.success(`${ACTION_LABELS[action]}: done. The owner is notified.`)
      setReason("")
      await queryClient.invalidateQueries({ queryKey: ["cooperative", id] })
      await queryClient.invalidateQueries({ queryKey: ["cooperatives"] })
    },
    onError: (failure) => {
      toast.error(
        failure instanceof Error ? failure.message : "That did not work."
      )
    },
  })

  if (isLoading || isError || !data) {
    return (
      <QueryState
        isLoading={isLoading}
        error={error}
        failure="This cooperative did not load."
      />
    )
  }
  const cooperative = data.cooperative
  const actions = ACTIONS_BY_STATUS[cooperative.status]
  const needsReason = actions.some((action) => action !== "approve")

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">{cooperative.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {cooperative.handle}
            </Text>
          </div>
          <CooperativeStatusBadge status={cooperative.status} />
        </div>
        {cooperative.status_reason ? (
          <Field label="Reason given" value={cooperative.status_reason} />
        ) : null}
        <Field
          label="Registration number"
          value={cooperative.registration_number}
        />
        <Field
          label="Commune, province (2025)"
          value={`${cooperative.commune_name ?? cooperative.commune_code}, ${cooperative.province_name ?? cooperative.province_code} (${cooperative.commune_code})`}
        />
        <Field label="Address" value={cooperative.address_line ?? "—"} />
        <Field
          label="Contact"
          value={[cooperative.phone, cooperative.email]
            .filter(Boolean)
            .join(" · ")}
        />
        <Field
          label="Founded"
          value={
            cooperative.founded_year ? String(cooperative.founded_year) : "—"
          }
        />
        <Field
          label="Ethnic groups"
          value={cooperative.ethnic_groups.join(", ") || "—"}
        />
        <Field
          label="Member households"
          value={`${cooperative.households.total} in all: ${cooperative.households.poor} poor, ${cooperative.households.near_poor} near-poor, ${cooperative.households.ethnic_minority} ethnic-minority`}
        />
        <Field
          label="Staff"
          value={
            (cooperative.members ?? [])
              .map(
                (member) =>
                  `${member.name ?? member.email} (${member.role}, ${member.email})`
              )
              .join("\n") || "—"
          }
        />
        <Field label="Story (Vietnamese)" value={cooperative.story_vi} />
        <Field label="Story (English)" value={cooperative.story_en} />
      </Container>
      <CooperativeDocuments
        cooperativeId={cooperative.id}
        documents={cooperative.documents ?? []}
      />
      <ProposedListings cooperativeId={cooperative.id} />
      {actions.length > 0 ? (
        <Container className="flex flex-col gap-3">
          <Heading level="h2">Decision</Heading>
          {needsReason ? (
            <div className="flex flex-col gap-1">
              <Label htmlFor="review-reason" size="small">
                Reason (sent to the cooperative; needed to reject or suspend)
              </Label>
              <Textarea
                id="review-reason"
                value={reason}
                maxLength={500}
                onChange={(event) => setReason(event.target.value)}
              />
            </div>
          ) : null}
          <div className="flex gap-2">
            {actions.map((action) => (
              <Button
                key={action}
                variant={action === "approve" ? "primary" : "danger"}
                isLoading={review.isPending && review.variables === action}
                disabled={
                  review.isPending ||
                  (action !== "approve" && reason.trim().length < 3)
                }
                onClick={() => review.mutate(action)}
              >
                {ACTION_LABELS[action]}
              </Button>
            ))}
          </div>
        </Container>
      ) : null}
    </div>
  )
}

export default CooperativePage

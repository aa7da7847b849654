import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

export const REMITTANCE_LINE_CONFLICT_CODE = "remittance_line_conflict"

export type ResolveRemittanceLineInput = {
  id: string
  note: string
  resolved_by: string | null
}

/** Only a mismatch can be followed up: an unknown line is a 404, a matched one a conflict. */
export const validateRemittanceLineStep = createStep(
  "validate-remittance-line-to-resolve",
  async (input: ResolveRemittanceLineInput, { container }) => {
    const [line] = await container
      .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
      .listRemittanceLines({ id: input.id }, { take: 1 })
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No remittance line ${input.id}; copy its id from GET /admin/courier-remittances/mismatches.`
      )
    }
    if (line.outcome === "matched") {
      const error = new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Line ${line.line_number} (${line.tracking_number}) matched its parcel: there is nothing to follow up.`
      )
      ;(error as { code?: string }).code = REMITTANCE_LINE_CONFLICT_CODE
      throw error
    }
    return new StepResponse({
      id: line.id,
      resolved_at: line.resolved_at,
      resolved_by: line.resolved_by,
      resolution_note: line.resolution_note,
    })
  }
)

type Resolution = {
  id: string
  resolved_at: Date | null
  resolved_by: string | null
  resolution_note: string | null
}

/** Marks the line followed up; a rollback puts back what it said before. */
export const resolveRemittanceLineStep = createStep(
  "resolve-remittance-line",
  async (
    input: { resolution: Resolution; previous: Resolution },
    { container }
  ) => {
    await container
      .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
      .updateRemittanceLines(input.resolution)
    return new StepResponse(undefined, input.previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await container
        .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
        .updateRemittanceLines(previous)
    }
  }
)

/** An operator says how a mismatched statement line was followed up. */
export const resolveRemittanceLineWorkflow = createWorkflow(
  "resolve-remittance-line",
  (input: ResolveRemittanceLineInput) => {
    const previous = validateRemittanceLineStep(input)
    const resolution = transform({ input }, ({ input }) => ({
      id: input.id,
      resolved_at: new Date(),
      resolved_by: input.resolved_by,
      resolution_note: input.note,
    }))
    resolveRemittanceLineStep({ resolution, previous })
    const result = transform({ input }, ({ input }) => ({ id: input.id }))
    return new WorkflowResponse(result)
  }
)

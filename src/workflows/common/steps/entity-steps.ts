import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { NumberedEntity } from "../../../modules/service-management/service"

/**
 * The plural entity names of the module's generated CRUD methods
 * (`createServiceObjects`, `listServiceTasks`, …).
 */
export type EntityName =
  | "ServiceObjects"
  | "ServiceOrders"
  | "ServiceOrderLines"
  | "ServiceStages"
  | "StageReasons"
  | "ServiceTasks"
  | "StageTransitions"
  | "ServiceLevelAgreements"
  | "SlaCustomerGroups"
  | "SlaEvents"
  | "ServiceAgreements"
  | "ServiceAgreementLines"
  | "AgreementOccurrences"
  | "ServiceRepairCodes"
  | "ServiceBoms"
  | "ServiceBomVersions"
  | "ServiceBomComponents"
  | "ServiceRepairLines"
  | "ServiceObjectBomHistories"
  | "ServiceSubscriptions"
  | "ServiceSubscriptionCursors"
  | "ServiceSubscriptionGroups"
  | "ServiceSubscriptionFeeTransactions"
  | "ServiceBillingRuns"
  | "ServiceSkills"
  | "ServiceDispatchTeams"
  | "ServiceTechnicians"
  | "ServiceTechnicianAbsences"
  | "ServiceWarrantyTerms"
  | "ServiceEstimates"

type Row = { id: string } & Record<string, unknown>

type Container = { resolve: (key: string) => unknown }

function moduleService(container: Container) {
  return container.resolve(SERVICE_MANAGEMENT_MODULE) as ServiceManagementModuleService
}

function crud(container: Container, entity: EntityName) {
  return crudOf(moduleService(container), entity)
}

function crudOf(service: ServiceManagementModuleService, entity: EntityName) {
  // The generated methods are named by verb + entity; TypeScript cannot follow a computed name.
  const methods = service as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  const call = (verb: string) => methods[`${verb}${entity}`].bind(service)
  return {
    create: call("create") as (data: unknown[]) => Promise<Row[]>,
    update: call("update") as (data: unknown[]) => Promise<Row[]>,
    list: call("list") as (filters: unknown, config?: unknown) => Promise<Row[]>,
    delete: call("delete") as (ids: string[]) => Promise<void>,
    softDelete: call("softDelete") as (ids: string[]) => Promise<unknown>,
    restore: call("restore") as (ids: string[]) => Promise<unknown>,
  }
}

/** A step that creates rows through `create` and, on compensation, removes exactly those rows with `remove`. */
function defineCreateStepRemoving<TInput, TOutput extends { id: string }>(
  stepId: string,
  create: (service: ServiceManagementModuleService, data: TInput[]) => Promise<TOutput[]>,
  remove: (service: ServiceManagementModuleService, ids: string[]) => Promise<unknown>
) {
  return createStep(
    stepId,
    async (data: TInput[], { container }) => {
      const created = await create(moduleService(container), data)
      return new StepResponse(created, created.map((r) => r.id))
    },
    async (ids, { container }) => {
      if (ids?.length) {
        await remove(moduleService(container), ids)
      }
    }
  )
}

/** A step that creates rows of `entity` through `create` and, on compensation, deletes exactly those rows. */
export function defineCreateStepWith<TInput, TOutput extends { id: string }>(
  stepId: string,
  entity: EntityName,
  create: (service: ServiceManagementModuleService, data: TInput[]) => Promise<TOutput[]>
) {
  return defineCreateStepRemoving(stepId, create, (service, ids) => crudOf(service, entity).delete(ids))
}

/**
 * A step that creates numbered rows of `entity` through `create` (a module method that numbers
 * them) and, on compensation, deletes exactly those rows and gives their numbers back while they
 * are still the last issued (`deleteNumbered`).
 */
export function defineNumberedCreateStep<TInput, TOutput extends { id: string }>(
  stepId: string,
  entity: NumberedEntity,
  create: (service: ServiceManagementModuleService, data: TInput[]) => Promise<TOutput[]>
) {
  return defineCreateStepRemoving(stepId, create, (service, ids) => service.deleteNumbered(entity, ids))
}

/** A step that creates rows of `entity` and, on compensation, deletes exactly those rows. */
export function defineCreateStep<TInput, TOutput extends { id: string }>(stepId: string, entity: EntityName) {
  return defineCreateStepWith<TInput, TOutput>(
    stepId,
    entity,
    async (service, data) => (await crudOf(service, entity).create(data)) as unknown as TOutput[]
  )
}

/** A step that updates rows by id and, on compensation, writes back the fields it changed. */
export function defineUpdateStep<TInput extends { id: string }, TOutput extends { id: string }>(
  stepId: string,
  entity: EntityName
) {
  return createStep(
    stepId,
    async (data: TInput[], { container }) => {
      const service = crud(container, entity)
      const fields = [...new Set(data.flatMap((d) => Object.keys(d)))]
      const previous = await service.list({ id: data.map((d) => d.id) }, { select: fields })
      const updated = (await service.update(data)) as unknown as TOutput[]
      return new StepResponse(updated, previous)
    },
    async (previous, { container }) => {
      if (previous?.length) {
        await crud(container, entity).update(previous)
      }
    }
  )
}

/** A step that soft-deletes rows by id and restores them on compensation. */
export function defineSoftDeleteStep(stepId: string, entity: EntityName) {
  return createStep(
    stepId,
    async (ids: string[], { container }) => {
      await crud(container, entity).softDelete(ids)
      return new StepResponse(ids, ids)
    },
    async (ids, { container }) => {
      if (ids?.length) {
        await crud(container, entity).restore(ids)
      }
    }
  )
}

/** The ids of an entity's create, update and soft-delete steps. */
type EntityStepIds = { create: string; update: string; delete: string }

/** An entity's steps by kind, as `defineEntitySteps` returns them. */
export type EntitySteps<TCreate, TRow extends { id: string }, TUpdate extends { id: string }> = {
  create: ReturnType<typeof defineCreateStep<TCreate, TRow>>
  update: ReturnType<typeof defineUpdateStep<TUpdate, TRow>>
  delete: ReturnType<typeof defineSoftDeleteStep>
}

/**
 * Declares an entity's create, update and soft-delete steps, one for each id given, with the
 * compensations above: deleting the created rows, writing back the changed fields, restoring
 * the deleted rows. `TUpdate` defaults to an id plus any of the create fields.
 * One signature per set of ids (all three, create + delete, update + delete) so the result holds
 * exactly those steps: TypeScript infers no key set when the row types are given explicitly.
 */
export function defineEntitySteps<
  TCreate,
  TRow extends { id: string },
  TUpdate extends { id: string } = { id: string } & Partial<TCreate>,
>(entity: EntityName, ids: EntityStepIds): EntitySteps<TCreate, TRow, TUpdate>
export function defineEntitySteps<
  TCreate,
  TRow extends { id: string },
  TUpdate extends { id: string } = { id: string } & Partial<TCreate>,
>(entity: EntityName, ids: Pick<EntityStepIds, "create" | "delete">): Pick<EntitySteps<TCreate, TRow, TUpdate>, "create" | "delete">
export function defineEntitySteps<
  TCreate,
  TRow extends { id: string },
  TUpdate extends { id: string } = { id: string } & Partial<TCreate>,
>(entity: EntityName, ids: Pick<EntityStepIds, "update" | "delete">): Pick<EntitySteps<TCreate, TRow, TUpdate>, "update" | "delete">
export function defineEntitySteps<TCreate, TRow extends { id: string }, TUpdate extends { id: string }>(
  entity: EntityName,
  ids: Partial<EntityStepIds>
): Partial<EntitySteps<TCreate, TRow, TUpdate>> {
  const steps: Partial<EntitySteps<TCreate, TRow, TUpdate>> = {}
  if (ids.create !== undefined) {
    steps.create = defineCreateStep<TCreate, TRow>(ids.create, entity)
  }
  if (ids.update !== undefined) {
    steps.update = defineUpdateStep<TUpdate, TRow>(ids.update, entity)
  }
  if (ids.delete !== undefined) {
    steps.delete = defineSoftDeleteStep(ids.delete, entity)
  }
  return steps
}

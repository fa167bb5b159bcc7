import { InferTypeOf } from "@medusajs/framework/types"
import {
  AgreementOccurrence,
  ServiceAgreement,
  ServiceAgreementLine,
  ServiceLevelAgreement,
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  ServiceTask,
  SlaCustomerGroup,
  SlaEvent,
  StageReason,
  StageTransition,
  Bom,
  BomComponent,
  BomVersion,
  RepairCode,
  RepairLine,
  ServiceObjectBomHistory,
  BillingRun,
  ServiceSubscription,
  SubscriptionFeeTransaction,
  SubscriptionGroup,
  Assignment,
  DispatchTeam,
  Skill,
  Technician,
  TechnicianAbsence,
  ServiceRole,
} from "./models"

export type ServiceObjectDTO = InferTypeOf<typeof ServiceObject>
export type ServiceOrderDTO = InferTypeOf<typeof ServiceOrder>
export type ServiceOrderLineDTO = InferTypeOf<typeof ServiceOrderLine>
export type ServiceStageDTO = InferTypeOf<typeof ServiceStage>
export type StageReasonDTO = InferTypeOf<typeof StageReason>
export type ServiceTaskDTO = InferTypeOf<typeof ServiceTask>
export type StageTransitionDTO = InferTypeOf<typeof StageTransition>
export type ServiceLevelAgreementDTO = InferTypeOf<typeof ServiceLevelAgreement>
export type SlaCustomerGroupDTO = InferTypeOf<typeof SlaCustomerGroup>
export type SlaEventDTO = InferTypeOf<typeof SlaEvent>
export type ServiceAgreementDTO = InferTypeOf<typeof ServiceAgreement>
export type ServiceAgreementLineDTO = InferTypeOf<typeof ServiceAgreementLine>
export type AgreementOccurrenceDTO = InferTypeOf<typeof AgreementOccurrence>
export type RepairCodeDTO = InferTypeOf<typeof RepairCode>
export type BomDTO = InferTypeOf<typeof Bom>
export type BomVersionDTO = InferTypeOf<typeof BomVersion>
export type BomComponentDTO = InferTypeOf<typeof BomComponent>
export type RepairLineDTO = InferTypeOf<typeof RepairLine>
export type ServiceObjectBomHistoryDTO = InferTypeOf<typeof ServiceObjectBomHistory>
export type BillingRunDTO = InferTypeOf<typeof BillingRun>
export type ServiceSubscriptionDTO = InferTypeOf<typeof ServiceSubscription>
export type SubscriptionFeeTransactionDTO = InferTypeOf<typeof SubscriptionFeeTransaction>
export type SubscriptionGroupDTO = InferTypeOf<typeof SubscriptionGroup>
export type SkillDTO = InferTypeOf<typeof Skill>
export type DispatchTeamDTO = InferTypeOf<typeof DispatchTeam>
export type TechnicianDTO = InferTypeOf<typeof Technician>
export type TechnicianAbsenceDTO = InferTypeOf<typeof TechnicianAbsence>
export type AssignmentDTO = InferTypeOf<typeof Assignment>
export type ServiceRoleDTO = InferTypeOf<typeof ServiceRole>

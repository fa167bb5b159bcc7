import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { del, get, post, queryKeys, useInvalidate, type Params } from "./hooks"
import {
  type Assignment,
  type AssignmentInput,
  type DispatchBoard,
  type DispatchTeam,
  type MyWork,
  type Technician,
} from "./dispatch-types"

export const dispatchKeys = {
  boards: ["dispatch-board"] as const,
  board: (params: Params) => ["dispatch-board", params] as const,
  teams: ["dispatch-teams"] as const,
  technicians: (params?: Params) => ["technicians", "list", params ?? {}] as const,
  orderAssignments: (orderId: string) => ["service-orders", "assignments", orderId] as const,
  myWork: (params: Params) => ["my-work", params] as const,
}

export const useDispatchBoard = (params: { from: string; to: string; team_id?: string }) =>
  useQuery({
    queryKey: dispatchKeys.board(params),
    queryFn: () => get<DispatchBoard>("/admin/dispatch-board", params),
    placeholderData: keepPreviousData,
  })

export const useDispatchTeams = () =>
  useQuery({
    queryKey: dispatchKeys.teams,
    queryFn: () =>
      get<{ dispatch_teams: DispatchTeam[]; count: number }>("/admin/dispatch-teams", { limit: 200, order: "name" }),
  })

export const useTechnicians = (params: Params) =>
  useQuery({
    queryKey: dispatchKeys.technicians(params),
    queryFn: () => get<{ technicians: Technician[]; count: number }>("/admin/technicians", params),
    placeholderData: keepPreviousData,
  })

export const useOrderAssignments = (orderId: string) =>
  useQuery({
    queryKey: dispatchKeys.orderAssignments(orderId),
    queryFn: () => get<{ assignments: Assignment[] }>(`/admin/service-orders/${orderId}/assignments`),
    enabled: !!orderId,
  })

export const useMyWork = (params: { from: string; to: string }) =>
  useQuery({
    queryKey: dispatchKeys.myWork(params),
    queryFn: () => get<MyWork>("/admin/my-work", params),
    retry: false,
  })

type SaveAssignment = { orderId: string; assignmentId?: string; body: AssignmentInput }

/**
 * Creates (no assignmentId) or updates an assignment. Everything that shows assignments is
 * refreshed afterwards: the board, the order's list and its detail (the stage may follow).
 */
export const useSaveAssignment = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ orderId, assignmentId, body }: SaveAssignment) =>
      post<{ assignment: Assignment }>(
        `/admin/service-orders/${orderId}/assignments${assignmentId ? `/${assignmentId}` : ""}`,
        body
      ),
    onSettled: (_data, _error, { orderId }) =>
      invalidate(dispatchKeys.boards, dispatchKeys.orderAssignments(orderId), queryKeys.serviceOrder(orderId), ["my-work"]),
  })
}

export const useCancelAssignment = (orderId: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (assignmentId: string) =>
      del<{ assignment: Assignment }>(`/admin/service-orders/${orderId}/assignments/${assignmentId}`),
    onSettled: () => invalidate(dispatchKeys.boards, dispatchKeys.orderAssignments(orderId), ["my-work"]),
  })
}

/** Board data in the cache, for optimistic moves that are rolled back when the API refuses. */
export const useBoardCache = () => {
  const queryClient = useQueryClient()
  return {
    snapshot: () => queryClient.getQueriesData<DispatchBoard>({ queryKey: dispatchKeys.boards }),
    restore: (snapshot: [readonly unknown[], DispatchBoard | undefined][]) =>
      snapshot.forEach(([key, data]) => queryClient.setQueryData<DispatchBoard>(key, data)),
    update: (fn: (board: DispatchBoard) => DispatchBoard) =>
      queryClient.setQueriesData<DispatchBoard>({ queryKey: dispatchKeys.boards }, (b) => (b ? fn(b) : b)),
    cancel: () => queryClient.cancelQueries({ queryKey: dispatchKeys.boards }),
  }
}

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, useRefreshingMutation } from "../client"
import { boardWithOrders, myWorkWithOrders } from "../dispatch-orders"
import type { Assignment, AssignmentInput, DispatchBoard, DispatchBoardAnswer, MyWorkAnswer } from "../dispatch-types"
import { serviceOrderKeys } from "./service-orders"

export const dispatchBoardKeys = queryKeysFactory("dispatch-board")
export const myWorkKeys = queryKeysFactory("my-work")
/** Under "service-orders": an order change refreshes its assignments. */
export const assignmentKeys = { order: (orderId: string) => ["service-orders", "assignments", orderId] as const }

/** The board, its blocks and queue cards joined with their orders (the cache holds it so, for optimistic moves). */
export const useDispatchBoard = (params: { from: string; to: string; team_id?: string; limit?: number; offset?: number }) =>
  useQuery({
    queryKey: dispatchBoardKeys.list(params),
    queryFn: async () => boardWithOrders(await get<DispatchBoardAnswer>("/admin/dispatch-board", params)),
    placeholderData: keepPreviousData,
  })

export const useOrderAssignments = (orderId: string) =>
  useQuery({
    queryKey: assignmentKeys.order(orderId),
    queryFn: () => get<{ assignments: Assignment[] }>(`/admin/service-orders/${orderId}/assignments`),
    enabled: !!orderId,
  })

export const useMyWork = (params: { from: string; to: string }) =>
  useQuery({
    queryKey: myWorkKeys.list(params),
    queryFn: async () => myWorkWithOrders(await get<MyWorkAnswer>("/admin/my-work", params)),
    retry: false,
  })

type SaveAssignment = { orderId: string; assignmentId?: string; body: AssignmentInput }

/**
 * Creates (no assignmentId) or updates an assignment. Everything that shows assignments is
 * refreshed afterwards, also when refused: the board, the order's list and its detail (the stage may follow).
 */
export const useSaveAssignment = () =>
  useRefreshingMutation(
    ({ orderId, assignmentId, body }: SaveAssignment) =>
      post<{ assignment: Assignment }>(
        `/admin/service-orders/${orderId}/assignments${assignmentId ? `/${assignmentId}` : ""}`,
        body
      ),
    ({ orderId }) => [dispatchBoardKeys.all, assignmentKeys.order(orderId), serviceOrderKeys.detail(orderId), myWorkKeys.all],
    "onSettled"
  )

export const useCancelAssignment = (orderId: string) =>
  useRefreshingMutation(
    (assignmentId: string) => del<{ assignment: Assignment }>(`/admin/service-orders/${orderId}/assignments/${assignmentId}`),
    [dispatchBoardKeys.all, assignmentKeys.order(orderId), myWorkKeys.all],
    "onSettled"
  )

/** Board data in the cache, for optimistic moves that are rolled back when the API refuses. */
export const useBoardCache = () => {
  const queryClient = useQueryClient()
  const queryKey = dispatchBoardKeys.all
  return {
    snapshot: () => queryClient.getQueriesData<DispatchBoard>({ queryKey }),
    restore: (snapshot: [readonly unknown[], DispatchBoard | undefined][]) =>
      snapshot.forEach(([key, data]) => queryClient.setQueryData<DispatchBoard>(key, data)),
    update: (fn: (board: DispatchBoard) => DispatchBoard) =>
      queryClient.setQueriesData<DispatchBoard>({ queryKey }, (b) => (b ? fn(b) : b)),
    cancel: () => queryClient.cancelQueries({ queryKey }),
  }
}

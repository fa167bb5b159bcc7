import { toast } from "@medusajs/ui"

/** The API's own message (Medusa error bodies carry `message`), else a generic one. */
export const errorMessage = (error: unknown): string => {
  if (error && typeof error === "object" && "message" in error) {
    const message = (error as { message?: unknown }).message
    if (typeof message === "string" && message.length) {
      return message
    }
  }
  return "Something went wrong. Please try again."
}

export const toastError = (error: unknown) => {
  toast.error(errorMessage(error))
}

export const toastSuccess = (description: string) => {
  toast.success(description)
}

/** "Skill "Gas" was created" / "… was updated", after a create-or-edit drawer saved. */
export const toastSaved = (subject: string, updated: boolean) => {
  toastSuccess(`${subject} was ${updated ? "updated" : "created"}`)
}

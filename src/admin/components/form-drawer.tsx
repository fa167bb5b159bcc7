import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

/** A drawer holding one form, with the dashboard's header / body / footer layout. */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  onSubmit,
  isPending,
  submitLabel = "Save",
  submitDisabled,
  children,
  testId,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  onSubmit: () => void
  isPending?: boolean
  submitLabel?: string
  submitDisabled?: boolean
  children: ReactNode
  testId?: string
}) => {
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault()
    e.stopPropagation()
    if (!isPending && !submitDisabled) {
      onSubmit()
    }
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content {...(description ? {} : { "aria-describedby": undefined })} data-testid={testId}>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            {description && <Drawer.Description>{description}</Drawer.Description>}
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <div className="flex items-center justify-end gap-x-2">
              <Drawer.Close asChild>
                <Button variant="secondary" size="small" type="button">
                  Cancel
                </Button>
              </Drawer.Close>
              <Button size="small" type="submit" isLoading={isPending} disabled={submitDisabled}>
                {submitLabel}
              </Button>
            </div>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

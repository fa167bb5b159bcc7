import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { FormProvider, type FieldValues, type UseFormReturn } from "react-hook-form"
import { FormRootError } from "./form/form-root-error"
import { submitShowingApiErrors } from "./form/use-drawer-form"

/*
 * One way to write a form drawer (react-hook-form + zod, as Medusa's dashboard does):
 *
 *   const Schema = z.object({ code: z.string().trim().min(1, "Enter a code"), price: z.number().nullable() })
 *   const form = useDrawerForm(Schema, open, { code: record?.code ?? "", price: record?.price ?? null })
 *   <FormDrawer form={form} open={open} onOpenChange={onOpenChange} title="Edit task" testId="task-drawer"
 *     errorTestId="task-error"
 *     onSubmit={async (values) => { await save.mutateAsync(values); toastSuccess("Task saved") }}>
 *     <FormText control={form.control} name="code" label="Code" id="task-code" />
 *     <FormCurrency control={form.control} name="price" label="Price" id="task-price" currencyCode="eur" />
 *   </FormDrawer>
 *
 * Fields (components/form/): FormText, FormTextarea, FormNumber, FormSelect, FormSwitch, FormDate
 * (DatePicker; "YYYY-MM-DD" or, with granularity="minute", an ISO timestamp), FormCurrency (major
 * units, as Medusa stores money), and FormField for any other control (pickers, editors).
 * The drawer closes when `onSubmit` resolves (resolve `false` to keep it open); when it throws, the
 * API's message goes on the fields it names (`lines[0].technician_id: …`, "Field 'name' is required")
 * and the rest shows at the foot of the form. Zod messages show under their fields.
 * The `onSubmit`/`isPending` props without `form` are the old way, kept until the
 * remaining drawers are converted.
 */

/** What every drawer takes to open and close, plus its own props `T`. */
export type DrawerProps<T = object> = { open: boolean; onOpenChange: (open: boolean) => void } & T

type ShellProps = DrawerProps<{
  title: string
  description?: string
  submitLabel?: string
  children: ReactNode
  testId?: string
}>

type BoundProps<TIn extends FieldValues, TOut> = ShellProps & {
  form: UseFormReturn<TIn, unknown, TOut>
  onSubmit: (values: TOut) => Promise<unknown>
  /** Test id of the form-level error (the API's refusal that names no field). */
  errorTestId?: string
  /** Keeps the submit button disabled, for a form that is not complete yet (e.g. no choice made). */
  submitDisabled?: boolean
}

type LegacyProps = ShellProps & {
  form?: undefined
  onSubmit: () => void
  isPending?: boolean
  submitDisabled?: boolean
}

/** A drawer holding one form, with the dashboard's header / body / footer layout. */
export const FormDrawer = <TIn extends FieldValues, TOut>(props: BoundProps<TIn, TOut> | LegacyProps) =>
  props.form ? <BoundFormDrawer {...props} form={props.form} /> : <LegacyFormDrawer {...props} />

const BoundFormDrawer = <TIn extends FieldValues, TOut>({ form, onSubmit, errorTestId, submitDisabled, children, ...drawer }: BoundProps<TIn, TOut>) => {
  const submit = submitShowingApiErrors(form, async (values) => {
    if ((await onSubmit(values)) !== false) {
      drawer.onOpenChange(false)
    }
  })
  return (
    <FormProvider {...form}>
      <DrawerShell
        {...drawer}
        onSubmit={() => !submitDisabled && submit()}
        isPending={form.formState.isSubmitting}
        submitDisabled={submitDisabled}
      >
        {children}
        <FormRootError control={form.control} testId={errorTestId ?? "form-error"} />
      </DrawerShell>
    </FormProvider>
  )
}

const LegacyFormDrawer = ({ onSubmit, isPending, submitDisabled, ...drawer }: LegacyProps) => (
  <DrawerShell
    {...drawer}
    isPending={isPending}
    submitDisabled={submitDisabled}
    onSubmit={() => {
      if (!isPending && !submitDisabled) {
        onSubmit()
      }
    }}
  />
)

const DrawerShell = ({
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
}: ShellProps & { onSubmit: () => void; isPending?: boolean; submitDisabled?: boolean }) => {
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault()
    e.stopPropagation()
    onSubmit()
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

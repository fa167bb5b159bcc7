import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useCallback, useRef, useState } from "react"
import { humanize } from "../../lib/format"
import type { OverrideRule } from "../../lib/dispatch-types"
import { violationsOf } from "../../lib/dispatch-errors"

type Pending = { message: string; rules: OverrideRule[]; resolve: (note: string | null) => void }

/**
 * Asks the dispatcher to override the rules an assignment breaks, with a note that is recorded.
 * `ask` resolves with the note (possibly empty) when confirmed, null when cancelled.
 */
export const useOverridePrompt = () => {
  const [pending, setPending] = useState<Pending | null>(null)
  const [note, setNote] = useState("")
  const resolved = useRef(false)

  const ask = useCallback(
    (message: string, rules: OverrideRule[]) =>
      new Promise<string | null>((resolve) => {
        resolved.current = false
        setNote("")
        setPending({ message, rules, resolve })
      }),
    []
  )

  const finish = (value: string | null) => {
    if (pending && !resolved.current) {
      resolved.current = true
      pending.resolve(value)
    }
    setPending(null)
  }

  const element = (
    <Prompt open={!!pending} onOpenChange={(open) => !open && finish(null)}>
      <Prompt.Content data-testid="override-prompt">
        <Prompt.Header>
          <Prompt.Title>Override the assignment rules?</Prompt.Title>
          <Prompt.Description>The assignment breaks these rules. Assign anyway and record why:</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-3 px-6 pb-4">
          <ul className="flex flex-col gap-y-1" data-testid="override-violations">
            {pending &&
              violationsOf(pending.message, pending.rules).map((v) => (
                <li key={v.rule}>
                  <Text size="small" weight="plus">
                    {humanize(v.rule)}
                  </Text>
                  {v.text && (
                    <Text size="small" className="text-ui-fg-subtle">
                      {v.text}
                    </Text>
                  )}
                </li>
              ))}
          </ul>
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="override-note">
              Override note
            </Label>
            <Textarea
              id="override-note"
              data-testid="override-note"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="e.g. customer asked for an evening visit"
            />
          </div>
        </div>
        <Prompt.Footer>
          <Button size="small" variant="secondary" onClick={() => finish(null)} data-testid="override-cancel">
            Cancel
          </Button>
          <Button size="small" onClick={() => finish(note.trim())} data-testid="override-confirm">
            Override and assign
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )

  return { ask, element }
}

import { useAdminUsers, type AdminUser } from "../../lib/hooks/users"
import { Combobox, useDebounced, type UseComboOptions } from "../combobox"

export const userLabel = (u?: Pick<AdminUser, "email" | "first_name" | "last_name"> | null) => {
  if (!u) {
    return null
  }
  const name = [u.first_name, u.last_name].filter(Boolean).join(" ")
  return name ? `${name} (${u.email})` : u.email
}

const useUserOptions: UseComboOptions = (search) => {
  const { data, isLoading } = useAdminUsers(useDebounced(search))
  return { isLoading, options: (data?.users ?? []).map((u) => ({ value: u.id, label: userLabel(u) ?? u.id })) }
}

/** Searches Medusa admin users to link a technician to a login (My work, technician scope). */
export const UserPicker = ({
  value,
  selectedLabel,
  onChange,
}: {
  value: string | null
  selectedLabel: string | null
  onChange: (id: string | null, label: string | null) => void
}) => {
  return (
    <Combobox
      id="technician-user"
      value={value}
      selectedLabel={selectedLabel}
      useOptions={useUserOptions}
      onChange={(id, option) => onChange(id, option?.label ?? null)}
      placeholder="Search admin users by name or email"
      emptyText="No admin user matches"
    />
  )
}

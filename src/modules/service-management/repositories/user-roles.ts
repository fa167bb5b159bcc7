import { Context } from "@medusajs/framework/types"
import { SqlRepository } from "./common/sql"
import { ServiceRoleName } from "../../../types/enums"

export type UserServiceRole = { role: ServiceRoleName | null; technician_id: string | null }

/** What an admin user may do in the plugin. */
export class UserRoleRepository extends SqlRepository {
  /**
   * The stored service role of an admin user and the technician linked to that user, in one
   * query: the role guard runs it on every plugin admin request.
   */
  async resolve(userId: string, sharedContext: Context = {}): Promise<UserServiceRole> {
    const [row] = await this.manager(sharedContext).execute<Partial<UserServiceRole>[]>(
      `select (select role from service_role where user_id = ? and deleted_at is null) as role,
              (select id from service_technician where user_id = ? and deleted_at is null) as technician_id`,
      [userId, userId]
    )
    return { role: row?.role ?? null, technician_id: row?.technician_id ?? null }
  }
}

/** Who may see and change what. Until accounts exist the local caller is admin. */
export const ROLES = ['admin', 'editor', 'viewer', 'public'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { public: 0, viewer: 1, editor: 2, admin: 3 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

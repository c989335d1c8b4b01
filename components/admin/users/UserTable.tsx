import Link from 'next/link';
import type { UserListItem } from '@/db/queries/users';

export function UserTable({ users, currentUserId }: { users: UserListItem[]; currentUserId: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Accounts</caption>
        <thead className="border-b border-stone-200 dark:border-stone-800">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Email
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Role
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={`/admin/users/${user.id}`} className="underline-offset-4 hover:underline">
                  {user.name}
                </Link>
                {user.id === currentUserId && <span className="ml-2 text-stone-600 dark:text-stone-400">(you)</span>}
              </th>
              <td className="px-4 py-2">{user.email}</td>
              <td className="px-4 py-2">{user.role === 'admin' ? 'Admin' : 'Author'}</td>
              <td className="px-4 py-2">{user.disabledAt ? 'Disabled' : 'Active'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

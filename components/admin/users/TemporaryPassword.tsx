/** A password shown once, to be passed on privately. */
export function TemporaryPassword({ password }: { password: string }) {
  return (
    <p className="mt-1">
      Temporary password: <code className="rounded bg-white px-1.5 py-0.5 font-mono text-base dark:bg-stone-900">{password}</code>
      <span className="block text-green-900/80 dark:text-green-100/80">
        It is shown only this once. Pass it on privately; they can change it on their profile page.
      </span>
    </p>
  );
}

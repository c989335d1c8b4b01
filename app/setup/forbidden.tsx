export default function SetupLinkRefused() {
  return (
    <main id="main" className="mx-auto max-w-xl px-5 py-24">
      <h1 className="font-serif text-3xl font-semibold">This setup link is not valid</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        Setting up a new blog needs the one-time link the server printed to its log when it started, like
        <code className="mx-1 rounded bg-stone-200 px-1 dark:bg-stone-800">/setup?token=…</code>. Open that link
        from the log to create the owner’s account.
      </p>
    </main>
  );
}

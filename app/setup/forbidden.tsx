export default function SetupLinkRefused() {
  return (
    <main id="main" className="mx-auto max-w-xl px-5 py-24">
      <h1 className="font-serif text-3xl font-semibold">This setup link is not valid</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        Setting up a new blog needs the link the server printed to its log when it started, like
        <code className="mx-1 rounded bg-stone-200 px-1 dark:bg-stone-800">/setup?token=…</code>. A link works once and for 24
        hours: if yours has expired or was used, restart the server and open the new link it prints.
      </p>
    </main>
  );
}

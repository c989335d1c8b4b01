import { LabelCloud } from './LabelCloud';

export function SiteFooter({ title }: { title: string }) {
  return (
    <footer className="mt-16 border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto max-w-3xl space-y-8 px-5 py-8 text-sm text-stone-600 dark:text-stone-400">
        <LabelCloud />
        <p>{title} · Powered by Inkwell</p>
      </div>
    </footer>
  );
}

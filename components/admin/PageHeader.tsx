import type { ReactNode } from 'react';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="mb-8">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">{title}</h1>
      {children && <div className="mt-2 text-stone-700 dark:text-stone-300">{children}</div>}
    </header>
  );
}

'use client';

import { useId, useState } from 'react';

/** Pick labels from the blog's labels or create new ones by typing them. */
export function LabelPicker({
  labels,
  known,
  onChange,
}: {
  labels: string[];
  known: string[];
  onChange: (labels: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const listId = useId();

  const add = () => {
    const name = draft.trim().replace(/\s+/g, ' ');
    setDraft('');
    if (!name || labels.some((l) => l.toLowerCase() === name.toLowerCase())) return;
    // Reuse an existing label's spelling when the author typed it in another case.
    onChange([...labels, known.find((k) => k.toLowerCase() === name.toLowerCase()) ?? name]);
  };

  return (
    <fieldset>
      <legend className="text-sm font-medium">Labels</legend>
      {labels.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Chosen labels">
          {labels.map((label) => (
            <li
              key={label}
              className="flex items-center gap-1 rounded-full bg-stone-200 py-0.5 pl-2.5 pr-1 text-xs dark:bg-stone-800"
            >
              {label}
              <button
                type="button"
                aria-label={`Remove label ${label}`}
                onClick={() => onChange(labels.filter((l) => l !== label))}
                className="rounded-full px-1.5 hover:bg-stone-300 dark:hover:bg-stone-700"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          Add a label
        </label>
        <input
          id={inputId}
          list={listId}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
          placeholder="Add a label"
          className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-950"
        />
        <datalist id={listId}>
          {known
            .filter((k) => !labels.includes(k))
            .map((k) => (
              <option key={k} value={k} />
            ))}
        </datalist>
        <button type="button" onClick={add} className="rounded border border-stone-300 px-2 py-1 text-sm dark:border-stone-600">
          Add label
        </button>
      </div>
    </fieldset>
  );
}

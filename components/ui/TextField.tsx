import type { InputHTMLAttributes } from 'react';

export const fieldClass =
  'mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm placeholder:text-stone-500 aria-invalid:border-red-700 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400 dark:aria-invalid:border-red-400';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => React.ReactNode;
}

/** A label, the control, an optional hint and the error tied to the control by aria-describedby. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children(describedBy)}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  /** Several lines of text: a textarea with this many rows. */
  rows?: number;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>;

export function TextField({ label, name, hint, error, rows, id = `field-${name}`, defaultValue, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) =>
        rows ? (
          <textarea
            id={id}
            name={name}
            rows={rows}
            defaultValue={defaultValue}
            required={input.required}
            maxLength={input.maxLength}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className={fieldClass}
          />
        ) : (
          <input
            id={id}
            name={name}
            defaultValue={defaultValue}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className={fieldClass}
            {...input}
          />
        )
      }
    </FieldFrame>
  );
}

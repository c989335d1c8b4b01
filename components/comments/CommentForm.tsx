'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { COMMENT_FIELDS, MAX_COMMENT_LENGTH } from '@/lib/comments/fields';
import type { CommentField, CommentPosted } from '@/lib/comments/posted-comment';
import { fieldError, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { QUOTE_EVENT, type QuoteEventDetail } from './quote-event';
import { rememberPendingComment } from './pending-comments';
import { useFormToken } from './use-form-token';

export type PostCommentAction = FormAction<CommentPosted>;

interface CommentFormProps {
  /** The server action that stores the comment (app/(site)/posts/[slug]/actions.ts). */
  action: PostCommentAction;
  postSlug: string;
  /** The path of the page the form is on, where it posts without JavaScript (useFormAction). */
  permalink: string;
  parentId?: number;
  /** The main form receives passages quoted with the Quote button. */
  receivesQuotes?: boolean;
  heading: string;
  onCancel?: () => void;
  /** ISO time after which comments close automatically. */
  closesAt?: string | null;
}

const noSubscription = () => () => {};

const input =
  'mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900 aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-400';

export function CommentForm({
  action,
  postSlug,
  permalink,
  parentId,
  receivesQuotes = false,
  heading,
  onCancel,
  closesAt = null,
}: CommentFormProps) {
  const [state, formAction, pending] = useFormAction(action, permalink);
  const failed = state && !state.ok ? state : null;
  const [body, setBody] = useState(state?.values.body ?? '');
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const fieldId = (field: string) => `${id}-${field}`;

  const { token, fetchToken, holdSubmitForToken } = useFormToken(state);

  useEffect(() => {
    if (!receivesQuotes) return;
    function onQuote(event: Event) {
      const { text } = (event as CustomEvent<QuoteEventDetail>).detail;
      const quoted = text
        .trim()
        .split(/\r?\n/)
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
      setBody((current) => `${current.trim() ? `${current.trimEnd()}\n\n` : ''}${quoted}\n\n`);
      void fetchToken();
      bodyRef.current?.focus();
      bodyRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
    window.addEventListener(QUOTE_EVENT, onQuote);
    return () => window.removeEventListener(QUOTE_EVENT, onQuote);
  });

  // Once posted, the text is cleared for the next comment (adjusted during render, per React's docs) —
  // unless the reader went on typing while it was posting: that text is theirs to keep.
  const [postedBody, setPostedBody] = useState<string | null>(null);
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    if (state?.ok && body === postedBody) setBody('');
  }

  useEffect(() => {
    if (state?.ok && state.status === 'pending' && state.comment) rememberPendingComment(state.comment);
  }, [state]);

  // The cached page cannot know the time; the browser can. The server checks again on posting.
  const closed = useSyncExternalStore(
    noSubscription,
    () => closesAt !== null && Date.now() > Date.parse(closesAt),
    () => false,
  );

  const error = (field: CommentField) => fieldError(state, field);
  const describedBy = (field: CommentField, extra?: string) =>
    [error(field) ? fieldId(`${field}-error`) : null, extra].filter(Boolean).join(' ') || undefined;

  if (closed) {
    return <p className="mt-6 text-stone-600 dark:text-stone-400">Comments are closed on this post.</p>;
  }

  if (state?.ok && parentId) {
    return (
      <p role="status" className="mt-3 rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-900">
        {state.status === 'pending' ? 'Your reply is awaiting moderation.' : 'Your reply is published.'}
      </p>
    );
  }

  return (
    <form
      action={formAction}
      onFocusCapture={() => void fetchToken()}
      onSubmit={(event) => {
        setPostedBody(body);
        void holdSubmitForToken(event);
      }}
      className="mt-4 space-y-4"
      aria-labelledby={fieldId('heading')}
      noValidate
    >
      <h3 id={fieldId('heading')} className="text-lg font-semibold">
        {heading}
      </h3>
      {state?.ok && (
        <p
          role="status"
          className="rounded-md border border-emerald-700 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {state.message}
        </p>
      )}
      {failed?.error && (
        <p
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {failed.error}
        </p>
      )}

      <input type="hidden" name={COMMENT_FIELDS.postSlug} value={postSlug} />
      {parentId && <input type="hidden" name={COMMENT_FIELDS.parentId} value={parentId} />}
      <input type="hidden" name={COMMENT_FIELDS.formToken} value={token} />
      {/* Invisible to people (and to screen readers); bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          Company
          <input type="text" name={COMMENT_FIELDS.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        {(
          [
            ['name', 'Name', 'text', 'name', true],
            ['email', 'Email', 'email', 'email', false],
            ['website', 'Website', 'url', 'url', false],
          ] as const
        ).map(([field, label, type, autoComplete, required]) => (
          <div key={field}>
            <label htmlFor={fieldId(field)} className="block text-sm font-medium">
              {label}
              {!required && <span className="font-normal text-stone-600 dark:text-stone-400"> (optional)</span>}
            </label>
            <input
              id={fieldId(field)}
              name={COMMENT_FIELDS[field]}
              type={type}
              autoComplete={autoComplete}
              required={required}
              defaultValue={state?.values[field] ?? ''}
              aria-invalid={!!error(field)}
              aria-describedby={describedBy(field, field === 'email' ? fieldId('email-hint') : undefined)}
              className={input}
            />
            {field === 'email' && (
              <p id={fieldId('email-hint')} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
                Never shown.
              </p>
            )}
            {error(field) && (
              <p id={fieldId(`${field}-error`)} className="mt-1 text-sm text-red-800 dark:text-red-300">
                {error(field)}
              </p>
            )}
          </div>
        ))}
      </div>

      <fieldset className="space-y-2">
        <legend className="sr-only">Email notifications</legend>
        <div className="flex items-start gap-2">
          <input
            id={fieldId('notify')}
            type="checkbox"
            name={COMMENT_FIELDS.notify}
            defaultChecked={state?.values[COMMENT_FIELDS.notify] === 'on'}
            aria-describedby={fieldId('notify-hint')}
            className="mt-1 accent-accent-600 dark:accent-accent-400"
          />
          <div>
            <label htmlFor={fieldId('notify')} className="text-sm font-medium">
              Email me when someone replies
            </label>
            <p id={fieldId('notify-hint')} className="text-xs text-stone-600 dark:text-stone-400">
              Needs your email. We first send a link to confirm it; every email has an unsubscribe link.
            </p>
          </div>
        </div>
        {!parentId && (
          <div className="flex items-start gap-2">
            <input
              id={fieldId('notifyAll')}
              type="checkbox"
              name={COMMENT_FIELDS.notifyAll}
              defaultChecked={state?.values[COMMENT_FIELDS.notifyAll] === 'on'}
              className="mt-1 accent-accent-600 dark:accent-accent-400"
            />
            <label htmlFor={fieldId('notifyAll')} className="text-sm font-medium">
              Also email me when anyone writes on this post
            </label>
          </div>
        )}
      </fieldset>

      <div>
        <label htmlFor={fieldId('body')} className="block text-sm font-medium">
          Comment
        </label>
        <textarea
          ref={bodyRef}
          id={fieldId('body')}
          name={COMMENT_FIELDS.body}
          required
          rows={6}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={!!error('body') || body.length > MAX_COMMENT_LENGTH}
          aria-describedby={describedBy('body', `${fieldId('body-help')} ${fieldId('body-count')}`)}
          className={input}
        />
        <div className="mt-1 flex justify-between gap-4 text-xs text-stone-600 dark:text-stone-400">
          <p id={fieldId('body-help')}>Plain text. Start a line with &gt; to quote. Links are made clickable.</p>
          <p
            id={fieldId('body-count')}
            className={body.length > MAX_COMMENT_LENGTH ? 'font-semibold text-red-800 dark:text-red-300' : undefined}
          >
            {body.length.toLocaleString('en')} / {MAX_COMMENT_LENGTH.toLocaleString('en')}
          </p>
        </div>
        {error('body') && (
          <p id={fieldId('body-error')} className="mt-1 text-sm text-red-800 dark:text-red-300">
            {error('body')}
          </p>
        )}
      </div>

      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-accent-600 px-4 py-2 font-medium text-white hover:bg-stone-900 disabled:opacity-60 dark:bg-accent-400 dark:text-stone-950 dark:hover:bg-stone-100"
        >
          {pending ? 'Posting…' : 'Post comment'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className="px-3 py-2 text-sm underline underline-offset-4">
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

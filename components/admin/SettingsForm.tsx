'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SelectField } from '@/components/ui/SelectField';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { fieldError, fieldValue, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import type { AdminNotifications, CommentPolicy, SiteSettings } from '@/lib/settings/schema';
import { NavigationPicker, type NavigationPage } from './NavigationPicker';

const POLICIES: { value: CommentPolicy; label: string; hint: string }[] = [
  {
    value: 'holdFirstTime',
    label: 'Hold a commenter’s first comment',
    hint: 'Once one of their comments is approved, the next ones appear at once.',
  },
  { value: 'holdAll', label: 'Hold every comment', hint: 'Nothing appears until you approve it.' },
  { value: 'publishAll', label: 'Publish at once', hint: 'Comments appear immediately, unless they contain a disallowed word.' },
];

const ADMIN_NOTIFICATION_OPTIONS: { value: AdminNotifications; label: string }[] = [
  { value: 'each', label: 'For each comment' },
  { value: 'digest', label: 'In a daily digest' },
  { value: 'none', label: 'Never' },
];

function Fieldset({ legend, id, children }: { legend: string; id?: string; children: React.ReactNode }) {
  return (
    <fieldset
      id={id}
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <legend className="px-1 font-serif text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

interface SettingsFormProps {
  action: FormAction;
  settings: SiteSettings;
  timeZones: string[];
  /** SITE_URL from the server's environment, which wins over the setting. */
  siteUrlFromEnv?: string;
  /** Published pages the header may link to. */
  pages: NavigationPage[];
}

export function SettingsForm({ action, settings, timeZones, siteUrlFromEnv, pages }: SettingsFormProps) {
  const [state, formAction] = useFormAction(action);
  const value = (name: string, stored: string) => fieldValue(state, name, stored);
  const error = (name: string) => fieldError(state, name);
  const policy = value('commentPolicy', settings.comments.policy);
  const policyError = error('commentPolicy');

  return (
    <form action={formAction} className="space-y-8">
      <FormMessage state={state} />
      <Fieldset legend="Blog">
        <TextField
          label="Blog title"
          name="title"
          required
          maxLength={100}
          defaultValue={value('title', settings.title)}
          error={error('title')}
        />
        <TextField
          label="Description"
          name="description"
          rows={2}
          maxLength={300}
          hint="Shown under the title and in feeds."
          defaultValue={value('description', settings.description)}
          error={error('description')}
        />
        <TextField
          label="Site URL"
          name="siteUrl"
          type="url"
          placeholder="https://blog.example.com"
          hint={
            siteUrlFromEnv
              ? `The server's SITE_URL (${siteUrlFromEnv}) is used instead of this setting while it is set.`
              : 'The address readers use. Feeds and shared links point here.'
          }
          defaultValue={value('siteUrl', settings.siteUrl ?? '')}
          error={error('siteUrl')}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Posts per page"
            name="postsPerPage"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            required
            defaultValue={value('postsPerPage', String(settings.postsPerPage))}
            error={error('postsPerPage')}
          />
          <SelectField
            label="Time zone"
            name="timeZone"
            hint="Dates on the blog are shown in this time zone."
            options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
            defaultValue={value('timeZone', settings.timeZone)}
            error={error('timeZone')}
          />
        </div>
      </Fieldset>

      <Fieldset legend="Comments">
        <fieldset aria-describedby={policyError ? 'commentPolicy-error' : undefined}>
          <legend className="text-sm font-medium">New comments</legend>
          <div className="mt-2 space-y-3">
            {POLICIES.map((option) => (
              <div key={option.value} className="flex gap-3">
                <input
                  type="radio"
                  id={`commentPolicy-${option.value}`}
                  name="commentPolicy"
                  value={option.value}
                  defaultChecked={policy === option.value}
                  aria-describedby={`commentPolicy-${option.value}-hint`}
                  className="mt-1 accent-accent-600 dark:accent-accent-400"
                />
                <div>
                  <label htmlFor={`commentPolicy-${option.value}`} className="font-medium">
                    {option.label}
                  </label>
                  <p id={`commentPolicy-${option.value}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
                    {option.hint}
                  </p>
                </div>
              </div>
            ))}
          </div>
          {policyError && (
            <p id="commentPolicy-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {policyError}
            </p>
          )}
        </fieldset>
        <TextField
          label="Close comments after (days)"
          name="commentsCloseAfterDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          hint="Counted from a post’s publication. Leave empty to keep comments open."
          defaultValue={value('commentsCloseAfterDays', settings.comments.closeAfterDays?.toString() ?? '')}
          error={error('commentsCloseAfterDays')}
        />
        <TextField
          label="Disallowed words"
          name="disallowedWords"
          rows={4}
          hint="One word or phrase per line. A comment containing one is held for moderation."
          defaultValue={value('disallowedWords', settings.comments.disallowedWords.join('\n'))}
          error={error('disallowedWords')}
        />
      </Fieldset>

      <Fieldset legend="Pages and navigation" id="navigation">
        <NavigationPicker pages={pages} chosen={settings.navigation} />
        {error('navigation') && <p className="text-sm font-medium text-red-700 dark:text-red-400">{error('navigation')}</p>}
        <div className="flex gap-3">
          <input
            type="checkbox"
            id="authorsMayWritePages"
            name="authorsMayWritePages"
            defaultChecked={state && !state.ok ? state.values.authorsMayWritePages === 'on' : settings.authorsMayWritePages}
            aria-describedby="authorsMayWritePages-hint"
            className="mt-1 accent-accent-600 dark:accent-accent-400"
          />
          <div>
            <label htmlFor="authorsMayWritePages" className="font-medium">
              Authors may write pages
            </label>
            <p id="authorsMayWritePages-hint" className="text-sm text-stone-600 dark:text-stone-400">
              Admins always may. Left off, only admins write and change the blog’s pages.
            </p>
          </div>
        </div>
      </Fieldset>

      <Fieldset legend="Email">
        <SelectField
          label="Email admins about new comments"
          name="adminNotifications"
          options={ADMIN_NOTIFICATION_OPTIONS}
          hint="A post’s author is always emailed about comments on their posts."
          defaultValue={value('adminNotifications', settings.mail.adminNotifications)}
          error={error('adminNotifications')}
        />
      </Fieldset>

      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}

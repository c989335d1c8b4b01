'use server';

import { z } from 'zod';
import { deleteSubscriber } from '@/db/queries/subscriptions';
import { formAction } from '@/lib/forms/form-action';
import { log } from '@/lib/logging/logger';

/** Forgets a subscriber's address and what it subscribed to (a reader asked, or privacy). */
export const deleteSubscriberAction = formAction(
  { access: 'manageSettings', schema: z.object({ id: z.coerce.number().int().positive() }) },
  async ({ id }, { fail, user }) => {
    if (!(await deleteSubscriber(id))) return fail('That subscriber was already deleted.');
    log.info({ event: 'mail.subscriber_deleted', subscriberId: id, by: user.id }, 'subscriber deleted');
    return { ok: true, message: 'Subscriber deleted: the address and its subscriptions are gone.' };
  },
);

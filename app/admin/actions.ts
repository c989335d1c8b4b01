'use server';

import { signOut } from '@/auth';

// Ending one's own session needs no input, no permission and no form state, so it is the one
// action outside formAction: anyone may sign themselves out.
export async function signOutAction() {
  await signOut({ redirectTo: '/login' });
}

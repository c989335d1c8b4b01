// next-auth's endpoints: session, CSRF token, the credentials callback, sign-out.
import { handlers } from '@/auth';

export const { GET, POST } = handlers;

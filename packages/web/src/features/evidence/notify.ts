import { notifications } from '@mantine/notifications';
import { ApiError } from '../../api/api-error.js';

/** A failed change as a notification: what failed, the server's message and what to do about it. */
export const notifyError = (action: string, error: unknown, hint?: string) => {
  const e = error instanceof ApiError ? error : null;
  const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  notifications.show({
    color: 'red',
    title: `${action} failed`,
    message: e
      ? [sentence(e.message), hint ?? e.hint].filter(Boolean).join(' ')
      : String((error as Error)?.message ?? error),
    autoClose: 8000,
  });
};

export const notifySuccess = (title: string, message?: string) =>
  notifications.show({ color: 'teal', title, message: message ?? '', autoClose: 4000 });

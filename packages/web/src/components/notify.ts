import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/api-error.js';

// Readable text (the default dimmed description falls below 4.5:1) and a named close button.
const a11y = {
  closeButtonProps: { 'aria-label': 'Dismiss notification' },
  styles: { description: { color: 'var(--mantine-color-gray-8)' } },
} as const;

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** A failed change as a notification: what failed, the server's message and what to do about it. */
export const notifyError = (action: string, error: unknown, hint?: string) => {
  const e = error instanceof ApiError ? error : null;
  notifications.show({
    ...a11y,
    color: 'red',
    title: `${action} failed`,
    message: e
      ? [sentence(e.message), hint ?? e.hint].filter(Boolean).join(' ')
      : String((error as Error)?.message ?? error),
    autoClose: 8000,
  });
};

export const notifySuccess = (title: string, message?: string) =>
  notifications.show({ ...a11y, color: 'teal', title, message: message ?? '', autoClose: 4000 });

export const notifyInfo = (title: string, message: string) =>
  notifications.show({ ...a11y, color: 'gray', title, message, autoClose: 4000 });

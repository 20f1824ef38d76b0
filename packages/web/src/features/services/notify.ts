import { notifications } from '@mantine/notifications';
import { ApiError } from '../../api/api-error.js';

// Readable text (the default dimmed description falls below 4.5:1) and a named close button.
const a11y = {
  closeButtonProps: { 'aria-label': 'Dismiss notification' },
  styles: { description: { color: 'var(--mantine-color-gray-8)' } },
} as const;

/** A failed mutation as a notification: the API's message and what to do about it. */
export const notifyError = (error: unknown, fallbackTitle = 'The change was not saved') => {
  const e = error instanceof ApiError ? error : null;
  notifications.show({
    ...a11y,
    color: 'red',
    title: e ? e.message : fallbackTitle,
    message: e ? e.hint || 'Try again.' : String((error as Error)?.message ?? error),
    autoClose: 8000,
  });
};

export const notifySuccess = (message: string, title = 'Saved') =>
  notifications.show({ ...a11y, color: 'teal', title, message, autoClose: 4000 });

export const notifyInfo = (title: string, message: string) =>
  notifications.show({ ...a11y, color: 'gray', title, message, autoClose: 4000 });

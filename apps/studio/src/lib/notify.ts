import { notifications } from '@mantine/notifications';
import { messageOf } from './trpc';

/** A red toast with the server's own sentence for what went wrong. */
export function notifyError(error: unknown, title = 'That did not work') {
  notifications.show({ color: 'red', title, message: messageOf(error), autoClose: 8_000 });
}

/** A green toast confirming what just happened. */
export function notifyDone(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 4_000 });
}

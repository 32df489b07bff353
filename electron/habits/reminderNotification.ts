import type { Notification, NotificationConstructorOptions } from 'electron';
import { REMINDER_TEXT } from '../../shared/habits';

export type NotificationClass = new (options: NotificationConstructorOptions) => Notification;

/**
 * Shows the daily reminder; a click on it runs `onClick` (main opens Today).
 * Each notification is held until it is clicked or closed: one that is only
 * referenced by the system can be garbage-collected, and its click then goes
 * nowhere.
 */
export function createReminderNotifier(NotificationCtor: NotificationClass, onClick: () => void): () => void {
  const shown = new Set<Notification>();
  return () => {
    const notification = new NotificationCtor({ ...REMINDER_TEXT });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      onClick();
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };
}

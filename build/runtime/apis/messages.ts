// addMessageListener / hasMessageListener / sendMessage: messages between the tags and the client of one
// event. Here the event has only this template, so a message reaches the template's own listeners.
import type { Host } from '../host';
import { enforceApi } from '../permissions';

export const createMessageApis = (host: Pick<Host, 'permissions'>) => {
  const listeners = new Map<string, ((type: string, message: unknown) => void)[]>();
  return {
    addMessageListener: (messageType: unknown, callback: unknown): void => {
      const type = String(messageType);
      enforceApi(host.permissions, 'addMessageListener', 'listen', type);
      if (typeof callback !== 'function') return;
      listeners.set(type, [
        ...(listeners.get(type) ?? []),
        callback as (t: string, m: unknown) => void,
      ]);
    },
    hasMessageListener: (messageType: unknown): boolean => {
      const type = String(messageType);
      enforceApi(host.permissions, 'hasMessageListener', 'listen', type);
      return (listeners.get(type) ?? []).length > 0;
    },
    sendMessage: (messageType: unknown, message: unknown): void => {
      const type = String(messageType);
      enforceApi(host.permissions, 'sendMessage', 'send', type);
      for (const listener of listeners.get(type) ?? []) listener(type, message);
    },
  };
};

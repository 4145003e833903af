// A templateDataStorage whose writes of a refresh answer fail (the pending mark is stored): a fault
// inside the refresh's promise chain, after the call.
import { createTemplateStorage } from '../../build/runtime/apis/storage';
import type { TemplateStorage } from '../../build/runtime/apis/storage';

class FailingMap extends Map<string, unknown> {
  set(key: string, value: unknown): this {
    if ((value as { state?: string }).state === 'done') throw new Error('storage full');
    return super.set(key, value);
  }
}

export function storageThatCannotStoreAnswers(): TemplateStorage {
  return { ...createTemplateStorage(), items: new FailingMap() };
}

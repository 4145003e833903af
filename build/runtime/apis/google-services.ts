// The APIs that need a Google service (BigQuery, Firestore, getGoogleScript,
// sendEventToGoogleAnalytics): the runtime cannot reach Google, so each works only when a test mocks
// it (mock() or mockObject()), and otherwise fails with one line that says so.
import { GOOGLE_SERVICE_APIS, SANDBOX_APIS } from '../../sandbox/apis';

function unavailable(name: string): () => never {
  return () => {
    throw new Error(
      `${name} needs a Google service, which this runtime does not reach; mock it in tests with ${name.includes('.') ? `mockObject('${name.split('.')[0]}', {...})` : `mock('${name}', ...)`}`,
    );
  };
}

export function createGoogleServiceApis(): Record<string, unknown> {
  const apis: Record<string, unknown> = {};
  for (const name of GOOGLE_SERVICE_APIS) {
    const entry = SANDBOX_APIS[name] as { methods?: readonly string[] };
    apis[name] = entry.methods
      ? Object.fromEntries(entry.methods.map((m) => [m, unavailable(`${name}.${m}`)]))
      : unavailable(name);
  }
  return apis;
}

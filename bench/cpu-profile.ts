// An in-process CPU profile (V8's sampling profiler through node:inspector) of a piece of work,
// summarised as self time per function and per place (template code, runtime, Node/V8), so the
// benchmark can say where an event's time goes without external tools.
import * as inspector from 'node:inspector';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  label: string;
  place: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byPlace: { place: string; ms: number; share: number }[];
  /** By self time. */
  top: SelfTime[];
  /** By inclusive time (self + callees), the harness's own frames left out. */
  topInclusive: SelfTime[];
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))),
  );
}

/** Where a frame's code lives, from its script URL. */
export function placeOf(url: string, templateFile: string): string {
  if (url === templateFile || url.endsWith('/' + templateFile)) return 'template code (sandbox)';
  if (url.includes('/build/runtime/')) return 'runtime (API emulation, bridge)';
  // Scripts the runtime evaluates inside each new vm realm (its preparation code).
  if (url.startsWith('evalmachine')) return 'runtime (sandbox realm setup)';
  if (url.includes('/node_modules/')) return 'dependencies';
  if (url.includes('/bench/') || url.includes('/test/')) return 'benchmark harness';
  if (url === '') return 'V8 (GC, compiler, natives)';
  return 'Node internals';
}

export function summarise(profile: Profile, templateFile: string, topN = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byLabel = new Map<string, { place: string; us: number }>();
  const byPlace = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const place = placeOf(url, templateFile);
    const file = url ? url.replace(/^.*\/(build|bench|test|node_modules)\//, '$1/') : '';
    const label = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    const entry = byLabel.get(label) ?? { place, us: 0 };
    entry.us += us;
    byLabel.set(label, entry);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    total += us;
  }
  const share = (us: number) => (total > 0 ? us / total : 0);

  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const labelOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\/(build|bench|test|node_modules)\//, '$1/') : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const inclusive = new Map<string, { place: string; us: number }>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      if (!node) break;
      const name = node.callFrame.functionName;
      if (name === '(root)' || name === '(idle)' || name === '(program)') continue;
      const place = placeOf(node.callFrame.url, templateFile);
      if (place === 'benchmark harness' || place === 'Node internals') continue;
      const label = labelOf(node);
      if (seen.has(label)) continue;
      seen.add(label);
      const entry = inclusive.get(label) ?? { place, us: 0 };
      entry.us += dt;
      inclusive.set(label, entry);
    }
  });

  return {
    topInclusive: [...inclusive]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, topN)
      .map(([label, e]) => ({ label, place: e.place, ms: e.us / 1000, share: share(e.us) })),
    totalMs: total / 1000,
    byPlace: [...byPlace]
      .sort((a, b) => b[1] - a[1])
      .map(([place, us]) => ({ place, ms: us / 1000, share: share(us) })),
    top: [...byLabel]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, topN)
      .map(([label, e]) => ({ label, place: e.place, ms: e.us / 1000, share: share(e.us) })),
  };
}

/** Profiles `work` with a 100 µs sampling interval. */
export async function profile(
  work: () => Promise<void>,
  templateFile: string,
): Promise<ProfileSummary> {
  const session = new inspector.Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
    await work();
    const { profile: result } = await post<{ profile: Profile }>(session, 'Profiler.stop');
    return summarise(result, templateFile);
  } finally {
    session.disconnect();
  }
}

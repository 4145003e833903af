// The event log behind GET /api/events and /api/stream.
import { EventLog, type ProcessedEvent } from '../../serve/event-log';

const event = (id: number) => ({ id }) as ProcessedEvent;

it('keeps the last 1,000 events, oldest first, in the order they were received', () => {
  const log = new EventLog();
  for (let id = 1; id <= 1005; id++) if (id !== 1003) log.add(event(id));
  log.add(event(1003)); // finished after 1004 and 1005
  const ids = log.list().map((e) => e.id);
  expect(ids).toHaveLength(1000);
  expect(ids.slice(0, 2)).toEqual([6, 7]);
  expect(ids.slice(-4)).toEqual([1002, 1003, 1004, 1005]);
});

it('tells each listener of each event as it is added, until it stops listening', () => {
  const log = new EventLog(3);
  const seen: number[] = [];
  const stop = log.listen((e) => seen.push(e.id));
  log.add(event(1));
  log.add(event(2));
  stop();
  log.add(event(3));
  expect(seen).toEqual([1, 2]);
});

// The parts of a generated scenario that tag and refresh scenarios share: the input mocks every case
// starts with, and the assertions on the adapter request and on the callback.
import type { TagFixture } from './fixture';
import { literal, quote } from './code-literals';
import {
  DEFAULT_CONTAINER_VERSION,
  DEFAULT_RANDOM,
  DEFAULT_TIMEOUT_MS,
  cookieJar,
} from './fixture';

/** The description comment, then the event, cookies and headers, clock, random source and mode. */
export function inputMockLines(fixture: TagFixture): string[] {
  const lines = [
    '// ' + fixture.description.replace(/\n/g, ' '),
    "mock('getAllEventData', " + literal(fixture.event) + ');',
    'mockRequest(' +
      literal(cookieJar(fixture)) +
      ', ' +
      literal(fixture.request?.headers ?? {}) +
      ');',
  ];
  if (fixture.request?.remoteAddress !== undefined) {
    lines.push("mock('getRemoteAddress', " + quote(fixture.request.remoteAddress) + ');');
  }
  lines.push("mock('getTimestampMillis', " + fixture.nowMs + ');');
  lines.push("mock('generateRandom', " + (fixture.random ?? DEFAULT_RANDOM) + ');');
  lines.push(
    "mock('getContainerVersion', " +
      JSON.stringify(fixture.containerVersion ?? DEFAULT_CONTAINER_VERSION) +
      ');',
  );
  return lines;
}

/**
 * The adapter request (URL, options, parsed body) or `notSent` when none is expected, then which
 * callback ran.
 */
export function sendAssertionLines(expected: TagFixture['expect'], notSent: string): string[] {
  const lines: string[] = [];
  if (expected.request === null) {
    lines.push(notSent);
  } else {
    const options = {
      method: 'POST',
      headers: expected.request.headers,
      timeout: expected.request.timeout ?? DEFAULT_TIMEOUT_MS,
    };
    lines.push('assertThat(sent.url).isEqualTo(' + quote(expected.request.url) + ');');
    lines.push('assertThat(sent.options).isEqualTo(' + JSON.stringify(options) + ');');
    lines.push(
      'assertThat(JSON.parse(sent.body)).isEqualTo(' + literal(expected.request.body) + ');',
    );
  }
  const called = expected.outcome === 'success' ? 'gtmOnSuccess' : 'gtmOnFailure';
  const notCalled = expected.outcome === 'success' ? 'gtmOnFailure' : 'gtmOnSuccess';
  lines.push("assertApi('" + called + "').wasCalled();");
  lines.push("assertApi('" + notCalled + "').wasNotCalled();");
  return lines;
}

// Unmapped event skipped: a GA4 event without a Snap type sends nothing
request({ event_name: 'scroll', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp(200);

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertApi('sendHttpRequest').wasNotCalled();
assertThat(result().reason).isEqualTo(
  'unmapped event: the GA4 event "scroll" has no Snap event type: add a row to "Event type overrides" or send unmapped events as a custom event',
);
assertApi('gtmOnSuccess').wasCalled();

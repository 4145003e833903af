// No identity: no envelope, no _scid and no click ID, so the event is skipped
request({ event_name: 'page_view', page_location: PAGE }, {});
liveRamp(200);

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertApi('sendHttpRequest').wasNotCalled();
assertThat(result().reason).isEqualTo(
  'no identity: no ATS envelope, no _scid and no click ID for this event (untick "Require an identity" to send anyway)',
);
assertApi('gtmOnSuccess').wasCalled();

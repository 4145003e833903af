// Adapter unreachable: a request that fails at once says so, not that it timed out
request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp('failed');

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertThat(sends).isEqualTo(1);
assertThat(result().outcome).isEqualTo('failure');
assertThat(result().status).isEqualTo(0);
assertThat(result().reason).isEqualTo(
  'the request to the adapter failed (no connection: DNS, refused or TLS)',
);
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();

// Adapter timed out: the reason names the timeout the request had
request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp('timed_out');

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertThat(sent.options.timeout).isEqualTo(5000);
assertThat(result().outcome).isEqualTo('failure');
assertThat(result().status).isEqualTo(-1);
assertThat(result().reason).isEqualTo('the request to the adapter timed out after 5000 ms');
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();

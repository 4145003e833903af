// Timeout: no answer within the request timeout fails the tag
request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp('timed_out');

runCode(fields({ atsConfigId: 'ats-cfg_123', timeoutMs: '2500' }));

assertThat(sent.options.timeout).isEqualTo(2500);
assertThat(result().reason).isEqualTo('the request to the adapter timed out after 2500 ms');
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();

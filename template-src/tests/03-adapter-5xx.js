// Adapter 5xx: the tag fails, once, without retrying
request({ event_name: 'add_to_cart', event_id: 'c-1', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp(503);

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertThat(sends).isEqualTo(1);
assertThat(result().reason).isEqualTo('the adapter answered HTTP 503');
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();

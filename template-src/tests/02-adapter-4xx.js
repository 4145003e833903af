// Adapter 4xx: the tag fails and logs the status
request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp(400);

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertThat(sent.body.events[0].user_data).isEqualTo({ partner_id: ENVELOPE });
assertThat(result().outcome).isEqualTo('failure');
assertThat(result().status).isEqualTo(400);
assertThat(result().reason).isEqualTo('the adapter answered HTTP 400');
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();

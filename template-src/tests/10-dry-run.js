// Dry run: the request is built and logged (identifiers redacted), not sent
request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [STALE] });
liveRamp(200);

runCode(fields({ atsConfigId: 'ats-cfg_123', dryRun: true }));

assertApi('sendHttpRequest').wasNotCalled();
assertThat(result().reason).isEqualTo('dry run: request built and logged, not sent');
assertThat(result().url).isEqualTo('https://capi.analytics.rlcdn.com/send-events/ats-cfg_123');
assertThat(result().body.events[0].user_data).isEqualTo({ partner_id: 'AnMtR0…' });
assertApi('gtmOnSuccess').wasCalled();

// Unmapped event sent as custom: "Unmapped GA4 events" set to CUSTOM_EVENT_1
request({ event_name: 'scroll', event_id: 's-1', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp(200);

runCode(fields({ atsConfigId: 'ats-cfg_123', unmappedEvents: 'CUSTOM_EVENT_1' }));

assertThat(sent.body.events[0].event_type).isEqualTo('CUSTOM_EVENT_1');
assertApi('gtmOnSuccess').wasCalled();

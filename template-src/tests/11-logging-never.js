// Logging never: the event is sent and nothing is logged, even in preview
request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp(200);

runCode(fields({ atsConfigId: 'ats-cfg_123', logging: 'never' }));

assertApi('sendHttpRequest').wasCalled();
assertApi('logToConsole').wasNotCalled();
assertApi('gtmOnSuccess').wasCalled();

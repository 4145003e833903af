// Adapter 400 with a body: the reason carries LiveRamp's answer, identifiers redacted
request(
  { event_name: 'page_view', event_id: 'pv-1', page_location: PAGE },
  { _lr_env: [FRESH], _scid: ['123e4567-e89b-12d3-a456-426614174000'] },
);
liveRamp(
  400,
  undefined,
  '{"error":"event_time must be seconds","partner_id":"' +
    ENVELOPE +
    '","uuid_c1":"123e4567-e89b-12d3-a456-426614174000"}',
);

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertThat(result().status).isEqualTo(400);
assertThat(result().reason).isEqualTo(
  'the adapter answered HTTP 400: {"error":"event_time must be seconds","partner_id":"AnMtR0…","uuid_c1":"123e45…"}',
);
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();

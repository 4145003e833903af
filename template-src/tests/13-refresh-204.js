// Refresh 204: LiveRamp says the envelope expired, so it is sent without it and the cookie expires
request(
  { event_name: 'page_view', event_id: 'pv-1', page_location: PAGE },
  { _lr_env: [STALE], _scid: ['scid-1234567'] },
);
liveRamp(200, { statusCode: 204, body: '' });

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

callLater(() => {
  assertApi('setCookie').wasCalledWith(
    '_lr_env',
    '',
    {
      domain: 'auto',
      path: '/',
      'max-age': 0,
      expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      secure: true,
      samesite: 'Lax',
    },
    true,
  );
  assertThat(sent.body.events[0].user_data).isUndefined();
  assertThat(sent.body.events[0].custom_data).isEqualTo([
    { key: 'uuid_c1', value: 'scid-1234567' },
  ]);
  assertThat(logs[0].cookie).isEqualTo('expired');
  assertApi('gtmOnSuccess').wasCalled();
});

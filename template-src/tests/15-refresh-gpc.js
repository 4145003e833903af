// Refresh skipped under GPC: Sec-GPC: 1 forbids extending the identity; the event is still sent
request(
  { event_name: 'page_view', event_id: 'pv-1', page_location: PAGE },
  { _lr_env: [STALE] },
  { 'sec-gpc': '1' },
);
liveRamp(200, { statusCode: 200, body: '' });

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertThat(refreshCall).isUndefined();
assertThat(logs[0].reason).isEqualTo('no refresh: the request carries Sec-GPC: 1');
assertThat(sent.body.events[0].user_data).isEqualTo({ partner_id: ENVELOPE });
assertApi('gtmOnSuccess').wasCalled();

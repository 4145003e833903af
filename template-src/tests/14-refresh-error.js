// Refresh error: a timed-out refresh keeps the old envelope, and the event still goes out
request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [STALE] });
liveRamp(200, { reason: 'timed_out' });

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

callLater(() => {
  assertApi('setCookie').wasNotCalled();
  assertThat(sent.body.events[0].user_data).isEqualTo({ partner_id: ENVELOPE });
  assertThat(logs[0].reason).isEqualTo(
    'envelope is 45 minutes old (refresh after 30); refresh timed out; keeping the old envelope',
  );
  assertApi('gtmOnSuccess').wasCalled();
});

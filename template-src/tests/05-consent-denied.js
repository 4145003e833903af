// Consent denied: ad_storage denied in x-ga-gcs, nothing is sent and the tag succeeds
request(
  { event_name: 'purchase', event_id: 'o-1', page_location: PAGE, 'x-ga-gcs': 'G100' },
  { _lr_env: [FRESH] },
);
liveRamp(200);

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

assertApi('sendHttpRequest').wasNotCalled();
assertThat(result().reason).isEqualTo(
  'consent denied: x-ga-gcs "G100" denies ad_storage; nothing sent',
);
assertApi('gtmOnSuccess').wasCalled();

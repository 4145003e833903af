// Invalid configuration ID: the tag fails and says where to find the right one
request({ event_name: 'page_view', page_location: PAGE }, { _lr_env: [FRESH] });
liveRamp(200);

runCode(fields({ atsConfigId: 'bad id!' }));

assertApi('sendHttpRequest').wasNotCalled();
assertThat(result().reason).isEqualTo(
  'the ATS Configuration ID "bad id!" is not valid: copy it from LiveRamp Console (ATS > Web > your configuration > Admin > Placement Details); letters, digits, "-" and "_" only',
);
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();

// Purchase without currency: still sent, with a warning that LiveRamp's adapter requires price and currency
request(
  { event_name: 'purchase', event_id: 'o-2', page_location: PAGE, value: 25 },
  { _lr_env: [FRESH] },
);
liveRamp(200);
runCode(fields({ atsConfigId: 'ats-cfg_123', sendDeviceInfo: false }));
assertThat(sent.body.events[0].custom_data).isEqualTo([
  { key: 'price', value: ['25.00'] },
  { key: 'cart_total', value: '25.00' },
]);
assertThat(warnings()).isEqualTo([
  "PURCHASE without currency: LiveRamp's adapter requires price and currency for PURCHASE",
]);
assertThat(result().outcome).isEqualTo('success');
assertApi('gtmOnSuccess').wasCalled();

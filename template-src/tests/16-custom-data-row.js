// Custom data row: a row replaces a key the tag sends, in place, in the key's form
request(
  { event_name: 'purchase', event_id: 'o-1', page_location: PAGE, currency: 'EUR', value: 25 },
  { _lr_env: [FRESH] },
);
liveRamp(200);

runCode(
  fields({
    atsConfigId: 'ats-cfg_123',
    customData: [
      { key: 'currency', value: ' chf ' },
      { key: 'coupon', value: 'SUMMER' },
    ],
  }),
);

assertThat(sent.body.events[0].custom_data).isEqualTo([
  { key: 'price', value: ['25.00'] },
  { key: 'currency', value: 'CHF' },
  { key: 'cart_total', value: '25.00' },
  { key: 'coupon', value: 'SUMMER' },
]);
assertThat(warnings()).isEqualTo([]);
assertApi('gtmOnSuccess').wasCalled();

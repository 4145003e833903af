// Device information: Chrome's client hints give device_model and os_version; an iPhone's user agent does too
request(
  {
    event_name: 'page_view',
    page_location: PAGE,
    user_agent:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36',
    client_hints: {
      mobile: true,
      model: 'Pixel 8',
      platform: 'Android',
      platform_version: '14.0.0',
    },
    description: ' Spring sale ',
    delivery_method: 'Curbside',
  },
  { _lr_env: [FRESH] },
);
liveRamp(200);
runCode(fields({ atsConfigId: 'ats-cfg_123' }));
assertThat(sent.body.events[0].custom_data).isEqualTo([
  { key: 'description', value: 'Spring sale' },
  { key: 'delivery_method', value: 'curbside' },
  { key: 'device_model', value: 'Pixel 8' },
  { key: 'os_version', value: 'Android 14.0.0' },
]);

request(
  { event_name: 'page_view', page_location: PAGE, delivery_method: 'drone' },
  { _lr_env: [FRESH] },
  {
    'user-agent':
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  },
);
runCode(fields({ atsConfigId: 'ats-cfg_123' }));
assertThat(sent.body.events[0].custom_data).isEqualTo([
  { key: 'device_model', value: 'iPhone' },
  { key: 'os_version', value: 'iOS 17.5.1' },
]);
assertThat(warnings()).isEqualTo([
  'delivery_method "drone" dropped: Snap accepts in_store, curbside or delivery',
]);

// Refresh 200: a 45-minute-old envelope is renewed, sent, and written back to _lr_env
request(
  { event_name: 'page_view', event_id: 'pv-1', page_location: PAGE, ip_override: '198.51.100.4' },
  { _lr_env: [STALE] },
);
const renewed = 'AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa';
liveRamp(200, {
  statusCode: 200,
  body: JSON.stringify({ envelopes: [{ type: 19, value: renewed }] }),
});

runCode(fields({ atsConfigId: 'ats-cfg_123' }));

callLater(() => {
  assertThat(refreshCall.url).isEqualTo(
    'https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=' + ENVELOPE,
  );
  assertThat(refreshCall.options.headers).isEqualTo({
    'X-Forwarded-For': '198.51.100.4',
    Origin: 'https://www.example-shop.com',
  });
  assertApi('setCookie').wasCalledWith(
    '_lr_env',
    'eyJ0aW1lc3RhbXAiOjE3NTQ5MDY0MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5SZnIzc2hFRG5Fd1YwcExiOW1Za1F5MmNYaFBhVHE3WnRCdk40dUpzR2Q4S2VXbzFIaU1DNnhsRjVnVWEifQ%3D%3D',
    { domain: 'auto', path: '/', 'max-age': 2592000, secure: true, samesite: 'Lax' },
    true,
  );
  assertThat(sent.body.events[0].user_data).isEqualTo({ partner_id: renewed });
  assertThat(logs[0].reason).isEqualTo(
    'envelope is 45 minutes old (refresh after 30); envelope refreshed',
  );
  assertApi('gtmOnSuccess').wasCalled();
});

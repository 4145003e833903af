// Send success: LiveRamp's purchase example goes out as the adapter's body
request(
  {
    event_name: 'purchase',
    event_id: 'evt_001',
    page_location: 'https://www.example-store.com/checkout/confirmation',
    currency: 'usd',
    value: 139.49,
    items: [
      {
        item_id: 'sku_123',
        item_brand: 'Nike',
        item_category: 'shoes',
        price: 89.99,
        quantity: 1,
        delivery_category: 'standard',
      },
      {
        item_id: 'sku_456',
        item_brand: 'Adidas',
        item_category: 'running',
        price: 49.5,
        quantity: 1,
        delivery_category: 'express',
      },
    ],
    search_term: 'black running shoes',
    method: 'email',
    level: 3,
    new_customer: false,
    predicted_ltv: 420.5,
    user_data: { address: { country: 'NL', region: 'NH' } },
  },
  {
    _lr_env: [
      'eyJ0aW1lc3RhbXAiOjE3NTQ5MDYzNDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoicGFydG5lcl8xMjM0NSJ9',
    ],
    _scid: ['123e4567-e89b-12d3-a456-426614174000'],
    _scclid: ['fbclid_abc123'],
  },
);
liveRamp(200);

runCode(
  fields({ atsConfigId: 'ats-cfg_123', eventTag: 'promo_summer_2025', limitedDataUse: true }),
);

assertThat(sent.url).isEqualTo('https://capi.analytics.rlcdn.com/send-events/ats-cfg_123');
assertThat(sent.options).isEqualTo({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  timeout: 5000,
});
assertThat(sent.body).isEqualTo({
  events: [
    {
      event_manager: ['snapchat'],
      event_id: 'evt_001',
      event_type: 'PURCHASE',
      event_time: 1754906400,
      event_source_url: 'https://www.example-store.com/checkout/confirmation',
      user_data: { partner_id: 'partner_12345' },
      custom_data: [
        { key: 'item_ids', value: ['sku_123', 'sku_456'] },
        { key: 'item_category', value: ['shoes', 'running'] },
        { key: 'brands', value: ['Nike', 'Adidas'] },
        {
          key: 'contents',
          value: [
            { id: 'sku_123', quantity: 1, item_price: 89.99, delivery_category: 'standard' },
            { id: 'sku_456', quantity: 1, item_price: 49.5, delivery_category: 'express' },
          ],
        },
        { key: 'content_type', value: 'product' },
        { key: 'price', value: ['89.99', '49.50'] },
        { key: 'currency', value: 'USD' },
        { key: 'number_items', value: '2' },
        { key: 'cart_total', value: '139.49' },
        { key: 'search_string', value: 'black running shoes' },
        { key: 'sign_up_method', value: 'email' },
        { key: 'level', value: 3 },
        { key: 'predicted_ltv', value: 420.5 },
        { key: 'customer_status', value: 'returning' },
        { key: 'country', value: 'NL' },
        { key: 'region', value: 'NH' },
        { key: 'event_tag', value: 'promo_summer_2025' },
        { key: 'data_use', value: ['lmu'] },
        { key: 'uuid_c1', value: '123e4567-e89b-12d3-a456-426614174000' },
        { key: 'click_id', value: 'fbclid_abc123' },
      ],
    },
  ],
});
assertThat(result().reason).isEqualTo('sent');
assertThat(result().body.events[0].user_data.partner_id).isEqualTo('partne…');
assertApi('gtmOnSuccess').wasCalled();
assertApi('gtmOnFailure').wasNotCalled();

// The tag's UI fields, as GTM shows them in the tag editor. Kept apart from template.ts (which also
// loads test fixtures in Node) so that tag code can type `data` from it under the sandbox lib:
// template-src/tag/fields.ts augments 'sgtm' with `FieldValues<typeof fields>`.
import { checkbox, group, radio, select, simpleTable, text, validate, when } from 'sgtm-template';
import { CUSTOM_EVENT_TYPES, SNAP_EVENT_TYPES, snapEventLabel } from './tag/snap-event-types';

const CONFIG_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$';

const snapEventItems = SNAP_EVENT_TYPES.map((type) => ({
  value: type,
  displayValue: snapEventLabel(type) + ' (' + type + ')',
}));

export const fields = [
  group('adapterGroup', {
    displayName: 'Adapter',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      text('atsConfigId', {
        defaultValue: '',
        displayName: 'ATS Configuration ID',
        help:
          'The ATS configuration that is integrated with Snapchat CAPI in LiveRamp Console ' +
          '(ATS &gt; Web &gt; your configuration &gt; Admin &gt; Placement Details). Events are sent to ' +
          '<code>https://capi.analytics.rlcdn.com/send-events/&lt;this ID&gt;</code>. ' +
          'Example: <code>a1b2c3d4-e5f6-7890</code>.',
        valueHint: 'a1b2c3d4-e5f6-7890',
        validators: [
          validate.nonEmpty('Enter the ATS Configuration ID from LiveRamp Console.'),
          validate.regex(
            CONFIG_ID_PATTERN,
            'Letters, digits, "-" and "_" only (up to 128 characters, starting with a letter or digit).',
          ),
        ],
        alwaysInSummary: true,
      }),
      text('pixelId', {
        defaultValue: '',
        displayName: 'Snap Pixel ID (optional)',
        help:
          'Shown in the log lines so you can match events in Snap Events Manager. Not sent: the ' +
          'adapter routes events by the ATS configuration. Example: ' +
          '<code>12345678-abcd-4ef0-9876-0123456789ab</code>.',
        valueHint: '12345678-abcd-4ef0-9876-0123456789ab',
      }),
    ],
  }),
  group('eventTypeGroup', {
    displayName: 'Event type',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      radio('eventTypeMode', {
        displayName: 'Snap event type',
        help:
          'How the Snap event type is chosen. <b>Automatic</b> maps GA4 event names with the ' +
          'built-in map (example: <code>purchase</code> → <code>PURCHASE</code>, ' +
          '<code>add_to_cart</code> → <code>ADD_CART</code>); <b>Fixed</b> sends every event this tag ' +
          'fires on as one type.',
        items: [
          {
            value: 'auto',
            displayValue: 'Automatic (from the GA4 event name)',
          },
          {
            value: 'fixed',
            displayValue: 'Fixed',
            subParams: [
              select('fixedEventType', {
                displayName: 'Fixed Snap event type',
                help: 'Every event this tag fires on is sent as this type. Example: <code>PURCHASE</code>.',
                items: snapEventItems,
                defaultValue: 'PURCHASE',
              }),
            ],
          },
        ],
        defaultValue: 'auto',
      }),
      simpleTable('eventTypeOverrides', {
        defaultValue: [],
        displayName: 'Event type overrides',
        help:
          'GA4 event name → Snap event type; wins over the built-in map. Names are matched trimmed ' +
          'and case-insensitively. Example: <code>request_quote</code> → <code>SIGN_UP</code>, or ' +
          '<code>generate_lead</code> → <code>CUSTOM_EVENT_1</code>.',
        newRowButtonText: 'Add override',
        enablingConditions: [when('eventTypeMode').equals('auto')],
        columns: [
          {
            name: 'ga4Event',
            displayName: 'GA4 event name',
            type: 'TEXT',
            isUnique: true,
            valueHint: 'request_quote',
            validators: [validate.nonEmpty()],
          },
          {
            name: 'snapEvent',
            displayName: 'Snap event type',
            type: 'SELECT',
            items: snapEventItems,
            defaultValue: 'CUSTOM_EVENT_1',
          },
        ],
      }),
      select('unmappedEvents', {
        displayName: 'Unmapped GA4 events',
        help:
          'What to do with a GA4 event that is neither in the overrides, nor in the built-in map, ' +
          'nor already a Snap event type: skip it (the tag succeeds and logs why), or send it as a ' +
          'custom event. Example: <code>scroll</code> is skipped, or sent as <code>CUSTOM_EVENT_1</code>.',
        items: [{ value: 'skip', displayValue: 'Skip (send nothing)' }].concat(
          CUSTOM_EVENT_TYPES.map((type) => ({ value: type, displayValue: 'Send as ' + type })),
        ),
        defaultValue: 'skip',
        enablingConditions: [when('eventTypeMode').equals('auto')],
      }),
    ],
  }),
  group('identityGroup', {
    displayName: 'Identity (ATS envelope)',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      radio('envelopeSource', {
        displayName: 'Envelope source',
        help:
          'Where the LiveRamp ATS envelope comes from. ATS.js stores it in the <code>_lr_env</code> ' +
          'first-party cookie as base64 of <code>{"envelope": "...", "timestamp": ..., "version": ' +
          '"..."}</code>; a raw envelope is accepted too. Example: <b>Cookie</b> with the default ' +
          'name <code>_lr_env</code>.',
        items: [
          {
            value: 'cookie',
            displayValue: 'Cookie',
            subParams: [
              text('envelopeCookieName', {
                displayName: 'Cookie name',
                help:
                  'Default <code>_lr_env</code>. Another name must also be added to the ' +
                  'template\'s "Reads cookie value(s)" permission (Permissions tab); otherwise the ' +
                  'tag logs a warning and sends without the envelope. Example: <code>_lr_env</code>.',
                defaultValue: '_lr_env',
                valueHint: '_lr_env',
              }),
            ],
          },
          {
            value: 'value',
            displayValue: 'Value or variable',
            subParams: [
              text('envelopeValue', {
                defaultValue: '',
                displayName: 'Envelope value',
                help:
                  'The envelope, or the stored ATS value, from a 1st-Party Cookie or Event Data ' +
                  'variable. A list of values is accepted: the first valid one is used. Example: ' +
                  '<code>{{Cookie - my_env}}</code>.',
                valueHint: '{{Cookie - my_env}}',
              }),
            ],
          },
        ],
        defaultValue: 'cookie',
      }),
      text('envelopeMaxAgeDays', {
        displayName: 'Maximum envelope age (days)',
        help:
          'Envelopes whose stored timestamp is older are ignored (LiveRamp envelopes last 30 days, ' +
          '15 in California). <code>0</code> = no limit. Values without a timestamp cannot be aged and ' +
          'are used. Example: <code>30</code>.',
        defaultValue: '30',
        valueHint: '30',
        validators: [validate.nonNegativeNumber('Enter a number of days, 0 for no limit.')],
      }),
      checkbox('requireIdentity', {
        checkboxText: 'Require an identity',
        help:
          'Skip the event (the tag succeeds and logs why) when there is no envelope, no ' +
          '<code>_scid</code> and no click ID: Snap cannot attribute such an event. Example: untick to ' +
          'send anonymous page views anyway.',
        defaultValue: true,
      }),
    ],
  }),
  group('envelopeRefreshGroup', {
    displayName: 'ATS envelope refresh',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      checkbox('refreshEnvelope', {
        checkboxText: 'Refresh ATS envelopes server-side',
        help:
          'When the envelope is older than the interval below (or has no timestamp), the tag asks ' +
          'LiveRamp for a fresh one before sending, sends it as <b>partner_id</b> and writes it back ' +
          'to the envelope cookie in ATS.js format. A 204 answer means the envelope expired: the ' +
          'event is sent without it and the cookie is removed. Any other answer, a timeout or a ' +
          'failure keeps the old envelope. Never when ad_storage is denied, the request carries ' +
          '<code>Sec-GPC: 1</code> or <code>DNT: 1</code>, or in dry run. At most one call per ' +
          'envelope per interval, however many tags fire. Example: leave ticked.',
        defaultValue: true,
      }),
      text('placementId', {
        defaultValue: '',
        displayName: 'Placement ID',
        help:
          'The <code>pid</code> of the refresh call. Leave empty to use the ATS Configuration ID. ' +
          'Example: <code>13332</code>.',
        valueHint: 'empty = the ATS Configuration ID',
        validators: [
          validate.regex(
            '^([A-Za-z0-9][A-Za-z0-9_-]{0,127})?$',
            'Letters, digits, "-" and "_" only (up to 128 characters), or empty.',
          ),
        ],
        enablingConditions: [when('refreshEnvelope').equals(true)],
      }),
      text('refreshAfterMinutes', {
        displayName: 'Refresh after (minutes)',
        help:
          'Refresh an envelope whose timestamp is at least this old; LiveRamp asks for a refresh ' +
          'every 30 minutes of activity. From 1 to 43200 (values outside are clamped). Example: ' +
          '<code>30</code>.',
        defaultValue: '30',
        valueHint: '30',
        validators: [validate.positiveNumber('Enter a number of minutes, e.g. 30.')],
        enablingConditions: [when('refreshEnvelope').equals(true)],
      }),
      select('refreshConsentType', {
        displayName: 'Consent sent with the refresh call',
        help:
          'The consent LiveRamp gets with the call: TCF v2 sends <code>ct=4&amp;cv=</code>, CCPA ' +
          '<code>ct=3&amp;cv=</code> with the string below; GPP sends <code>gpp</code> and ' +
          '<code>gpp_sid</code>. With a type chosen but its value empty, the tag does not refresh. ' +
          'Example: <b>TCF v2</b> for EU traffic.',
        items: [
          { value: 'none', displayValue: 'None' },
          { value: 'tcf', displayValue: 'TCF v2 (ct=4)' },
          { value: 'ccpa', displayValue: 'CCPA / US privacy string (ct=3)' },
          { value: 'gpp', displayValue: 'GPP (gpp, gpp_sid)' },
        ],
        defaultValue: 'none',
        enablingConditions: [when('refreshEnvelope').equals(true)],
      }),
      text('refreshConsentString', {
        defaultValue: '',
        displayName: 'Consent string',
        help:
          'The TCF v2 consent string or the US privacy string, usually from a variable. Example: ' +
          '<code>{{Event Data - gdpr_consent}}</code> or <code>1YNN</code>.',
        valueHint: '{{Event Data - gdpr_consent}}',
        // GTM shows a field when any one of its conditions holds (published templates list one
        // value per condition), so this shows for TCF and for CCPA.
        enablingConditions: [
          when('refreshConsentType').equals('tcf'),
          when('refreshConsentType').equals('ccpa'),
        ],
      }),
      text('gppString', {
        defaultValue: '',
        displayName: 'GPP string',
        help: 'The GPP consent string. Example: <code>{{Event Data - gpp}}</code>.',
        valueHint: '{{Event Data - gpp}}',
        enablingConditions: [when('refreshConsentType').equals('gpp')],
      }),
      text('gppSid', {
        defaultValue: '',
        displayName: 'GPP section IDs',
        help:
          'The applicable GPP section IDs, comma-separated. Example: <code>7</code> (US National) ' +
          'or <code>8</code> (California).',
        valueHint: '7',
        enablingConditions: [when('refreshConsentType').equals('gpp')],
      }),
      text('refreshTimeoutMs', {
        displayName: 'Refresh timeout (ms)',
        help:
          'How long to wait for LiveRamp before sending with the old envelope; from 100 to 5000 ' +
          '(values outside are clamped). The event is sent once whatever happens. Example: ' +
          '<code>2000</code>.',
        defaultValue: '2000',
        valueHint: '2000',
        validators: [validate.positiveNumber('Enter milliseconds, e.g. 2000.')],
        enablingConditions: [when('refreshEnvelope').equals(true)],
      }),
      text('cookieDomain', {
        displayName: 'Cookie domain',
        help:
          'Domain of the refreshed envelope cookie. <code>auto</code> lets the server choose the ' +
          'widest domain it may set. Example: <code>auto</code> or <code>example.com</code>.',
        defaultValue: 'auto',
        valueHint: 'auto',
        enablingConditions: [when('refreshEnvelope').equals(true)],
      }),
      text('cookieLifetimeDays', {
        displayName: 'Cookie lifetime (days)',
        help:
          'Max-age of the refreshed envelope cookie, from 1 to 400 days. Example: <code>30</code> ' +
          '(an envelope lasts 30 days, 15 in California).',
        defaultValue: '30',
        valueHint: '30',
        validators: [validate.positiveNumber('Enter a number of days, e.g. 30.')],
        enablingConditions: [when('refreshEnvelope').equals(true)],
      }),
    ],
  }),
  group('snapIdsGroup', {
    displayName: 'Snap identifiers',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      checkbox('sendSnapIds', {
        checkboxText: 'Send the _scid cookie and the Snap click ID',
        help:
          '<code>_scid</code> is the Snap Pixel cookie; the click ID comes from the ' +
          '<code>ScCid</code> parameter of the page URL (any letter case), else the ' +
          '<code>_scclid</code> cookie. The tag reads these cookies and never creates them. Example: ' +
          '<code>https://shop.example/?ScCid=abc123</code> sends <code>click_id: "abc123"</code>.',
        defaultValue: true,
      }),
      select('snapIdPlacement', {
        displayName: 'Placement',
        help:
          'Where the identifiers go: <code>custom_data</code> as <code>uuid_c1</code> / ' +
          "<code>click_id</code> (as in LiveRamp's example), or <code>user_data</code> as " +
          '<code>sc_cookie1</code> / <code>sc_click_id</code>.',
        items: [
          { value: 'custom_data', displayValue: 'custom_data: uuid_c1 and click_id' },
          { value: 'user_data', displayValue: 'user_data: sc_cookie1 and sc_click_id' },
        ],
        defaultValue: 'custom_data',
        enablingConditions: [when('sendSnapIds').equals(true)],
      }),
    ],
  }),
  group('overridesGroup', {
    displayName: 'Event overrides',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      text('eventIdOverride', {
        defaultValue: '',
        displayName: 'Event ID',
        help:
          "Default: the event's <code>event_id</code>, else <code>transaction_id</code>, else a " +
          'generated ID. Use the ID your Snap Pixel sends as <code>client_dedup_id</code> so Snap can ' +
          'deduplicate. Example: <code>{{Event Data - event_id}}</code>.',
        valueHint: '{{Event Data - event_id}}',
      }),
      text('eventSourceUrlOverride', {
        defaultValue: '',
        displayName: 'Event source URL',
        help:
          "Default: <code>page_location</code>, else the request's Referer header. Example: " +
          '<code>https://www.example.com/checkout</code>.',
        valueHint: 'https://www.example.com/checkout',
      }),
      text('eventTag', {
        defaultValue: '',
        displayName: 'Event tag',
        help: 'Sent as <code>event_tag</code> in custom_data. Example: <code>promo_summer_2025</code>.',
        valueHint: 'promo_summer_2025',
      }),
    ],
  }),
  group('customDataGroup', {
    displayName: 'Custom data',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      simpleTable('customData', {
        defaultValue: [],
        displayName: 'Custom data',
        help:
          'Adds a custom_data key, replaces a key the tag already sends (in place), or, with an empty ' +
          'value, removes it. Examples: <code>description</code> = <code>{{Event Data - ' +
          'item_name}}</code>; <code>device_model</code> = <code>iPhone 15 Pro</code>; ' +
          '<code>cart_total</code> = (empty) to remove it.',
        newRowButtonText: 'Add key',
        columns: [
          {
            name: 'key',
            displayName: 'Key',
            type: 'TEXT',
            isUnique: true,
            valueHint: 'description',
            validators: [validate.nonEmpty()],
          },
          { name: 'value', displayName: 'Value', type: 'TEXT', valueHint: 'Black running shoes' },
        ],
      }),
    ],
  }),
  group('privacyGroup', {
    displayName: 'Consent & privacy',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      radio('consentMode', {
        displayName: 'Ad storage consent',
        help:
          'With <b>Respect</b>, nothing is sent when the event says ad_storage is denied ' +
          '(<code>consent_state.ad_storage</code> false, or the third character of ' +
          '<code>x-ga-gcs</code> is <code>0</code>); the tag succeeds and logs why. Example: ' +
          '<code>x-ga-gcs</code> = <code>G100</code> is denied. Choose <b>Ignore</b> only when consent ' +
          'is enforced elsewhere (e.g. by a trigger).',
        items: [
          { value: 'respect', displayValue: 'Respect ad_storage consent' },
          { value: 'ignore', displayValue: 'Ignore (consent is handled by triggers)' },
        ],
        defaultValue: 'respect',
      }),
      checkbox('limitedDataUse', {
        checkboxText: 'Limited Data Use',
        help:
          'Adds <code>data_use: ["lmu"]</code> to custom_data, asking Snap to limit processing ' +
          '(e.g. for US state privacy laws). Example: tick for users who opted out of sale/sharing.',
        defaultValue: false,
      }),
    ],
  }),
  group('deliveryGroup', {
    displayName: 'Delivery & logging',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      text('timeoutMs', {
        displayName: 'Request timeout (ms)',
        help:
          'How long to wait for the adapter before the tag fails; from 100 to 15000 (values outside ' +
          'are clamped). Example: <code>5000</code>.',
        defaultValue: '5000',
        valueHint: '5000',
        validators: [
          validate.positiveNumber(),
          validate.regex(
            '^([1-9][0-9]{2,3}|1[0-4][0-9]{3}|15000)$',
            'Enter milliseconds from 100 to 15000.',
          ),
        ],
      }),
      checkbox('dryRun', {
        checkboxText: 'Dry run',
        help:
          'Build and log the request without sending it (the tag succeeds). Example: tick while ' +
          'checking the body in Preview.',
        defaultValue: false,
      }),
      select('logging', {
        displayName: 'Logging',
        help:
          'One JSON line per event (event, Snap type, URL, body with the envelope and IDs cut to 6 ' +
          'characters, status, outcome, reason). Example: <b>Debug and preview only</b> logs in ' +
          'GTM Preview but not in production.',
        items: [
          { value: 'debug', displayValue: 'Debug and preview only' },
          { value: 'always', displayValue: 'Always' },
          { value: 'never', displayValue: 'Never' },
        ],
        defaultValue: 'debug',
      }),
    ],
  }),
] as const;

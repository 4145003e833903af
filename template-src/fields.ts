// The tag's UI fields as GTM shows them; defaults, patterns and event lists come from tag/rules.ts.
// Kept apart from template.ts so that tag code can type `data` from it under the sandbox lib
// (tag/config.ts augments 'sgtm' with `FieldValues<typeof fields>`). Help text uses only the tags
// published templates use (a, b, strong, i, br, ul, li).
import { checkbox, group, radio, select, simpleTable, text, validate, when } from 'sgtm-template';
import {
  ADAPTER_URL,
  CONFIG_ID_PATTERN,
  CUSTOM_EVENT_TYPES,
  DEFAULTS,
  LIMITS,
  SNAP_EVENT_TYPES,
} from './tag/rules';

/** "ADD_TO_WISHLIST" → "Add To Wishlist (ADD_TO_WISHLIST)". */
function snapEventItem(type: string) {
  const words = type.toLowerCase().split('_');
  const label = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return { value: type, displayValue: label + ' (' + type + ')' };
}

const snapEventItems = SNAP_EVENT_TYPES.map(snapEventItem);

/** A number field's default as GTM stores it: text. */
function numberText(n: number): string {
  return '' + n;
}

function range(limits: readonly [number, number]): string {
  return 'from ' + limits[0] + ' to ' + limits[1] + ' (values outside are clamped)';
}

const refreshOn = [when('refreshEnvelope').equals(true)];

export const fields = [
  group('adapterGroup', {
    displayName: 'Adapter',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      text('atsConfigId', {
        defaultValue: '',
        displayName: 'ATS Configuration ID',
        help:
          'The ATS configuration integrated with Snapchat CAPI in LiveRamp Console (ATS &gt; Web &gt; ' +
          'your configuration &gt; Admin &gt; Placement Details). Events go to ' +
          '<i>' +
          ADAPTER_URL +
          '&lt;this ID&gt;</i>. Example: ' +
          '<b>a1b2c3d4-e5f6-7890</b>.',
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
          'Shown in the log lines to match events in Snap Events Manager; not sent (the adapter routes ' +
          'by the ATS configuration). Example: <b>12345678-abcd-4ef0-9876-0123456789ab</b>.',
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
          '<b>Automatic</b> maps GA4 event names with the built-in map (example: purchase → PURCHASE, ' +
          'add_to_cart → ADD_CART); <b>Fixed</b> sends every event this tag fires on as one type.',
        items: [
          { value: 'auto', displayValue: 'Automatic (from the GA4 event name)' },
          {
            value: 'fixed',
            displayValue: 'Fixed',
            subParams: [
              select('fixedEventType', {
                displayName: 'Fixed Snap event type',
                help: 'Every event this tag fires on is sent as this type. Example: <b>PURCHASE</b>.',
                items: snapEventItems,
                defaultValue: DEFAULTS.fixedEventType,
              }),
            ],
          },
        ],
        defaultValue: DEFAULTS.eventTypeMode,
      }),
      simpleTable('eventTypeOverrides', {
        displayName: 'Event type overrides',
        help:
          'GA4 event name → Snap event type, winning over the built-in map; names match trimmed and ' +
          'in any case. Example: <b>request_quote</b> → <b>SIGN_UP</b>.',
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
          "An event in neither the overrides, the built-in map nor Snap's own names: skip it (the " +
          'tag succeeds and logs why), or send it as a custom event. Example: <b>scroll</b> is ' +
          'skipped, or sent as <b>CUSTOM_EVENT_1</b>.',
        items: [{ value: 'skip', displayValue: 'Skip (send nothing)' }].concat(
          CUSTOM_EVENT_TYPES.map((type) => ({ value: type, displayValue: 'Send as ' + type })),
        ),
        defaultValue: DEFAULTS.unmappedEvents,
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
          'ATS.js stores the envelope in the <b>_lr_env</b> first-party cookie (base64 of ' +
          '{"envelope": …, "timestamp": …}); a raw envelope is accepted too. Example: <b>Cookie</b>.',
        items: [
          {
            value: 'cookie',
            displayValue: 'Cookie',
            subParams: [
              text('envelopeCookieName', {
                displayName: 'Cookie name',
                help:
                  'Another name than <b>_lr_env</b> must also be added to the "Reads cookie ' +
                  'value(s)" permission; otherwise the tag logs a warning and sends without it. ' +
                  'Example: <b>_lr_env</b>.',
                defaultValue: DEFAULTS.envelopeCookieName,
                valueHint: DEFAULTS.envelopeCookieName,
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
                  'The envelope or the stored ATS value, e.g. from a 1st-Party Cookie variable; a ' +
                  'list gives its first valid value. Example: <b>{{Cookie - my_env}}</b>.',
                valueHint: '{{Cookie - my_env}}',
              }),
            ],
          },
        ],
        defaultValue: DEFAULTS.envelopeSource,
      }),
      text('envelopeMaxAgeDays', {
        displayName: 'Maximum envelope age (days)',
        help:
          'Older stored envelopes are ignored (they last 30 days, 15 in California); <b>0</b> = no ' +
          'limit. Values without a timestamp are used. Example: <b>30</b>.',
        defaultValue: numberText(DEFAULTS.envelopeMaxAgeDays),
        valueHint: numberText(DEFAULTS.envelopeMaxAgeDays),
        validators: [validate.nonNegativeNumber('Enter a number of days, 0 for no limit.')],
      }),
      checkbox('requireIdentity', {
        checkboxText: 'Require an identity',
        help:
          'Skip (and log) an event with no envelope, no _scid and no click ID: Snap cannot attribute ' +
          'it. Example: untick to send anonymous page views anyway.',
        defaultValue: DEFAULTS.requireIdentity,
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
          'An envelope older than the interval (or without a timestamp) is renewed with LiveRamp ' +
          'before sending and written back to its cookie. A 204 answer means it expired: the event ' +
          'goes without it and the cookie is removed; any other answer keeps the old one. Never ' +
          'under denied ad_storage, <b>Sec-GPC: 1</b>, <b>DNT: 1</b> or dry run; at most one call ' +
          'per envelope and interval. Example: ticked, renewing envelopes every 30 minutes.',
        defaultValue: DEFAULTS.refreshEnvelope,
      }),
      text('placementId', {
        defaultValue: DEFAULTS.placementId,
        displayName: 'Placement ID',
        help: 'The <b>pid</b> of the refresh call; empty = the ATS Configuration ID. Example: <b>13332</b>.',
        valueHint: 'empty = the ATS Configuration ID',
        validators: [
          validate.regex(
            '^(' + CONFIG_ID_PATTERN.substring(1, CONFIG_ID_PATTERN.length - 1) + ')?$',
            'Letters, digits, "-" and "_" only (up to 128 characters), or empty.',
          ),
        ],
        enablingConditions: refreshOn,
      }),
      text('refreshAfterMinutes', {
        displayName: 'Refresh after (minutes)',
        help:
          'Renew an envelope at least this old (LiveRamp: every 30 minutes of activity); ' +
          range(LIMITS.refreshAfterMinutes) +
          '. Example: <b>30</b>.',
        defaultValue: numberText(DEFAULTS.refreshAfterMinutes),
        valueHint: numberText(DEFAULTS.refreshAfterMinutes),
        validators: [validate.positiveNumber('Enter a number of minutes, e.g. 30.')],
        enablingConditions: refreshOn,
      }),
      select('refreshConsentType', {
        displayName: 'Consent sent with the refresh call',
        help:
          'TCF v2 sends <b>ct=4&amp;cv=</b>, CCPA <b>ct=3&amp;cv=</b> with the string below, GPP ' +
          '<b>gpp</b> and <b>gpp_sid</b>. A chosen type with an empty value means no refresh. ' +
          'Example: <b>TCF v2</b>.',
        items: [
          { value: 'none', displayValue: 'None' },
          { value: 'tcf', displayValue: 'TCF v2 (ct=4)' },
          { value: 'ccpa', displayValue: 'CCPA / US privacy string (ct=3)' },
          { value: 'gpp', displayValue: 'GPP (gpp, gpp_sid)' },
        ],
        defaultValue: DEFAULTS.refreshConsentType,
        enablingConditions: refreshOn,
      }),
      text('refreshConsentString', {
        defaultValue: DEFAULTS.refreshConsentString,
        displayName: 'Consent string',
        help: 'The TCF v2 or US privacy string. Example: <b>{{Event Data - gdpr_consent}}</b> or <b>1YNN</b>.',
        valueHint: '{{Event Data - gdpr_consent}}',
        // GTM shows a field when any one of its conditions holds.
        enablingConditions: [
          when('refreshConsentType').equals('tcf'),
          when('refreshConsentType').equals('ccpa'),
        ],
      }),
      text('gppString', {
        defaultValue: DEFAULTS.gppString,
        displayName: 'GPP string',
        help: 'Example: <b>{{Event Data - gpp}}</b>.',
        valueHint: '{{Event Data - gpp}}',
        enablingConditions: [when('refreshConsentType').equals('gpp')],
      }),
      text('gppSid', {
        defaultValue: DEFAULTS.gppSid,
        displayName: 'GPP section IDs',
        help: 'Comma-separated. Example: <b>7</b> (US National) or <b>8</b> (California).',
        valueHint: '7',
        enablingConditions: [when('refreshConsentType').equals('gpp')],
      }),
      text('refreshTimeoutMs', {
        displayName: 'Refresh timeout (ms)',
        help:
          'How long to wait for LiveRamp before sending with the old envelope; ' +
          range(LIMITS.refreshTimeoutMs) +
          '. Example: <b>2000</b>.',
        defaultValue: numberText(DEFAULTS.refreshTimeoutMs),
        valueHint: numberText(DEFAULTS.refreshTimeoutMs),
        validators: [validate.positiveNumber('Enter milliseconds, e.g. 2000.')],
        enablingConditions: refreshOn,
      }),
      text('cookieDomain', {
        displayName: 'Cookie domain',
        help: '<b>auto</b> lets the server choose the widest domain it may set. Example: <b>example.com</b>.',
        defaultValue: DEFAULTS.cookieDomain,
        valueHint: DEFAULTS.cookieDomain,
        enablingConditions: refreshOn,
      }),
      text('cookieLifetimeDays', {
        displayName: 'Cookie lifetime (days)',
        help:
          'Max-age of the refreshed cookie; ' +
          range(LIMITS.cookieLifetimeDays) +
          '. Example: <b>30</b>.',
        defaultValue: numberText(DEFAULTS.cookieLifetimeDays),
        valueHint: numberText(DEFAULTS.cookieLifetimeDays),
        validators: [validate.positiveNumber('Enter a number of days, e.g. 30.')],
        enablingConditions: refreshOn,
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
          "The click ID comes from the page URL's <b>ScCid</b> parameter (any case), else the " +
          '<b>_scclid</b> cookie; the tag never creates these cookies. Example: ' +
          '<i>https://shop.example/?ScCid=abc123</i> sends click_id "abc123".',
        defaultValue: DEFAULTS.sendSnapIds,
      }),
      checkbox('sendDeviceInfo', {
        checkboxText: 'Send the device model and OS version',
        help:
          'From the event parameters device_model and os_version, else the client hints of Chromium ' +
          'browsers, else the user agent where it still tells (iPhone, iPad, Android web views). ' +
          'Example: <i>Android 14; Pixel 8</i> sends device_model "Pixel 8", os_version "Android 14".',
        defaultValue: DEFAULTS.sendDeviceInfo,
      }),
      select('snapIdPlacement', {
        displayName: 'Placement',
        help: "custom_data as uuid_c1 / click_id (LiveRamp's example), or user_data as sc_cookie1 / sc_click_id.",
        items: [
          { value: 'custom_data', displayValue: 'custom_data: uuid_c1 and click_id' },
          { value: 'user_data', displayValue: 'user_data: sc_cookie1 and sc_click_id' },
        ],
        defaultValue: DEFAULTS.snapIdPlacement,
        enablingConditions: [when('sendSnapIds').equals(true)],
      }),
    ],
  }),
  group('overridesGroup', {
    displayName: 'Event overrides',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      text('eventIdOverride', {
        defaultValue: DEFAULTS.eventIdOverride,
        displayName: 'Event ID',
        help:
          "Default: the event's event_id, else transaction_id, else a generated ID. Use the Pixel's " +
          'client_dedup_id so Snap can deduplicate. Example: <b>{{Event Data - event_id}}</b>.',
        valueHint: '{{Event Data - event_id}}',
      }),
      text('eventSourceUrlOverride', {
        defaultValue: DEFAULTS.eventSourceUrlOverride,
        displayName: 'Event source URL',
        help: 'Default: page_location, else the Referer header. Example: <i>https://www.example.com/checkout</i>.',
        valueHint: 'https://www.example.com/checkout',
      }),
      text('eventTag', {
        defaultValue: DEFAULTS.eventTag,
        displayName: 'Event tag',
        help: 'Sent as event_tag in custom_data. Example: <b>promo_summer_2025</b>.',
        valueHint: 'promo_summer_2025',
      }),
    ],
  }),
  group('customDataGroup', {
    displayName: 'Custom data',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      simpleTable('customData', {
        displayName: 'Custom data',
        help:
          'Adds a custom_data key, replaces one the tag sends (in place), or with an empty value ' +
          'removes it. Examples: <b>description</b> = <b>{{Event Data - item_name}}</b>; ' +
          '<b>cart_total</b> = (empty) to remove it.',
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
          '<b>Respect</b>: nothing is sent when consent_state.ad_storage is false or the third ' +
          'character of x-ga-gcs is 0 (<b>G100</b>); the tag succeeds and logs why. <b>Ignore</b> ' +
          'only when triggers enforce consent. Example: <b>Respect</b>.',
        items: [
          { value: 'respect', displayValue: 'Respect ad_storage consent' },
          { value: 'ignore', displayValue: 'Ignore (consent is handled by triggers)' },
        ],
        defaultValue: DEFAULTS.consentMode,
      }),
      checkbox('limitedDataUse', {
        checkboxText: 'Limited Data Use',
        help:
          'Adds data_use ["lmu"], asking Snap to limit processing (US state privacy laws). Example: ' +
          'tick for users who opted out of sale or sharing.',
        defaultValue: DEFAULTS.limitedDataUse,
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
          'How long to wait for the adapter before the tag fails; ' +
          range(LIMITS.timeoutMs) +
          '. Example: <b>5000</b>.',
        defaultValue: numberText(DEFAULTS.timeoutMs),
        valueHint: numberText(DEFAULTS.timeoutMs),
        validators: [validate.positiveNumber('Enter milliseconds, e.g. 5000.')],
      }),
      checkbox('dryRun', {
        checkboxText: 'Dry run',
        help: 'Build and log the request without sending it (the tag succeeds). Example: tick while checking Preview.',
        defaultValue: DEFAULTS.dryRun,
      }),
      select('logging', {
        displayName: 'Logging',
        help:
          'One JSON line per event (Snap type, URL, body with identifiers cut to 6 characters, ' +
          'status, outcome, reason). Example: <b>Debug and preview only</b>.',
        items: [
          { value: 'debug', displayValue: 'Debug and preview only' },
          { value: 'always', displayValue: 'Always' },
          { value: 'never', displayValue: 'Never' },
        ],
        defaultValue: DEFAULTS.logging,
      }),
    ],
  }),
] as const;

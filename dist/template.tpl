___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Snapchat CAPI via LiveRamp ATS",
  "categories": [
    "ADVERTISING",
    "CONVERSIONS",
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "snapchat-capi-ats"
  },
  "description": "Sends GA4 events to Snapchat\u0027s Conversions API through LiveRamp\u0027s ATS CAPI adapter, with the ATS identity envelope (_lr_env), the _scid cookie and the Snap click ID. Maps GA4 ecommerce events to Snap event types, respects ad_storage consent, never sets cookies.",
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "GROUP",
    "name": "adapterGroup",
    "displayName": "Adapter",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "TEXT",
        "name": "atsConfigId",
        "displayName": "ATS Configuration ID",
        "simpleValueType": true,
        "help": "The ATS configuration that is integrated with Snapchat CAPI in LiveRamp Console (ATS \u0026gt; Web \u0026gt; your configuration \u0026gt; Admin \u0026gt; Placement Details). Events are sent to \u003ccode\u003ehttps://capi.analytics.rlcdn.com/send-events/\u0026lt;this ID\u0026gt;\u003c/code\u003e. Example: \u003ccode\u003ea1b2c3d4-e5f6-7890\u003c/code\u003e.",
        "valueValidators": [
          {
            "type": "NON_EMPTY",
            "errorMessage": "Enter the ATS Configuration ID from LiveRamp Console."
          },
          {
            "type": "REGEX",
            "args": [
              "^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$"
            ],
            "errorMessage": "Letters, digits, \"-\" and \"_\" only (up to 128 characters, starting with a letter or digit)."
          }
        ],
        "valueHint": "a1b2c3d4-e5f6-7890",
        "alwaysInSummary": true
      },
      {
        "type": "TEXT",
        "name": "pixelId",
        "displayName": "Snap Pixel ID (optional)",
        "simpleValueType": true,
        "help": "Shown in the log lines so you can match events in Snap Events Manager. Not sent: the adapter routes events by the ATS configuration. Example: \u003ccode\u003e12345678-abcd-4ef0-9876-0123456789ab\u003c/code\u003e.",
        "valueHint": "12345678-abcd-4ef0-9876-0123456789ab"
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "eventTypeGroup",
    "displayName": "Event type",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "RADIO",
        "name": "eventTypeMode",
        "displayName": "Snap event type",
        "radioItems": [
          {
            "value": "auto",
            "displayValue": "Automatic (from the GA4 event name)"
          },
          {
            "value": "fixed",
            "displayValue": "Fixed",
            "subParams": [
              {
                "type": "SELECT",
                "name": "fixedEventType",
                "displayName": "Fixed Snap event type",
                "selectItems": [
                  {
                    "value": "PAGE_VIEW",
                    "displayValue": "Page View (PAGE_VIEW)"
                  },
                  {
                    "value": "VIEW_CONTENT",
                    "displayValue": "View Content (VIEW_CONTENT)"
                  },
                  {
                    "value": "LIST_VIEW",
                    "displayValue": "List View (LIST_VIEW)"
                  },
                  {
                    "value": "SEARCH",
                    "displayValue": "Search (SEARCH)"
                  },
                  {
                    "value": "ADD_CART",
                    "displayValue": "Add Cart (ADD_CART)"
                  },
                  {
                    "value": "ADD_TO_WISHLIST",
                    "displayValue": "Add To Wishlist (ADD_TO_WISHLIST)"
                  },
                  {
                    "value": "START_CHECKOUT",
                    "displayValue": "Start Checkout (START_CHECKOUT)"
                  },
                  {
                    "value": "ADD_BILLING",
                    "displayValue": "Add Billing (ADD_BILLING)"
                  },
                  {
                    "value": "PURCHASE",
                    "displayValue": "Purchase (PURCHASE)"
                  },
                  {
                    "value": "SIGN_UP",
                    "displayValue": "Sign Up (SIGN_UP)"
                  },
                  {
                    "value": "LOGIN",
                    "displayValue": "Login (LOGIN)"
                  },
                  {
                    "value": "SUBSCRIBE",
                    "displayValue": "Subscribe (SUBSCRIBE)"
                  },
                  {
                    "value": "START_TRIAL",
                    "displayValue": "Start Trial (START_TRIAL)"
                  },
                  {
                    "value": "SAVE",
                    "displayValue": "Save (SAVE)"
                  },
                  {
                    "value": "SHARE",
                    "displayValue": "Share (SHARE)"
                  },
                  {
                    "value": "INVITE",
                    "displayValue": "Invite (INVITE)"
                  },
                  {
                    "value": "RATE",
                    "displayValue": "Rate (RATE)"
                  },
                  {
                    "value": "RESERVE",
                    "displayValue": "Reserve (RESERVE)"
                  },
                  {
                    "value": "AD_CLICK",
                    "displayValue": "Ad Click (AD_CLICK)"
                  },
                  {
                    "value": "AD_VIEW",
                    "displayValue": "Ad View (AD_VIEW)"
                  },
                  {
                    "value": "COMPLETE_TUTORIAL",
                    "displayValue": "Complete Tutorial (COMPLETE_TUTORIAL)"
                  },
                  {
                    "value": "LEVEL_COMPLETE",
                    "displayValue": "Level Complete (LEVEL_COMPLETE)"
                  },
                  {
                    "value": "ACHIEVEMENT_UNLOCKED",
                    "displayValue": "Achievement Unlocked (ACHIEVEMENT_UNLOCKED)"
                  },
                  {
                    "value": "SPENT_CREDITS",
                    "displayValue": "Spent Credits (SPENT_CREDITS)"
                  },
                  {
                    "value": "CUSTOM_EVENT_1",
                    "displayValue": "Custom Event 1 (CUSTOM_EVENT_1)"
                  },
                  {
                    "value": "CUSTOM_EVENT_2",
                    "displayValue": "Custom Event 2 (CUSTOM_EVENT_2)"
                  },
                  {
                    "value": "CUSTOM_EVENT_3",
                    "displayValue": "Custom Event 3 (CUSTOM_EVENT_3)"
                  },
                  {
                    "value": "CUSTOM_EVENT_4",
                    "displayValue": "Custom Event 4 (CUSTOM_EVENT_4)"
                  },
                  {
                    "value": "CUSTOM_EVENT_5",
                    "displayValue": "Custom Event 5 (CUSTOM_EVENT_5)"
                  }
                ],
                "simpleValueType": true,
                "help": "Every event this tag fires on is sent as this type. Example: \u003ccode\u003ePURCHASE\u003c/code\u003e.",
                "defaultValue": "PURCHASE"
              }
            ]
          }
        ],
        "simpleValueType": true,
        "help": "How the Snap event type is chosen. \u003cb\u003eAutomatic\u003c/b\u003e maps GA4 event names with the built-in map (example: \u003ccode\u003epurchase\u003c/code\u003e → \u003ccode\u003ePURCHASE\u003c/code\u003e, \u003ccode\u003eadd_to_cart\u003c/code\u003e → \u003ccode\u003eADD_CART\u003c/code\u003e); \u003cb\u003eFixed\u003c/b\u003e sends every event this tag fires on as one type.",
        "defaultValue": "auto"
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "eventTypeOverrides",
        "displayName": "Event type overrides",
        "simpleTableColumns": [
          {
            "valueValidators": [
              {
                "type": "NON_EMPTY"
              }
            ],
            "defaultValue": "",
            "displayName": "GA4 event name",
            "name": "ga4Event",
            "isUnique": true,
            "type": "TEXT",
            "valueHint": "request_quote"
          },
          {
            "defaultValue": "CUSTOM_EVENT_1",
            "displayName": "Snap event type",
            "name": "snapEvent",
            "type": "SELECT",
            "selectItems": [
              {
                "value": "PAGE_VIEW",
                "displayValue": "Page View (PAGE_VIEW)"
              },
              {
                "value": "VIEW_CONTENT",
                "displayValue": "View Content (VIEW_CONTENT)"
              },
              {
                "value": "LIST_VIEW",
                "displayValue": "List View (LIST_VIEW)"
              },
              {
                "value": "SEARCH",
                "displayValue": "Search (SEARCH)"
              },
              {
                "value": "ADD_CART",
                "displayValue": "Add Cart (ADD_CART)"
              },
              {
                "value": "ADD_TO_WISHLIST",
                "displayValue": "Add To Wishlist (ADD_TO_WISHLIST)"
              },
              {
                "value": "START_CHECKOUT",
                "displayValue": "Start Checkout (START_CHECKOUT)"
              },
              {
                "value": "ADD_BILLING",
                "displayValue": "Add Billing (ADD_BILLING)"
              },
              {
                "value": "PURCHASE",
                "displayValue": "Purchase (PURCHASE)"
              },
              {
                "value": "SIGN_UP",
                "displayValue": "Sign Up (SIGN_UP)"
              },
              {
                "value": "LOGIN",
                "displayValue": "Login (LOGIN)"
              },
              {
                "value": "SUBSCRIBE",
                "displayValue": "Subscribe (SUBSCRIBE)"
              },
              {
                "value": "START_TRIAL",
                "displayValue": "Start Trial (START_TRIAL)"
              },
              {
                "value": "SAVE",
                "displayValue": "Save (SAVE)"
              },
              {
                "value": "SHARE",
                "displayValue": "Share (SHARE)"
              },
              {
                "value": "INVITE",
                "displayValue": "Invite (INVITE)"
              },
              {
                "value": "RATE",
                "displayValue": "Rate (RATE)"
              },
              {
                "value": "RESERVE",
                "displayValue": "Reserve (RESERVE)"
              },
              {
                "value": "AD_CLICK",
                "displayValue": "Ad Click (AD_CLICK)"
              },
              {
                "value": "AD_VIEW",
                "displayValue": "Ad View (AD_VIEW)"
              },
              {
                "value": "COMPLETE_TUTORIAL",
                "displayValue": "Complete Tutorial (COMPLETE_TUTORIAL)"
              },
              {
                "value": "LEVEL_COMPLETE",
                "displayValue": "Level Complete (LEVEL_COMPLETE)"
              },
              {
                "value": "ACHIEVEMENT_UNLOCKED",
                "displayValue": "Achievement Unlocked (ACHIEVEMENT_UNLOCKED)"
              },
              {
                "value": "SPENT_CREDITS",
                "displayValue": "Spent Credits (SPENT_CREDITS)"
              },
              {
                "value": "CUSTOM_EVENT_1",
                "displayValue": "Custom Event 1 (CUSTOM_EVENT_1)"
              },
              {
                "value": "CUSTOM_EVENT_2",
                "displayValue": "Custom Event 2 (CUSTOM_EVENT_2)"
              },
              {
                "value": "CUSTOM_EVENT_3",
                "displayValue": "Custom Event 3 (CUSTOM_EVENT_3)"
              },
              {
                "value": "CUSTOM_EVENT_4",
                "displayValue": "Custom Event 4 (CUSTOM_EVENT_4)"
              },
              {
                "value": "CUSTOM_EVENT_5",
                "displayValue": "Custom Event 5 (CUSTOM_EVENT_5)"
              }
            ]
          }
        ],
        "newRowButtonText": "Add override",
        "help": "GA4 event name → Snap event type; wins over the built-in map. Names are matched trimmed and case-insensitively. Example: \u003ccode\u003erequest_quote\u003c/code\u003e → \u003ccode\u003eSIGN_UP\u003c/code\u003e, or \u003ccode\u003egenerate_lead\u003c/code\u003e → \u003ccode\u003eCUSTOM_EVENT_1\u003c/code\u003e.",
        "enablingConditions": [
          {
            "paramName": "eventTypeMode",
            "paramValue": "auto",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "SELECT",
        "name": "unmappedEvents",
        "displayName": "Unmapped GA4 events",
        "selectItems": [
          {
            "value": "skip",
            "displayValue": "Skip (send nothing)"
          },
          {
            "value": "CUSTOM_EVENT_1",
            "displayValue": "Send as CUSTOM_EVENT_1"
          },
          {
            "value": "CUSTOM_EVENT_2",
            "displayValue": "Send as CUSTOM_EVENT_2"
          },
          {
            "value": "CUSTOM_EVENT_3",
            "displayValue": "Send as CUSTOM_EVENT_3"
          },
          {
            "value": "CUSTOM_EVENT_4",
            "displayValue": "Send as CUSTOM_EVENT_4"
          },
          {
            "value": "CUSTOM_EVENT_5",
            "displayValue": "Send as CUSTOM_EVENT_5"
          }
        ],
        "simpleValueType": true,
        "help": "What to do with a GA4 event that is neither in the overrides, nor in the built-in map, nor already a Snap event type: skip it (the tag succeeds and logs why), or send it as a custom event. Example: \u003ccode\u003escroll\u003c/code\u003e is skipped, or sent as \u003ccode\u003eCUSTOM_EVENT_1\u003c/code\u003e.",
        "defaultValue": "skip",
        "enablingConditions": [
          {
            "paramName": "eventTypeMode",
            "paramValue": "auto",
            "type": "EQUALS"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "identityGroup",
    "displayName": "Identity (ATS envelope)",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "RADIO",
        "name": "envelopeSource",
        "displayName": "Envelope source",
        "radioItems": [
          {
            "value": "cookie",
            "displayValue": "Cookie",
            "subParams": [
              {
                "type": "TEXT",
                "name": "envelopeCookieName",
                "displayName": "Cookie name",
                "simpleValueType": true,
                "help": "Default \u003ccode\u003e_lr_env\u003c/code\u003e. Another name must also be added to the template\u0027s \"Reads cookie value(s)\" permission (Permissions tab); otherwise the tag logs a warning and sends without the envelope. Example: \u003ccode\u003e_lr_env\u003c/code\u003e.",
                "defaultValue": "_lr_env",
                "valueHint": "_lr_env"
              }
            ]
          },
          {
            "value": "value",
            "displayValue": "Value or variable",
            "subParams": [
              {
                "type": "TEXT",
                "name": "envelopeValue",
                "displayName": "Envelope value",
                "simpleValueType": true,
                "help": "The envelope, or the stored ATS value, from a 1st-Party Cookie or Event Data variable. A list of values is accepted: the first valid one is used. Example: \u003ccode\u003e{{Cookie - my_env}}\u003c/code\u003e.",
                "valueHint": "{{Cookie - my_env}}"
              }
            ]
          }
        ],
        "simpleValueType": true,
        "help": "Where the LiveRamp ATS envelope comes from. ATS.js stores it in the \u003ccode\u003e_lr_env\u003c/code\u003e first-party cookie as base64 of \u003ccode\u003e{\"envelope\": \"...\", \"timestamp\": ..., \"version\": \"...\"}\u003c/code\u003e; a raw envelope is accepted too. Example: \u003cb\u003eCookie\u003c/b\u003e with the default name \u003ccode\u003e_lr_env\u003c/code\u003e.",
        "defaultValue": "cookie"
      },
      {
        "type": "TEXT",
        "name": "envelopeMaxAgeDays",
        "displayName": "Maximum envelope age (days)",
        "simpleValueType": true,
        "help": "Envelopes whose stored timestamp is older are ignored (LiveRamp envelopes last 30 days, 15 in California). \u003ccode\u003e0\u003c/code\u003e \u003d no limit. Values without a timestamp cannot be aged and are used. Example: \u003ccode\u003e30\u003c/code\u003e.",
        "valueValidators": [
          {
            "type": "NON_NEGATIVE_NUMBER",
            "errorMessage": "Enter a number of days, 0 for no limit."
          }
        ],
        "defaultValue": "30",
        "valueHint": "30"
      },
      {
        "type": "CHECKBOX",
        "name": "requireIdentity",
        "checkboxText": "Require an identity",
        "simpleValueType": true,
        "help": "Skip the event (the tag succeeds and logs why) when there is no envelope, no \u003ccode\u003e_scid\u003c/code\u003e and no click ID: Snap cannot attribute such an event. Example: untick to send anonymous page views anyway.",
        "defaultValue": true
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "snapIdsGroup",
    "displayName": "Snap identifiers",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "sendSnapIds",
        "checkboxText": "Send the _scid cookie and the Snap click ID",
        "simpleValueType": true,
        "help": "\u003ccode\u003e_scid\u003c/code\u003e is the Snap Pixel cookie; the click ID comes from the \u003ccode\u003eScCid\u003c/code\u003e parameter of the page URL (any letter case), else the \u003ccode\u003e_scclid\u003c/code\u003e cookie. The tag reads these cookies and never creates them. Example: \u003ccode\u003ehttps://shop.example/?ScCid\u003dabc123\u003c/code\u003e sends \u003ccode\u003eclick_id: \"abc123\"\u003c/code\u003e.",
        "defaultValue": true
      },
      {
        "type": "SELECT",
        "name": "snapIdPlacement",
        "displayName": "Placement",
        "selectItems": [
          {
            "value": "custom_data",
            "displayValue": "custom_data: uuid_c1 and click_id"
          },
          {
            "value": "user_data",
            "displayValue": "user_data: sc_cookie1 and sc_click_id"
          }
        ],
        "simpleValueType": true,
        "help": "Where the identifiers go: \u003ccode\u003ecustom_data\u003c/code\u003e as \u003ccode\u003euuid_c1\u003c/code\u003e / \u003ccode\u003eclick_id\u003c/code\u003e (as in LiveRamp\u0027s example), or \u003ccode\u003euser_data\u003c/code\u003e as \u003ccode\u003esc_cookie1\u003c/code\u003e / \u003ccode\u003esc_click_id\u003c/code\u003e.",
        "defaultValue": "custom_data",
        "enablingConditions": [
          {
            "paramName": "sendSnapIds",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "overridesGroup",
    "displayName": "Event overrides",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "eventIdOverride",
        "displayName": "Event ID",
        "simpleValueType": true,
        "help": "Default: the event\u0027s \u003ccode\u003eevent_id\u003c/code\u003e, else \u003ccode\u003etransaction_id\u003c/code\u003e, else a generated ID. Use the ID your Snap Pixel sends as \u003ccode\u003eclient_dedup_id\u003c/code\u003e so Snap can deduplicate. Example: \u003ccode\u003e{{Event Data - event_id}}\u003c/code\u003e.",
        "valueHint": "{{Event Data - event_id}}"
      },
      {
        "type": "TEXT",
        "name": "eventSourceUrlOverride",
        "displayName": "Event source URL",
        "simpleValueType": true,
        "help": "Default: \u003ccode\u003epage_location\u003c/code\u003e, else the request\u0027s Referer header. Example: \u003ccode\u003ehttps://www.example.com/checkout\u003c/code\u003e.",
        "valueHint": "https://www.example.com/checkout"
      },
      {
        "type": "TEXT",
        "name": "eventTag",
        "displayName": "Event tag",
        "simpleValueType": true,
        "help": "Sent as \u003ccode\u003eevent_tag\u003c/code\u003e in custom_data. Example: \u003ccode\u003epromo_summer_2025\u003c/code\u003e.",
        "valueHint": "promo_summer_2025"
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "customDataGroup",
    "displayName": "Custom data",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "SIMPLE_TABLE",
        "name": "customData",
        "displayName": "Custom data",
        "simpleTableColumns": [
          {
            "valueValidators": [
              {
                "type": "NON_EMPTY"
              }
            ],
            "defaultValue": "",
            "displayName": "Key",
            "name": "key",
            "isUnique": true,
            "type": "TEXT",
            "valueHint": "description"
          },
          {
            "defaultValue": "",
            "displayName": "Value",
            "name": "value",
            "type": "TEXT",
            "valueHint": "Black running shoes"
          }
        ],
        "newRowButtonText": "Add key",
        "help": "Adds a custom_data key, replaces a key the tag already sends (in place), or, with an empty value, removes it. Examples: \u003ccode\u003edescription\u003c/code\u003e \u003d \u003ccode\u003e{{Event Data - item_name}}\u003c/code\u003e; \u003ccode\u003edevice_model\u003c/code\u003e \u003d \u003ccode\u003eiPhone 15 Pro\u003c/code\u003e; \u003ccode\u003ecart_total\u003c/code\u003e \u003d (empty) to remove it."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "privacyGroup",
    "displayName": "Consent \u0026 privacy",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "RADIO",
        "name": "consentMode",
        "displayName": "Ad storage consent",
        "radioItems": [
          {
            "value": "respect",
            "displayValue": "Respect ad_storage consent"
          },
          {
            "value": "ignore",
            "displayValue": "Ignore (consent is handled by triggers)"
          }
        ],
        "simpleValueType": true,
        "help": "With \u003cb\u003eRespect\u003c/b\u003e, nothing is sent when the event says ad_storage is denied (\u003ccode\u003econsent_state.ad_storage\u003c/code\u003e false, or the third character of \u003ccode\u003ex-ga-gcs\u003c/code\u003e is \u003ccode\u003e0\u003c/code\u003e); the tag succeeds and logs why. Example: \u003ccode\u003ex-ga-gcs\u003c/code\u003e \u003d \u003ccode\u003eG100\u003c/code\u003e is denied. Choose \u003cb\u003eIgnore\u003c/b\u003e only when consent is enforced elsewhere (e.g. by a trigger).",
        "defaultValue": "respect"
      },
      {
        "type": "CHECKBOX",
        "name": "limitedDataUse",
        "checkboxText": "Limited Data Use",
        "simpleValueType": true,
        "help": "Adds \u003ccode\u003edata_use: [\"lmu\"]\u003c/code\u003e to custom_data, asking Snap to limit processing (e.g. for US state privacy laws). Example: tick for users who opted out of sale/sharing.",
        "defaultValue": false
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "deliveryGroup",
    "displayName": "Delivery \u0026 logging",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "timeoutMs",
        "displayName": "Request timeout (ms)",
        "simpleValueType": true,
        "help": "How long to wait for the adapter before the tag fails; from 100 to 15000 (values outside are clamped). Example: \u003ccode\u003e5000\u003c/code\u003e.",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER"
          },
          {
            "type": "REGEX",
            "args": [
              "^([1-9][0-9]{2,3}|1[0-4][0-9]{3}|15000)$"
            ],
            "errorMessage": "Enter milliseconds from 100 to 15000."
          }
        ],
        "defaultValue": "5000",
        "valueHint": "5000"
      },
      {
        "type": "CHECKBOX",
        "name": "dryRun",
        "checkboxText": "Dry run",
        "simpleValueType": true,
        "help": "Build and log the request without sending it (the tag succeeds). Example: tick while checking the body in Preview.",
        "defaultValue": false
      },
      {
        "type": "SELECT",
        "name": "logging",
        "displayName": "Logging",
        "selectItems": [
          {
            "value": "debug",
            "displayValue": "Debug and preview only"
          },
          {
            "value": "always",
            "displayValue": "Always"
          },
          {
            "value": "never",
            "displayValue": "Never"
          }
        ],
        "simpleValueType": true,
        "help": "One JSON line per event (event, Snap type, URL, body with the envelope and IDs cut to 6 characters, status, outcome, reason). Example: \u003cb\u003eDebug and preview only\u003c/b\u003e logs in GTM Preview but not in production.",
        "defaultValue": "debug"
      }
    ]
  }
]


___SANDBOXED_JS_FOR_SERVER___

const JSON = require('JSON');
const Math = require('Math');
const decodeUriComponent = require('decodeUriComponent');
const encodeUriComponent = require('encodeUriComponent');
const fromBase64 = require('fromBase64');
const generateRandom = require('generateRandom');
const getAllEventData = require('getAllEventData');
const getContainerVersion = require('getContainerVersion');
const getCookieValues = require('getCookieValues');
const getRequestHeader = require('getRequestHeader');
const getTimestampMillis = require('getTimestampMillis');
const getType = require('getType');
const logToConsole = require('logToConsole');
const makeNumber = require('makeNumber');
const makeString = require('makeString');
const queryPermission = require('queryPermission');
const sendHttpRequest = require('sendHttpRequest');

// template-src/tag/snap-event-types.ts
var SNAP_EVENT_TYPES = [
  "PAGE_VIEW",
  "VIEW_CONTENT",
  "LIST_VIEW",
  "SEARCH",
  "ADD_CART",
  "ADD_TO_WISHLIST",
  "START_CHECKOUT",
  "ADD_BILLING",
  "PURCHASE",
  "SIGN_UP",
  "LOGIN",
  "SUBSCRIBE",
  "START_TRIAL",
  "SAVE",
  "SHARE",
  "INVITE",
  "RATE",
  "RESERVE",
  "AD_CLICK",
  "AD_VIEW",
  "COMPLETE_TUTORIAL",
  "LEVEL_COMPLETE",
  "ACHIEVEMENT_UNLOCKED",
  "SPENT_CREDITS",
  "CUSTOM_EVENT_1",
  "CUSTOM_EVENT_2",
  "CUSTOM_EVENT_3",
  "CUSTOM_EVENT_4",
  "CUSTOM_EVENT_5"
];
var CUSTOM_EVENT_TYPES = [
  "CUSTOM_EVENT_1",
  "CUSTOM_EVENT_2",
  "CUSTOM_EVENT_3",
  "CUSTOM_EVENT_4",
  "CUSTOM_EVENT_5"
];
var BUILT_IN_EVENT_MAP = [
  ["page_view", "PAGE_VIEW"],
  ["view_item", "VIEW_CONTENT"],
  ["view_item_list", "LIST_VIEW"],
  ["search", "SEARCH"],
  ["view_search_results", "SEARCH"],
  ["add_to_cart", "ADD_CART"],
  ["add_to_wishlist", "ADD_TO_WISHLIST"],
  ["begin_checkout", "START_CHECKOUT"],
  ["add_payment_info", "ADD_BILLING"],
  ["purchase", "PURCHASE"],
  ["sign_up", "SIGN_UP"],
  ["generate_lead", "SIGN_UP"],
  ["login", "LOGIN"],
  ["tutorial_complete", "COMPLETE_TUTORIAL"],
  ["level_end", "LEVEL_COMPLETE"],
  ["unlock_achievement", "ACHIEVEMENT_UNLOCKED"],
  ["spend_virtual_currency", "SPENT_CREDITS"],
  ["share", "SHARE"],
  ["view_promotion", "AD_VIEW"],
  ["select_promotion", "AD_CLICK"],
  ["start_trial", "START_TRIAL"],
  ["subscribe", "SUBSCRIBE"]
];

// template-src/tag/values.ts
function isString(v) {
  return getType(v) === "string";
}
function isNumber(v) {
  return getType(v) === "number";
}
function isBoolean(v) {
  return getType(v) === "boolean";
}
function isArray(v) {
  return getType(v) === "array";
}
function isObject(v) {
  return getType(v) === "object";
}
function isFiniteNumber(v) {
  return isNumber(v) && v - v === 0;
}
function prop(obj, key) {
  if (!isObject(obj)) return void 0;
  return obj[key];
}
function textOf(v) {
  if (isString(v)) {
    const t = v.trim();
    return t.length > 0 ? t : void 0;
  }
  if (isFiniteNumber(v)) return makeString(v);
  return void 0;
}
function objectsOf(v) {
  const out = [];
  if (!isArray(v)) return out;
  for (const entry of v) {
    if (isObject(entry)) out.push(entry);
  }
  return out;
}
function stringsOf(v) {
  const out = [];
  if (isString(v)) {
    out.push(v);
    return out;
  }
  if (!isArray(v)) return out;
  for (const entry of v) {
    if (isString(entry)) out.push(entry);
  }
  return out;
}
function stringOf(v) {
  if (!isString(v)) return void 0;
  const t = v.trim();
  return t.length > 0 ? t : void 0;
}

// template-src/tag/event-type.ts
function normaliseEventName(name) {
  return isString(name) ? name.trim().toLowerCase() : "";
}
function asSnapEventType(type) {
  if (!isString(type)) return void 0;
  const t = type.trim().toUpperCase();
  return SNAP_EVENT_TYPES.indexOf(t) >= 0 ? t : void 0;
}
function builtInEventType(name) {
  for (const row of BUILT_IN_EVENT_MAP) {
    if (row[0] === name) return row[1];
  }
  return void 0;
}
function resolveEventType(eventName, settings) {
  if (settings.mode === "fixed") {
    const fixed = asSnapEventType(settings.fixedEventType);
    if (fixed) return { eventType: fixed, source: "fixed" };
    return {
      eventType: void 0,
      reason: 'the fixed event type "' + settings.fixedEventType + '" is not a Snap event type: pick one from the "Fixed Snap event type" list'
    };
  }
  const name = normaliseEventName(eventName);
  if (name.length > 0) {
    for (const row of settings.overrides) {
      if (row.ga4Event === name) return { eventType: row.snapEvent, source: "override" };
    }
    const builtIn = builtInEventType(name);
    if (builtIn) return { eventType: builtIn, source: "built-in" };
    const snapName = asSnapEventType(name);
    if (snapName) return { eventType: snapName, source: "snap-name" };
  }
  if (CUSTOM_EVENT_TYPES.indexOf(settings.unmapped) >= 0) {
    return { eventType: settings.unmapped, source: "unmapped" };
  }
  return {
    eventType: void 0,
    reason: (name.length > 0 ? 'the GA4 event "' + name + '"' : "an event without an event_name") + ' has no Snap event type: add a row to "Event type overrides" or send unmapped events as a custom event'
  };
}

// template-src/tag/numbers.ts
var NUMERIC = "^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)$";
function toNumber(v) {
  if (isFiniteNumber(v)) return v;
  if (!isString(v)) return void 0;
  const t = v.trim();
  if (t.length === 0 || t.length > 40 || !t.match(NUMERIC)) return void 0;
  const n = makeNumber(t);
  return isFiniteNumber(n) ? n : void 0;
}
var MAX_AMOUNT = 1e15;
function twoDecimals(n) {
  if (!isFiniteNumber(n)) return void 0;
  const abs = Math.abs(n);
  if (abs >= MAX_AMOUNT) return void 0;
  const cents = Math.round(abs * 100 + 1e-7);
  const whole = Math.floor(cents / 100);
  const fraction = cents - whole * 100;
  const sign = n < 0 && cents > 0 ? "-" : "";
  return sign + makeString(whole) + "." + (fraction < 10 ? "0" : "") + makeString(fraction);
}
function moneyOf(v) {
  const n = toNumber(v);
  return n === void 0 ? void 0 : twoDecimals(n);
}
var MIN_QUANTITY = 1e-6;
var MAX_QUANTITY = 1e6;
function quantityOf(v) {
  const n = toNumber(v);
  return n !== void 0 && n >= MIN_QUANTITY && n <= MAX_QUANTITY ? n : void 0;
}
function plainNumberText(n) {
  const text = makeString(n);
  return text.match("^-?[0-9]+([.][0-9]+)?$") ? text : void 0;
}

// template-src/tag/fields.ts
var DEFAULTS = {
  eventTypeMode: "auto",
  fixedEventType: "PURCHASE",
  unmappedEvents: "skip",
  envelopeSource: "cookie",
  envelopeCookieName: "_lr_env",
  envelopeMaxAgeDays: 30,
  sendSnapIds: true,
  snapIdPlacement: "custom_data",
  consentMode: "respect",
  limitedDataUse: false,
  requireIdentity: true,
  timeoutMs: 5e3,
  dryRun: false,
  logging: "debug"
};
var MIN_TIMEOUT_MS = 100;
var MAX_TIMEOUT_MS = 15e3;
function oneOf(v, allowed, fallback) {
  for (const a of allowed) {
    if (v === a) return a;
  }
  return fallback;
}
function flag(v, fallback) {
  if (isBoolean(v)) return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return fallback;
}
function maxAgeDaysOf(v) {
  const n = toNumber(v);
  return n !== void 0 && n >= 0 ? n : DEFAULTS.envelopeMaxAgeDays;
}
function timeoutOf(v) {
  const n = toNumber(v);
  if (n === void 0) return DEFAULTS.timeoutMs;
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, Math.round(n)));
}
function overridesOf(v) {
  const out = [];
  for (const row of objectsOf(v)) {
    const ga4Event = normaliseEventName(prop(row, "ga4Event"));
    const snapEvent2 = asSnapEventType(prop(row, "snapEvent"));
    if (ga4Event.length > 0 && snapEvent2 !== void 0)
      out.push({ ga4Event: ga4Event, snapEvent: snapEvent2 });
  }
  return out;
}
function readConfig(data2) {
  const fixed = data2.fixedEventType;
  const cookieName = stringOf(data2.envelopeCookieName);
  return {
    atsConfigId: data2.atsConfigId,
    pixelId: textOf(data2.pixelId),
    eventTypeMode: oneOf(data2.eventTypeMode, ["auto", "fixed"], DEFAULTS.eventTypeMode),
    fixedEventType: isString(fixed) ? fixed : DEFAULTS.fixedEventType,
    overrides: overridesOf(data2.eventTypeOverrides),
    unmappedEvents: oneOf(
      data2.unmappedEvents,
      ["skip"].concat(CUSTOM_EVENT_TYPES),
      DEFAULTS.unmappedEvents
    ),
    envelopeSource: oneOf(data2.envelopeSource, ["cookie", "value"], DEFAULTS.envelopeSource),
    envelopeCookieName: cookieName !== void 0 ? cookieName : DEFAULTS.envelopeCookieName,
    envelopeValue: data2.envelopeValue,
    envelopeMaxAgeDays: maxAgeDaysOf(data2.envelopeMaxAgeDays),
    sendSnapIds: flag(data2.sendSnapIds, DEFAULTS.sendSnapIds),
    snapIdPlacement: oneOf(
      data2.snapIdPlacement,
      ["custom_data", "user_data"],
      DEFAULTS.snapIdPlacement
    ),
    eventIdOverride: data2.eventIdOverride,
    eventSourceUrlOverride: data2.eventSourceUrlOverride,
    eventTag: textOf(data2.eventTag),
    customData: objectsOf(data2.customData),
    consentMode: oneOf(data2.consentMode, ["respect", "ignore"], DEFAULTS.consentMode),
    limitedDataUse: flag(data2.limitedDataUse, DEFAULTS.limitedDataUse),
    requireIdentity: flag(data2.requireIdentity, DEFAULTS.requireIdentity),
    timeoutMs: timeoutOf(data2.timeoutMs),
    dryRun: flag(data2.dryRun, DEFAULTS.dryRun),
    logging: oneOf(data2.logging, ["debug", "always", "never"], DEFAULTS.logging)
  };
}

// template-src/tag/consent.ts
function adStorageDenial(event) {
  const adStorage = prop(prop(event, "consent_state"), "ad_storage");
  if (isBoolean(adStorage) && !adStorage || adStorage === "denied") {
    return "consent_state.ad_storage is " + (isString(adStorage) ? '"denied"' : "false");
  }
  const gcs = prop(event, "x-ga-gcs");
  if (isString(gcs) && gcs.length >= 3 && gcs.charAt(2) === "0") {
    return 'x-ga-gcs "' + gcs + '" denies ad_storage';
  }
  return void 0;
}

// template-src/tag/currency.ts
function currencyOf(v) {
  const t = stringOf(v);
  if (t === void 0) return void 0;
  const upper = t.toUpperCase();
  return upper.match("^[A-Z]{3}$") ? upper : void 0;
}

// template-src/tag/custom-data-forms.ts
function fail(expected) {
  return { ok: false, expected: expected };
}
function ok(value) {
  return { ok: true, value: value };
}
function listOf(one, expected) {
  return (v) => {
    const entries = isArray(v) ? v : [v];
    const out = [];
    for (const entry of entries) {
      const converted = one(entry);
      if (converted === void 0) return fail(expected);
      out.push(converted);
    }
    return out.length > 0 ? ok(out) : fail(expected);
  };
}
function single(one, expected) {
  return (v) => {
    const converted = one(v);
    return converted === void 0 ? fail(expected) : ok(converted);
  };
}
function numericText(v) {
  const n = toNumber(v);
  return n !== void 0 && n >= 0 ? plainNumberText(n) : void 0;
}
function content(v) {
  if (!isObject(v)) return void 0;
  const id = textOf(v.id);
  if (id === void 0) return void 0;
  const entry = { id: id };
  for (const key in v) {
    if (key === "id") continue;
    if (key === "quantity") {
      const q = toNumber(v.quantity);
      if (q === void 0 || q <= 0) return void 0;
      entry.quantity = q;
    } else if (key === "item_price") {
      const p = toNumber(v.item_price);
      if (p === void 0) return void 0;
      entry.item_price = p;
    } else if (key === "delivery_category") {
      const d = textOf(v.delivery_category);
      if (d === void 0) return void 0;
      entry.delivery_category = d;
    } else {
      return void 0;
    }
  }
  return entry;
}
var TEXT = single(textOf, "text");
var FORMS = {
  item_ids: listOf(textOf, "a list of item IDs"),
  item_category: (v) => {
    if (!isArray(v)) return single(textOf, "a category or a list of categories")(v);
    return listOf(textOf, "a category or a list of categories")(v);
  },
  brands: listOf(textOf, "a list of brands"),
  contents: listOf(
    content,
    "a list of {id, quantity, item_price, delivery_category} objects (from a variable)"
  ),
  content_type: TEXT,
  price: listOf(moneyOf, "a price or a list of prices, e.g. 49.5"),
  currency: single(currencyOf, "a three-letter currency code, e.g. EUR"),
  number_items: (v) => isArray(v) ? listOf(toNumber, "a number of items, e.g. 2")(v) : single(numericText, "a number of items, e.g. 2")(v),
  cart_total: single(moneyOf, "an amount, e.g. 49.5"),
  search_string: TEXT,
  sign_up_method: TEXT,
  description: TEXT,
  device_model: TEXT,
  os_version: TEXT,
  delivery_method: TEXT,
  level: single((v) => {
    const n = toNumber(v);
    return n !== void 0 ? n : textOf(v);
  }, "a level number or name"),
  predicted_ltv: single(toNumber, "a number, e.g. 420.5"),
  customer_status: single(
    (v) => v === "new" || v === "returning" ? v : void 0,
    '"new" or "returning"'
  ),
  country: TEXT,
  region: TEXT,
  event_tag: TEXT,
  data_use: listOf((v) => v === "lmu" ? v : void 0, '"lmu" (Limited Data Use)'),
  uuid_c1: TEXT,
  click_id: TEXT
};
function customDataForm(key, value) {
  for (const known in FORMS) {
    if (known === key) return FORMS[known](value);
  }
  return ok(value);
}

// template-src/tag/custom-data.ts
var MAX_ITEMS = 100;
function addDistinct(list, value) {
  if (value !== void 0 && list.indexOf(value) < 0) list.push(value);
}
function summariseItems(items) {
  const summary = {
    ids: [],
    categories: [],
    brands: [],
    contents: [],
    prices: [],
    totalQuantity: 0,
    count: 0
  };
  for (const item of objectsOf(items)) {
    const id = textOf(prop(item, "item_id"));
    if (id === void 0) continue;
    summary.count++;
    if (summary.count > MAX_ITEMS) continue;
    summary.ids.push(id);
    addDistinct(summary.categories, stringOf(prop(item, "item_category")));
    addDistinct(summary.brands, stringOf(prop(item, "item_brand")));
    const q = quantityOf(prop(item, "quantity"));
    const quantity = q !== void 0 ? q : 1;
    const content2 = { id: id, quantity: quantity };
    const price = toNumber(prop(item, "price"));
    if (price !== void 0) content2.item_price = price;
    const delivery = stringOf(prop(item, "delivery_category"));
    if (delivery !== void 0) content2.delivery_category = delivery;
    summary.contents.push(content2);
    const money = moneyOf(price);
    if (money !== void 0) summary.prices.push(money);
    summary.totalQuantity += quantity;
  }
  return summary;
}
function customerStatusOf(v) {
  if (v === true || v === "true") return "new";
  if (v === false || v === "false") return "returning";
  return void 0;
}
function addressOf(event) {
  const address = prop(prop(event, "user_data"), "address");
  if (isArray(address)) return objectsOf(address)[0];
  return address;
}
function numberOrText(v) {
  const n = toNumber(v);
  return n !== void 0 ? n : stringOf(v);
}
function put(list, key, value) {
  if (value === void 0) return;
  if (isArray(value) && value.length === 0) return;
  list.push({ key: key, value: value });
}
function eventCustomData(event, notes) {
  const list = [];
  const items = summariseItems(prop(event, "items"));
  if (items.count > MAX_ITEMS) {
    notes.push(
      "items: only the first " + MAX_ITEMS + " of " + items.count + " items with an item_id are sent"
    );
  }
  const hasItems = items.ids.length > 0;
  const value = prop(event, "value");
  put(list, "item_ids", items.ids);
  if (items.categories.length === 1) put(list, "item_category", items.categories[0]);
  else put(list, "item_category", items.categories);
  put(list, "brands", items.brands);
  put(list, "contents", items.contents);
  if (hasItems) put(list, "content_type", "product");
  if (hasItems) put(list, "price", items.prices);
  else {
    const single2 = moneyOf(value);
    if (single2 !== void 0) put(list, "price", [single2]);
  }
  put(list, "currency", currencyOf(prop(event, "currency")));
  if (hasItems) put(list, "number_items", plainNumberText(items.totalQuantity));
  put(list, "cart_total", moneyOf(value));
  put(list, "search_string", textOf(prop(event, "search_term")));
  put(list, "sign_up_method", textOf(prop(event, "method")));
  put(list, "level", numberOrText(prop(event, "level")));
  const ltv = toNumber(prop(event, "predicted_ltv"));
  put(
    list,
    "predicted_ltv",
    ltv !== void 0 ? ltv : toNumber(prop(event, "customer_lifetime_value"))
  );
  put(list, "customer_status", customerStatusOf(prop(event, "new_customer")));
  const address = addressOf(event);
  put(list, "country", stringOf(prop(address, "country")));
  put(list, "region", stringOf(prop(address, "region")));
  return list;
}
function indexOfKey(list, key) {
  for (let i = 0; i < list.length; i++) {
    if (list[i].key === key) return i;
  }
  return -1;
}
function rowAction(key, v) {
  if (v === void 0 || v === null || isString(v) && v.trim().length === 0) {
    return { kind: "remove" };
  }
  let value = v;
  if (isString(v)) value = v.trim();
  else if (isNumber(v) && !isFiniteNumber(v)) {
    return { kind: "invalid", expected: "a string, number, boolean, list or object" };
  } else if (!isNumber(v) && !isBoolean(v) && !isArray(v) && !isObject(v)) {
    return { kind: "invalid", expected: "a string, number, boolean, list or object" };
  }
  const form = customDataForm(key, value);
  return form.ok ? { kind: "set", value: form.value } : { kind: "invalid", expected: form.expected };
}
function applyCustomDataRows(list, rows, notes) {
  let out = list.slice();
  for (let r = 0; r < rows.length; r++) {
    const key = textOf(prop(rows[r], "key"));
    if (key === void 0) {
      notes.push("custom data row " + (r + 1) + " has no key and was ignored");
      continue;
    }
    const v = rowAction(key, prop(rows[r], "value"));
    const at = indexOfKey(out, key);
    if (v.kind === "invalid") {
      notes.push('custom data "' + key + '" ignored: the value must be ' + v.expected);
    } else if (v.kind === "remove") {
      if (at >= 0) out = out.slice(0, at).concat(out.slice(at + 1));
    } else if (at >= 0) {
      out[at] = { key: key, value: v.value };
    } else {
      out.push({ key: key, value: v.value });
    }
  }
  return out;
}
function buildCustomData(event, settings, notes) {
  const list = eventCustomData(event, notes);
  put(list, "event_tag", settings.eventTag);
  if (settings.limitedDataUse) put(list, "data_use", ["lmu"]);
  put(list, "uuid_c1", settings.uuidC1);
  put(list, "click_id", settings.clickId);
  return applyCustomDataRows(list, settings.rows, notes);
}

// template-src/tag/envelope.ts
var DAY_MS = 864e5;
var BASE64ISH = "^[A-Za-z0-9+/_-]+=*$";
var SECONDS_LIMIT = 1e12;
function decodeBase64(text) {
  let std = text.split("-").join("+").split("_").join("/");
  const eq = std.indexOf("=");
  if (eq >= 0) std = std.substring(0, eq);
  if (std.length % 4 === 1) return void 0;
  while (std.length % 4 !== 0) std = std + "=";
  return fromBase64(std);
}
function firstEnvelope(value) {
  if (isString(value)) {
    const t = value.trim();
    return t.length > 0 ? t : void 0;
  }
  if (isArray(value)) {
    for (const entry of value) {
      const e = firstEnvelope(entry);
      if (e) return e;
    }
  }
  return void 0;
}
function fromRecord(json) {
  const record = JSON.parse(json);
  if (!isObject(record)) return { ok: false, reason: "not a JSON object" };
  const envelope = firstEnvelope(prop(record, "envelope"));
  if (!envelope) return { ok: false, reason: 'a JSON object without an "envelope" string' };
  const parsed = { ok: true, envelope: envelope };
  const ts = toNumber(prop(record, "timestamp"));
  if (ts !== void 0 && ts > 0) parsed.timestampMs = ts < SECONDS_LIMIT ? ts * 1e3 : ts;
  const version = prop(record, "version");
  if (isString(version) && version.length > 0) parsed.version = version;
  return parsed;
}
function parseEnvelopeValue(value) {
  if (!isString(value)) return { ok: false, reason: "not a string" };
  const text = value.trim();
  if (text.length === 0) return { ok: false, reason: "empty" };
  if (text.charAt(0) === "{") return fromRecord(text);
  if (!text.match(BASE64ISH)) {
    return {
      ok: false,
      reason: "neither base64 ATS data nor a raw envelope (unexpected characters)"
    };
  }
  const decoded = decodeBase64(text);
  if (isString(decoded) && decoded.trim().charAt(0) === "{") {
    const record = fromRecord(decoded.trim());
    if (!record.ok) return { ok: false, reason: "base64 of " + record.reason };
    return record;
  }
  return { ok: true, envelope: text };
}
function chooseEnvelope(values, nowMs, maxAgeDays) {
  const choice = { rejected: [] };
  for (let i = 0; i < values.length; i++) {
    const parsed = parseEnvelopeValue(values[i]);
    if (!parsed.ok) {
      choice.rejected.push({ index: i, reason: parsed.reason });
      continue;
    }
    if (parsed.timestampMs !== void 0 && maxAgeDays > 0) {
      const ageMs = nowMs - parsed.timestampMs;
      if (ageMs > maxAgeDays * DAY_MS) {
        choice.rejected.push({
          index: i,
          reason: "expired: stored " + Math.floor(ageMs / DAY_MS) + " days ago, the maximum age is " + maxAgeDays + " days"
        });
        continue;
      }
    }
    if (choice.chosen) {
      choice.rejected.push({ index: i, reason: "not used: an earlier value is valid" });
      continue;
    }
    const chosen = { envelope: parsed.envelope, index: i };
    if (parsed.timestampMs !== void 0) chosen.timestampMs = parsed.timestampMs;
    if (parsed.version !== void 0) chosen.version = parsed.version;
    choice.chosen = chosen;
  }
  return choice;
}

// template-src/tag/event-fields.ts
function eventIdFor(override, event, generate) {
  return textOf(override) || textOf(prop(event, "event_id")) || textOf(prop(event, "transaction_id")) || generate();
}
function generatedEventId(nowMs, random) {
  return makeString(nowMs) + "." + makeString(random);
}
function eventSourceUrlFor(override, event, referer) {
  return stringOf(override) || stringOf(prop(event, "page_location")) || stringOf(referer);
}
function eventTimeSeconds(nowMs) {
  return Math.floor(nowMs / 1e3);
}

// template-src/tag/request.ts
var ADAPTER_BASE_URL = "https://capi.analytics.rlcdn.com/send-events/";
var CONFIG_ID = "^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$";
function validConfigId(v) {
  if (!isString(v)) return void 0;
  const t = v.trim();
  return t.match(CONFIG_ID) ? t : void 0;
}
function adapterUrl(configId) {
  const encoded = encodeUriComponent(configId);
  return ADAPTER_BASE_URL + (isString(encoded) ? encoded : "");
}
function requestOptions(timeoutMs) {
  return { method: "POST", headers: { "Content-Type": "application/json" }, timeout: timeoutMs };
}
function requestBody(event) {
  return JSON.stringify({ events: [event] });
}
function snapEvent(parts) {
  const event = {
    event_manager: ["snapchat"],
    event_id: parts.eventId,
    event_type: parts.eventType,
    event_time: parts.eventTime
  };
  if (parts.eventSourceUrl !== void 0) event.event_source_url = parts.eventSourceUrl;
  let hasUserData = false;
  for (const key in parts.userData) {
    if (key.length > 0) hasUserData = true;
  }
  if (hasUserData) event.user_data = parts.userData;
  if (parts.customData.length > 0) event.custom_data = parts.customData;
  return event;
}

// template-src/tag/snap-ids.ts
function firstCookieValue(values) {
  for (const v of values) {
    const t = v.trim();
    if (t.length > 0) return t;
  }
  return void 0;
}
function clickIdFromUrl(url) {
  if (!isString(url)) return void 0;
  let query = url;
  const hash = query.indexOf("#");
  if (hash >= 0) query = query.substring(0, hash);
  const start = query.indexOf("?");
  if (start < 0) return void 0;
  for (const pair of query.substring(start + 1).split("&")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const name = decodeUriComponent(pair.substring(0, eq));
    if (!isString(name) || name.trim().toLowerCase() !== "sccid") continue;
    const value = decodeUriComponent(
      pair.substring(eq + 1).split("+").join(" ")
    );
    if (isString(value) && value.trim().length > 0) return value.trim();
  }
  return void 0;
}
function snapIds(pageLocation, scidValues, scclidValues) {
  const ids = {};
  const scid = firstCookieValue(scidValues);
  if (scid) ids.scid = scid;
  const clickId = clickIdFromUrl(pageLocation) || firstCookieValue(scclidValues);
  if (clickId) ids.clickId = clickId;
  return ids;
}
function maskQuery(query, mask) {
  const out = [];
  for (const pair of query.split("&")) {
    const eq = pair.indexOf("=");
    const name = eq > 0 ? decodeUriComponent(pair.substring(0, eq)) : void 0;
    if (isString(name) && name.trim().toLowerCase() === "sccid" && eq < pair.length - 1) {
      out.push(pair.substring(0, eq + 1) + mask(pair.substring(eq + 1)));
    } else {
      out.push(pair);
    }
  }
  return out.join("&");
}
function maskAnywhere(text, mask) {
  let out = "";
  let from = 0;
  let at = 0;
  while (at + 6 <= text.length) {
    const before = at === 0 ? "" : text.charAt(at - 1);
    const isParam = before === "#" || before === "?" || before === "&" || before === "/" || before === ";";
    if (!isParam || text.substring(at, at + 6).toLowerCase() !== "sccid=") {
      at++;
      continue;
    }
    const start = at + 6;
    let end = start;
    while (end < text.length && text.charAt(end) !== "&" && text.charAt(end) !== "#") end++;
    if (end > start) {
      out = out + text.substring(from, start) + mask(text.substring(start, end));
      from = end;
    }
    at = end > start ? end : start;
  }
  return out + text.substring(from);
}
function maskClickIdInUrl(url, mask) {
  const hash = url.indexOf("#");
  const beforeHash = hash >= 0 ? url.substring(0, hash) : url;
  const start = beforeHash.indexOf("?");
  const queryMasked = start < 0 ? url : beforeHash.substring(0, start + 1) + maskQuery(beforeHash.substring(start + 1), mask) + (hash >= 0 ? url.substring(hash) : "");
  return maskAnywhere(queryMasked, mask);
}

// template-src/tag/core.ts
var MAX_ENVELOPE_CANDIDATES = 10;
var SCID_COOKIE = "_scid";
var SCCLID_COOKIE = "_scclid";
function readCookie(env, name, notes, alternative) {
  if (!env.cookieAllowed(name)) {
    notes.push(
      'cookie "' + name + '" not read: the "Reads cookie value(s)" permission of this template does not list it; add it there (Templates > this template > Permissions)' + alternative
    );
    return [];
  }
  return env.cookieValues(name);
}
function envelopeFor(config, env, notes) {
  let candidates;
  let origin;
  if (config.envelopeSource === "value") {
    const v = config.envelopeValue;
    candidates = isArray(v) ? v : v === void 0 || v === "" ? [] : [v];
    origin = "envelope field";
  } else {
    candidates = readCookie(
      env,
      config.envelopeCookieName,
      notes,
      ', or set "Envelope source" to "Value" with a 1st-Party Cookie variable; sending without the envelope'
    );
    origin = '"' + config.envelopeCookieName + '" cookie';
  }
  if (candidates.length > MAX_ENVELOPE_CANDIDATES) {
    notes.push(
      origin + ": only the first " + MAX_ENVELOPE_CANDIDATES + " of " + candidates.length + " values were considered"
    );
    candidates = candidates.slice(0, MAX_ENVELOPE_CANDIDATES);
  }
  const choice = chooseEnvelope(candidates, env.nowMs(), config.envelopeMaxAgeDays);
  for (const r of choice.rejected) {
    notes.push(
      origin + " value " + (r.index + 1) + " of " + candidates.length + " ignored: " + r.reason
    );
  }
  return choice.chosen;
}
function idsFor(config, env, event, notes) {
  if (!config.sendSnapIds) return {};
  return snapIds(
    prop(event, "page_location"),
    readCookie(env, SCID_COOKIE, notes, ""),
    readCookie(env, SCCLID_COOKIE, notes, "")
  );
}
function describeConfigId(v) {
  if (v === void 0 || v === null || isString(v) && v.trim().length === 0) return "is missing";
  if (isString(v)) return '"' + v + '" is not valid';
  return "is not text (" + getType(v) + ")";
}
function planRequest(config, env, options) {
  const event = env.eventData();
  const rawName = prop(event, "event_name");
  const plan = {
    action: "skip",
    reason: "",
    eventName: isString(rawName) ? rawName : "",
    notes: []
  };
  const configId = validConfigId(config.atsConfigId);
  if (configId === void 0) {
    plan.action = "fail";
    plan.reason = "the ATS Configuration ID " + describeConfigId(config.atsConfigId) + ': copy it from LiveRamp Console (ATS > Web > your configuration > Admin > Placement Details); letters, digits, "-" and "_" only';
    return plan;
  }
  if (config.consentMode === "respect") {
    const denial = adStorageDenial(event);
    if (denial !== void 0) {
      plan.reason = "consent denied: " + denial + "; nothing sent";
      return plan;
    }
  }
  const type = resolveEventType(rawName, {
    mode: config.eventTypeMode,
    fixedEventType: config.fixedEventType,
    overrides: config.overrides,
    unmapped: config.unmappedEvents
  });
  if (type.eventType === void 0) {
    plan.reason = "unmapped event: " + type.reason;
    return plan;
  }
  plan.eventType = type.eventType;
  const given = options ? options.envelope : void 0;
  const envelope = given === void 0 ? envelopeFor(config, env, plan.notes) : given || void 0;
  if (envelope) plan.envelope = envelope;
  const ids = idsFor(config, env, event, plan.notes);
  if (config.requireIdentity && !envelope && !ids.scid && !ids.clickId) {
    plan.reason = 'no identity: no ATS envelope, no _scid and no click ID for this event (untick "Require an identity" to send anyway)';
    return plan;
  }
  const inUserData = config.snapIdPlacement === "user_data";
  const userData = {};
  if (envelope) userData.partner_id = envelope.envelope;
  if (inUserData && ids.scid) userData.sc_cookie1 = ids.scid;
  if (inUserData && ids.clickId) userData.sc_click_id = ids.clickId;
  const nowMs = env.nowMs();
  const built = snapEvent({
    eventId: eventIdFor(
      config.eventIdOverride,
      event,
      () => generatedEventId(nowMs, env.randomInt())
    ),
    eventType: type.eventType,
    eventTime: eventTimeSeconds(nowMs),
    eventSourceUrl: eventSourceUrlFor(
      config.eventSourceUrlOverride,
      event,
      env.requestHeader("referer")
    ),
    userData: userData,
    customData: buildCustomData(
      event,
      {
        eventTag: config.eventTag,
        limitedDataUse: config.limitedDataUse,
        uuidC1: inUserData ? void 0 : ids.scid,
        clickId: inUserData ? void 0 : ids.clickId,
        rows: config.customData
      },
      plan.notes
    )
  });
  const body = requestBody(built);
  if (body === void 0) {
    plan.action = "fail";
    plan.reason = "the request body could not be serialised";
    return plan;
  }
  plan.event = built;
  plan.url = adapterUrl(configId);
  plan.options = requestOptions(config.timeoutMs);
  plan.body = body;
  if (config.dryRun) {
    plan.reason = "dry run: request built and logged, not sent";
    return plan;
  }
  plan.action = "send";
  plan.reason = "sending";
  return plan;
}

// template-src/tag/log.ts
var LOG_SOURCE = "snapchat-capi-ats";
var SECRET_USER_DATA = ["partner_id", "sc_cookie1", "sc_click_id"];
var SECRET_CUSTOM_DATA = ["uuid_c1", "click_id"];
function redact(value) {
  if (!isString(value)) return "…";
  return value.substring(0, 6) + "…";
}
function redactEvent(event) {
  const text = JSON.stringify(event);
  const copy = isString(text) ? JSON.parse(text) : void 0;
  if (!isObject(copy)) return void 0;
  const url = prop(copy, "event_source_url");
  if (isString(url)) copy.event_source_url = maskClickIdInUrl(url, redact);
  const userData = prop(copy, "user_data");
  if (isObject(userData)) {
    for (const key of SECRET_USER_DATA) {
      if (isString(userData[key])) userData[key] = redact(userData[key]);
    }
  }
  const customData = prop(copy, "custom_data");
  if (getType(customData) === "array") {
    for (const entry of customData) {
      if (isObject(entry) && SECRET_CUSTOM_DATA.indexOf(entry.key) >= 0) {
        entry.value = redact(entry.value);
      }
    }
  }
  return copy;
}
function loggingEnabled(mode, containerVersion) {
  if (mode === "never") return false;
  if (mode === "always") return true;
  const version = containerVersion();
  return prop(version, "debugMode") === true || prop(version, "previewMode") === true;
}
function resultLine(r) {
  const line = { source: LOG_SOURCE, event: r.event };
  if (r.eventType !== void 0) line.eventType = r.eventType;
  if (r.pixelId !== void 0) line.pixelId = r.pixelId;
  line.outcome = r.outcome;
  line.reason = r.reason;
  if (r.status !== void 0) line.status = r.status;
  if (r.url !== void 0) line.url = r.url;
  if (r.body !== void 0) line.body = { events: [redactEvent(r.body)] };
  const text = JSON.stringify(line);
  return isString(text) ? text : '{"source":"' + LOG_SOURCE + '","reason":"unloggable"}';
}
function warningLine(event, message) {
  const text = JSON.stringify({ source: LOG_SOURCE, event: event, warning: message });
  return isString(text) ? text : '{"source":"' + LOG_SOURCE + '","warning":"unloggable"}';
}

// template-src/tag/random-range.ts
var RANDOM_MIN = 1e8;
var RANDOM_MAX = 999999999;

// template-src/tag/run-tag.ts
var gtmEnvironment = {
  eventData: () => getAllEventData(),
  cookieValues: (name) => stringsOf(getCookieValues(name)),
  cookieAllowed: (name) => queryPermission("get_cookies", name) === true,
  // Asked first so that a permission edited away ends in "no Referer", not in a thrown error.
  // [unsure] GTM's query signature for a header could not be confirmed; ('read_request', 'header',
  // name) is our reading, our runtime implements it, and a wrong guess only loses this last-resort
  // source URL (page_location comes first), never the event.
  requestHeader: (name) => queryPermission("read_request", "header", name) === true ? getRequestHeader(name) : void 0,
  nowMs: () => getTimestampMillis(),
  randomInt: () => generateRandom(RANDOM_MIN, RANDOM_MAX)
};
function isSuccessStatus(status) {
  return isNumber(status) && status >= 200 && status < 300;
}
function runTag(data2, env) {
  const config = readConfig(data2);
  const plan = planRequest(config, env);
  const log = loggingEnabled(config.logging, getContainerVersion);
  if (log) {
    for (const note of plan.notes) logToConsole(warningLine(plan.eventName, note));
  }
  const report = (outcome, reason, status) => {
    if (!log) return;
    logToConsole(
      resultLine({
        event: plan.eventName,
        eventType: plan.eventType,
        pixelId: config.pixelId,
        outcome: outcome,
        reason: reason,
        status: status,
        url: plan.url,
        body: plan.event
      })
    );
  };
  if (plan.action !== "send" || plan.url === void 0 || plan.body === void 0) {
    if (plan.action === "fail") {
      report("failure", plan.reason);
      data2.gtmOnFailure();
    } else {
      report("skipped", plan.reason);
      data2.gtmOnSuccess();
    }
    return;
  }
  let finished = false;
  sendHttpRequest(
    plan.url,
    (statusCode) => {
      if (finished) return;
      finished = true;
      if (isSuccessStatus(statusCode)) {
        report("success", "sent", statusCode);
        data2.gtmOnSuccess();
      } else {
        report(
          "failure",
          isNumber(statusCode) && statusCode > 0 ? "the adapter answered HTTP " + statusCode : "the request failed or timed out after " + config.timeoutMs + " ms",
          isNumber(statusCode) ? statusCode : void 0
        );
        data2.gtmOnFailure();
      }
    },
    plan.options,
    plan.body
  );
}

// template-src/tag/main.ts
runTag(data, gtmEnvironment);


___SERVER_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "get_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "cookieAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "cookieNames",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "_lr_env"
              },
              {
                "type": 1,
                "string": "_scid"
              },
              {
                "type": 1,
                "string": "_scclid"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "all"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "read_container_data",
        "versionId": "1"
      },
      "param": []
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "read_event_data",
        "versionId": "1"
      },
      "param": [
        {
          "key": "eventDataAccess",
          "value": {
            "type": 1,
            "string": "any"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "read_request",
        "versionId": "1"
      },
      "param": [
        {
          "key": "headerWhitelist",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "referer"
                  }
                ]
              }
            ]
          }
        },
        {
          "key": "headersAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "requestAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "headerAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "queryParameterAccess",
          "value": {
            "type": 1,
            "string": "any"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "send_http",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedUrls",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://capi.analytics.rlcdn.com/send-events/*"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: 'address-list-new-customer: user_data.address as a list: the first
    address; new_customer true → "new"'
  code: |-
    // user_data.address as a list: the first address; new_customer true → "new"
    mock('getAllEventData', {
      "event_name": "sign_up",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "new_customer": true,
      "user_data": {
        "address": [
          {
            "country": "DE",
            "region": "BE"
          },
          {
            "country": "FR"
          }
        ]
      }
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SIGN_UP",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "customer_status",
              "value": "new"
            },
            {
              "key": "country",
              "value": "DE"
            },
            {
              "key": "region",
              "value": "BE"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'config-id-invalid: an ATS Configuration ID with a space and "!": failure,
    nothing sent'
  code: |-
    // an ATS Configuration ID with a space and "!": failure, nothing sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "bad id!"
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'config-id-missing: no ATS Configuration ID: failure, nothing sent'
  code: |-
    // no ATS Configuration ID: failure, nothing sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({}));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'config-id-number: an ATS Configuration ID from a variable that resolved
    to a number: failure'
  code: |-
    // an ATS Configuration ID from a variable that resolved to a number: failure
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": 12345
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'consent-gcs-denied: x-ga-gcs G100 (ad_storage bit 0): nothing sent'
  code: |-
    // x-ga-gcs G100 (ad_storage bit 0): nothing sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "x-ga-gcs": "G100"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'consent-granted: x-ga-gcs G111 and ad_storage true: sent'
  code: |-
    // x-ga-gcs G111 and ad_storage true: sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "consent_state": {
        "ad_storage": true
      },
      "x-ga-gcs": "G111"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'consent-ignore: consent mode "ignore" sends even when denied'
  code: |-
    // consent mode "ignore" sends even when denied
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "consent_state": {
        "ad_storage": false
      },
      "x-ga-gcs": "G100"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "consentMode": "ignore"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'consent-state-denied: consent_state.ad_storage false: nothing sent, success'
  code: |-
    // consent_state.ad_storage false: nothing sent, success
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "consent_state": {
        "ad_storage": false,
        "analytics_storage": true
      }
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'custom-data-forms: table values for known keys are brought into the
    adapter form, or ignored with a warning'
  code: |-
    // table values for known keys are brought into the adapter form, or ignored with a warning
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "currency": "EUR",
      "value": 20,
      "items": [
        {
          "item_id": "A",
          "price": 20
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "customData": [
        {
          "key": "cart_total",
          "value": "25"
        },
        {
          "key": "currency",
          "value": "euro"
        },
        {
          "key": "contents",
          "value": "none"
        },
        {
          "key": "level",
          "value": "7"
        },
        {
          "key": "number_items",
          "value": "3"
        }
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "A"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "A",
                  "quantity": 1,
                  "item_price": 20
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "20.00"
              ]
            },
            {
              "key": "currency",
              "value": "EUR"
            },
            {
              "key": "number_items",
              "value": "3"
            },
            {
              "key": "cart_total",
              "value": "25.00"
            },
            {
              "key": "level",
              "value": 7
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'custom-data-table: table rows add a key, replace one in place, remove
    one, and skip a keyless row'
  code: |-
    // table rows add a key, replace one in place, remove one, and skip a keyless row
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "currency": "EUR",
      "value": 20,
      "items": [
        {
          "item_id": "A",
          "price": 20
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "customData": [
        {
          "key": "description",
          "value": "  Gift card "
        },
        {
          "key": "currency",
          "value": "CHF"
        },
        {
          "key": "cart_total",
          "value": ""
        },
        {
          "key": "",
          "value": "orphan"
        },
        {
          "key": "pickup_points",
          "value": [
            "north",
            "south"
          ]
        }
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "A"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "A",
                  "quantity": 1,
                  "item_price": 20
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "20.00"
              ]
            },
            {
              "key": "currency",
              "value": "CHF"
            },
            {
              "key": "number_items",
              "value": "1"
            },
            {
              "key": "description",
              "value": "Gift card"
            },
            {
              "key": "pickup_points",
              "value": [
                "north",
                "south"
              ]
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'delivery-dry-run: dry run: built and logged, not sent; success'
  code: |-
    // dry run: built and logged, not sent; success
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "dryRun": true
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'delivery-timeout-clamped: a timeout above 15000 is clamped'
  code: |-
    // a timeout above 15000 is clamped
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "timeoutMs": 99999
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":15000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'delivery-timeout-field: the timeout field becomes the request timeout'
  code: |-
    // the timeout field becomes the request timeout
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "timeoutMs": "2500"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":2500});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-bad-values: bad base64, bad JSON and JSON without an envelope
    are ignored with reasons'
  code: |-
    // bad base64, bad JSON and JSON without an envelope are ignored with reasons
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "not base64!",
        "eyJlbnZlbG9wZSI6IA==",
        "eyJ0aW1lc3RhbXAiOjE3NDQ4NzM1MDAwMDB9",
        "{broken json"
      ],
      "_scid": [
        "123e4567-e89b-12d3-a456-426614174000"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "custom_data": [
            {
              "key": "uuid_c1",
              "value": "123e4567-e89b-12d3-a456-426614174000"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-custom-cookie-not-permitted: a custom cookie name outside the
    permission: warning, sent without envelope'
  code: |-
    // a custom cookie name outside the permission: warning, sent without envelope
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "my_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ],
      "_scid": [
        "123e4567-e89b-12d3-a456-426614174000"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "envelopeCookieName": "my_env"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "custom_data": [
            {
              "key": "uuid_c1",
              "value": "123e4567-e89b-12d3-a456-426614174000"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-expired: an envelope older than the maximum age is ignored; no
    other identity → skipped'
  code: |-
    // an envelope older than the maximum age is ignored; no other identity → skipped
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDE0MTc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-from-value: envelope source "value": a raw envelope from a
    variable, no cookie read'
  code: |-
    // envelope source "value": a raw envelope from a variable, no cookie read
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "envelopeSource": "value",
      "envelopeValue": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-list-in-json: the stored JSON holds a list of envelopes: the
    first is used'
  code: |-
    // the stored JSON holds a list of envelopes: the first is used
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJlbnZlbG9wZSI6WyJlbnYtb25lIiwiZW52LXR3byJdLCJ0aW1lc3RhbXAiOjE3NDQ3ODcxMDAwMDB9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "env-one"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-max-age-0: maximum age 0 means no limit'
  code: |-
    // maximum age 0 means no limit
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3MTAzMTM1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "envelopeMaxAgeDays": "0"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-seconds-timestamp: a timestamp in seconds is read as seconds
    (not as an ancient millisecond value)'
  code: |-
    // a timestamp in seconds is read as seconds (not as an ancient millisecond value)
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJlbnZlbG9wZSI6IkFuTXRSMDd4bkVDN3J5YWhlenRhV2tVYnJydGRxTTJiMlh4dmFDc2RrU0ZpUU1TSktCQW53M3pSZlVOM2MiLCJ0aW1lc3RhbXAiOjE3NDQ3ODcxMDAsInZlcnNpb24iOiIxLjAifQ=="
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-several-cookies: several _lr_env cookies: the first valid one
    wins, the others are logged'
  code: |-
    // several _lr_env cookies: the first valid one wins, the others are logged
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDM4MzY3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoib2xkLWVudmVsb3BlIn0=",
        "eyJ0aW1lc3RhbXAiOjE3NDQ3ODcxMDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiZnJlc2gtZW52ZWxvcGUifQ==",
        "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "envelopeMaxAgeDays": "10"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "fresh-envelope"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-too-many-values: a list of 12 envelope values: only the first 10
    are considered'
  code: |-
    // a list of 12 envelope values: only the first 10 are considered
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "envelopeSource": "value",
      "envelopeValue": [
        "env-first",
        "x y",
        "x y",
        "x y",
        "x y",
        "x y",
        "x y",
        "x y",
        "x y",
        "x y",
        "x y",
        "x y"
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "env-first"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-url-safe-base64: URL-safe base64 without padding is decoded'
  code: |-
    // URL-safe base64 without padding is decoded
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJlbnZlbG9wZSI6Ilp6fj8-PnVybC1zYWZlIiwidGltZXN0YW1wIjoxNzQ0ODczNTAwMDAwfQ"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "Zz~?>>url-safe"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'envelope-value-list: envelope source "value" with a list: the first valid
    value is used'
  code: |-
    // envelope source "value" with a list: the first valid value is used
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "envelopeSource": "value",
      "envelopeValue": [
        "",
        "second-envelope",
        "third"
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "second-envelope"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'event-id-from-transaction: no event_id: transaction_id is the event ID'
  code: |-
    // no event_id: transaction_id is the event ID
    mock('getAllEventData', {
      "event_name": "purchase",
      "transaction_id": "T-1000",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "T-1000",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'event-id-generated-and-referer: no IDs: a generated event_id; no
    page_location: the Referer header'
  code: |-
    // no IDs: a generated event_id; no page_location: the Referer header
    mock('getAllEventData', {
      "event_name": "page_view"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {
      "referer": "https://ref.example/from"
    });
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 987654321);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "1744873500000.987654321",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://ref.example/from",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'event-no-source-url: no page_location and no Referer: event_source_url is
    omitted'
  code: |-
    // no page_location and no Referer: event_source_url is omitted
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": 42
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "42",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'identity-not-required: require identity off: sent without user_data'
  code: |-
    // require identity off: sent without user_data
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "requireIdentity": false
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item"
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'identity-required-skip: no envelope, _scid or click ID: skipped by default'
  code: |-
    // no envelope, _scid or click ID: skipped by default
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'logging-always-in-production: logging "always" logs outside preview too'
  code: |-
    // logging "always" logs outside preview too
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":false,"previewMode":false});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "logging": "always"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'logging-debug-in-production: logging "debug" outside preview: no log line'
  code: |-
    // logging "debug" outside preview: no log line
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":false,"previewMode":false});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'logging-never: logging "never": no log line even in preview'
  code: |-
    // logging "never": no log line even in preview
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "logging": "never"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'malformed-fields: field values of the wrong type fall back to the defaults'
  code: |-
    // field values of the wrong type fall back to the defaults
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "sendSnapIds": "yes",
      "timeoutMs": "soon",
      "envelopeMaxAgeDays": -3,
      "consentMode": "maybe",
      "logging": 42,
      "eventTypeMode": null,
      "customData": "not a table",
      "eventTypeOverrides": {
        "a": 1
      }
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'malformed-items: junk entries in items are skipped; numeric strings are
    numbers'
  code: |-
    // junk entries in items are skipped; numeric strings are numbers
    mock('getAllEventData', {
      "event_name": "add_to_cart",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "items": [
        null,
        1,
        "x",
        [],
        {
          "item_name": "no id"
        },
        {
          "item_id": 7,
          "price": "12.5",
          "quantity": "3"
        },
        {
          "item_id": "  ",
          "price": 1
        },
        {
          "item_id": "B",
          "price": "abc",
          "quantity": -2,
          "item_brand": 5
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "ADD_CART",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "7",
                "B"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "7",
                  "quantity": 3,
                  "item_price": 12.5
                },
                {
                  "id": "B",
                  "quantity": 1
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "12.50"
              ]
            },
            {
              "key": "number_items",
              "value": "4"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'malformed-nan-ish: NaN-ish and odd numbers: "NaN", "Infinity", "1e3", "",
    1e300 and 5e-324 are left out'
  code: |-
    // NaN-ish and odd numbers: "NaN", "Infinity", "1e3", "", 1e300 and 5e-324 are left out
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "value": "NaN",
      "currency": "EURO",
      "predicted_ltv": "Infinity",
      "level": "",
      "items": [
        {
          "item_id": "N",
          "price": "1e3",
          "quantity": "NaN"
        },
        {
          "item_id": "M",
          "price": 1e+300,
          "quantity": 0.5
        },
        {
          "item_id": "T",
          "quantity": 5e-324
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "N",
                "M",
                "T"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "N",
                  "quantity": 1
                },
                {
                  "id": "M",
                  "quantity": 0.5,
                  "item_price": 1e+300
                },
                {
                  "id": "T",
                  "quantity": 1
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "number_items",
              "value": "2.5"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'malformed-numeric-strings: numbers given as strings are accepted'
  code: |-
    // numbers given as strings are accepted
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "value": " 99.98 ",
      "currency": " gbp ",
      "predicted_ltv": "420.5",
      "level": "3",
      "items": [
        {
          "item_id": "S",
          "price": "49.99",
          "quantity": "2"
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "S"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "S",
                  "quantity": 2,
                  "item_price": 49.99
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "49.99"
              ]
            },
            {
              "key": "currency",
              "value": "GBP"
            },
            {
              "key": "number_items",
              "value": "2"
            },
            {
              "key": "cart_total",
              "value": "99.98"
            },
            {
              "key": "level",
              "value": 3
            },
            {
              "key": "predicted_ltv",
              "value": 420.5
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'malformed-unicode: unicode passes through untouched'
  code: |-
    // unicode passes through untouched
    mock('getAllEventData', {
      "event_name": "search",
      "event_id": "e-1",
      "page_location": "https://例え.jp/検索?q=靴",
      "search_term": "größe 43 👟 — «ok»",
      "items": [
        {
          "item_id": "ü-1",
          "item_category": "Schuhe & Stiefel – 👟",
          "item_brand": "Ünïcødé"
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SEARCH",
          "event_time": 1744873500,
          "event_source_url": "https://例え.jp/検索?q=靴",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "ü-1"
              ]
            },
            {
              "key": "item_category",
              "value": "Schuhe & Stiefel – 👟"
            },
            {
              "key": "brands",
              "value": [
                "Ünïcødé"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "ü-1",
                  "quantity": 1
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "number_items",
              "value": "1"
            },
            {
              "key": "search_string",
              "value": "größe 43 👟 — «ok»"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'malformed-wrong-types: wrong types everywhere are left out, never thrown on'
  code: |-
    // wrong types everywhere are left out, never thrown on
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": {
        "nested": true
      },
      "transaction_id": [
        "T"
      ],
      "page_location": 42,
      "items": "not-a-list",
      "value": {
        "amount": 5
      },
      "currency": 978,
      "search_term": [],
      "method": null,
      "level": true,
      "predicted_ltv": "lots",
      "new_customer": "maybe",
      "user_data": "x",
      "consent_state": "granted",
      "x-ga-gcs": 7
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "1744873500000.123456789",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-add_payment_info: add_payment_info → ADD_BILLING; payment_type is not
    a Snap key'
  code: |-
    // add_payment_info → ADD_BILLING; payment_type is not a Snap key
    mock('getAllEventData', {
      "event_name": "add_payment_info",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "payment_type": "card",
      "currency": "GBP",
      "value": 10
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "ADD_BILLING",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "price",
              "value": [
                "10.00"
              ]
            },
            {
              "key": "currency",
              "value": "GBP"
            },
            {
              "key": "cart_total",
              "value": "10.00"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-add_to_cart: add_to_cart → ADD_CART; quantity 2, price as a string'
  code: |-
    // add_to_cart → ADD_CART; quantity 2, price as a string
    mock('getAllEventData', {
      "event_name": "add_to_cart",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "currency": "EUR",
      "value": "9.00",
      "items": [
        {
          "item_id": "SKU-2",
          "item_name": "Socks",
          "item_brand": "Woolly",
          "item_category": "accessories",
          "price": "4.5",
          "quantity": 2
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "ADD_CART",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "SKU-2"
              ]
            },
            {
              "key": "item_category",
              "value": "accessories"
            },
            {
              "key": "brands",
              "value": [
                "Woolly"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "SKU-2",
                  "quantity": 2,
                  "item_price": 4.5
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "4.50"
              ]
            },
            {
              "key": "currency",
              "value": "EUR"
            },
            {
              "key": "number_items",
              "value": "2"
            },
            {
              "key": "cart_total",
              "value": "9.00"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-add_to_wishlist: add_to_wishlist → ADD_TO_WISHLIST; an item without
    brand or category'
  code: |-
    // add_to_wishlist → ADD_TO_WISHLIST; an item without brand or category
    mock('getAllEventData', {
      "event_name": "add_to_wishlist",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "items": [
        {
          "item_id": "SKU-9",
          "price": 120
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "ADD_TO_WISHLIST",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "SKU-9"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "SKU-9",
                  "quantity": 1,
                  "item_price": 120
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "120.00"
              ]
            },
            {
              "key": "number_items",
              "value": "1"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-begin_checkout: begin_checkout → START_CHECKOUT'
  code: |-
    // begin_checkout → START_CHECKOUT
    mock('getAllEventData', {
      "event_name": "begin_checkout",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "currency": "EUR",
      "value": 64.4,
      "items": [
        {
          "item_id": "SKU-1",
          "item_name": "Trail shoe",
          "item_brand": "Acme",
          "item_category": "shoes",
          "price": 59.9,
          "quantity": 1
        },
        {
          "item_id": "SKU-2",
          "item_name": "Socks",
          "item_brand": "Woolly",
          "item_category": "accessories",
          "price": "4.5",
          "quantity": 1
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "START_CHECKOUT",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "SKU-1",
                "SKU-2"
              ]
            },
            {
              "key": "item_category",
              "value": [
                "shoes",
                "accessories"
              ]
            },
            {
              "key": "brands",
              "value": [
                "Acme",
                "Woolly"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "SKU-1",
                  "quantity": 1,
                  "item_price": 59.9
                },
                {
                  "id": "SKU-2",
                  "quantity": 1,
                  "item_price": 4.5
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "59.90",
                "4.50"
              ]
            },
            {
              "key": "currency",
              "value": "EUR"
            },
            {
              "key": "number_items",
              "value": "2"
            },
            {
              "key": "cart_total",
              "value": "64.40"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-generate_lead: generate_lead → SIGN_UP with a lead value'
  code: |-
    // generate_lead → SIGN_UP with a lead value
    mock('getAllEventData', {
      "event_name": "generate_lead",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "currency": "EUR",
      "value": 25
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SIGN_UP",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "price",
              "value": [
                "25.00"
              ]
            },
            {
              "key": "currency",
              "value": "EUR"
            },
            {
              "key": "cart_total",
              "value": "25.00"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-level_end: level_end → LEVEL_COMPLETE with a numeric level'
  code: |-
    // level_end → LEVEL_COMPLETE with a numeric level
    mock('getAllEventData', {
      "event_name": "level_end",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "level": 5,
      "level_name": "Cave",
      "success": true
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "LEVEL_COMPLETE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "level",
              "value": 5
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-login: login → LOGIN; the method is sent as sign_up_method'
  code: |-
    // login → LOGIN; the method is sent as sign_up_method
    mock('getAllEventData', {
      "event_name": "login",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "method": "Google"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "LOGIN",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "sign_up_method",
              "value": "Google"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-page_view: page_view → PAGE_VIEW with only the envelope'
  code: |-
    // page_view → PAGE_VIEW with only the envelope
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "page_title": "Some item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-purchase: purchase → PURCHASE; event_id wins over transaction_id'
  code: |-
    // purchase → PURCHASE; event_id wins over transaction_id
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "transaction_id": "T-77",
      "currency": "usd",
      "value": 119.8,
      "items": [
        {
          "item_id": "SKU-1",
          "item_name": "Trail shoe",
          "item_brand": "Acme",
          "item_category": "shoes",
          "price": 59.9,
          "quantity": 2
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "SKU-1"
              ]
            },
            {
              "key": "item_category",
              "value": "shoes"
            },
            {
              "key": "brands",
              "value": [
                "Acme"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "SKU-1",
                  "quantity": 2,
                  "item_price": 59.9
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "59.90"
              ]
            },
            {
              "key": "currency",
              "value": "USD"
            },
            {
              "key": "number_items",
              "value": "2"
            },
            {
              "key": "cart_total",
              "value": "119.80"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-search: search → SEARCH with search_term'
  code: |-
    // search → SEARCH with search_term
    mock('getAllEventData', {
      "event_name": "search",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "search_term": "trail shoes"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SEARCH",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "search_string",
              "value": "trail shoes"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-select_promotion: select_promotion → AD_CLICK'
  code: |-
    // select_promotion → AD_CLICK
    mock('getAllEventData', {
      "event_name": "select_promotion",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "promotion_id": "P1"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "AD_CLICK",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-share: share → SHARE'
  code: |-
    // share → SHARE
    mock('getAllEventData', {
      "event_name": "share",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "method": "Twitter",
      "content_type": "article"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SHARE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "sign_up_method",
              "value": "Twitter"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-sign_up: sign_up → SIGN_UP with method'
  code: |-
    // sign_up → SIGN_UP with method
    mock('getAllEventData', {
      "event_name": "sign_up",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "method": "email"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SIGN_UP",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "sign_up_method",
              "value": "email"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-spend_virtual_currency: spend_virtual_currency → SPENT_CREDITS; value
    without currency'
  code: |-
    // spend_virtual_currency → SPENT_CREDITS; value without currency
    mock('getAllEventData', {
      "event_name": "spend_virtual_currency",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "value": 100,
      "virtual_currency_name": "Gems"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SPENT_CREDITS",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "price",
              "value": [
                "100.00"
              ]
            },
            {
              "key": "cart_total",
              "value": "100.00"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-start_trial: start_trial → START_TRIAL with predicted_ltv'
  code: |-
    // start_trial → START_TRIAL with predicted_ltv
    mock('getAllEventData', {
      "event_name": "start_trial",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "value": 0,
      "currency": "USD",
      "predicted_ltv": 99.5
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "START_TRIAL",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "price",
              "value": [
                "0.00"
              ]
            },
            {
              "key": "currency",
              "value": "USD"
            },
            {
              "key": "cart_total",
              "value": "0.00"
            },
            {
              "key": "predicted_ltv",
              "value": 99.5
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-subscribe: subscribe → SUBSCRIBE; customer_lifetime_value stands in
    for predicted_ltv'
  code: |-
    // subscribe → SUBSCRIBE; customer_lifetime_value stands in for predicted_ltv
    mock('getAllEventData', {
      "event_name": "subscribe",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "value": "12.99",
      "currency": "eur",
      "customer_lifetime_value": "240"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SUBSCRIBE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "price",
              "value": [
                "12.99"
              ]
            },
            {
              "key": "currency",
              "value": "EUR"
            },
            {
              "key": "cart_total",
              "value": "12.99"
            },
            {
              "key": "predicted_ltv",
              "value": 240
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-tutorial_complete: tutorial_complete → COMPLETE_TUTORIAL'
  code: |-
    // tutorial_complete → COMPLETE_TUTORIAL
    mock('getAllEventData', {
      "event_name": "tutorial_complete",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "COMPLETE_TUTORIAL",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-unlock_achievement: unlock_achievement → ACHIEVEMENT_UNLOCKED'
  code: |-
    // unlock_achievement → ACHIEVEMENT_UNLOCKED
    mock('getAllEventData', {
      "event_name": "unlock_achievement",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "achievement_id": "A_1"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "ACHIEVEMENT_UNLOCKED",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-view_item: view_item → VIEW_CONTENT with one item, currency and value'
  code: |-
    // view_item → VIEW_CONTENT with one item, currency and value
    mock('getAllEventData', {
      "event_name": "view_item",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "currency": "usd",
      "value": 59.9,
      "items": [
        {
          "item_id": "SKU-1",
          "item_name": "Trail shoe",
          "item_brand": "Acme",
          "item_category": "shoes",
          "price": 59.9,
          "quantity": 1
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "VIEW_CONTENT",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "SKU-1"
              ]
            },
            {
              "key": "item_category",
              "value": "shoes"
            },
            {
              "key": "brands",
              "value": [
                "Acme"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "SKU-1",
                  "quantity": 1,
                  "item_price": 59.9
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "59.90"
              ]
            },
            {
              "key": "currency",
              "value": "USD"
            },
            {
              "key": "number_items",
              "value": "1"
            },
            {
              "key": "cart_total",
              "value": "59.90"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-view_item_list: view_item_list → LIST_VIEW with two items:
    item_category becomes a list'
  code: |-
    // view_item_list → LIST_VIEW with two items: item_category becomes a list
    mock('getAllEventData', {
      "event_name": "view_item_list",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "item_list_name": "Summer",
      "items": [
        {
          "item_id": "SKU-1",
          "item_name": "Trail shoe",
          "item_brand": "Acme",
          "item_category": "shoes",
          "price": 59.9,
          "quantity": 1
        },
        {
          "item_id": "SKU-2",
          "item_name": "Socks",
          "item_brand": "Woolly",
          "item_category": "accessories",
          "price": "4.5",
          "quantity": 3
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "LIST_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "SKU-1",
                "SKU-2"
              ]
            },
            {
              "key": "item_category",
              "value": [
                "shoes",
                "accessories"
              ]
            },
            {
              "key": "brands",
              "value": [
                "Acme",
                "Woolly"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "SKU-1",
                  "quantity": 1,
                  "item_price": 59.9
                },
                {
                  "id": "SKU-2",
                  "quantity": 3,
                  "item_price": 4.5
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "59.90",
                "4.50"
              ]
            },
            {
              "key": "number_items",
              "value": "4"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-view_promotion: view_promotion → AD_VIEW with promotion items'
  code: |-
    // view_promotion → AD_VIEW with promotion items
    mock('getAllEventData', {
      "event_name": "view_promotion",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "promotion_id": "P1",
      "items": [
        {
          "item_id": "SKU-1",
          "promotion_name": "Summer"
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "AD_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "SKU-1"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "SKU-1",
                  "quantity": 1
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "number_items",
              "value": "1"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'map-view_search_results: view_search_results → SEARCH'
  code: |-
    // view_search_results → SEARCH
    mock('getAllEventData', {
      "event_name": "view_search_results",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "search_term": "socks"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SEARCH",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "search_string",
              "value": "socks"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'overrides-id-url-tag: event ID, source URL and event tag overrides win'
  code: |-
    // event ID, source URL and event tag overrides win
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "eventIdOverride": "my-id-1",
      "eventSourceUrlOverride": "https://override.example/x",
      "eventTag": "spring-sale"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "my-id-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://override.example/x",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "event_tag",
              "value": "spring-sale"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'privacy-ldu: Limited Data Use adds data_use ["lmu"]'
  code: |-
    // Limited Data Use adds data_use ["lmu"]
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "limitedDataUse": true
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "data_use",
              "value": [
                "lmu"
              ]
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'response-204: any 2xx is a success'
  code: |-
    // any 2xx is a success
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(204);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'response-400: HTTP 400 → gtmOnFailure'
  code: |-
    // HTTP 400 → gtmOnFailure
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(400);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'response-503: HTTP 503 → gtmOnFailure (no retry)'
  code: |-
    // HTTP 503 → gtmOnFailure (no retry)
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(503);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'response-failed: a network failure → gtmOnFailure'
  code: |-
    // a network failure → gtmOnFailure
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(0);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'response-timed-out: no answer within the timeout → gtmOnFailure'
  code: |-
    // no answer within the timeout → gtmOnFailure
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(0);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "timeoutMs": "100"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":100});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: "seed-1-purchase: LiveRamp's purchase example, as close as the tag's value
    forms allow"
  code: |-
    // LiveRamp's purchase example, as close as the tag's value forms allow
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": "evt_001",
      "transaction_id": "T-1001",
      "page_location": "https://www.example-store.com/checkout/confirmation",
      "currency": "usd",
      "value": 139.49,
      "items": [
        {
          "item_id": "sku_123",
          "item_name": "Black running shoes",
          "item_brand": "Nike",
          "item_category": "shoes",
          "price": 89.99,
          "quantity": 1,
          "delivery_category": "standard"
        },
        {
          "item_id": "sku_456",
          "item_name": "Running socks",
          "item_brand": "Adidas",
          "item_category": "running",
          "price": 49.5,
          "quantity": 1,
          "delivery_category": "express"
        }
      ],
      "search_term": "black running shoes",
      "method": "email",
      "level": 3,
      "new_customer": false,
      "predicted_ltv": 420.5,
      "user_data": {
        "address": {
          "country": "NL",
          "region": "NH"
        }
      }
    });
    mockRequest({
      "_lr_env": [
        "partner_12345"
      ],
      "_scid": [
        "123e4567-e89b-12d3-a456-426614174000"
      ],
      "_scclid": [
        "fbclid_abc123"
      ]
    }, {});
    mock('getTimestampMillis', 1754906400000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "eventTag": "promo_summer_2025",
      "limitedDataUse": true,
      "customData": [
        {
          "key": "description",
          "value": "Black running shoes size 43"
        },
        {
          "key": "device_model",
          "value": "iPhone 15 Pro"
        },
        {
          "key": "os_version",
          "value": "iOS 17.5"
        },
        {
          "key": "delivery_method",
          "value": "delivery"
        }
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "evt_001",
          "event_type": "PURCHASE",
          "event_time": 1754906400,
          "event_source_url": "https://www.example-store.com/checkout/confirmation",
          "user_data": {
            "partner_id": "partner_12345"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "sku_123",
                "sku_456"
              ]
            },
            {
              "key": "item_category",
              "value": [
                "shoes",
                "running"
              ]
            },
            {
              "key": "brands",
              "value": [
                "Nike",
                "Adidas"
              ]
            },
            {
              "key": "contents",
              "value": [
                {
                  "id": "sku_123",
                  "quantity": 1,
                  "item_price": 89.99,
                  "delivery_category": "standard"
                },
                {
                  "id": "sku_456",
                  "quantity": 1,
                  "item_price": 49.5,
                  "delivery_category": "express"
                }
              ]
            },
            {
              "key": "content_type",
              "value": "product"
            },
            {
              "key": "price",
              "value": [
                "89.99",
                "49.50"
              ]
            },
            {
              "key": "currency",
              "value": "USD"
            },
            {
              "key": "number_items",
              "value": "2"
            },
            {
              "key": "cart_total",
              "value": "139.49"
            },
            {
              "key": "search_string",
              "value": "black running shoes"
            },
            {
              "key": "sign_up_method",
              "value": "email"
            },
            {
              "key": "level",
              "value": 3
            },
            {
              "key": "predicted_ltv",
              "value": 420.5
            },
            {
              "key": "customer_status",
              "value": "returning"
            },
            {
              "key": "country",
              "value": "NL"
            },
            {
              "key": "region",
              "value": "NH"
            },
            {
              "key": "event_tag",
              "value": "promo_summer_2025"
            },
            {
              "key": "data_use",
              "value": [
                "lmu"
              ]
            },
            {
              "key": "uuid_c1",
              "value": "123e4567-e89b-12d3-a456-426614174000"
            },
            {
              "key": "click_id",
              "value": "fbclid_abc123"
            },
            {
              "key": "description",
              "value": "Black running shoes size 43"
            },
            {
              "key": "device_model",
              "value": "iPhone 15 Pro"
            },
            {
              "key": "os_version",
              "value": "iOS 17.5"
            },
            {
              "key": "delivery_method",
              "value": "delivery"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: "seed-2-add-cart: LiveRamp's add-to-cart example: contents and
    content_type removed with the custom data table"
  code: |-
    // LiveRamp's add-to-cart example: contents and content_type removed with the custom data table
    mock('getAllEventData', {
      "event_name": "add_to_cart",
      "event_id": "456f",
      "page_location": "https://www.example-shop.com/product/some-item",
      "currency": "EUR",
      "items": [
        {
          "item_id": "SKU789",
          "item_category": "electronics",
          "price": 49.99,
          "quantity": 1
        },
        {
          "item_id": "SKU901",
          "item_category": "electronics",
          "price": 29.99,
          "quantity": 1
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3ODcxMDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "customData": [
        {
          "key": "contents",
          "value": ""
        },
        {
          "key": "content_type",
          "value": ""
        }
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "456f",
          "event_type": "ADD_CART",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "SKU789",
                "SKU901"
              ]
            },
            {
              "key": "item_category",
              "value": "electronics"
            },
            {
              "key": "price",
              "value": [
                "49.99",
                "29.99"
              ]
            },
            {
              "key": "currency",
              "value": "EUR"
            },
            {
              "key": "number_items",
              "value": "2"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: "seed-3-page-view: LiveRamp's page-view example, byte for byte"
  code: |-
    // LiveRamp's page-view example, byte for byte
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "6421",
      "page_location": "https://www.example-electronics-store.com/laptops"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5OTAyMDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "6421",
          "event_type": "PAGE_VIEW",
          "event_time": 1744990200,
          "event_source_url": "https://www.example-electronics-store.com/laptops",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: "seed-4-start-checkout: LiveRamp's checkout example, byte for byte
    (contents and content_type removed)"
  code: |-
    // LiveRamp's checkout example, byte for byte (contents and content_type removed)
    mock('getAllEventData', {
      "event_name": "begin_checkout",
      "event_id": "1234",
      "page_location": "https://www.example-electronics-store.com/checkout",
      "currency": "EUR",
      "value": 1324.5,
      "items": [
        {
          "item_id": "LAPTOP_PRO_X1",
          "price": 1299,
          "quantity": 1
        },
        {
          "item_id": "WIRELESS_MOUSE_A2",
          "price": 25.5,
          "quantity": 1
        }
      ]
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MzA0MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744989600000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "customData": [
        {
          "key": "contents",
          "value": ""
        },
        {
          "key": "content_type",
          "value": ""
        }
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "1234",
          "event_type": "START_CHECKOUT",
          "event_time": 1744989600,
          "event_source_url": "https://www.example-electronics-store.com/checkout",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "item_ids",
              "value": [
                "LAPTOP_PRO_X1",
                "WIRELESS_MOUSE_A2"
              ]
            },
            {
              "key": "price",
              "value": [
                "1299.00",
                "25.50"
              ]
            },
            {
              "key": "currency",
              "value": "EUR"
            },
            {
              "key": "number_items",
              "value": "2"
            },
            {
              "key": "cart_total",
              "value": "1324.50"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'snapids-click-from-cookie: no ScCid in the URL: the click ID comes from
    the _scclid cookie'
  code: |-
    // no ScCid in the URL: the click ID comes from the _scclid cookie
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_scclid": [
        "cookie-click"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "custom_data": [
            {
              "key": "click_id",
              "value": "cookie-click"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'snapids-custom-data: _scid and the ScCid URL parameter (any case) go into
    custom_data'
  code: |-
    // _scid and the ScCid URL parameter (any case) go into custom_data
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item?utm_source=snap&sccid=click-123#top"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ],
      "_scid": [
        "123e4567-e89b-12d3-a456-426614174000"
      ],
      "_scclid": [
        "cookie-click"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item?utm_source=snap&sccid=click-123#top",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          },
          "custom_data": [
            {
              "key": "uuid_c1",
              "value": "123e4567-e89b-12d3-a456-426614174000"
            },
            {
              "key": "click_id",
              "value": "click-123"
            }
          ]
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'snapids-off-no-identity: sendSnapIds off and no envelope: _scid does not
    count as identity'
  code: |-
    // sendSnapIds off and no envelope: _scid does not count as identity
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_scid": [
        "123e4567-e89b-12d3-a456-426614174000"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "sendSnapIds": false
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'snapids-off: sendSnapIds off: _scid and the click ID are neither read nor
    sent'
  code: |-
    // sendSnapIds off: _scid and the click ID are neither read nor sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item?ScCid=abc"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ],
      "_scid": [
        "123e4567-e89b-12d3-a456-426614174000"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "sendSnapIds": false
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item?ScCid=abc",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'snapids-user-data: placement user_data: sc_cookie1 and sc_click_id next
    to partner_id'
  code: |-
    // placement user_data: sc_cookie1 and sc_click_id next to partner_id
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item?ScCid=click%2F9"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ],
      "_scid": [
        "123e4567-e89b-12d3-a456-426614174000"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "snapIdPlacement": "user_data"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item?ScCid=click%2F9",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
            "sc_cookie1": "123e4567-e89b-12d3-a456-426614174000",
            "sc_click_id": "click/9"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'type-fixed: fixed mode sends every event as the chosen type, whatever its
    name'
  code: |-
    // fixed mode sends every event as the chosen type, whatever its name
    mock('getAllEventData', {
      "event_name": "anything_at_all",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "eventTypeMode": "fixed",
      "fixedEventType": "SIGN_UP"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SIGN_UP",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'type-no-event-name: an event without event_name is unmapped'
  code: |-
    // an event without event_name is unmapped
    mock('getAllEventData', {
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'type-override-beats-built-in: an override wins over the built-in map'
  code: |-
    // an override wins over the built-in map
    mock('getAllEventData', {
      "event_name": "purchase",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "eventTypeOverrides": [
        {
          "ga4Event": "purchase",
          "snapEvent": "CUSTOM_EVENT_3"
        }
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "CUSTOM_EVENT_3",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'type-override: an override row matches the GA4 name trimmed and
    case-insensitively'
  code: |-
    // an override row matches the GA4 name trimmed and case-insensitively
    mock('getAllEventData', {
      "event_name": "Request_Quote",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "eventTypeOverrides": [
        {
          "ga4Event": " request_quote ",
          "snapEvent": "CUSTOM_EVENT_2"
        }
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "CUSTOM_EVENT_2",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'type-snap-name-kept: a GA4 name that already is a Snap event type is kept'
  code: |-
    // a GA4 name that already is a Snap event type is kept
    mock('getAllEventData', {
      "event_name": " Save ",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "SAVE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'type-unmapped-custom: unmapped events can be sent as CUSTOM_EVENT_n'
  code: |-
    // unmapped events can be sent as CUSTOM_EVENT_n
    mock('getAllEventData', {
      "event_name": "scroll",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "unmappedEvents": "CUSTOM_EVENT_4"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": [
            "snapchat"
          ],
          "event_id": "e-1",
          "event_type": "CUSTOM_EVENT_4",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {
            "partner_id": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
          }
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'type-unmapped-skip: an unmapped event is skipped by default: success,
    nothing sent'
  code: |-
    // an unmapped event is skipped by default: success, nothing sent
    mock('getAllEventData', {
      "event_name": "scroll",
      "event_id": "e-1",
      "page_location": "https://www.example-shop.com/product/some-item",
      "percent_scrolled": 90
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123"
    }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
setup: |-
  const JSON = require('JSON');

  // The field values a new tag gets; each scenario changes some of them.
  const defaults = {
    "eventTypeMode": "auto",
    "fixedEventType": "PURCHASE",
    "unmappedEvents": "skip",
    "envelopeSource": "cookie",
    "envelopeCookieName": "_lr_env",
    "envelopeMaxAgeDays": "30",
    "requireIdentity": true,
    "sendSnapIds": true,
    "snapIdPlacement": "custom_data",
    "consentMode": "respect",
    "limitedDataUse": false,
    "timeoutMs": "5000",
    "dryRun": false,
    "logging": "debug"
  };
  function fieldsWith(changes) {
    const fields = {};
    for (const key in defaults) fields[key] = defaults[key];
    for (const key in changes) fields[key] = changes[key];
    return fields;
  }

  // Cookies as getCookieValues returns them (decoded lists); lower-case header names.
  function mockRequest(cookies, headers) {
    mock('getCookieValues', function (name) {
      return cookies.hasOwnProperty(name) ? cookies[name] : [];
    });
    mock('getRequestHeader', function (name) {
      return headers.hasOwnProperty(name) ? headers[name] : undefined;
    });
  }

  // The adapter answers `status` (0: the request failed or timed out); `sent` records the request.
  let sent;
  function mockAdapter(status) {
    mock('sendHttpRequest', function (url, callback, options, body) {
      sent = { url: url, options: options, body: body };
      callback(status, {}, status === 0 ? '' : '{"status":"ok"}');
    });
  }


___NOTES___

Generated by `npm run build` from the TypeScript sources in template-src/ (snapchat-capi-ats). Edit the sources and rebuild rather than this file; see docs/tag.md for every field and rule.



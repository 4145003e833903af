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
  "description": "Sends GA4 events to Snapchat\u0027s Conversions API through LiveRamp\u0027s ATS CAPI adapter, with the ATS identity envelope (_lr_env), the _scid cookie and the Snap click ID. Maps GA4 ecommerce events to Snap event types, respects ad_storage consent, and refreshes stale ATS envelopes server-side (writing _lr_env back in ATS format), never without consent or under GPC/DNT.",
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
        "defaultValue": "",
        "valueHint": "a1b2c3d4-e5f6-7890",
        "alwaysInSummary": true
      },
      {
        "type": "TEXT",
        "name": "pixelId",
        "displayName": "Snap Pixel ID (optional)",
        "simpleValueType": true,
        "help": "Shown in the log lines so you can match events in Snap Events Manager. Not sent: the adapter routes events by the ATS configuration. Example: \u003ccode\u003e12345678-abcd-4ef0-9876-0123456789ab\u003c/code\u003e.",
        "defaultValue": "",
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
        "defaultValue": [],
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
                "defaultValue": "",
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
    "name": "envelopeRefreshGroup",
    "displayName": "ATS envelope refresh",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "refreshEnvelope",
        "checkboxText": "Refresh ATS envelopes server-side",
        "simpleValueType": true,
        "help": "When the envelope is older than the interval below (or has no timestamp), the tag asks LiveRamp for a fresh one before sending, sends it as \u003cb\u003epartner_id\u003c/b\u003e and writes it back to the envelope cookie in ATS.js format. A 204 answer means the envelope expired: the event is sent without it and the cookie is removed. Any other answer, a timeout or a failure keeps the old envelope. Never when ad_storage is denied, the request carries \u003ccode\u003eSec-GPC: 1\u003c/code\u003e or \u003ccode\u003eDNT: 1\u003c/code\u003e, or in dry run. At most one call per envelope per interval, however many tags fire. Example: leave ticked.",
        "defaultValue": true
      },
      {
        "type": "TEXT",
        "name": "placementId",
        "displayName": "Placement ID",
        "simpleValueType": true,
        "help": "The \u003ccode\u003epid\u003c/code\u003e of the refresh call. Leave empty to use the ATS Configuration ID. Example: \u003ccode\u003e13332\u003c/code\u003e.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^([A-Za-z0-9][A-Za-z0-9_-]{0,127})?$"
            ],
            "errorMessage": "Letters, digits, \"-\" and \"_\" only (up to 128 characters), or empty."
          }
        ],
        "enablingConditions": [
          {
            "paramName": "refreshEnvelope",
            "paramValue": true,
            "type": "EQUALS"
          }
        ],
        "defaultValue": "",
        "valueHint": "empty \u003d the ATS Configuration ID"
      },
      {
        "type": "TEXT",
        "name": "refreshAfterMinutes",
        "displayName": "Refresh after (minutes)",
        "simpleValueType": true,
        "help": "Refresh an envelope whose timestamp is at least this old; LiveRamp asks for a refresh every 30 minutes of activity. From 1 to 43200 (values outside are clamped). Example: \u003ccode\u003e30\u003c/code\u003e.",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER",
            "errorMessage": "Enter a number of minutes, e.g. 30."
          }
        ],
        "enablingConditions": [
          {
            "paramName": "refreshEnvelope",
            "paramValue": true,
            "type": "EQUALS"
          }
        ],
        "defaultValue": "30",
        "valueHint": "30"
      },
      {
        "type": "SELECT",
        "name": "refreshConsentType",
        "displayName": "Consent sent with the refresh call",
        "selectItems": [
          {
            "value": "none",
            "displayValue": "None"
          },
          {
            "value": "tcf",
            "displayValue": "TCF v2 (ct\u003d4)"
          },
          {
            "value": "ccpa",
            "displayValue": "CCPA / US privacy string (ct\u003d3)"
          },
          {
            "value": "gpp",
            "displayValue": "GPP (gpp, gpp_sid)"
          }
        ],
        "simpleValueType": true,
        "help": "The consent LiveRamp gets with the call: TCF v2 sends \u003ccode\u003ect\u003d4\u0026amp;cv\u003d\u003c/code\u003e, CCPA \u003ccode\u003ect\u003d3\u0026amp;cv\u003d\u003c/code\u003e with the string below; GPP sends \u003ccode\u003egpp\u003c/code\u003e and \u003ccode\u003egpp_sid\u003c/code\u003e. With a type chosen but its value empty, the tag does not refresh. Example: \u003cb\u003eTCF v2\u003c/b\u003e for EU traffic.",
        "defaultValue": "none",
        "enablingConditions": [
          {
            "paramName": "refreshEnvelope",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "refreshConsentString",
        "displayName": "Consent string",
        "simpleValueType": true,
        "help": "The TCF v2 consent string or the US privacy string, usually from a variable. Example: \u003ccode\u003e{{Event Data - gdpr_consent}}\u003c/code\u003e or \u003ccode\u003e1YNN\u003c/code\u003e.",
        "enablingConditions": [
          {
            "paramName": "refreshConsentType",
            "paramValue": "tcf",
            "type": "EQUALS"
          },
          {
            "paramName": "refreshConsentType",
            "paramValue": "ccpa",
            "type": "EQUALS"
          }
        ],
        "defaultValue": "",
        "valueHint": "{{Event Data - gdpr_consent}}"
      },
      {
        "type": "TEXT",
        "name": "gppString",
        "displayName": "GPP string",
        "simpleValueType": true,
        "help": "The GPP consent string. Example: \u003ccode\u003e{{Event Data - gpp}}\u003c/code\u003e.",
        "enablingConditions": [
          {
            "paramName": "refreshConsentType",
            "paramValue": "gpp",
            "type": "EQUALS"
          }
        ],
        "defaultValue": "",
        "valueHint": "{{Event Data - gpp}}"
      },
      {
        "type": "TEXT",
        "name": "gppSid",
        "displayName": "GPP section IDs",
        "simpleValueType": true,
        "help": "The applicable GPP section IDs, comma-separated. Example: \u003ccode\u003e7\u003c/code\u003e (US National) or \u003ccode\u003e8\u003c/code\u003e (California).",
        "enablingConditions": [
          {
            "paramName": "refreshConsentType",
            "paramValue": "gpp",
            "type": "EQUALS"
          }
        ],
        "defaultValue": "",
        "valueHint": "7"
      },
      {
        "type": "TEXT",
        "name": "refreshTimeoutMs",
        "displayName": "Refresh timeout (ms)",
        "simpleValueType": true,
        "help": "How long to wait for LiveRamp before sending with the old envelope; from 100 to 5000 (values outside are clamped). The event is sent once whatever happens. Example: \u003ccode\u003e2000\u003c/code\u003e.",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER",
            "errorMessage": "Enter milliseconds, e.g. 2000."
          }
        ],
        "enablingConditions": [
          {
            "paramName": "refreshEnvelope",
            "paramValue": true,
            "type": "EQUALS"
          }
        ],
        "defaultValue": "2000",
        "valueHint": "2000"
      },
      {
        "type": "TEXT",
        "name": "cookieDomain",
        "displayName": "Cookie domain",
        "simpleValueType": true,
        "help": "Domain of the refreshed envelope cookie. \u003ccode\u003eauto\u003c/code\u003e lets the server choose the widest domain it may set. Example: \u003ccode\u003eauto\u003c/code\u003e or \u003ccode\u003eexample.com\u003c/code\u003e.",
        "enablingConditions": [
          {
            "paramName": "refreshEnvelope",
            "paramValue": true,
            "type": "EQUALS"
          }
        ],
        "defaultValue": "auto",
        "valueHint": "auto"
      },
      {
        "type": "TEXT",
        "name": "cookieLifetimeDays",
        "displayName": "Cookie lifetime (days)",
        "simpleValueType": true,
        "help": "Max-age of the refreshed envelope cookie, from 1 to 400 days. Example: \u003ccode\u003e30\u003c/code\u003e (an envelope lasts 30 days, 15 in California).",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER",
            "errorMessage": "Enter a number of days, e.g. 30."
          }
        ],
        "enablingConditions": [
          {
            "paramName": "refreshEnvelope",
            "paramValue": true,
            "type": "EQUALS"
          }
        ],
        "defaultValue": "30",
        "valueHint": "30"
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
        "defaultValue": "",
        "valueHint": "{{Event Data - event_id}}"
      },
      {
        "type": "TEXT",
        "name": "eventSourceUrlOverride",
        "displayName": "Event source URL",
        "simpleValueType": true,
        "help": "Default: \u003ccode\u003epage_location\u003c/code\u003e, else the request\u0027s Referer header. Example: \u003ccode\u003ehttps://www.example.com/checkout\u003c/code\u003e.",
        "defaultValue": "",
        "valueHint": "https://www.example.com/checkout"
      },
      {
        "type": "TEXT",
        "name": "eventTag",
        "displayName": "Event tag",
        "simpleValueType": true,
        "help": "Sent as \u003ccode\u003eevent_tag\u003c/code\u003e in custom_data. Example: \u003ccode\u003epromo_summer_2025\u003c/code\u003e.",
        "defaultValue": "",
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
        "defaultValue": [],
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
const getRemoteAddress = require('getRemoteAddress');
const getRequestHeader = require('getRequestHeader');
const getTimestampMillis = require('getTimestampMillis');
const getType = require('getType');
const logToConsole = require('logToConsole');
const makeNumber = require('makeNumber');
const makeString = require('makeString');
const parseUrl = require('parseUrl');
const queryPermission = require('queryPermission');
const sendHttpRequest = require('sendHttpRequest');
const setCookie = require('setCookie');
const sha256Sync = require('sha256Sync');
const templateDataStorage = require('templateDataStorage');
const toBase64 = require('toBase64');

// tag/declared-cookies.ts: The cookies this template's get_cookies permission lists.
var DECLARED_COOKIES = ["_lr_env", "_scid", "_scclid"];
function isDeclaredCookie(name) {
  return DECLARED_COOKIES.indexOf(name) >= 0;
}

// tag/snap-event-types.ts: Snap's web event vocabulary and the built-in GA4 → Snap map.
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

// tag/values.ts: Type guards over untrusted values.
function isString(v) {
  return typeof v === "string";
}
function isNumber(v) {
  return typeof v === "number";
}
function isBoolean(v) {
  return typeof v === "boolean";
}
function isArray(v) {
  return typeof v === "object" && v !== null && getType(v) === "array";
}
var knownObject = void 0;
function isObject(v) {
  if (typeof v !== "object" || v === null) return false;
  if (v === knownObject) return true;
  if (getType(v) !== "object") return false;
  knownObject = v;
  return true;
}
function isFiniteNumber(v) {
  return isNumber(v) && v - v === 0;
}
function prop(obj, key) {
  if (!isObject(obj)) return void 0;
  return obj[key];
}
function setValueOf(v) {
  return v === "" ? void 0 : v;
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

// tag/event-type.ts: GA4 event name → Snap event type: fixed mode, the user's overrides, the built-in map, names that
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

// tag/numbers.ts: Numbers from GA4 event data, which arrive as numbers or as numeric strings ("49.99"), and the
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

// tag/fields.ts: The tag's settings from `data`, normalised once.
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
    const snapEvent = asSnapEventType(prop(row, "snapEvent"));
    if (ga4Event.length > 0 && snapEvent !== void 0)
      out.push({ ga4Event: ga4Event, snapEvent: snapEvent });
  }
  return out;
}
function readConfig(data) {
  const fixed = data.fixedEventType;
  const cookieName = stringOf(data.envelopeCookieName);
  return {
    atsConfigId: setValueOf(data.atsConfigId),
    pixelId: textOf(data.pixelId),
    eventTypeMode: oneOf(data.eventTypeMode, ["auto", "fixed"], DEFAULTS.eventTypeMode),
    fixedEventType: isString(fixed) ? fixed : DEFAULTS.fixedEventType,
    overrides: overridesOf(data.eventTypeOverrides),
    unmappedEvents: oneOf(
      data.unmappedEvents,
      ["skip"].concat(CUSTOM_EVENT_TYPES),
      DEFAULTS.unmappedEvents
    ),
    envelopeSource: oneOf(data.envelopeSource, ["cookie", "value"], DEFAULTS.envelopeSource),
    envelopeCookieName: cookieName !== void 0 ? cookieName : DEFAULTS.envelopeCookieName,
    envelopeValue: setValueOf(data.envelopeValue),
    envelopeMaxAgeDays: maxAgeDaysOf(data.envelopeMaxAgeDays),
    sendSnapIds: flag(data.sendSnapIds, DEFAULTS.sendSnapIds),
    snapIdPlacement: oneOf(
      data.snapIdPlacement,
      ["custom_data", "user_data"],
      DEFAULTS.snapIdPlacement
    ),
    eventIdOverride: setValueOf(data.eventIdOverride),
    eventSourceUrlOverride: setValueOf(data.eventSourceUrlOverride),
    eventTag: textOf(data.eventTag),
    customData: objectsOf(data.customData),
    consentMode: oneOf(data.consentMode, ["respect", "ignore"], DEFAULTS.consentMode),
    limitedDataUse: flag(data.limitedDataUse, DEFAULTS.limitedDataUse),
    requireIdentity: flag(data.requireIdentity, DEFAULTS.requireIdentity),
    timeoutMs: timeoutOf(data.timeoutMs),
    dryRun: flag(data.dryRun, DEFAULTS.dryRun),
    logging: oneOf(data.logging, ["debug", "always", "never"], DEFAULTS.logging)
  };
}

// tag/consent.ts: Ad-storage consent as the GA4 client reports it.
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

// tag/currency.ts: ISO 4217 currency codes as the adapter expects them.
function currencyOf(v) {
  const t = stringOf(v);
  if (t === void 0) return void 0;
  const upper = t.toUpperCase();
  return upper.match("^[A-Z]{3}$") ? upper : void 0;
}

// tag/custom-data-forms.ts: The value form of each adapter custom_data key the tag knows (the same forms the request schema
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

// tag/custom-data.ts: The adapter's custom_data: a list of {key, value} in a fixed key order, only keys that have a value.
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
    const content = { id: id, quantity: quantity };
    const price = toNumber(prop(item, "price"));
    if (price !== void 0) content.item_price = price;
    const delivery = stringOf(prop(item, "delivery_category"));
    if (delivery !== void 0) content.delivery_category = delivery;
    summary.contents.push(content);
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
    const single = moneyOf(value);
    if (single !== void 0) put(list, "price", [single]);
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

// tag/envelope.ts: LiveRamp ATS envelopes from `_lr_env` cookie values (or a configured value).
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

// tag/event-fields.ts: The event's own identity: its ID (for Snap's deduplication against the Pixel's client_dedup_id),
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

// tag/request.ts: The adapter request: one event per tag firing, POSTed as JSON to LiveRamp's send-events endpoint
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

// tag/snap-ids.ts: Snap's own identifiers: the `_scid` cookie the Snap Pixel sets, and the click ID from the `ScCid`
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

// tag/core.ts: The tag's decision for one event, as a pure function of its settings and of what the environment
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

// tag/log.ts: Log lines: one JSON object per line, so server logs can be filtered and parsed.
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

// tag/random-range.ts: The range of generateRandom for generated event IDs: nine digits, so IDs have a constant length.
var RANDOM_MIN = 1e8;
var RANDOM_MAX = 999999999;

// tag/refresh/log-line.ts: The refresh's log line, in the tag's one-JSON-object-per-line format.
function refreshLine(eventName, result) {
  const text = JSON.stringify({
    source: LOG_SOURCE,
    event: eventName,
    refresh: result.action,
    from: result.source,
    cookie: result.cookie,
    reason: result.reason
  });
  return text !== void 0 ? text : '{"source":"' + LOG_SOURCE + '","refresh":"unloggable"}';
}

// tag/refresh/decision.ts: Whether this event should refresh its ATS envelope.
var MS_PER_MINUTE = 6e4;
function privacySignalOn(headerValue) {
  return typeof headerValue === "string" && headerValue.trim() === "1";
}
function minutes(ms) {
  return Math.floor(ms / MS_PER_MINUTE);
}
function refreshDecision(input) {
  if (!input.enabled) return { due: false, reason: "refresh disabled" };
  if (input.dryRun) return { due: false, reason: "dry run: no refresh call" };
  if (input.consentDenied) return { due: false, reason: "no refresh: ad_storage consent denied" };
  if (input.gpc) return { due: false, reason: "no refresh: the request carries Sec-GPC: 1" };
  if (input.dnt) return { due: false, reason: "no refresh: the request carries DNT: 1" };
  if (typeof input.envelope !== "string" || input.envelope === "") {
    return { due: false, reason: "no envelope to refresh" };
  }
  const after = minutes(input.refreshAfterMs);
  if (typeof input.timestampMs !== "number" || input.timestampMs !== input.timestampMs) {
    return { due: true, reason: "envelope has no timestamp" };
  }
  const ageMs = input.nowMs - input.timestampMs;
  if (ageMs < -input.refreshAfterMs) {
    return { due: true, reason: "envelope timestamp is in the future" };
  }
  if (ageMs >= input.refreshAfterMs) {
    return {
      due: true,
      reason: "envelope is " + minutes(ageMs) + " minutes old (refresh after " + after + ")"
    };
  }
  return {
    due: false,
    reason: "envelope is fresh: " + minutes(ageMs < 0 ? 0 : ageMs) + " minutes old (refresh after " + after + ")"
  };
}

// tag/refresh/cache.ts: The refresh cache in templateDataStorage, shared by every tag of this template on the server
var KEY_PREFIX = "lr_env_refresh_";
var PENDING_MARGIN_MS = 1e3;
function refreshCacheKey(placementId, envelope) {
  return KEY_PREFIX + sha256Sync(placementId + "\n" + envelope, { outputEncoding: "hex" });
}
function validOutcome(value) {
  if (getType(value) !== "object") return false;
  const outcome = value;
  if (typeof outcome.reason !== "string") return false;
  if (outcome.kind === "refreshed") return typeof outcome.envelope === "string";
  return outcome.kind === "expired" || outcome.kind === "kept";
}
function liveCacheEntry(value, nowMs) {
  if (getType(value) !== "object") return void 0;
  const entry = value;
  if (typeof entry.expiresAtMs !== "number" || entry.expiresAtMs <= nowMs) return void 0;
  if (entry.state === "pending") return entry;
  if (entry.state !== "done" || !validOutcome(entry.outcome)) return void 0;
  if (entry.outcome && entry.outcome.kind === "refreshed" && typeof entry.refreshedAtMs !== "number") {
    return void 0;
  }
  return entry;
}
function readRefreshCache(key, nowMs) {
  const stored = templateDataStorage.getItemCopy(key);
  if (stored === void 0 || stored === null) return void 0;
  const entry = liveCacheEntry(stored, nowMs);
  if (entry === void 0) templateDataStorage.removeItem(key);
  return entry;
}
function markRefreshPending(key, nowMs, timeoutMs) {
  const entry = {
    state: "pending",
    expiresAtMs: nowMs + timeoutMs + PENDING_MARGIN_MS
  };
  templateDataStorage.setItemCopy(key, entry);
}
function storeRefreshOutcome(key, outcome, nowMs, intervalMs) {
  const entry = {
    state: "done",
    outcome: outcome,
    expiresAtMs: nowMs + intervalMs
  };
  if (outcome.kind === "refreshed") entry.refreshedAtMs = nowMs;
  templateDataStorage.setItemCopy(key, entry);
  return entry;
}

// tag/refresh/cookie.ts: The `_lr_env` cookie as ATS.js writes it, so the browser-side library and Prebid's identityLink
var DEFAULT_COOKIE_VERSION = "1.0.0";
var SECONDS_PER_DAY = 86400;
function envelopeCookieValue(envelope, timestampMs, version) {
  const json = JSON.stringify({
    timestamp: timestampMs,
    version: version === void 0 || version === "" ? DEFAULT_COOKIE_VERSION : version,
    envelope: envelope
  });
  if (json === void 0) return void 0;
  return encodeUriComponent(toBase64(json));
}
function envelopeCookieOptions(domain, lifetimeDays) {
  return {
    domain: domain,
    path: "/",
    "max-age": Math.floor(lifetimeDays * SECONDS_PER_DAY),
    secure: true,
    samesite: "Lax"
  };
}
function expireCookieOptions(domain) {
  return {
    domain: domain,
    path: "/",
    "max-age": 0,
    expires: "Thu, 01 Jan 1970 00:00:00 GMT",
    secure: true,
    samesite: "Lax"
  };
}

// tag/refresh/request.ts: The envelope refresh call: URL, headers, and the two request facts it needs (user IP, page origin).
var REFRESH_ENDPOINT = "https://api.rlcdn.com/api/identity/v2/envelope/refresh";
var ENVELOPE_TYPE = "19";
var PLACEMENT_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$";
var IP_PATTERN = "^[0-9A-Fa-f:.]{2,45}$";
function matches(text, pattern) {
  return text.match(pattern) !== null;
}
function encodeAll(values) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    const encoded = encodeUriComponent(values[i]);
    if (encoded === void 0) return void 0;
    out.push(encoded);
  }
  return out;
}
var UNENCODABLE = "no refresh: a query value cannot be URL-encoded (invalid unicode)";
function consentQuery(settings) {
  const type = settings.consentType;
  if (type === "none") return { ok: true, url: "" };
  if (type === "gpp") {
    if (settings.gppString === "" || settings.gppSid === "") {
      return {
        ok: false,
        reason: "no refresh: GPP consent selected but the GPP string or section ID is empty"
      };
    }
    const gpp = encodeAll([settings.gppString, settings.gppSid]);
    if (gpp === void 0) return { ok: false, reason: UNENCODABLE };
    return { ok: true, url: "&gpp=" + gpp[0] + "&gpp_sid=" + gpp[1] };
  }
  const ct = type === "tcf" ? "4" : "3";
  if (settings.consentString === "") {
    return {
      ok: false,
      reason: "no refresh: " + (type === "tcf" ? "TCF v2" : "CCPA") + " consent selected but the consent string is empty"
    };
  }
  const cv = encodeAll([settings.consentString]);
  if (cv === void 0) return { ok: false, reason: UNENCODABLE };
  return { ok: true, url: "&ct=" + ct + "&cv=" + cv[0] };
}
function refreshUrl(settings, envelope) {
  if (!matches(settings.placementId, PLACEMENT_ID_PATTERN)) {
    return {
      ok: false,
      reason: "no refresh: the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field"
    };
  }
  const consent = consentQuery(settings);
  if (!consent.ok) return consent;
  const query = encodeAll([settings.placementId, envelope]);
  if (query === void 0) return { ok: false, reason: UNENCODABLE };
  return {
    ok: true,
    url: REFRESH_ENDPOINT + "?pid=" + query[0] + "&it=" + ENVELOPE_TYPE + "&iv=" + query[1] + consent.url
  };
}
function userIp(ipOverride, remoteAddress) {
  const candidates = [ipOverride, remoteAddress];
  for (let i = 0; i < candidates.length; i++) {
    const value = candidates[i];
    if (typeof value !== "string") continue;
    const ip = value.trim();
    if (matches(ip, IP_PATTERN)) return ip;
  }
  return void 0;
}
function originOf(url) {
  if (typeof url !== "string" || url === "") return void 0;
  const parsed = parseUrl(url);
  if (!parsed) return void 0;
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  if (typeof parsed.origin !== "string" || parsed.origin === "") return void 0;
  return parsed.origin;
}
function pageOrigin(pageLocation, referer) {
  const fromPage = originOf(pageLocation);
  return fromPage !== void 0 ? fromPage : originOf(referer);
}
function refreshHeaders(ip, origin) {
  return { "X-Forwarded-For": ip, Origin: origin };
}

// tag/refresh/response.ts: What a refresh answer means for the event.
var MAX_ENVELOPE_LENGTH = 3e3;
function typeNineteen(entry) {
  if (getType(entry) !== "object") return false;
  const type = entry.type;
  return (typeof type === "number" || typeof type === "string") && makeString(type) === "19";
}
function envelopeFromBody(body) {
  if (typeof body !== "string" || body === "")
    return { reason: "refresh answered 200 with an empty body" };
  const parsed = JSON.parse(body);
  if (getType(parsed) !== "object")
    return { reason: "refresh answered 200 with a body that is not a JSON object" };
  const envelopes = parsed.envelopes;
  if (getType(envelopes) !== "array")
    return { reason: "refresh answered 200 without an envelopes list" };
  const list = envelopes;
  for (let i = 0; i < list.length; i++) {
    if (!typeNineteen(list[i])) continue;
    const value = list[i].value;
    if (typeof value !== "string") continue;
    const envelope = value.trim();
    if (envelope === "" || envelope.length > MAX_ENVELOPE_LENGTH) continue;
    return { envelope: envelope, reason: "envelope refreshed" };
  }
  return { reason: "refresh answered 200 without a usable type-19 envelope" };
}
function interpretRefreshResponse(statusCode, body) {
  if (statusCode === 200) {
    const found = envelopeFromBody(body);
    if (found.envelope !== void 0) {
      return { kind: "refreshed", envelope: found.envelope, reason: found.reason };
    }
    return { kind: "kept", reason: found.reason + "; keeping the old envelope" };
  }
  if (statusCode === 204) {
    return { kind: "expired", reason: "refresh answered 204: the envelope expired" };
  }
  return {
    kind: "kept",
    reason: "refresh answered " + makeString(statusCode) + "; keeping the old envelope"
  };
}
function interpretRefreshFailure(rejection) {
  const reason = getType(rejection) === "object" ? rejection.reason : void 0;
  if (reason === "timed_out")
    return { kind: "kept", reason: "refresh timed out; keeping the old envelope" };
  return { kind: "kept", reason: "refresh request failed; keeping the old envelope" };
}

// tag/refresh/refresh.ts: The refresh step: decides, consults the cache, calls LiveRamp at most once, writes the cookie back,
function permissionMissing(what) {
  return "no refresh: the template's " + what + " permission is missing; restore it (Templates > this template > Permissions)";
}
function skipped(input, reason) {
  return { envelope: input.envelope, action: "skipped", source: "none", cookie: "none", reason: reason };
}
function writeCookie(name, value, options) {
  if (!queryPermission("set_cookies", name, options)) return "not permitted";
  setCookie(name, value, options, true);
  return "ok";
}
function applyOutcome(input, outcome, refreshedAtMs, source) {
  const name = input.cookieName;
  const suffix = source === "cache" ? " (cached)" : "";
  if (outcome.kind === "refreshed") {
    let cookie = "none";
    if (name !== void 0) {
      const value = envelopeCookieValue(
        outcome.envelope,
        refreshedAtMs === void 0 ? input.nowMs : refreshedAtMs,
        input.version
      );
      const options = envelopeCookieOptions(
        input.settings.cookieDomain,
        input.settings.cookieLifetimeDays
      );
      if (value !== void 0) {
        cookie = writeCookie(name, value, options) === "ok" ? "written" : "not permitted";
      }
    }
    return {
      envelope: outcome.envelope,
      action: "refreshed",
      source: source,
      cookie: cookie,
      reason: outcome.reason + suffix
    };
  }
  if (outcome.kind === "expired") {
    let cookie = "none";
    if (name !== void 0) {
      const expired = writeCookie(name, "", expireCookieOptions(input.settings.cookieDomain));
      cookie = expired === "ok" ? "expired" : "not permitted";
    }
    return {
      envelope: void 0,
      action: "expired",
      source: source,
      cookie: cookie,
      reason: outcome.reason + suffix
    };
  }
  return {
    envelope: input.envelope,
    action: "kept",
    source: source,
    cookie: "none",
    reason: outcome.reason + suffix
  };
}
function notPermittedNote(result, name) {
  if (result.cookie !== "not permitted") return result;
  result.reason = result.reason + "; cookie " + name + " not written: add it to the set_cookies permission or use the cookie name _lr_env";
  return result;
}
function withCause(cause, result) {
  result.reason = cause + "; " + result.reason;
  return result;
}
function refreshEnvelope(input, done) {
  let finished = false;
  const finish = (result) => {
    if (finished) return;
    finished = true;
    done(notPermittedNote(result, input.cookieName));
  };
  const decision = refreshDecision({
    enabled: input.settings.enabled,
    dryRun: input.dryRun,
    consentDenied: input.consentDenied,
    gpc: input.gpc,
    dnt: input.dnt,
    envelope: input.envelope,
    timestampMs: input.timestampMs,
    nowMs: input.nowMs,
    refreshAfterMs: input.settings.refreshAfterMs
  });
  if (!decision.due) return finish(skipped(input, decision.reason));
  const envelope = input.envelope;
  if (!queryPermission("access_template_storage")) {
    return finish(skipped(input, permissionMissing("access_template_storage")));
  }
  const key = refreshCacheKey(input.settings.placementId, envelope);
  const cached = readRefreshCache(key, input.nowMs);
  if (cached !== void 0) {
    if (cached.state === "pending" || cached.outcome === void 0) {
      return finish(
        skipped(
          input,
          decision.reason + "; a refresh of this envelope is in flight: sending it as is"
        )
      );
    }
    return finish(
      withCause(
        decision.reason,
        applyOutcome(input, cached.outcome, cached.refreshedAtMs, "cache")
      )
    );
  }
  const url = refreshUrl(input.settings, envelope);
  if (!url.ok) return finish(skipped(input, url.reason));
  if (input.ip === void 0) {
    return finish(
      skipped(input, "no refresh: no user IP (ip_override or remote address) for X-Forwarded-For")
    );
  }
  if (input.origin === void 0) {
    return finish(
      skipped(input, "no refresh: no page origin (page_location or Referer) for Origin")
    );
  }
  if (!queryPermission("send_http", url.url)) {
    return finish(skipped(input, permissionMissing("send_http (" + REFRESH_ENDPOINT + "*)")));
  }
  markRefreshPending(key, input.nowMs, input.settings.timeoutMs);
  sendHttpRequest(url.url, {
    method: "GET",
    headers: refreshHeaders(input.ip, input.origin),
    timeout: input.settings.timeoutMs
  }).then((response) => interpretRefreshResponse(response.statusCode, response.body)).catch((rejection) => interpretRefreshFailure(rejection)).then((outcome) => {
    const entry = storeRefreshOutcome(key, outcome, input.nowMs, input.settings.refreshAfterMs);
    finish(withCause(decision.reason, applyOutcome(input, outcome, entry.refreshedAtMs, "call")));
  }).catch(
    () => finish(
      skipped(input, decision.reason + "; the refresh step failed: sending the old envelope")
    )
  );
}

// tag/refresh/settings.ts: The refresh fields, normalised.
var REFRESH_DEFAULTS = {
  refreshAfterMinutes: 30,
  timeoutMs: 2e3,
  cookieDomain: "auto",
  cookieLifetimeDays: 30
};
var REFRESH_LIMITS = {
  minMinutes: 1,
  maxMinutes: 43200,
  minTimeoutMs: 100,
  maxTimeoutMs: 5e3,
  minLifetimeDays: 1,
  // Browsers cap cookie lifetimes at 400 days.
  maxLifetimeDays: 400
};
function textValue(value) {
  const type = typeof value;
  if (type === "string") return value.trim();
  if (type === "number") return value === value ? makeString(value) : "";
  return "";
}
function numberIn(value, fallback, min, max) {
  const type = typeof value;
  if (type !== "number" && type !== "string") return fallback;
  if (type === "string" && value.trim() === "") return fallback;
  const n = makeNumber(value);
  if (n !== n) return fallback;
  if (n < min) return min;
  if (n > max) return max;
  return n;
}
function checkboxValue(value, fallback) {
  const type = typeof value;
  if (type === "boolean") return value;
  if (type === "string") {
    const text = value.trim().toLowerCase();
    if (text === "true") return true;
    if (text === "false") return false;
  }
  return fallback;
}
function consentTypeValue(value) {
  const text = textValue(value).toLowerCase();
  if (text === "tcf" || text === "ccpa" || text === "gpp") return text;
  return "none";
}
function readRefreshSettings(fields, atsConfigId) {
  const placementId = textValue(fields.placementId);
  const domain = textValue(fields.cookieDomain);
  return {
    // A missing value means a tag saved before the field existed: the field's default (on) applies.
    enabled: checkboxValue(fields.refreshEnvelope, true),
    placementId: placementId === "" ? atsConfigId : placementId,
    refreshAfterMs: numberIn(
      fields.refreshAfterMinutes,
      REFRESH_DEFAULTS.refreshAfterMinutes,
      REFRESH_LIMITS.minMinutes,
      REFRESH_LIMITS.maxMinutes
    ) * MS_PER_MINUTE,
    consentType: consentTypeValue(fields.refreshConsentType),
    consentString: textValue(fields.refreshConsentString),
    gppString: textValue(fields.gppString),
    gppSid: textValue(fields.gppSid),
    timeoutMs: Math.floor(
      numberIn(
        fields.refreshTimeoutMs,
        REFRESH_DEFAULTS.timeoutMs,
        REFRESH_LIMITS.minTimeoutMs,
        REFRESH_LIMITS.maxTimeoutMs
      )
    ),
    cookieDomain: domain === "" ? REFRESH_DEFAULTS.cookieDomain : domain,
    cookieLifetimeDays: numberIn(
      fields.cookieLifetimeDays,
      REFRESH_DEFAULTS.cookieLifetimeDays,
      REFRESH_LIMITS.minLifetimeDays,
      REFRESH_LIMITS.maxLifetimeDays
    )
  };
}

// tag/refresh/step.ts: The refresh step of one tag firing: gathers what the refresh needs from the tag's settings, the
function requestIp(event, env) {
  const fromEvent = userIp(prop(event, "ip_override"), void 0);
  if (fromEvent !== void 0 || !env.remoteAddress) return fromEvent;
  return userIp(void 0, env.remoteAddress());
}
function runRefreshStep(input, env, done) {
  const settings = readRefreshSettings(input.fields, input.configId);
  const early = refreshDecision({
    enabled: settings.enabled,
    dryRun: input.dryRun,
    consentDenied: false,
    gpc: false,
    dnt: false,
    envelope: input.envelope.envelope,
    timestampMs: input.envelope.timestampMs,
    nowMs: input.nowMs,
    refreshAfterMs: settings.refreshAfterMs
  });
  if (!early.due) {
    done({
      envelope: input.envelope.envelope,
      action: "skipped",
      source: "none",
      cookie: "none",
      reason: early.reason
    });
    return;
  }
  const event = env.eventData();
  refreshEnvelope(
    {
      settings: settings,
      envelope: input.envelope.envelope,
      timestampMs: input.envelope.timestampMs,
      version: input.envelope.version,
      cookieName: input.cookieName,
      nowMs: input.nowMs,
      dryRun: input.dryRun,
      // Whatever the tag's consent mode: "ignore consent" for sending does not extend the identity.
      consentDenied: adStorageDenial(event) !== void 0,
      gpc: privacySignalOn(env.requestHeader("sec-gpc")),
      dnt: privacySignalOn(env.requestHeader("dnt")),
      ip: requestIp(event, env),
      origin: pageOrigin(prop(event, "page_location"), env.requestHeader("referer"))
    },
    done
  );
}
function refreshWorthLogging(result) {
  if (result.action !== "skipped") return true;
  return result.reason !== "refresh disabled" && result.reason.indexOf("envelope is fresh") !== 0;
}

// tag/run-tag.ts: The edge of the tag: reads the environment through the GTM APIs, lets the pure core plan the
var gtmEnvironment = {
  eventData: () => getAllEventData(),
  cookieValues: (name) => stringsOf(getCookieValues(name)),
  cookieAllowed: (name) => isDeclaredCookie(name) || queryPermission("get_cookies", name) === true,
  // Only headers the template's read_request permission lists are read (referer, sec-gpc, dnt), so
  // no queryPermission first: GTM's query signature for a header is undocumented, and a wrong guess
  // would silently lose the Referer.
  requestHeader: (name) => getRequestHeader(name),
  remoteAddress: () => getRemoteAddress(),
  nowMs: () => getTimestampMillis(),
  randomInt: () => generateRandom(RANDOM_MIN, RANDOM_MAX)
};
function isSuccessStatus(status) {
  return isNumber(status) && status >= 200 && status < 300;
}
function runTag(data, env) {
  const config = readConfig(data);
  const first = planRequest(config, env);
  const log = loggingEnabled(config.logging, getContainerVersion);
  if (log) {
    for (const note of first.notes) logToConsole(warningLine(first.eventName, note));
  }
  const chosen = first.envelope;
  const configId = validConfigId(config.atsConfigId);
  if (first.action !== "send" || chosen === void 0 || configId === void 0) {
    deliver(data, config, first, log);
    return;
  }
  runRefreshStep(
    {
      fields: data,
      configId: configId,
      envelope: chosen,
      cookieName: config.envelopeSource === "cookie" ? config.envelopeCookieName : void 0,
      nowMs: env.nowMs(),
      dryRun: config.dryRun
    },
    env,
    (result) => {
      if (log && refreshWorthLogging(result)) logToConsole(refreshLine(first.eventName, result));
      if (result.envelope === chosen.envelope) {
        deliver(data, config, first, log);
        return;
      }
      const replanned = planRequest(config, env, {
        envelope: result.envelope === void 0 ? null : { envelope: result.envelope, index: chosen.index }
      });
      deliver(data, config, replanned, log);
    }
  );
}
function deliver(data, config, plan, log) {
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
      data.gtmOnFailure();
    } else {
      report("skipped", plan.reason);
      data.gtmOnSuccess();
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
        data.gtmOnSuccess();
      } else {
        report(
          "failure",
          isNumber(statusCode) && statusCode > 0 ? "the adapter answered HTTP " + statusCode : "the request failed or timed out after " + config.timeoutMs + " ms",
          isNumber(statusCode) ? statusCode : void 0
        );
        data.gtmOnFailure();
      }
    },
    plan.options,
    plan.body
  );
}

// tag/main.ts: Entry point of the sandboxed code: GTM runs this file's top level once per tag firing, with `data`
runTag(data, gtmEnvironment);


___SERVER_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_template_storage",
        "versionId": "1"
      },
      "param": []
    },
    "isRequired": true
  },
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
              },
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
                    "string": "sec-gpc"
                  }
                ]
              },
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
                    "string": "dnt"
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
          "key": "remoteAddressAllowed",
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
              },
              {
                "type": 1,
                "string": "https://api.rlcdn.com/api/identity/v2/envelope/refresh*"
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
        "publicId": "set_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedCookies",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "name"
                  },
                  {
                    "type": 1,
                    "string": "domain"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "session"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "_lr_env"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "/"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "any"
                  }
                ]
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
      "user_data": {"address":[{"country":"DE","region":"BE"},{"country":"FR"}]}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SIGN_UP",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"customer_status","value":"new"},
            {"key":"country","value":"DE"},
            {"key":"region","value":"BE"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"bad id!"}));

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

    runCode(fieldsWith({"refreshEnvelope":false}));

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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":12345}));

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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

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
      "consent_state": {"ad_storage":true},
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
      "consent_state": {"ad_storage":false},
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","consentMode":"ignore"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
      "consent_state": {"ad_storage":false,"analytics_storage":true}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

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
      "items": [{"item_id":"A","price":20}]
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "customData": [
        {"key":"cart_total","value":"25"},
        {"key":"currency","value":"euro"},
        {"key":"contents","value":"none"},
        {"key":"level","value":"7"},
        {"key":"number_items","value":"3"}
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["A"]},
            {"key":"contents","value":[{"id":"A","quantity":1,"item_price":20}]},
            {"key":"content_type","value":"product"},
            {"key":"price","value":["20.00"]},
            {"key":"currency","value":"EUR"},
            {"key":"number_items","value":"3"},
            {"key":"cart_total","value":"25.00"},
            {"key":"level","value":7}
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
      "items": [{"item_id":"A","price":20}]
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "customData": [
        {"key":"description","value":"  Gift card "},
        {"key":"currency","value":"CHF"},
        {"key":"cart_total","value":""},
        {"key":"","value":"orphan"},
        {"key":"pickup_points","value":["north","south"]}
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["A"]},
            {"key":"contents","value":[{"id":"A","quantity":1,"item_price":20}]},
            {"key":"content_type","value":"product"},
            {"key":"price","value":["20.00"]},
            {"key":"currency","value":"CHF"},
            {"key":"number_items","value":"1"},
            {"key":"description","value":"Gift card"},
            {"key":"pickup_points","value":["north","south"]}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","dryRun":true}));

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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","timeoutMs":99999}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":15000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","timeoutMs":"2500"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":2500});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
      "_lr_env": ["not base64!","eyJlbnZlbG9wZSI6IA==","eyJ0aW1lc3RhbXAiOjE3NDQ4NzM1MDAwMDB9","{broken json"],
      "_scid": ["123e4567-e89b-12d3-a456-426614174000"]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "custom_data": [{"key":"uuid_c1","value":"123e4567-e89b-12d3-a456-426614174000"}]
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
      "_scid": ["123e4567-e89b-12d3-a456-426614174000"]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","envelopeCookieName":"my_env"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "custom_data": [{"key":"uuid_c1","value":"123e4567-e89b-12d3-a456-426614174000"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "envelopeSource": "value",
      "envelopeValue": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
    mockRequest({"_lr_env":["eyJlbnZlbG9wZSI6WyJlbnYtb25lIiwiZW52LXR3byJdLCJ0aW1lc3RhbXAiOjE3NDQ3ODcxMDAwMDB9"]}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"env-one"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","envelopeMaxAgeDays":"0"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","envelopeMaxAgeDays":"10"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"fresh-envelope"}
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "envelopeSource": "value",
      "envelopeValue": ["env-first","x y","x y","x y","x y","x y","x y","x y","x y","x y","x y","x y"]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"env-first"}
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
    mockRequest({"_lr_env":["eyJlbnZlbG9wZSI6Ilp6fj8-PnVybC1zYWZlIiwidGltZXN0YW1wIjoxNzQ0ODczNTAwMDAwfQ"]}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"Zz~?>>url-safe"}
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "envelopeSource": "value",
      "envelopeValue": ["","second-envelope","third"]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"second-envelope"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "T-1000",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'event-id-generated-and-referer: no IDs: a generated event_id; no
    page_location: the Referer header'
  code: |-
    // no IDs: a generated event_id; no page_location: the Referer header
    mock('getAllEventData', {"event_name":"page_view"});
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {"referer":"https://ref.example/from"});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 987654321);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "1744873500000.987654321",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://ref.example/from",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'event-no-source-url: no page_location and no Referer: event_source_url is
    omitted'
  code: |-
    // no page_location and no Referer: event_source_url is omitted
    mock('getAllEventData', {"event_name":"page_view","event_id":42});
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "42",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","requireIdentity":false}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","logging":"always"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","logging":"never"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "sendSnapIds": "yes",
      "timeoutMs": "soon",
      "envelopeMaxAgeDays": -3,
      "consentMode": "maybe",
      "logging": 42,
      "eventTypeMode": null,
      "customData": "not a table",
      "eventTypeOverrides": {"a":1}
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
        {"item_name":"no id"},
        {"item_id":7,"price":"12.5","quantity":"3"},
        {"item_id":"  ","price":1},
        {"item_id":"B","price":"abc","quantity":-2,"item_brand":5}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "ADD_CART",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["7","B"]},
            {
              "key": "contents",
              "value": [{"id":"7","quantity":3,"item_price":12.5},{"id":"B","quantity":1}]
            },
            {"key":"content_type","value":"product"},
            {"key":"price","value":["12.50"]},
            {"key":"number_items","value":"4"}
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
        {"item_id":"N","price":"1e3","quantity":"NaN"},
        {"item_id":"M","price":1e+300,"quantity":0.5},
        {"item_id":"T","quantity":5e-324}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["N","M","T"]},
            {
              "key": "contents",
              "value": [
                {"id":"N","quantity":1},
                {"id":"M","quantity":0.5,"item_price":1e+300},
                {"id":"T","quantity":1}
              ]
            },
            {"key":"content_type","value":"product"},
            {"key":"number_items","value":"2.5"}
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
      "items": [{"item_id":"S","price":"49.99","quantity":"2"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["S"]},
            {"key":"contents","value":[{"id":"S","quantity":2,"item_price":49.99}]},
            {"key":"content_type","value":"product"},
            {"key":"price","value":["49.99"]},
            {"key":"currency","value":"GBP"},
            {"key":"number_items","value":"2"},
            {"key":"cart_total","value":"99.98"},
            {"key":"level","value":3},
            {"key":"predicted_ltv","value":420.5}
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
      "items": [{"item_id":"ü-1","item_category":"Schuhe & Stiefel – 👟","item_brand":"Ünïcødé"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SEARCH",
          "event_time": 1744873500,
          "event_source_url": "https://例え.jp/検索?q=靴",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["ü-1"]},
            {"key":"item_category","value":"Schuhe & Stiefel – 👟"},
            {"key":"brands","value":["Ünïcødé"]},
            {"key":"contents","value":[{"id":"ü-1","quantity":1}]},
            {"key":"content_type","value":"product"},
            {"key":"number_items","value":"1"},
            {"key":"search_string","value":"größe 43 👟 — «ok»"}
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
      "event_id": {"nested":true},
      "transaction_id": ["T"],
      "page_location": 42,
      "items": "not-a-list",
      "value": {"amount":5},
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "1744873500000.123456789",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "ADD_BILLING",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"price","value":["10.00"]},
            {"key":"currency","value":"GBP"},
            {"key":"cart_total","value":"10.00"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "ADD_CART",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["SKU-2"]},
            {"key":"item_category","value":"accessories"},
            {"key":"brands","value":["Woolly"]},
            {"key":"contents","value":[{"id":"SKU-2","quantity":2,"item_price":4.5}]},
            {"key":"content_type","value":"product"},
            {"key":"price","value":["4.50"]},
            {"key":"currency","value":"EUR"},
            {"key":"number_items","value":"2"},
            {"key":"cart_total","value":"9.00"}
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
      "items": [{"item_id":"SKU-9","price":120}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "ADD_TO_WISHLIST",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["SKU-9"]},
            {"key":"contents","value":[{"id":"SKU-9","quantity":1,"item_price":120}]},
            {"key":"content_type","value":"product"},
            {"key":"price","value":["120.00"]},
            {"key":"number_items","value":"1"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "START_CHECKOUT",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["SKU-1","SKU-2"]},
            {"key":"item_category","value":["shoes","accessories"]},
            {"key":"brands","value":["Acme","Woolly"]},
            {
              "key": "contents",
              "value": [
                {"id":"SKU-1","quantity":1,"item_price":59.9},
                {"id":"SKU-2","quantity":1,"item_price":4.5}
              ]
            },
            {"key":"content_type","value":"product"},
            {"key":"price","value":["59.90","4.50"]},
            {"key":"currency","value":"EUR"},
            {"key":"number_items","value":"2"},
            {"key":"cart_total","value":"64.40"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SIGN_UP",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"price","value":["25.00"]},
            {"key":"currency","value":"EUR"},
            {"key":"cart_total","value":"25.00"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "LEVEL_COMPLETE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"level","value":5}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "LOGIN",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"sign_up_method","value":"Google"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PURCHASE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["SKU-1"]},
            {"key":"item_category","value":"shoes"},
            {"key":"brands","value":["Acme"]},
            {"key":"contents","value":[{"id":"SKU-1","quantity":2,"item_price":59.9}]},
            {"key":"content_type","value":"product"},
            {"key":"price","value":["59.90"]},
            {"key":"currency","value":"USD"},
            {"key":"number_items","value":"2"},
            {"key":"cart_total","value":"119.80"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SEARCH",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"search_string","value":"trail shoes"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "AD_CLICK",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SHARE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"sign_up_method","value":"Twitter"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SIGN_UP",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"sign_up_method","value":"email"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SPENT_CREDITS",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"price","value":["100.00"]},{"key":"cart_total","value":"100.00"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "START_TRIAL",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"price","value":["0.00"]},
            {"key":"currency","value":"USD"},
            {"key":"cart_total","value":"0.00"},
            {"key":"predicted_ltv","value":99.5}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SUBSCRIBE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"price","value":["12.99"]},
            {"key":"currency","value":"EUR"},
            {"key":"cart_total","value":"12.99"},
            {"key":"predicted_ltv","value":240}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "COMPLETE_TUTORIAL",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "ACHIEVEMENT_UNLOCKED",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "VIEW_CONTENT",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["SKU-1"]},
            {"key":"item_category","value":"shoes"},
            {"key":"brands","value":["Acme"]},
            {"key":"contents","value":[{"id":"SKU-1","quantity":1,"item_price":59.9}]},
            {"key":"content_type","value":"product"},
            {"key":"price","value":["59.90"]},
            {"key":"currency","value":"USD"},
            {"key":"number_items","value":"1"},
            {"key":"cart_total","value":"59.90"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "LIST_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["SKU-1","SKU-2"]},
            {"key":"item_category","value":["shoes","accessories"]},
            {"key":"brands","value":["Acme","Woolly"]},
            {
              "key": "contents",
              "value": [
                {"id":"SKU-1","quantity":1,"item_price":59.9},
                {"id":"SKU-2","quantity":3,"item_price":4.5}
              ]
            },
            {"key":"content_type","value":"product"},
            {"key":"price","value":["59.90","4.50"]},
            {"key":"number_items","value":"4"}
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
      "items": [{"item_id":"SKU-1","promotion_name":"Summer"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "AD_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["SKU-1"]},
            {"key":"contents","value":[{"id":"SKU-1","quantity":1}]},
            {"key":"content_type","value":"product"},
            {"key":"number_items","value":"1"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SEARCH",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"search_string","value":"socks"}]
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
      "refreshEnvelope": false,
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
          "event_manager": ["snapchat"],
          "event_id": "my-id-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://override.example/x",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"event_tag","value":"spring-sale"}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","limitedDataUse":true}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [{"key":"data_use","value":["lmu"]}]
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","timeoutMs":"100"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":100});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
      "user_data": {"address":{"country":"NL","region":"NH"}}
    });
    mockRequest({
      "_lr_env": ["partner_12345"],
      "_scid": ["123e4567-e89b-12d3-a456-426614174000"],
      "_scclid": ["fbclid_abc123"]
    }, {});
    mock('getTimestampMillis', 1754906400000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "eventTag": "promo_summer_2025",
      "limitedDataUse": true,
      "customData": [
        {"key":"description","value":"Black running shoes size 43"},
        {"key":"device_model","value":"iPhone 15 Pro"},
        {"key":"os_version","value":"iOS 17.5"},
        {"key":"delivery_method","value":"delivery"}
      ]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "evt_001",
          "event_type": "PURCHASE",
          "event_time": 1754906400,
          "event_source_url": "https://www.example-store.com/checkout/confirmation",
          "user_data": {"partner_id":"partner_12345"},
          "custom_data": [
            {"key":"item_ids","value":["sku_123","sku_456"]},
            {"key":"item_category","value":["shoes","running"]},
            {"key":"brands","value":["Nike","Adidas"]},
            {
              "key": "contents",
              "value": [
                {"id":"sku_123","quantity":1,"item_price":89.99,"delivery_category":"standard"},
                {"id":"sku_456","quantity":1,"item_price":49.5,"delivery_category":"express"}
              ]
            },
            {"key":"content_type","value":"product"},
            {"key":"price","value":["89.99","49.50"]},
            {"key":"currency","value":"USD"},
            {"key":"number_items","value":"2"},
            {"key":"cart_total","value":"139.49"},
            {"key":"search_string","value":"black running shoes"},
            {"key":"sign_up_method","value":"email"},
            {"key":"level","value":3},
            {"key":"predicted_ltv","value":420.5},
            {"key":"customer_status","value":"returning"},
            {"key":"country","value":"NL"},
            {"key":"region","value":"NH"},
            {"key":"event_tag","value":"promo_summer_2025"},
            {"key":"data_use","value":["lmu"]},
            {"key":"uuid_c1","value":"123e4567-e89b-12d3-a456-426614174000"},
            {"key":"click_id","value":"fbclid_abc123"},
            {"key":"description","value":"Black running shoes size 43"},
            {"key":"device_model","value":"iPhone 15 Pro"},
            {"key":"os_version","value":"iOS 17.5"},
            {"key":"delivery_method","value":"delivery"}
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
        {"item_id":"SKU789","item_category":"electronics","price":49.99,"quantity":1},
        {"item_id":"SKU901","item_category":"electronics","price":29.99,"quantity":1}
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "customData": [{"key":"contents","value":""},{"key":"content_type","value":""}]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "456f",
          "event_type": "ADD_CART",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["SKU789","SKU901"]},
            {"key":"item_category","value":"electronics"},
            {"key":"price","value":["49.99","29.99"]},
            {"key":"currency","value":"EUR"},
            {"key":"number_items","value":"2"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "6421",
          "event_type": "PAGE_VIEW",
          "event_time": 1744990200,
          "event_source_url": "https://www.example-electronics-store.com/laptops",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
        {"item_id":"LAPTOP_PRO_X1","price":1299,"quantity":1},
        {"item_id":"WIRELESS_MOUSE_A2","price":25.5,"quantity":1}
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "customData": [{"key":"contents","value":""},{"key":"content_type","value":""}]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "1234",
          "event_type": "START_CHECKOUT",
          "event_time": 1744989600,
          "event_source_url": "https://www.example-electronics-store.com/checkout",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"item_ids","value":["LAPTOP_PRO_X1","WIRELESS_MOUSE_A2"]},
            {"key":"price","value":["1299.00","25.50"]},
            {"key":"currency","value":"EUR"},
            {"key":"number_items","value":"2"},
            {"key":"cart_total","value":"1324.50"}
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
    mockRequest({"_scclid":["cookie-click"]}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "custom_data": [{"key":"click_id","value":"cookie-click"}]
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
      "_scid": ["123e4567-e89b-12d3-a456-426614174000"],
      "_scclid": ["cookie-click"]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item?utm_source=snap&sccid=click-123#top",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"},
          "custom_data": [
            {"key":"uuid_c1","value":"123e4567-e89b-12d3-a456-426614174000"},
            {"key":"click_id","value":"click-123"}
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
    mockRequest({"_scid":["123e4567-e89b-12d3-a456-426614174000"]}, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","sendSnapIds":false}));

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
      "_scid": ["123e4567-e89b-12d3-a456-426614174000"]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","sendSnapIds":false}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "PAGE_VIEW",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item?ScCid=abc",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
      "_scid": ["123e4567-e89b-12d3-a456-426614174000"]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","snapIdPlacement":"user_data"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "eventTypeMode": "fixed",
      "fixedEventType": "SIGN_UP"
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SIGN_UP",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
        }
      ]
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'type-no-event-name: an event without event_name is unmapped'
  code: |-
    // an event without event_name is unmapped
    mock('getAllEventData', {"page_location":"https://www.example-shop.com/product/some-item"});
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ3MDA3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744873500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockAdapter(200);

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "eventTypeOverrides": [{"ga4Event":"purchase","snapEvent":"CUSTOM_EVENT_3"}]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "CUSTOM_EVENT_3",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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
      "refreshEnvelope": false,
      "atsConfigId": "ats-cfg_123",
      "eventTypeOverrides": [{"ga4Event":" request_quote ","snapEvent":"CUSTOM_EVENT_2"}]
    }));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "CUSTOM_EVENT_2",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "SAVE",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123","unmappedEvents":"CUSTOM_EVENT_4"}));

    assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
    assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
    assertThat(JSON.parse(sent.body)).isEqualTo({
      "events": [
        {
          "event_manager": ["snapchat"],
          "event_id": "e-1",
          "event_type": "CUSTOM_EVENT_4",
          "event_time": 1744873500,
          "event_source_url": "https://www.example-shop.com/product/some-item",
          "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
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

    runCode(fieldsWith({"refreshEnvelope":false,"atsConfigId":"ats-cfg_123"}));

    assertApi('sendHttpRequest').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: 'refresh-200-ccpa-remote-address: CCPA consent (ct=3); no ip_override, so
    X-Forwarded-For is the remote address; Origin from the Referer when
    page_location is missing; cookie domain and lifetime from the fields'
  code: |-
    // CCPA consent (ct=3); no ip_override, so X-Forwarded-For is the remote address; Origin from the Referer when page_location is missing; cookie domain and lifetime from the fields
    mock('getAllEventData', {"event_name":"page_view","event_id":"pv-1"});
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {"referer":"https://www.example-shop.com/cart"});
    mock('getRemoteAddress', "198.51.100.23");
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":200,"body":"{\"envelopes\":[{\"type\":19,\"source\":\"envelopeLiveramp\",\"value\":\"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa\"}]}"});

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "refreshConsentType": "ccpa",
      "refreshConsentString": "1YNN",
      "cookieDomain": "example-shop.com",
      "cookieLifetimeDays": "15"
    }));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c&ct=3&cv=1YNN",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"198.51.100.23","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasCalledWith("_lr_env", "eyJ0aW1lc3RhbXAiOjE3NDQ5OTAyMDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5SZnIzc2hFRG5Fd1YwcExiOW1Za1F5MmNYaFBhVHE3WnRCdk40dUpzR2Q4S2VXbzFIaU1DNnhsRjVnVWEifQ%3D%3D", {"domain":"example-shop.com","path":"/","max-age":1296000,"secure":true,"samesite":"Lax"}, true);
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/cart",
            "user_data": {"partner_id":"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-200-gpp: GPP consent: gpp and gpp_sid, URL-encoded'
  code: |-
    // GPP consent: gpp and gpp_sid, URL-encoded
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":200,"body":"{\"envelopes\":[{\"type\":19,\"source\":\"envelopeLiveramp\",\"value\":\"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa\"}]}"});

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "refreshConsentType": "gpp",
      "gppString": "DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA",
      "gppSid": "7,8"
    }));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c&gpp=DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA&gpp_sid=7%2C8",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasCalledWith("_lr_env", "eyJ0aW1lc3RhbXAiOjE3NDQ5OTAyMDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5SZnIzc2hFRG5Fd1YwcExiOW1Za1F5MmNYaFBhVHE3WnRCdk40dUpzR2Q4S2VXbzFIaU1DNnhsRjVnVWEifQ%3D%3D", {"domain":"auto","path":"/","max-age":2592000,"secure":true,"samesite":"Lax"}, true);
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-200-new-envelope: envelope 45 minutes old; LiveRamp answers 200
    with a type-19 envelope → the new one is sent and _lr_env rewritten in ATS
    format'
  code: |-
    // envelope 45 minutes old; LiveRamp answers 200 with a type-19 envelope → the new one is sent and _lr_env rewritten in ATS format
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":200,"body":"{\"envelopes\":[{\"type\":19,\"source\":\"envelopeLiveramp\",\"value\":\"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa\"}]}"});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasCalledWith("_lr_env", "eyJ0aW1lc3RhbXAiOjE3NDQ5OTAyMDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5SZnIzc2hFRG5Fd1YwcExiOW1Za1F5MmNYaFBhVHE3WnRCdk40dUpzR2Q4S2VXbzFIaU1DNnhsRjVnVWEifQ%3D%3D", {"domain":"auto","path":"/","max-age":2592000,"secure":true,"samesite":"Lax"}, true);
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-200-no-timestamp-tcf: an old-format cookie without timestamp is
    refreshed at once; placement ID and TCF consent in the URL; written back
    with the default version'
  code: |-
    // an old-format cookie without timestamp is refreshed at once; placement ID and TCF consent in the URL; written back with the default version
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJlbnZlbG9wZSI6IkFuTXRSMDd4bkVDN3J5YWhlenRhV2tVYnJydGRxTTJiMlh4dmFDc2RrU0ZpUU1TSktCQW53M3pSZlVOM2MifQ=="
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":200,"body":"{\"envelopes\":[{\"type\":19,\"source\":\"envelopeLiveramp\",\"value\":\"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa\"}]}"});

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "placementId": "13332",
      "refreshConsentType": "tcf",
      "refreshConsentString": "CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA"
    }));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=13332&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c&ct=4&cv=CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasCalledWith("_lr_env", "eyJ0aW1lc3RhbXAiOjE3NDQ5OTAyMDAwMDAsInZlcnNpb24iOiIxLjAuMCIsImVudmVsb3BlIjoiQW5SZnIzc2hFRG5Fd1YwcExiOW1Za1F5MmNYaFBhVHE3WnRCdk40dUpzR2Q4S2VXbzFIaU1DNnhsRjVnVWEifQ%3D%3D", {"domain":"auto","path":"/","max-age":2592000,"secure":true,"samesite":"Lax"}, true);
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-200-value-source: envelope from a value (a variable), not the
    cookie: refreshed and sent, but no cookie is written'
  code: |-
    // envelope from a value (a variable), not the cookie: refreshed and sent, but no cookie is written
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({}, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":200,"body":"{\"envelopes\":[{\"type\":19,\"source\":\"envelopeLiveramp\",\"value\":\"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa\"}]}"});

    runCode(fieldsWith({
      "atsConfigId": "ats-cfg_123",
      "envelopeSource": "value",
      "envelopeValue": "AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"
    }));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-204-expired-no-identity: 204 and no other identifier: the
    identity rule skips the event (gtmOnSuccess) and the cookie is expired'
  code: |-
    // 204 and no other identifier: the identity rule skips the event (gtmOnSuccess) and the cookie is expired
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":204,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasCalledWith("_lr_env", "", {
        "domain": "auto",
        "path": "/",
        "max-age": 0,
        "expires": "Thu, 01 Jan 1970 00:00:00 GMT",
        "secure": true,
        "samesite": "Lax"
      }, true);
      assertThat(sent).isUndefined();
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-204-expired: 204: the envelope expired → sent without partner_id
    (the _scid is identity enough) and the cookie is expired'
  code: |-
    // 204: the envelope expired → sent without partner_id (the _scid is identity enough) and the cookie is expired
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ],
      "_scid": ["f1c2a3b4-5d6e-4f70-8a9b-0c1d2e3f4a5b"]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":204,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasCalledWith("_lr_env", "", {
        "domain": "auto",
        "path": "/",
        "max-age": 0,
        "expires": "Thu, 01 Jan 1970 00:00:00 GMT",
        "secure": true,
        "samesite": "Lax"
      }, true);
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "custom_data": [{"key":"uuid_c1","value":"f1c2a3b4-5d6e-4f70-8a9b-0c1d2e3f4a5b"}]
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-400-kept: 400 (bad request): the old envelope is sent'
  code: |-
    // 400 (bad request): the old envelope is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":400,"body":"{\"error\":\"invalid pid\"}"});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-500-kept: 500: the old envelope is sent'
  code: |-
    // 500: the old envelope is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":"Internal Server Error"});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-cache-expired: the cached answer for this envelope is past its
    interval: ignored, a new call is made'
  code: |-
    // the cached answer for this envelope is past its interval: ignored, a new call is made
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({
      "lr_env_refresh_0174fb6eab60e8b570c76cd1f72e4e14db7bb1750e4fa1467b47bfdc819b0aea": {
        "state": "done",
        "outcome": {"kind":"kept","reason":"refresh answered 500; keeping the old envelope"},
        "expiresAtMs": 1744990200000
      }
    });
    mockAdapterAndRefresh(200, {"statusCode":200,"body":"{\"envelopes\":[{\"type\":19,\"source\":\"envelopeLiveramp\",\"value\":\"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa\"}]}"});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasCalledWith("_lr_env", "eyJ0aW1lc3RhbXAiOjE3NDQ5OTAyMDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5SZnIzc2hFRG5Fd1YwcExiOW1Za1F5MmNYaFBhVHE3WnRCdk40dUpzR2Q4S2VXbzFIaU1DNnhsRjVnVWEifQ%3D%3D", {"domain":"auto","path":"/","max-age":2592000,"secure":true,"samesite":"Lax"}, true);
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-cache-failure-cached: LiveRamp failed for this envelope 10
    minutes ago: no new call until the interval is over, the old envelope is
    sent'
  code: |-
    // LiveRamp failed for this envelope 10 minutes ago: no new call until the interval is over, the old envelope is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({
      "lr_env_refresh_0174fb6eab60e8b570c76cd1f72e4e14db7bb1750e4fa1467b47bfdc819b0aea": {
        "state": "done",
        "outcome": {"kind":"kept","reason":"refresh answered 500; keeping the old envelope"},
        "expiresAtMs": 1744991400000
      }
    });
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-cache-hit: another event refreshed this envelope 5 minutes ago:
    no call; its answer is used and the same cookie written'
  code: |-
    // another event refreshed this envelope 5 minutes ago: no call; its answer is used and the same cookie written
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990500000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({
      "lr_env_refresh_0174fb6eab60e8b570c76cd1f72e4e14db7bb1750e4fa1467b47bfdc819b0aea": {
        "state": "done",
        "outcome": {
          "kind": "refreshed",
          "envelope": "AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa",
          "reason": "envelope refreshed"
        },
        "refreshedAtMs": 1744990200000,
        "expiresAtMs": 1744992000000
      }
    });
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasCalledWith("_lr_env", "eyJ0aW1lc3RhbXAiOjE3NDQ5OTAyMDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5SZnIzc2hFRG5Fd1YwcExiOW1Za1F5MmNYaFBhVHE3WnRCdk40dUpzR2Q4S2VXbzFIaU1DNnhsRjVnVWEifQ%3D%3D", {"domain":"auto","path":"/","max-age":2592000,"secure":true,"samesite":"Lax"}, true);
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990500,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnRfr3shEDnEwV0pLb9mYkQy2cXhPaTq7ZtBvN4uJsGd8KeWo1HiMC6xlF5gUa"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-cache-pending: a refresh of this envelope is in flight (another
    tag of the same page): no second call, the old envelope is sent at once'
  code: |-
    // a refresh of this envelope is in flight (another tag of the same page): no second call, the old envelope is sent at once
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({
      "lr_env_refresh_0174fb6eab60e8b570c76cd1f72e4e14db7bb1750e4fa1467b47bfdc819b0aea": {"state":"pending","expiresAtMs":1744990203000}
    });
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-consent-denied-respect: ad_storage denied with the default
    consent mode: nothing is sent and nothing refreshed'
  code: |-
    // ad_storage denied with the default consent mode: nothing is sent and nothing refreshed
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7",
      "x-ga-gcs": "G100"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent).isUndefined();
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-consent-denied: ad_storage denied with consent mode "ignore": the
    event is sent, but never refreshed'
  code: |-
    // ad_storage denied with consent mode "ignore": the event is sent, but never refreshed
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7",
      "consent_state": {"ad_storage":false}
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123","consentMode":"ignore"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-disabled: refresh turned off: a stale envelope is sent as is'
  code: |-
    // refresh turned off: a stale envelope is sent as is
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123","refreshEnvelope":false}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-dnt: the request carries DNT: 1: no refresh, the old envelope is
    sent'
  code: |-
    // the request carries DNT: 1: no refresh, the old envelope is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {"dnt":"1"});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-dry-run: dry run: neither the refresh nor the event is sent'
  code: |-
    // dry run: neither the refresh nor the event is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123","dryRun":true}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent).isUndefined();
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-failed-kept: the refresh request fails (network): the old
    envelope is sent'
  code: |-
    // the refresh request fails (network): the old envelope is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"reason":"failed"});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-fresh-envelope: envelope 10 minutes old: no refresh call'
  code: |-
    // envelope 10 minutes old: no refresh call
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODk2MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-gpc: the request carries Sec-GPC: 1: no refresh, the old envelope
    is sent'
  code: |-
    // the request carries Sec-GPC: 1: no refresh, the old envelope is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {"sec-gpc":"1"});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-malformed-json-kept: 200 with a body that is not JSON: the old
    envelope is sent'
  code: |-
    // 200 with a body that is not JSON: the old envelope is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":200,"body":"{\"envelopes\": [{\"type\": 19, \"value\": "});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-no-origin: no page_location and no Referer: LiveRamp needs an
    Origin, so no call'
  code: |-
    // no page_location and no Referer: LiveRamp needs an Origin, so no call
    mock('getAllEventData', {"event_name":"page_view","event_id":"pv-1","ip_override":"203.0.113.7"});
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-no-type-19-kept: 200 with only a Meta-scoped (type 24) envelope:
    the old envelope is sent'
  code: |-
    // 200 with only a Meta-scoped (type 24) envelope: the old envelope is sent
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":200,"body":"{\"envelopes\":[{\"type\":24,\"source\":\"envelopeLiveramp\",\"value\":\"AmMetaScopedEnvelope\"}]}"});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 2000
        }
      });
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-tcf-without-string: TCF selected but the consent string is empty:
    no call'
  code: |-
    // TCF selected but the consent string is empty: no call
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"statusCode":500,"body":""});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123","refreshConsentType":"tcf"}));

    callLater(function () {
      assertThat(refreshCall).isUndefined();
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
- name: 'refresh-timeout-kept: LiveRamp slower than the refresh timeout (200 ms):
    the old envelope is sent, once'
  code: |-
    // LiveRamp slower than the refresh timeout (200 ms): the old envelope is sent, once
    mock('getAllEventData', {
      "event_name": "page_view",
      "event_id": "pv-1",
      "page_location": "https://www.example-shop.com/laptops",
      "ip_override": "203.0.113.7"
    });
    mockRequest({
      "_lr_env": [
        "eyJ0aW1lc3RhbXAiOjE3NDQ5ODc1MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9"
      ]
    }, {});
    mock('getTimestampMillis', 1744990200000);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', {"debugMode":true,"previewMode":true});
    mockStorage({});
    mockAdapterAndRefresh(200, {"reason":"timed_out"});

    runCode(fieldsWith({"atsConfigId":"ats-cfg_123","refreshTimeoutMs":"200"}));

    callLater(function () {
      assertThat(refreshCall).isEqualTo({
        "url": "https://api.rlcdn.com/api/identity/v2/envelope/refresh?pid=ats-cfg_123&it=19&iv=AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c",
        "options": {
          "method": "GET",
          "headers": {"X-Forwarded-For":"203.0.113.7","Origin":"https://www.example-shop.com"},
          "timeout": 200
        }
      });
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.url).isEqualTo("https://capi.analytics.rlcdn.com/send-events/ats-cfg_123");
      assertThat(sent.options).isEqualTo({"method":"POST","headers":{"Content-Type":"application/json"},"timeout":5000});
      assertThat(JSON.parse(sent.body)).isEqualTo({
        "events": [
          {
            "event_manager": ["snapchat"],
            "event_id": "pv-1",
            "event_type": "PAGE_VIEW",
            "event_time": 1744990200,
            "event_source_url": "https://www.example-shop.com/laptops",
            "user_data": {"partner_id":"AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c"}
          }
        ]
      });
      assertApi('gtmOnSuccess').wasCalled();
      assertApi('gtmOnFailure').wasNotCalled();
    });
setup: |-
  const JSON = require('JSON');

  // The field values a new tag gets; each scenario changes some of them.
  const defaults = {
    "atsConfigId": "",
    "pixelId": "",
    "eventTypeMode": "auto",
    "fixedEventType": "PURCHASE",
    "eventTypeOverrides": [],
    "unmappedEvents": "skip",
    "envelopeSource": "cookie",
    "envelopeCookieName": "_lr_env",
    "envelopeValue": "",
    "envelopeMaxAgeDays": "30",
    "requireIdentity": true,
    "refreshEnvelope": true,
    "placementId": "",
    "refreshAfterMinutes": "30",
    "refreshConsentType": "none",
    "refreshConsentString": "",
    "gppString": "",
    "gppSid": "",
    "refreshTimeoutMs": "2000",
    "cookieDomain": "auto",
    "cookieLifetimeDays": "30",
    "sendSnapIds": true,
    "snapIdPlacement": "custom_data",
    "eventIdOverride": "",
    "eventSourceUrlOverride": "",
    "eventTag": "",
    "customData": [],
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

  const Promise = require('Promise');
  const callLater = require('callLater');

  // The refresh API answers `answer` ({statusCode, body} or {reason: "failed" | "timed_out"}), the
  // adapter `status`; `refreshCall` and `sent` record the two requests.
  let refreshCall;
  function mockAdapterAndRefresh(status, answer) {
    mock('sendHttpRequest', function (url, second, options, body) {
      if (url.indexOf("https://api.rlcdn.com/api/identity/v2/envelope/refresh") === 0) {
        refreshCall = { url: url, options: second };
        return Promise.create(function (resolve, reject) {
          if (answer.reason) reject({ reason: answer.reason });
          else resolve({ statusCode: answer.statusCode, headers: {}, body: answer.body });
        });
      }
      sent = { url: url, options: options, body: body };
      second(status, {}, status === 0 ? '' : '{"status":"ok"}');
    });
  }

  // The shared cache (templateDataStorage), starting with `entries` (key → stored value).
  function mockStorage(entries) {
    mockObject('templateDataStorage', {
      getItemCopy: function (key) { return entries.hasOwnProperty(key) ? entries[key] : null; },
      setItemCopy: function (key, value) { entries[key] = value; },
      removeItem: function (key) { entries[key] = null; },
      clear: function () {},
    });
  }


___NOTES___

Generated by `npm run build` from the TypeScript sources in template-src/ (snapchat-capi-ats). Edit the sources and rebuild rather than this file; see its README for every field and rule.



___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


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
    "id": "github.com_snapchat-capi-ats",
    "displayName": "snapchat-capi-ats",
    "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAACMklEQVR42u2bMUvEMBTHMwtuAUEQWhQE0UEcFKEg+C0EoYubww1u3qzg6OQiN4q7uN7i5ij4NXriB4i80sLZNm3avibpvRd4cPTu8vJ+Tf55uesToqbJMApkGE1kGM1lGCUyjNRILMnGDGMPRNuWBT4bUcBNNjMGIcMoHtndbjMrYpPg1YpbTDn4agjZmk8IAUj+acKKCZ6xMC7ffUXUApHtlVQBTESWMFAFMBfExK8khoJw8KkxAAbAABgAA2AADIABGNvZ+ZFafK4r9b1m1cAn+PZiBmzvn6qvN2ktePAFPp3OgOurvdK1l8etwYMHHyZjGRwADOZhulO6fjvZHSx46LvoD8YA7zkBAPb+vFmajpcXB6i6AH1Bn8VlB77zzzgDkK/Jw5Pjkjhi6AL0URQ78FXsu7Qsbu7U4uc3NXg9KACdKsNd+njd6Bw8fLc4u3S7TnF8EPhyM4XQGUBuWOKoEzvd55sAmELoDaDL4DEgVi2BqtYEAQVA2+mLsYwqt+oOENAAtBEwDCHV5istIaACMN3CULbSDq0KAjqApiQGLZnq0EAorQHQiSNaOj0GAHUHmd4HKt+XQJ3aYxypvRXBOghP90FqGOcGL7dBm+ZdIuQagNNU2EcA1g5DPi0Bq8dh3wBY/UGEJAAXP4XXbanWAcD+7QsAGIuT/wWwkpi+yRT/NcYAGAADYAAMgAGgASD/qCz5h6XJPy5Pu2CCfMkMF01x2RwXTnLpLBdPEy6f/wOYFPDeon1hNgAAAABJRU5ErkJggg\u003d\u003d"
  },
  "description": "Sends GA4 events to Snapchat Conversions API through LiveRamp ATS, with the ATS envelope, _scid and click ID. Maps ecommerce events, respects consent, refreshes stale envelopes.",
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
        "help": "The ATS configuration integrated with Snapchat CAPI in LiveRamp Console (ATS \u0026gt; Web \u0026gt; your configuration \u0026gt; Admin \u0026gt; Placement Details). Events go to \u003ci\u003ehttps://capi.analytics.rlcdn.com/send-events/\u0026lt;this ID\u0026gt;\u003c/i\u003e. Example: \u003cb\u003ea1b2c3d4-e5f6-7890\u003c/b\u003e.",
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
        "help": "Shown in the log lines to match events in Snap Events Manager; not sent (the adapter routes by the ATS configuration). Example: \u003cb\u003e12345678-abcd-4ef0-9876-0123456789ab\u003c/b\u003e.",
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
                "help": "Every event this tag fires on is sent as this type. Example: \u003cb\u003ePURCHASE\u003c/b\u003e.",
                "defaultValue": "PURCHASE"
              }
            ]
          }
        ],
        "simpleValueType": true,
        "help": "\u003cb\u003eAutomatic\u003c/b\u003e maps GA4 event names with the built-in map (example: purchase → PURCHASE, add_to_cart → ADD_CART); \u003cb\u003eFixed\u003c/b\u003e sends every event this tag fires on as one type.",
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
        "help": "GA4 event name → Snap event type, winning over the built-in map; names match trimmed and in any case. Example: \u003cb\u003erequest_quote\u003c/b\u003e → \u003cb\u003eSIGN_UP\u003c/b\u003e.",
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
        "help": "An event in neither the overrides, the built-in map nor Snap\u0027s own names: skip it (the tag succeeds and logs why), or send it as a custom event. Example: \u003cb\u003escroll\u003c/b\u003e is skipped, or sent as \u003cb\u003eCUSTOM_EVENT_1\u003c/b\u003e.",
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
                "help": "Another name than \u003cb\u003e_lr_env\u003c/b\u003e must also be added to the \"Reads cookie value(s)\" permission; otherwise the tag logs a warning and sends without it. Example: \u003cb\u003e_lr_env\u003c/b\u003e.",
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
                "help": "The envelope or the stored ATS value, e.g. from a 1st-Party Cookie variable; a list gives its first valid value. Example: \u003cb\u003e{{Cookie - my_env}}\u003c/b\u003e.",
                "defaultValue": "",
                "valueHint": "{{Cookie - my_env}}"
              }
            ]
          }
        ],
        "simpleValueType": true,
        "help": "ATS.js stores the envelope in the \u003cb\u003e_lr_env\u003c/b\u003e first-party cookie (base64 of {\"envelope\": …, \"timestamp\": …}); a raw envelope is accepted too. Example: \u003cb\u003eCookie\u003c/b\u003e.",
        "defaultValue": "cookie"
      },
      {
        "type": "TEXT",
        "name": "envelopeMaxAgeDays",
        "displayName": "Maximum envelope age (days)",
        "simpleValueType": true,
        "help": "Older stored envelopes are ignored (they last 30 days, 15 in California); \u003cb\u003e0\u003c/b\u003e \u003d no limit. Values without a timestamp are used. Example: \u003cb\u003e30\u003c/b\u003e.",
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
        "help": "Skip (and log) an event with no envelope, no _scid and no click ID: Snap cannot attribute it. Example: untick to send anonymous page views anyway.",
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
        "help": "An envelope older than the interval (or without a timestamp) is renewed with LiveRamp before sending and written back to its cookie. A 204 answer means it expired: the event goes without it and the cookie is removed; any other answer keeps the old one. Never under denied ad_storage, \u003cb\u003eSec-GPC: 1\u003c/b\u003e, \u003cb\u003eDNT: 1\u003c/b\u003e or dry run; at most one call per envelope and interval. Example: ticked, renewing envelopes every 30 minutes.",
        "defaultValue": true
      },
      {
        "type": "TEXT",
        "name": "placementId",
        "displayName": "Placement ID",
        "simpleValueType": true,
        "help": "The \u003cb\u003epid\u003c/b\u003e of the refresh call; empty \u003d the ATS Configuration ID. Example: \u003cb\u003e13332\u003c/b\u003e.",
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
        "help": "Renew an envelope at least this old (LiveRamp: every 30 minutes of activity); from 1 to 43200 (values outside are clamped). Example: \u003cb\u003e30\u003c/b\u003e.",
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
        "help": "TCF v2 sends \u003cb\u003ect\u003d4\u0026amp;cv\u003d\u003c/b\u003e, CCPA \u003cb\u003ect\u003d3\u0026amp;cv\u003d\u003c/b\u003e with the string below, GPP \u003cb\u003egpp\u003c/b\u003e and \u003cb\u003egpp_sid\u003c/b\u003e. A chosen type with an empty value means no refresh. Example: \u003cb\u003eTCF v2\u003c/b\u003e.",
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
        "help": "The TCF v2 or US privacy string. Example: \u003cb\u003e{{Event Data - gdpr_consent}}\u003c/b\u003e or \u003cb\u003e1YNN\u003c/b\u003e.",
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
        "help": "Example: \u003cb\u003e{{Event Data - gpp}}\u003c/b\u003e.",
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
        "help": "Comma-separated. Example: \u003cb\u003e7\u003c/b\u003e (US National) or \u003cb\u003e8\u003c/b\u003e (California).",
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
        "help": "How long to wait for LiveRamp before sending with the old envelope; from 100 to 5000 (values outside are clamped). Example: \u003cb\u003e2000\u003c/b\u003e.",
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
        "help": "\u003cb\u003eauto\u003c/b\u003e lets the server choose the widest domain it may set. Example: \u003cb\u003eexample.com\u003c/b\u003e.",
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
        "help": "Max-age of the refreshed cookie; from 1 to 400 (values outside are clamped). Example: \u003cb\u003e30\u003c/b\u003e.",
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
        "help": "The click ID comes from the page URL\u0027s \u003cb\u003eScCid\u003c/b\u003e parameter (any case), else the \u003cb\u003e_scclid\u003c/b\u003e cookie; the tag never creates these cookies. Example: \u003ci\u003ehttps://shop.example/?ScCid\u003dabc123\u003c/i\u003e sends click_id \"abc123\".",
        "defaultValue": true
      },
      {
        "type": "CHECKBOX",
        "name": "sendDeviceInfo",
        "checkboxText": "Send the device model and OS version",
        "simpleValueType": true,
        "help": "From the event parameters device_model and os_version, else the client hints of Chromium browsers, else the user agent where it still tells (iPhone, iPad, Android web views). Example: \u003ci\u003eAndroid 14; Pixel 8\u003c/i\u003e sends device_model \"Pixel 8\", os_version \"Android 14\".",
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
        "help": "custom_data as uuid_c1 / click_id (LiveRamp\u0027s example), or user_data as sc_cookie1 / sc_click_id.",
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
        "help": "Default: the event\u0027s event_id, else transaction_id, else a generated ID. Use the Pixel\u0027s client_dedup_id so Snap can deduplicate. Example: \u003cb\u003e{{Event Data - event_id}}\u003c/b\u003e.",
        "defaultValue": "",
        "valueHint": "{{Event Data - event_id}}"
      },
      {
        "type": "TEXT",
        "name": "eventSourceUrlOverride",
        "displayName": "Event source URL",
        "simpleValueType": true,
        "help": "Default: page_location, else the Referer header. Example: \u003ci\u003ehttps://www.example.com/checkout\u003c/i\u003e.",
        "defaultValue": "",
        "valueHint": "https://www.example.com/checkout"
      },
      {
        "type": "TEXT",
        "name": "eventTag",
        "displayName": "Event tag",
        "simpleValueType": true,
        "help": "Sent as event_tag in custom_data. Example: \u003cb\u003epromo_summer_2025\u003c/b\u003e.",
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
        "newRowButtonText": "Add key",
        "help": "Adds a custom_data key, replaces one the tag sends (in place), or with an empty value removes it. Examples: \u003cb\u003edescription\u003c/b\u003e \u003d \u003cb\u003e{{Event Data - item_name}}\u003c/b\u003e; \u003cb\u003ecart_total\u003c/b\u003e \u003d (empty) to remove it."
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
        "help": "\u003cb\u003eRespect\u003c/b\u003e: nothing is sent when consent_state.ad_storage is false or the third character of x-ga-gcs is 0 (\u003cb\u003eG100\u003c/b\u003e); the tag succeeds and logs why. \u003cb\u003eIgnore\u003c/b\u003e only when triggers enforce consent. Example: \u003cb\u003eRespect\u003c/b\u003e.",
        "defaultValue": "respect"
      },
      {
        "type": "CHECKBOX",
        "name": "limitedDataUse",
        "checkboxText": "Limited Data Use",
        "simpleValueType": true,
        "help": "Adds data_use [\"lmu\"], asking Snap to limit processing (US state privacy laws). Example: tick for users who opted out of sale or sharing.",
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
        "help": "How long to wait for the adapter before the tag fails; from 100 to 15000 (values outside are clamped). Example: \u003cb\u003e5000\u003c/b\u003e.",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER",
            "errorMessage": "Enter milliseconds, e.g. 5000."
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
        "help": "Build and log the request without sending it (the tag succeeds). Example: tick while checking Preview.",
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
        "help": "One JSON line per event (Snap type, URL, body with identifiers cut to 6 characters, status, outcome, reason). Example: \u003cb\u003eDebug and preview only\u003c/b\u003e.",
        "defaultValue": "debug"
      }
    ]
  }
]


___SANDBOXED_JS_FOR_SERVER___

const JSON = require('JSON');
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
const parseUrl = require('parseUrl');
const queryPermission = require('queryPermission');
const sendHttpRequest = require('sendHttpRequest');
const setCookie = require('setCookie');
const sha256Sync = require('sha256Sync');
const templateDataStorage = require('templateDataStorage');
const toBase64 = require('toBase64');

// tag/rules.ts: The one home of the tag's rules.
var CONFIG_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$";
var ADAPTER_URL = "https://capi.analytics.rlcdn.com/send-events/";
var REFRESH_URL = "https://api.rlcdn.com/api/identity/v2/envelope/refresh";
var READABLE_COOKIES = ["_lr_env", "_scid", "_scclid"];
var SNAP_EVENT_TYPES = "PAGE_VIEW VIEW_CONTENT LIST_VIEW SEARCH ADD_CART ADD_TO_WISHLIST START_CHECKOUT ADD_BILLING PURCHASE SIGN_UP LOGIN SUBSCRIBE START_TRIAL SAVE SHARE INVITE RATE RESERVE AD_CLICK AD_VIEW COMPLETE_TUTORIAL LEVEL_COMPLETE ACHIEVEMENT_UNLOCKED SPENT_CREDITS CUSTOM_EVENT_1 CUSTOM_EVENT_2 CUSTOM_EVENT_3 CUSTOM_EVENT_4 CUSTOM_EVENT_5".split(" ");
var CUSTOM_EVENT_TYPES = SNAP_EVENT_TYPES.slice(SNAP_EVENT_TYPES.length - 5);
var BUILT_IN_EVENT_TYPES = {
	page_view: "PAGE_VIEW",
	view_item: "VIEW_CONTENT",
	view_item_list: "LIST_VIEW",
	search: "SEARCH",
	view_search_results: "SEARCH",
	add_to_cart: "ADD_CART",
	add_to_wishlist: "ADD_TO_WISHLIST",
	begin_checkout: "START_CHECKOUT",
	add_payment_info: "ADD_BILLING",
	purchase: "PURCHASE",
	sign_up: "SIGN_UP",
	generate_lead: "SIGN_UP",
	login: "LOGIN",
	tutorial_complete: "COMPLETE_TUTORIAL",
	level_end: "LEVEL_COMPLETE",
	unlock_achievement: "ACHIEVEMENT_UNLOCKED",
	spend_virtual_currency: "SPENT_CREDITS",
	share: "SHARE",
	view_promotion: "AD_VIEW",
	select_promotion: "AD_CLICK",
	start_trial: "START_TRIAL",
	subscribe: "SUBSCRIBE"
};
var DEFAULTS = {
	eventTypeMode: "auto",
	fixedEventType: "PURCHASE",
	unmappedEvents: "skip",
	envelopeSource: "cookie",
	envelopeCookieName: "_lr_env",
	envelopeMaxAgeDays: 30,
	requireIdentity: true,
	refreshEnvelope: true,
	placementId: "",
	refreshAfterMinutes: 30,
	refreshConsentType: "none",
	refreshConsentString: "",
	gppString: "",
	gppSid: "",
	refreshTimeoutMs: 2e3,
	cookieDomain: "auto",
	cookieLifetimeDays: 30,
	sendSnapIds: true,
	sendDeviceInfo: true,
	snapIdPlacement: "custom_data",
	eventIdOverride: "",
	eventSourceUrlOverride: "",
	eventTag: "",
	consentMode: "respect",
	limitedDataUse: false,
	timeoutMs: 5e3,
	dryRun: false,
	logging: "debug"
};
var CHOICES = {
	eventTypeMode: ["auto", "fixed"],
	unmappedEvents: ["skip"].concat(CUSTOM_EVENT_TYPES),
	envelopeSource: ["cookie", "value"],
	refreshConsentType: ["none", "tcf", "ccpa", "gpp"],
	snapIdPlacement: ["custom_data", "user_data"],
	consentMode: ["respect", "ignore"],
	logging: ["debug", "always", "never"]
};
var LIMITS = {
	timeoutMs: [100, 15e3],
	refreshAfterMinutes: [1, 43200],
	refreshTimeoutMs: [100, 5e3],
	cookieLifetimeDays: [1, 400]
};

// tag/values.ts: Type guards over untrusted values.
var isString = (v) => typeof v === "string";
var isFiniteNumber = (v) => typeof v === "number" && v - v === 0;
var isArray = (v) => typeof v === "object" && v !== null && getType(v) === "array";
var isObject = (v) => typeof v === "object" && v !== null && getType(v) === "object";
var prop = (obj, key) => typeof obj === "object" && obj !== null ? obj[key] : void 0;
var stringOf = (v) => typeof v === "string" ? v.trim() || void 0 : void 0;
var textOf = (v) => isFiniteNumber(v) ? "" + v : stringOf(v);
var objectsOf = (v) => isArray(v) ? v.filter(isObject) : [];

// tag/event-type.ts: The Snap event type of a GA4 event.
var normaliseEventName = (name) => typeof name === "string" ? name.trim().toLowerCase() : "";
var asSnapEventType = (type) => {
	const t = isString(type) ? type.trim().toUpperCase() : "";
	return SNAP_EVENT_TYPES.indexOf(t) >= 0 ? t : void 0;
};
function resolveEventType(eventName, settings) {
	if (settings.eventTypeMode === "fixed") {
		const fixed = settings.fixedEventType;
		const type = asSnapEventType(fixed);
		const reason = 'the fixed event type "' + fixed + '" is not a Snap event type: pick one from the "Fixed Snap event type" list';
		return type ? { eventType: type } : { reason: reason };
	}
	const name = normaliseEventName(eventName);
	for (const row of settings.overrides)
		if (row.ga4Event === name) return { eventType: row.snapEvent };
	const type = BUILT_IN_EVENT_TYPES.hasOwnProperty(name) ? BUILT_IN_EVENT_TYPES[name] : asSnapEventType(name) || (CUSTOM_EVENT_TYPES.indexOf(settings.unmappedEvents) >= 0 ? settings.unmappedEvents : void 0);
	if (type) return { eventType: type };
	return {
		reason: (name ? 'the GA4 event "' + name + '"' : "an event without an event_name") + ' has no Snap event type: add a row to "Event type overrides" or send unmapped events as a custom event'
	};
}

// tag/numbers.ts: Numbers and two-decimal prices.
var floor = (n) => n - n % 1;
function toNumber(v) {
	if (typeof v === "number") return v - v === 0 ? v : void 0;
	if (typeof v !== "string") return void 0;
	const t = v.trim();
	const n = +t;
	return t !== "" && n - n === 0 && ("" + n === t || t.length <= 40 && t.match("^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)$")) ? n : void 0;
}
function twoDecimals(n) {
	const abs = n < 0 ? -n : n, exact = abs * 100 + 1e-7 + 0.5, cents = exact - exact % 1;
	return !(abs < 1e15) ? void 0 : (n < 0 && cents > 0 ? "-" : "") + (cents / 100 - cents / 100 % 1) + (cents % 100 < 10 ? ".0" : ".") + cents % 100;
}
var moneyOf = (v) => {
	const n = typeof v === "number" ? v : toNumber(v);
	return n === void 0 ? void 0 : twoDecimals(n);
};
var quantityOf = (v) => {
	const n = typeof v === "number" ? v : toNumber(v);
	return n !== void 0 && n >= 1e-6 && n <= 1e6 ? n : void 0;
};
var plainNumberText = (n) => n - n === 0 && ("" + n).indexOf("e") < 0 ? "" + n : void 0;
var numberOrText = (v) => {
	const n = toNumber(v);
	if (n !== void 0) return n;
	const t = typeof v === "string" ? v.trim() : "";
	return t === "" ? void 0 : t;
};

// tag/config.ts: The tag's settings, read once per firing.
function coerce(name, v) {
	const fallback = DEFAULTS[name];
	const t = isString(v) ? v.trim().toLowerCase() : "";
	if (typeof fallback === "boolean") {
		return typeof v === "boolean" ? v : t === "true" ? true : t === "false" ? false : fallback;
	}
	if (typeof fallback === "number") {
		const n = toNumber(v);
		const range = LIMITS.hasOwnProperty(name) ? LIMITS[name] : void 0;
		if (n === void 0 || !range && n < 0) return fallback;
		return !range ? n : n < range[0] ? range[0] : n > range[1] ? range[1] : n;
	}
	if (CHOICES.hasOwnProperty(name)) {
		return CHOICES[name].indexOf(v) >= 0 ? v : fallback;
	}
	const text = textOf(v);
	return text === void 0 ? fallback : text;
}
function overridesOf(v) {
	const out = [];
	for (const row of objectsOf(v)) {
		const ga4Event = normaliseEventName(row.ga4Event);
		const snapEvent = asSnapEventType(row.snapEvent);
		if (ga4Event !== "" && snapEvent !== void 0) {
			out.push({ ga4Event: ga4Event, snapEvent: snapEvent });
		}
	}
	return out;
}
function readConfig(values) {
	const given = values, cfg = {
		atsConfigId: given.atsConfigId === "" ? void 0 : given.atsConfigId,
		envelopeValue: given.envelopeValue === "" ? void 0 : given.envelopeValue,
		pixelId: given.pixelId === "" ? void 0 : textOf(given.pixelId),
		overrides: given.eventTypeOverrides === void 0 ? [] : overridesOf(given.eventTypeOverrides),
		customData: given.customData === void 0 ? [] : objectsOf(given.customData)
	};
	for (const name in DEFAULTS) {
		cfg[name] = given[name] === DEFAULTS[name] || given[name] === "" + DEFAULTS[name] ? DEFAULTS[name] : coerce(name, given[name]);
	}
	return cfg;
}

// tag/consent.ts: Ad-storage consent and the browser's opt-out signals.
function adStorageDenial(event) {
	const adStorage = prop(event.consent_state, "ad_storage");
	const gcs = event["x-ga-gcs"];
	if (adStorage === false || adStorage === "denied") {
		return "consent_state.ad_storage is " + (adStorage ? '"denied"' : "false");
	}
	return typeof gcs === "string" && gcs.charAt(2) === "0" ? 'x-ga-gcs "' + gcs + '" denies ad_storage' : void 0;
}
var signalOn = (header) => isString(header) && header.trim() === "1";

// tag/device.ts: Device, description and delivery method.
function isVersion(s, sep) {
	if (s === "" || (sep + s + sep).indexOf(sep + sep) >= 0) return false;
	const digits = "1" + s.split(sep).join("");
	if (digits.length < 16 && digits.indexOf(".") < 0) return "" + +digits === digits;
	for (let i = 0; i < s.length; i++) {
		const c = s.charAt(i);
		if (c !== sep && (c < "0" || c > "9")) return false;
	}
	return true;
}
function fromUserAgent(userAgent) {
	const head = typeof userAgent === "string" ? userAgent.substring(0, 300) : "", open = head.indexOf("("), close = head.indexOf(")", open), parts = open < 0 || close < 0 ? [""] : head.substring(open + 1, close).split(";"), device = parts[0].trim(), system = (parts[1] || "").trim(), words = system.split(" "), version = "" + words[words.length - 5], apple = device === "iPhone" ? "CPU iPhone OS " : device === "iPad" ? "CPU OS " : "";
	if (apple && system === apple + version + " like Mac OS X" && isVersion(version, "_")) {
		const major = version.split("_")[0], ios = device === "iPhone" || major.length === 1 || "10 11 12".indexOf(major) >= 0;
		return [device, (ios ? "iOS " : "iPadOS ") + version.split("_").join(".")];
	}
	const model = (parts[2] || "").split(" Build/")[0].trim(), android = device === "Linux" && system.substring(0, 8) === "Android " && isVersion(system.substring(8), ".");
	return android && model !== "" && model !== "K" ? [model, system] : [];
}
function deviceInfo(params, clientHints, userAgent) {
	const hints = clientHints, platform = hints ? stringOf(hints.platform) : void 0, version = hints ? stringOf(hints.platform_version) : void 0, model = stringOf(params.deviceModel) || (hints ? stringOf(hints.model) : void 0), os = stringOf(params.osVersion) || (platform && version ? platform + " " + version : platform), agent = model && os ? [] : fromUserAgent(userAgent());
	return { device_model: model || agent[0], os_version: os || agent[1] };
}
function deliveryMethodOf(value) {
	const text = isString(value) ? value.trim() : value;
	const method = isString(text) ? text.toLowerCase() : "";
	const shown = isString(text) ? '"' + text + '"' : "(" + typeof text + ")";
	if (method === "in_store" || method === "curbside" || method === "delivery")
		return { value: method };
	if (text === void 0 || text === null || text === "") return {};
	return {
		warning: "delivery_method " + (shown.length > 42 ? shown.substring(0, 41) + '…"' : shown) + " dropped: Snap accepts in_store, curbside or delivery"
	};
}

// tag/custom-data-forms.ts: The "Custom data" table rows, in each key's form.
var currencyOf = (v) => {
	const upper = typeof v === "string" ? v.trim().toUpperCase() : "", a = upper.charAt(0), b = upper.charAt(1), c = upper.charAt(2);
	return upper.length === 3 && a >= "A" && a <= "Z" && b >= "A" && b <= "Z" && c >= "A" && c <= "Z" ? upper : void 0;
};
var listOf = (one) => (v) => {
	const out = (isArray(v) ? v : [v]).map(one);
	return out.length && out.indexOf(void 0) < 0 ? out : void 0;
};
function content(v) {
	const entry = { id: isObject(v) ? textOf(v.id) : void 0 };
	for (const key in isObject(v) ? v : {}) {
		const value = v[key];
		const n = toNumber(value);
		if (key === "delivery_category") entry[key] = textOf(value);
		else if (key === "item_price" || key === "quantity" && n !== void 0 && n > 0)
			entry[key] = n;
		else if (key !== "id") return void 0;
		if (entry[key] === void 0) return void 0;
	}
	return entry.id === void 0 ? void 0 : entry;
}
function formOf(key) {
	const text = "content_type search_string sign_up_method description delivery_method device_model os_version country region event_tag uuid_c1 click_id";
	const forms = {
		item_ids: [listOf(textOf), "a list of item IDs"],
		item_category: [
			(v) => isArray(v) ? listOf(textOf)(v) : textOf(v),
			"a category or a list of categories"
		],
		brands: [listOf(textOf), "a list of brands"],
		contents: [
			listOf(content),
			"a list of {id, quantity, item_price, delivery_category} objects (from a variable)"
		],
		price: [listOf(moneyOf), "a price or a list of prices, e.g. 49.5"],
		currency: [currencyOf, "a three-letter currency code, e.g. EUR"],
		number_items: [
			(v) => isArray(v) ? listOf(toNumber)(v) : toNumber(v) >= 0 ? plainNumberText(toNumber(v)) : void 0,
			"a number of items, e.g. 2"
		],
		cart_total: [moneyOf, "an amount, e.g. 49.5"],
		level: [numberOrText, "a level number or name"],
		predicted_ltv: [toNumber, "a number, e.g. 420.5"],
		customer_status: [
			(v) => v === "new" || v === "returning" ? v : void 0,
			'"new" or "returning"'
		],
		data_use: [listOf((v) => v === "lmu" ? v : void 0), '"lmu" (Limited Data Use)']
	};
	return text.split(" ").indexOf(key) >= 0 ? [textOf, "text"] : forms.hasOwnProperty(key) ? forms[key] : void 0;
}
function applyCustomDataRows(list, rows, warn) {
	for (let r = 0; r < rows.length; r++) {
		const key = textOf(rows[r].key);
		const given = rows[r].value;
		const form = key === void 0 ? void 0 : formOf(key);
		const value = isString(given) ? given.trim() : given;
		const valid = typeof given === "number" ? isFiniteNumber(given) : typeof given !== "function";
		const converted = valid && form ? form[0](value) : value;
		let at = -1;
		for (let i = 0; i < list.length && at < 0; i++) if (list[i].key === key) at = i;
		if (key === void 0) warn("custom data row " + (r + 1) + " has no key and was ignored");
		else if (value === void 0 || value === null || value === "") {
			if (at >= 0) list = list.slice(0, at).concat(list.slice(at + 1));
		} else if (!valid || converted === void 0) {
			const expected = !valid ? "a string, number, boolean, list or object" : form[1];
			warn('custom data "' + key + '" ignored: the value must be ' + expected);
		} else if (at >= 0) list[at] = { key: key, value: converted };
		else list.push({ key: key, value: converted });
	}
	return list;
}

// tag/custom-data.ts: The adapter's custom_data list.
var MAX_ITEMS = 100;
function buildCustomData(req, cfg, ids) {
	const event = req.event, list = [], put = (key, value) => value !== void 0 && list.push({ key: key, value: value }), items = event.items, itemIds = [], categories = [], brands = [], contents = [], prices = [], n = isArray(items) ? items.length : 0;
	let quantities = 0, count = 0;
	for (let i = 0; i < n; i++) {
		const item = items[i], rawId = item ? item.item_id : void 0, id = typeof rawId === "string" ? rawId.trim() : textOf(rawId);
		if (!id || ++count > MAX_ITEMS) continue;
		const rawCategory = item.item_category, rawBrand = item.item_brand, rawDelivery = item.delivery_category, category = typeof rawCategory === "string" ? rawCategory.trim() : "", brand = typeof rawBrand === "string" ? rawBrand.trim() : "", quantity = quantityOf(item.quantity) || 1, price = toNumber(item.price), money = price === void 0 ? void 0 : twoDecimals(price), entry = {
			id: id,
			quantity: quantity,
			item_price: price,
			delivery_category: typeof rawDelivery === "string" ? rawDelivery.trim() || void 0 : void 0
		};
		itemIds.push(id);
		if (category && categories.indexOf(category) < 0) categories.push(category);
		if (brand && brands.indexOf(brand) < 0) brands.push(brand);
		if (money) prices.push(money);
		contents.push(entry);
		quantities += quantity;
	}
	if (count > MAX_ITEMS) {
		req.warn(
			"items: only the first " + MAX_ITEMS + " of " + count + " items with an item_id are sent"
		);
	}
	const total = event.value === void 0 ? void 0 : moneyOf(event.value);
	if (itemIds.length) {
		list.push({ key: "item_ids", value: itemIds });
		if (categories.length)
			list.push({
				key: "item_category",
				value: categories.length === 1 ? categories[0] : categories
			});
		if (brands.length) list.push({ key: "brands", value: brands });
		list.push({ key: "contents", value: contents }, { key: "content_type", value: "product" });
		if (prices.length) list.push({ key: "price", value: prices });
	} else if (total) list.push({ key: "price", value: [total] });
	if (event.currency !== void 0) put("currency", currencyOf(event.currency));
	if (itemIds.length) put("number_items", plainNumberText(quantities));
	put("cart_total", total);
	if (event.search_term !== void 0 || event.method !== void 0 || event.level !== void 0 || event.predicted_ltv !== void 0 || event.customer_lifetime_value !== void 0 || event.new_customer !== void 0 || event.user_data !== void 0) {
		otherKeys(event, put);
	}
	if (cfg.eventTag) put("event_tag", cfg.eventTag);
	if (cfg.limitedDataUse) put("data_use", ["lmu"]);
	put("uuid_c1", ids.scid);
	put("click_id", ids.clickId);
	if (event.description !== void 0) put("description", stringOf(event.description));
	if (event.delivery_method !== void 0) {
		const delivery = deliveryMethodOf(event.delivery_method);
		if (delivery.warning) req.warn(delivery.warning);
		put("delivery_method", delivery.value);
	}
	if (cfg.sendDeviceInfo) {
		const device = deviceInfo(
			{ deviceModel: event.device_model, osVersion: event.os_version },
			event.client_hints,
			() => stringOf(event.user_agent) || req.header("user-agent")
		);
		put("device_model", device.device_model);
		put("os_version", device.os_version);
	}
	return cfg.customData.length ? applyCustomDataRows(list, cfg.customData, req.warn) : list;
}
function otherKeys(event, put) {
	put("search_string", textOf(event.search_term));
	put("sign_up_method", textOf(event.method));
	put("level", numberOrText(event.level));
	const ltv = toNumber(event.predicted_ltv);
	put("predicted_ltv", ltv !== void 0 ? ltv : toNumber(event.customer_lifetime_value));
	const isNew = event.new_customer;
	put(
		"customer_status",
		isNew === true || isNew === "true" ? "new" : isNew === false || isNew === "false" ? "returning" : void 0
	);
	const addresses = prop(event.user_data, "address");
	const address = isArray(addresses) ? objectsOf(addresses)[0] : addresses;
	put("country", stringOf(prop(address, "country")));
	put("region", stringOf(prop(address, "region")));
}

// tag/envelope.ts: The LiveRamp ATS envelope.
function decodeBase64(text) {
	const std = (text.indexOf("-") + text.indexOf("_") > -2 ? text.split("-").join("+").split("_").join("/") : text).split("=")[0], rest = std.length % 4;
	return rest === 1 ? void 0 : fromBase64(std + (rest === 2 ? "==" : rest === 3 ? "=" : ""));
}
function fromRecord(json) {
	const record = JSON.parse(json), isRecord = isObject(record), list = isRecord ? record.envelope : void 0, envelope = typeof list === "string" ? stringOf(list) : isArray(list) ? list.map(stringOf).filter(isString)[0] : void 0, stamp = envelope ? record.timestamp : void 0, ts = typeof stamp === "number" && stamp - stamp === 0 ? stamp : toNumber(stamp);
	if (!isRecord) return "not a JSON object";
	if (!envelope) return 'a JSON object without an "envelope" string';
	return {
		partnerId: envelope,
		timestampMs: ts !== void 0 && ts > 0 ? ts < 1e12 ? ts * 1e3 : ts : void 0,
		version: stringOf(record.version) ? record.version : void 0
	};
}
function parseEnvelopeValue(value) {
	if (typeof value !== "string") return "not a string";
	const text = value.trim();
	if (text === "") return "empty";
	if (text.charAt(0) === "{") return fromRecord(text);
	if (!text.match("^[A-Za-z0-9+/_-]+=*$")) {
		return "neither base64 ATS data nor a raw envelope (unexpected characters)";
	}
	const decoded = ("" + decodeBase64(text)).trim(), record = decoded.charAt(0) === "{" ? fromRecord(decoded) : { partnerId: text };
	return typeof record === "string" ? "base64 of " + record : record;
}
var MAX_ENVELOPE_CANDIDATES = 10;
function chooseEnvelope(values, origin, nowMs, maxAgeDays, warn) {
	const max = MAX_ENVELOPE_CANDIDATES;
	let chosen, count = values.length;
	if (count > max) {
		warn(origin + ": only the first " + max + " of " + count + " values were considered");
		count = max;
	}
	for (let i = 0; i < count; i++) {
		const parsed = parseEnvelopeValue(values[i]), stamp = typeof parsed === "string" ? void 0 : parsed.timestampMs, days = stamp ? (nowMs - stamp) / 864e5 : 0;
		let reason = typeof parsed === "string" ? parsed : void 0;
		if (maxAgeDays > 0 && days > maxAgeDays) {
			reason = "expired: stored " + floor(days) + " days ago, the maximum age is " + maxAgeDays + " days";
		} else if (!reason && chosen) reason = "not used: an earlier value is valid";
		else if (!reason) chosen = parsed;
		if (reason) warn(origin + " value " + (i + 1) + " of " + count + " ignored: " + reason);
	}
	return chosen;
}

// tag/snap-ids.ts: Snap's _scid and click ID.
var firstValue = (values) => stringOf(values[0]) || (values.length > 1 ? values.map(stringOf).filter(isString)[0] : void 0);
var decoded = (text) => text.indexOf("%") < 0 ? text : decodeUriComponent(text);
var isClickIdName = (name) => ("" + decoded(name)).trim().toLowerCase() === "sccid";
function clickIdFromUrl(url) {
	const query = typeof url === "string" ? url.split("#")[0] : "", start = query.indexOf("?");
	for (const pair of start < 0 ? [] : query.substring(start + 1).split("&")) {
		const eq = pair.indexOf("="), value = eq > 0 && isClickIdName(pair.substring(0, eq)) ? stringOf(
			decoded(
				pair.substring(eq + 1).split("+").join(" ")
			)
		) : void 0;
		if (value) return value;
	}
	return void 0;
}
function snapIds(pageLocation, scid, scclid) {
	return { scid: firstValue(scid), clickId: clickIdFromUrl(pageLocation) || firstValue(scclid()) };
}
function maskClickIdInUrl(url, mask) {
	if (url.indexOf("%") < 0 && url.toLowerCase().indexOf("sccid") < 0) return url;
	let out = "", from = 0;
	for (let eq = url.indexOf("="); eq >= 0; eq = url.indexOf("=", eq + 1)) {
		let at = eq;
		while (at > from && "?&#/;=".indexOf(url.charAt(at - 1)) < 0) at--;
		if (!at || at === eq || url.charAt(at - 1) === "=" || !isClickIdName(url.substring(at, eq))) {
			continue;
		}
		const amp = url.indexOf("&", eq), hash = url.indexOf("#", eq), end = amp < 0 ? hash < 0 ? url.length : hash : hash < 0 || amp < hash ? amp : hash;
		if (eq >= end - 1) continue;
		out = out + url.substring(from, eq + 1) + mask(url.substring(eq + 1, end));
		from = eq = end;
	}
	return out + url.substring(from);
}

// tag/event.ts: The adapter request for one event (pure).
var ended = (step) => step.outcome !== void 0;
var stop = (outcome, reason, eventType) => ({
	outcome: outcome,
	reason: reason,
	eventType: eventType
});
function envelopeOf(cfg, req) {
	const name = cfg.envelopeCookieName, value = cfg.envelopeValue, fromField = cfg.envelopeSource === "value", values = fromField ? isArray(value) ? value : value === void 0 ? [] : [value] : req.envelopeCookie, origin = fromField ? "envelope field" : '"' + name + '" cookie';
	if (!values) {
		req.warn(
			'cookie "' + name + '" not read: the "Reads cookie value(s)" permission of this template does not list it; add it there (Templates > this template > Permissions), or set "Envelope source" to "Value" with a 1st-Party Cookie variable; sending without the envelope'
		);
	}
	return values && chooseEnvelope(values, origin, req.nowMs, cfg.envelopeMaxAgeDays, req.warn);
}
function admit(cfg, req) {
	const id = cfg.atsConfigId, configId = typeof id === "string" ? id.trim() : "", event = req.event, denial = adStorageDenial(event);
	if (!configId.match(CONFIG_ID_PATTERN)) {
		const problem = configId === "" && (isString(id) || id === void 0 || id === null) ? "is missing" : isString(id) ? '"' + id + '" is not valid' : "is not text (" + (isArray(id) ? "array" : typeof id) + ")";
		return stop(
			"failure",
			"the ATS Configuration ID " + problem + ': copy it from LiveRamp Console (ATS > Web > your configuration > Admin > Placement Details); letters, digits, "-" and "_" only'
		);
	}
	if (denial && cfg.consentMode === "respect") {
		return stop("skipped", "consent denied: " + denial + "; nothing sent");
	}
	const type = resolveEventType(req.eventName, cfg);
	if (!type.eventType) return stop("skipped", "unmapped event: " + type.reason);
	return {
		configId: configId,
		eventType: type.eventType,
		envelope: envelopeOf(cfg, req),
		ids: cfg.sendSnapIds ? snapIds(event.page_location, req.scid, req.scclid) : {},
		consentDenied: !!denial
	};
}
function buildEvent(cfg, req, admitted, partnerId) {
	const ids = admitted.ids, eventType = admitted.eventType, event = req.event, inUserData = cfg.snapIdPlacement === "user_data";
	if (cfg.requireIdentity && !partnerId && !ids.scid && !ids.clickId) {
		return stop(
			"skipped",
			'no identity: no ATS envelope, no _scid and no click ID for this event (untick "Require an identity" to send anyway)',
			eventType
		);
	}
	const eventId = cfg.eventIdOverride || textOf(event.event_id) || textOf(event.transaction_id) || req.nowMs + "." + req.random(), sourceUrl = cfg.eventSourceUrlOverride || stringOf(event.page_location) || stringOf(req.header("referer")), scid = inUserData ? ids.scid : void 0, clickId = inUserData ? ids.clickId : void 0, customData = buildCustomData(req, cfg, inUserData ? {} : ids), snapEvent = {
		event_manager: ["snapchat"],
		event_id: eventId,
		event_type: eventType,
		event_time: floor(req.nowMs / 1e3),
		event_source_url: sourceUrl || void 0,
		user_data: partnerId || scid || clickId ? { partner_id: partnerId || void 0, sc_cookie1: scid, sc_click_id: clickId } : void 0,
		custom_data: customData.length ? customData : void 0
	};
	if (eventType === "PURCHASE") {
		const has = {};
		for (let i = 0; i < customData.length && !(has.price && has.currency); i++) {
			has[customData[i].key] = true;
		}
		const missing = has.price ? "currency" : has.currency ? "price" : "price and currency";
		if (!has.price || !has.currency) {
			req.warn(
				"PURCHASE without " + missing + ": LiveRamp's adapter requires price and currency for PURCHASE"
			);
		}
	}
	const url = ADAPTER_URL + admitted.configId, body = JSON.stringify({ events: [snapEvent] });
	if (!cfg.dryRun && body) return { eventType: eventType, url: url, body: body, event: snapEvent };
	const result = cfg.dryRun ? stop("skipped", "dry run: request built and logged, not sent", eventType) : stop("failure", "the request body could not be serialised", eventType);
	result.url = url;
	result.event = snapEvent;
	return result;
}

// tag/gtm.ts: The tag's one edge to GTM.
var RANDOM_MIN = 1e8;
var RANDOM_MAX = 999999999;
function readRequest(cfg, warn) {
	const all = getAllEventData(), event = typeof all === "object" && all !== null ? all : {}, name = event.event_name, cookie = cfg.envelopeCookieName, headers = {};
	return {
		event: event,
		eventName: typeof name === "string" ? name : "",
		envelopeCookie: cfg.envelopeSource !== "cookie" ? [] : READABLE_COOKIES.indexOf(cookie) >= 0 || queryPermission("get_cookies", cookie) ? getCookieValues(cookie) : void 0,
		scid: cfg.sendSnapIds ? getCookieValues("_scid") : [],
		nowMs: getTimestampMillis(),
		scclid: () => getCookieValues("_scclid"),
		header: (header) => {
			if (!headers.hasOwnProperty(header)) headers[header] = getRequestHeader(header);
			return headers[header];
		},
		remoteAddress: getRemoteAddress,
		random: () => generateRandom(RANDOM_MIN, RANDOM_MAX),
		warn: warn
	};
}
function loggingOn(mode) {
	const version = mode === "debug" ? getContainerVersion() : void 0;
	return mode === "always" || !!version && (version.debugMode === true || version.previewMode === true);
}
var post = (url, body, timeoutMs) => sendHttpRequest(
	url,
	{ method: "POST", headers: { "Content-Type": "application/json" }, timeout: timeoutMs },
	body
);
var get = (url, headers, timeoutMs) => sendHttpRequest(url, { method: "GET", headers: headers, timeout: timeoutMs });
function writeCookie(name, value, options) {
	const permitted = queryPermission("set_cookies", name, options);
	if (permitted) setCookie(name, value, options, true);
	return permitted;
}

// tag/log.ts: The log lines, identifiers redacted.
var redact = (value) => (isString(value) ? value.substring(0, 6) : "") + "…";
function redactEvent(event) {
	const copy = JSON.parse(JSON.stringify(event));
	const userData = copy.user_data || {};
	if (copy.event_source_url)
		copy.event_source_url = maskClickIdInUrl(copy.event_source_url, redact);
	for (const key of ["partner_id", "sc_cookie1", "sc_click_id"]) {
		if (userData[key]) userData[key] = redact(userData[key]);
	}
	for (const entry of copy.custom_data || []) {
		if (entry.key === "uuid_c1" || entry.key === "click_id") entry.value = redact(entry.value);
	}
	return copy;
}
var NO_CONNECTION = "the request to the adapter failed (no connection: DNS, refused or TLS)";
function answerReason(status, body, secrets) {
	if (status >= 200 && status < 300) return "sent";
	let text = isString(body) ? body : "";
	for (const secret of secrets) {
		if (secret) text = text.split(secret).join(redact(secret));
	}
	return "the adapter answered HTTP " + status + (text === "" ? "" : ": " + text.substring(0, 500));
}
function line(eventName, fields) {
	const all = { source: "snapchat-capi-ats", event: eventName };
	for (const key in fields) all[key] = fields[key];
	return JSON.stringify(all);
}
var resultLine = (eventName, pixelId, r) => line(eventName, {
	eventType: r.eventType,
	pixelId: pixelId,
	outcome: r.outcome,
	reason: r.reason,
	status: r.status,
	url: r.url,
	body: r.event && { events: [redactEvent(r.event)] }
});
var warningLine = (eventName, warning) => line(eventName, { warning: warning });
var refreshLine = (eventName, r) => line(eventName, { refresh: r.action, from: r.source, cookie: r.cookie, reason: r.reason });

// tag/refresh.ts: The ATS envelope refresh.
var TYPE_19 = "19";
function age(ms, afterMs) {
	return floor(ms / 6e4) + " minutes old (refresh after " + floor(afterMs / 6e4) + ")";
}
function refreshDecision(cfg, req, envelope, consentDenied) {
	const refused = (why) => ({ due: false, quiet: false, reason: "no refresh: " + why }), afterMs = cfg.refreshAfterMinutes * 6e4, ts = envelope && envelope.timestampMs, ms = req.nowMs - ts, reason = ts === void 0 ? "envelope has no timestamp" : ms < -afterMs ? "envelope timestamp is in the future" : ms >= afterMs ? "envelope is " + age(ms, afterMs) : "", quiet = !cfg.refreshEnvelope ? "refresh disabled" : cfg.dryRun ? "dry run: no refresh call" : !envelope ? "no envelope to refresh" : !reason ? "envelope is fresh: " + age(ms < 0 ? 0 : ms, afterMs) : "";
	if (quiet) return { due: false, quiet: true, reason: quiet };
	if (consentDenied) return refused("ad_storage consent denied");
	if (signalOn(req.header("sec-gpc"))) return refused("the request carries Sec-GPC: 1");
	if (signalOn(req.header("dnt"))) return refused("the request carries DNT: 1");
	return { due: true, quiet: false, reason: reason };
}
function refreshUrl(cfg, placementId, envelope) {
	const type = cfg.refreshConsentType;
	const consent = type === "gpp" ? ["gpp", cfg.gppString, "gpp_sid", cfg.gppSid] : type === "none" ? [] : ["ct", type === "tcf" ? "4" : "3", "cv", cfg.refreshConsentString];
	if (!placementId.match(CONFIG_ID_PATTERN)) {
		return {
			reason: "no refresh: the placement ID must be letters, digits, - and _ (up to 128); check the Placement ID field"
		};
	}
	if (consent.indexOf("") >= 0) {
		const what = type === "gpp" ? "GPP consent selected but the GPP string or section ID" : (type === "tcf" ? "TCF v2" : "CCPA") + " consent selected but the consent string";
		return { reason: "no refresh: " + what + " is empty" };
	}
	const query = ["pid", placementId, "it", TYPE_19, "iv", envelope].concat(consent);
	let url = REFRESH_URL;
	for (let i = 0; i < query.length; i += 2) {
		const value = encodeUriComponent(query[i + 1]);
		if (value === void 0)
			return { reason: "no refresh: a query value cannot be URL-encoded (invalid unicode)" };
		url = url + (i ? "&" : "?") + query[i] + "=" + value;
	}
	return { url: url };
}
function userIp(value) {
	const ip = isString(value) ? value.trim() : "";
	return ip.match("^[0-9A-Fa-f:.]{2,45}$") ? ip : void 0;
}
function pageOrigin(url) {
	const parsed = isString(url) && url !== "" ? parseUrl(url) : void 0;
	const web = parsed && (parsed.protocol === "https:" || parsed.protocol === "http:");
	return web && isString(parsed.origin) && parsed.origin !== "" ? parsed.origin : void 0;
}
function refreshOutcome(statusCode, body, failure) {
	const kept = (why) => ({
		kind: "kept",
		reason: why + "; keeping the old envelope"
	});
	const answered = "refresh answered " + statusCode;
	if (failure !== void 0) {
		return kept(
			prop(failure, "reason") === "timed_out" ? "refresh timed out" : "refresh request failed"
		);
	}
	if (statusCode === 204) return { kind: "expired", reason: answered + ": the envelope expired" };
	if (statusCode !== 200) return kept(answered);
	if (!isString(body) || body === "") return kept(answered + " with an empty body");
	const parsed = JSON.parse(body);
	const list = prop(parsed, "envelopes");
	if (!isObject(parsed)) return kept(answered + " with a body that is not a JSON object");
	if (!isArray(list)) return kept(answered + " without an envelopes list");
	for (const entry of list) {
		const type = prop(entry, "type");
		const envelope = stringOf(prop(entry, "value"));
		if (envelope && envelope.length <= 3e3 && (type === 19 || type === TYPE_19)) {
			return { kind: "refreshed", reason: "envelope refreshed", envelope: envelope };
		}
	}
	return kept(answered + " without a usable type-19 envelope");
}
function cacheKey(placementId, envelope) {
	return "lr_env_refresh_" + sha256Sync(placementId + "\n" + envelope, { outputEncoding: "hex" });
}
function liveEntry(value, nowMs) {
	const entry = value;
	const outcome = prop(value, "outcome");
	if (!isObject(value) || !isFiniteNumber(entry.expiresAtMs) || entry.expiresAtMs <= nowMs) {
		return void 0;
	}
	if (entry.state === "pending") return entry;
	const kind = isObject(outcome) && isString(outcome.reason) ? outcome.kind : void 0;
	const refreshed = kind === "refreshed" && isString(outcome.envelope) && typeof entry.refreshedAtMs === "number";
	return entry.state === "done" && (refreshed || kind === "expired" || kind === "kept") ? entry : void 0;
}
function cacheEntry(nowMs, lifetimeMs, outcome) {
	if (!outcome) return { state: "pending", expiresAtMs: nowMs + lifetimeMs + 1e3 };
	const entry = { state: "done", outcome: outcome, expiresAtMs: nowMs + lifetimeMs };
	if (outcome.kind === "refreshed") entry.refreshedAtMs = nowMs;
	return entry;
}
function cookieValue(envelope, timestampMs, version) {
	const json = JSON.stringify({
		timestamp: timestampMs,
		version: version || "1.0.0",
		envelope: envelope
	});
	return json === void 0 ? void 0 : encodeUriComponent(toBase64(json));
}
function cookieOptions(domain, lifetimeDays) {
	const options = {
		domain: domain,
		path: "/",
		"max-age": floor(lifetimeDays * 86400),
		secure: true,
		samesite: "Lax"
	};
	if (!lifetimeDays) options.expires = "Thu, 01 Jan 1970 00:00:00 GMT";
	return options;
}
var skipped = (partnerId, reason) => ({
	partnerId: partnerId,
	action: "skipped",
	source: "none",
	cookie: "none",
	reason: reason
});
function permissionMissing(what) {
	return "no refresh: the template's " + what + " permission is missing; restore it (Templates > this template > Permissions)";
}
function refreshEnvelope(cfg, req, configId, envelope, cause, done) {
	const old = envelope.partnerId;
	const skip = (reason) => done(skipped(old, reason));
	const apply = (outcome, refreshedAtMs, source) => {
		const renewed = outcome.envelope;
		const name = cfg.envelopeCookieName;
		const value = renewed ? cookieValue(renewed, refreshedAtMs, envelope.version) : "";
		const result = {
			partnerId: outcome.kind === "kept" ? old : renewed,
			action: outcome.kind,
			source: source,
			cookie: "none",
			reason: cause + "; " + outcome.reason + (source === "cache" ? " (cached)" : "")
		};
		if (outcome.kind !== "kept" && cfg.envelopeSource === "cookie" && value !== void 0) {
			const options = cookieOptions(cfg.cookieDomain, renewed ? cfg.cookieLifetimeDays : 0);
			result.cookie = !writeCookie(name, value, options) ? "not permitted" : renewed ? "written" : "expired";
		}
		if (result.cookie === "not permitted") {
			result.reason += "; cookie " + name + " not written: add it to the set_cookies permission or use the cookie name _lr_env";
		}
		return result;
	};
	if (!queryPermission("access_template_storage")) {
		return skip(permissionMissing("access_template_storage"));
	}
	const placementId = cfg.placementId || configId;
	const key = cacheKey(placementId, old);
	const stored = templateDataStorage.getItemCopy(key);
	const entry = liveEntry(stored, req.nowMs);
	if (stored !== void 0 && stored !== null && !entry) templateDataStorage.removeItem(key);
	if (entry && entry.outcome) return done(apply(entry.outcome, entry.refreshedAtMs, "cache"));
	if (entry) return skip(cause + "; a refresh of this envelope is in flight: sending it as is");
	const call = refreshUrl(cfg, placementId, old);
	const ip = userIp(req.event.ip_override) || userIp(req.remoteAddress());
	const origin = pageOrigin(req.event.page_location) || pageOrigin(req.header("referer"));
	if (!call.url) return skip(call.reason);
	if (!ip)
		return skip("no refresh: no user IP (ip_override or remote address) for X-Forwarded-For");
	if (!origin) return skip("no refresh: no page origin (page_location or Referer) for Origin");
	if (!queryPermission("send_http", call.url)) {
		return skip(permissionMissing("send_http (" + REFRESH_URL + "*)"));
	}
	const now = req.nowMs;
	templateDataStorage.setItemCopy(key, cacheEntry(now, cfg.refreshTimeoutMs));
	get(call.url, { "X-Forwarded-For": ip, Origin: origin }, cfg.refreshTimeoutMs).then(
		(response) => refreshOutcome(response.statusCode, response.body),
		(failure) => refreshOutcome(void 0, void 0, failure || {})
	).then((outcome) => {
		templateDataStorage.setItemCopy(
			key,
			cacheEntry(now, cfg.refreshAfterMinutes * 6e4, outcome)
		);
		return apply(outcome, now, "call");
	}).catch(() => skipped(old, cause + "; the refresh step failed: sending the old envelope")).then(done);
}

// tag/flow.ts: One firing, straight through.
function runTag(tagData) {
	const cfg = readConfig(tagData), logging = loggingOn(cfg.logging), warn = (warning) => logging && logToConsole(warningLine(req.eventName, warning)), req = readRequest(cfg, warn), name = req.eventName, finish = (result) => {
		if (logging) logToConsole(resultLine(name, cfg.pixelId, result));
		if (result.outcome === "failure") tagData.gtmOnFailure();
		else tagData.gtmOnSuccess();
	}, admitted = admit(cfg, req);
	if (ended(admitted)) return finish(admitted);
	const send = (partnerId) => {
		const built = buildEvent(cfg, req, admitted, partnerId);
		if (ended(built)) return finish(built);
		let finished = false;
		const answered = (status, reason) => {
			if (finished) return;
			finished = true;
			finish({
				outcome: status >= 200 && status < 300 ? "success" : "failure",
				reason: reason,
				eventType: built.eventType,
				status: status,
				url: built.url,
				event: built.event
			});
		};
		post(built.url, built.body, cfg.timeoutMs).then(
			(response) => answered(
				response.statusCode,
				answerReason(response.statusCode, response.body, [
					partnerId,
					admitted.ids.scid,
					admitted.ids.clickId
				])
			),
			(failure) => failure && failure.reason === "timed_out" ? answered(-1, "the request to the adapter timed out after " + cfg.timeoutMs + " ms") : answered(0, NO_CONNECTION)
		);
	}, refreshed = (result) => {
		if (logging) logToConsole(refreshLine(name, result));
		send(result.partnerId);
	}, envelope = admitted.envelope, partnerId = envelope && envelope.partnerId, decision = refreshDecision(cfg, req, envelope, admitted.consentDenied);
	if (decision.due && envelope) {
		return refreshEnvelope(cfg, req, admitted.configId, envelope, decision.reason, refreshed);
	}
	if (decision.quiet) return send(partnerId);
	refreshed(skipped(partnerId, decision.reason));
}

// tag/main.ts: The entry GTM runs once per firing.
runTag(data);


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
                    "string": "user-agent"
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
- name: "Send success: LiveRamp's purchase example goes out as the adapter's body"
  code: |-
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
- name: 'Adapter 4xx: the tag fails and logs the status'
  code: |-
    request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp(400);

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertThat(sent.body.events[0].user_data).isEqualTo({ partner_id: ENVELOPE });
    assertThat(result().outcome).isEqualTo('failure');
    assertThat(result().status).isEqualTo(400);
    assertThat(result().reason).isEqualTo('the adapter answered HTTP 400');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'Adapter 5xx: the tag fails, once, without retrying'
  code: |-
    request({ event_name: 'add_to_cart', event_id: 'c-1', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp(503);

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertThat(sends).isEqualTo(1);
    assertThat(result().reason).isEqualTo('the adapter answered HTTP 503');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'Timeout: no answer within the request timeout fails the tag'
  code: |-
    request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp('timed_out');

    runCode(fields({ atsConfigId: 'ats-cfg_123', timeoutMs: '2500' }));

    assertThat(sent.options.timeout).isEqualTo(2500);
    assertThat(result().reason).isEqualTo('the request to the adapter timed out after 2500 ms');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'Consent denied: ad_storage denied in x-ga-gcs, nothing is sent and the
    tag succeeds'
  code: |-
    request(
      { event_name: 'purchase', event_id: 'o-1', page_location: PAGE, 'x-ga-gcs': 'G100' },
      { _lr_env: [FRESH] },
    );
    liveRamp(200);

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertThat(result().reason).isEqualTo(
      'consent denied: x-ga-gcs "G100" denies ad_storage; nothing sent',
    );
    assertApi('gtmOnSuccess').wasCalled();
- name: 'Unmapped event skipped: a GA4 event without a Snap type sends nothing'
  code: |-
    request({ event_name: 'scroll', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp(200);

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertThat(result().reason).isEqualTo(
      'unmapped event: the GA4 event "scroll" has no Snap event type: add a row to "Event type overrides" or send unmapped events as a custom event',
    );
    assertApi('gtmOnSuccess').wasCalled();
- name: 'Unmapped event sent as custom: "Unmapped GA4 events" set to CUSTOM_EVENT_1'
  code: |-
    request({ event_name: 'scroll', event_id: 's-1', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp(200);

    runCode(fields({ atsConfigId: 'ats-cfg_123', unmappedEvents: 'CUSTOM_EVENT_1' }));

    assertThat(sent.body.events[0].event_type).isEqualTo('CUSTOM_EVENT_1');
    assertApi('gtmOnSuccess').wasCalled();
- name: 'No identity: no envelope, no _scid and no click ID, so the event is skipped'
  code: |-
    request({ event_name: 'page_view', page_location: PAGE }, {});
    liveRamp(200);

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertThat(result().reason).isEqualTo(
      'no identity: no ATS envelope, no _scid and no click ID for this event (untick "Require an identity" to send anyway)',
    );
    assertApi('gtmOnSuccess').wasCalled();
- name: 'Invalid configuration ID: the tag fails and says where to find the right
    one'
  code: |-
    request({ event_name: 'page_view', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp(200);

    runCode(fields({ atsConfigId: 'bad id!' }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertThat(result().reason).isEqualTo(
      'the ATS Configuration ID "bad id!" is not valid: copy it from LiveRamp Console (ATS > Web > your configuration > Admin > Placement Details); letters, digits, "-" and "_" only',
    );
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'Dry run: the request is built and logged (identifiers redacted), not sent'
  code: |-
    request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [STALE] });
    liveRamp(200);

    runCode(fields({ atsConfigId: 'ats-cfg_123', dryRun: true }));

    assertApi('sendHttpRequest').wasNotCalled();
    assertThat(result().reason).isEqualTo('dry run: request built and logged, not sent');
    assertThat(result().url).isEqualTo('https://capi.analytics.rlcdn.com/send-events/ats-cfg_123');
    assertThat(result().body.events[0].user_data).isEqualTo({ partner_id: 'AnMtR0…' });
    assertApi('gtmOnSuccess').wasCalled();
- name: 'Logging never: the event is sent and nothing is logged, even in preview'
  code: |-
    request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp(200);

    runCode(fields({ atsConfigId: 'ats-cfg_123', logging: 'never' }));

    assertApi('sendHttpRequest').wasCalled();
    assertApi('logToConsole').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: 'Refresh 200: a 45-minute-old envelope is renewed, sent, and written back
    to _lr_env'
  code: |-
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
- name: 'Refresh 204: LiveRamp says the envelope expired, so it is sent without it
    and the cookie expires'
  code: |-
    request(
      { event_name: 'page_view', event_id: 'pv-1', page_location: PAGE },
      { _lr_env: [STALE], _scid: ['scid-1234567'] },
    );
    liveRamp(200, { statusCode: 204, body: '' });

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    callLater(() => {
      assertApi('setCookie').wasCalledWith(
        '_lr_env',
        '',
        {
          domain: 'auto',
          path: '/',
          'max-age': 0,
          expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
          secure: true,
          samesite: 'Lax',
        },
        true,
      );
      assertThat(sent.body.events[0].user_data).isUndefined();
      assertThat(sent.body.events[0].custom_data).isEqualTo([
        { key: 'uuid_c1', value: 'scid-1234567' },
      ]);
      assertThat(logs[0].cookie).isEqualTo('expired');
      assertApi('gtmOnSuccess').wasCalled();
    });
- name: 'Refresh error: a timed-out refresh keeps the old envelope, and the event
    still goes out'
  code: |-
    request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [STALE] });
    liveRamp(200, { reason: 'timed_out' });

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    callLater(() => {
      assertApi('setCookie').wasNotCalled();
      assertThat(sent.body.events[0].user_data).isEqualTo({ partner_id: ENVELOPE });
      assertThat(logs[0].reason).isEqualTo(
        'envelope is 45 minutes old (refresh after 30); refresh timed out; keeping the old envelope',
      );
      assertApi('gtmOnSuccess').wasCalled();
    });
- name: 'Refresh skipped under GPC: Sec-GPC: 1 forbids extending the identity; the
    event is still sent'
  code: |-
    request(
      { event_name: 'page_view', event_id: 'pv-1', page_location: PAGE },
      { _lr_env: [STALE] },
      { 'sec-gpc': '1' },
    );
    liveRamp(200, { statusCode: 200, body: '' });

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertThat(refreshCall).isUndefined();
    assertThat(logs[0].reason).isEqualTo('no refresh: the request carries Sec-GPC: 1');
    assertThat(sent.body.events[0].user_data).isEqualTo({ partner_id: ENVELOPE });
    assertApi('gtmOnSuccess').wasCalled();
- name: "Custom data row: a row replaces a key the tag sends, in place, in the
    key's form"
  code: |-
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
- name: "Device information: Chrome's client hints give device_model and
    os_version; an iPhone's user agent does too"
  code: |-
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
- name: "Purchase without currency: still sent, with a warning that LiveRamp's
    adapter requires price and currency"
  code: |-
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
- name: 'Adapter unreachable: a request that fails at once says so, not that it
    timed out'
  code: |-
    request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp('failed');

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertThat(sends).isEqualTo(1);
    assertThat(result().outcome).isEqualTo('failure');
    assertThat(result().status).isEqualTo(0);
    assertThat(result().reason).isEqualTo(
      'the request to the adapter failed (no connection: DNS, refused or TLS)',
    );
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 'Adapter timed out: the reason names the timeout the request had'
  code: |-
    request({ event_name: 'page_view', event_id: 'pv-1', page_location: PAGE }, { _lr_env: [FRESH] });
    liveRamp('timed_out');

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertThat(sent.options.timeout).isEqualTo(5000);
    assertThat(result().outcome).isEqualTo('failure');
    assertThat(result().status).isEqualTo(-1);
    assertThat(result().reason).isEqualTo('the request to the adapter timed out after 5000 ms');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: "Adapter 400 with a body: the reason carries LiveRamp's answer,
    identifiers redacted"
  code: |-
    request(
      { event_name: 'page_view', event_id: 'pv-1', page_location: PAGE },
      { _lr_env: [FRESH], _scid: ['123e4567-e89b-12d3-a456-426614174000'] },
    );
    liveRamp(
      400,
      undefined,
      '{"error":"event_time must be seconds","partner_id":"' +
        ENVELOPE +
        '","uuid_c1":"123e4567-e89b-12d3-a456-426614174000"}',
    );

    runCode(fields({ atsConfigId: 'ats-cfg_123' }));

    assertThat(result().status).isEqualTo(400);
    assertThat(result().reason).isEqualTo(
      'the adapter answered HTTP 400: {"error":"event_time must be seconds","partner_id":"AnMtR0…","uuid_c1":"123e45…"}',
    );
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
setup: |-
  // The field values a new tag gets (generated from the fields).
  const defaults = {
    "atsConfigId": "",
    "pixelId": "",
    "eventTypeMode": "auto",
    "fixedEventType": "PURCHASE",
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
    "sendDeviceInfo": true,
    "snapIdPlacement": "custom_data",
    "eventIdOverride": "",
    "eventSourceUrlOverride": "",
    "eventTag": "",
    "consentMode": "respect",
    "limitedDataUse": false,
    "timeoutMs": "5000",
    "dryRun": false,
    "logging": "debug"
  };

  const JSON = require('JSON');
  const Promise = require('Promise');
  const callLater = require('callLater');

  function fields(changes) {
    const values = {};
    for (const key in defaults) values[key] = defaults[key];
    for (const key in changes) values[key] = changes[key];
    return values;
  }

  // The clock, and the ATS cookie as ATS.js writes it: base64 of {"timestamp", "version", "envelope"},
  // stored one minute (FRESH) or 45 minutes (STALE, due for a refresh) before NOW.
  const NOW = 1754906400000;
  const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
  const FRESH =
    'eyJ0aW1lc3RhbXAiOjE3NTQ5MDYzNDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9';
  const STALE =
    'eyJ0aW1lc3RhbXAiOjE3NTQ5MDM3MDAwMDAsInZlcnNpb24iOiIxLjUuMCIsImVudmVsb3BlIjoiQW5NdFIwN3huRUM3cnlhaGV6dGFXa1VicnJ0ZHFNMmIyWHh2YUNzZGtTRmlRTVNKS0JBbnczelJmVU4zYyJ9';
  const PAGE = 'https://www.example-shop.com/laptops';

  // The incoming request: event data, cookies as getCookieValues returns them, lower-case headers.
  // `logs` collects the tag's log lines, parsed; `cache` is the shared templateDataStorage.
  let logs;
  let cache;
  function request(event, cookies, headers) {
    mock('getAllEventData', event);
    mock('getCookieValues', (name) => (cookies.hasOwnProperty(name) ? cookies[name] : []));
    mock('getRequestHeader', (name) =>
      headers && headers.hasOwnProperty(name) ? headers[name] : undefined,
    );
    mock('getRemoteAddress', '203.0.113.7');
    mock('getTimestampMillis', NOW);
    mock('generateRandom', 123456789);
    mock('getContainerVersion', { debugMode: false, previewMode: true });
    logs = [];
    mock('logToConsole', (line) => logs.push(JSON.parse(line)));
    cache = {};
    mockObject('templateDataStorage', {
      getItemCopy: (key) => (cache.hasOwnProperty(key) ? cache[key] : null),
      setItemCopy: (key, value) => {
        cache[key] = value;
      },
      removeItem: (key) => {
        cache[key] = null;
      },
      clear: () => {},
    });
  }

  // LiveRamp: the adapter answers `status` with `adapterBody` ('' unless given), or rejects when `status`
  // is 'failed' or 'timed_out', as GTM's promise form does; the refresh API answers `answer`
  // ({statusCode, body}, or {reason: 'failed' | 'timed_out'}). `sent` and `refreshCall` record the calls,
  // `sends` counts the adapter's (assertApi cannot count calls).
  let sent;
  let sends;
  let refreshCall;
  function liveRamp(status, answer, adapterBody) {
    sends = 0;
    mock('sendHttpRequest', (url, options, body) => {
      if (url.indexOf('https://api.rlcdn.com/') === 0) {
        refreshCall = { url: url, options: options };
        return Promise.create((resolve, reject) =>
          answer.reason ? reject(answer) : resolve(answer),
        );
      }
      sends++;
      sent = { url: url, options: options, body: JSON.parse(body) };
      // Settled at once (a thenable, not Promise.create), so the assertions after runCode see the
      // outcome without callLater.
      return {
        then: (onAnswer, onFailure) =>
          typeof status === 'string'
            ? onFailure({ reason: status })
            : onAnswer({ statusCode: status, headers: {}, body: adapterBody || '' }),
      };
    });
  }

  /** The line the tag logs once per firing, and its warnings. */
  function result() {
    return logs[logs.length - 1];
  }
  function warnings() {
    return logs.filter((line) => line.warning).map((line) => line.warning);
  }


___NOTES___

Built by `npm run build` from the TypeScript sources in template-src/ (snapchat-capi-ats); edit those and rebuild rather than this file.



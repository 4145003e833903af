___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Example collector",
  "categories": [
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "Example"
  },
  "description": "Posts the event name and the _lr_env cookie to api.example.com.",
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "accountId",
    "displayName": "Account ID",
    "simpleValueType": true
  }
]


___SANDBOXED_JS_FOR_SERVER___

const JSON = require('JSON');
const getAllEventData = require('getAllEventData');
const getCookieValues = require('getCookieValues');
const logToConsole = require('logToConsole');
const makeString = require('makeString');
const sendHttpRequest = require('sendHttpRequest');

// main.ts: Posts the event name and the ATS envelope cookie, then reports the answer to GTM.
var event = getAllEventData();
var name = makeString(event.event_name);
logToConsole(JSON.stringify({ sending: name }));
var body = JSON.stringify({ name: name, env: getCookieValues("_lr_env")[0] });
sendHttpRequest(
	"https://api.example.com/collect/" + makeString(data.accountId),
	(statusCode) => statusCode >= 200 && statusCode < 300 ? data.gtmOnSuccess() : data.gtmOnFailure(),
	{ method: "POST", headers: { "content-type": "application/json" } },
	body
);


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
                "string": "https://api.example.com/*"
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
- name: sends the event and succeeds on 200
  code: |-
    mock('getAllEventData', { event_name: 'purchase' });
    mock('sendHttpRequest', (url, callback) => callback(200, {}, ''));
    runCode({ accountId: 'A1' });
    assertApi('sendHttpRequest').wasCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: expects success on 500 (wrong on purpose, to show a failure)
  code: |-
    mock('sendHttpRequest', (url, callback) => callback(500, {}, ''));
    runCode({ accountId: 'A1' });
    assertApi('gtmOnSuccess').wasCalled();


___NOTES___

An example of any server template, for docs/runtime.md: sgtm-template test, run and check take it as they take one exported from GTM.




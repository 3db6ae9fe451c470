/* global window */
// cmi5 adapter of the ReplyLab player: reads the launch parameters (endpoint, fetch, actor,
// registration, activityId), fetches the auth token once, and sends the cmi5-defined
// statements (initialized, completed, passed/failed, terminated) with the cmi5 context.
// The statement shapes are the same as src/lib/export/statements.ts builds (unit-tested there).
(function () {
  'use strict';
  var IRI = 'https://replylab.example/xapi/extensions/';
  var VERBS = {
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    failed: 'http://adlnet.gov/expapi/verbs/failed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  };
  function uuid() {
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var x = Array.prototype.map
      .call(b, function (n) {
        return (n < 16 ? '0' : '') + n.toString(16);
      })
      .join('');
    return (
      x.slice(0, 8) +
      '-' +
      x.slice(8, 12) +
      '-' +
      x.slice(12, 16) +
      '-' +
      x.slice(16, 20) +
      '-' +
      x.slice(20)
    );
  }
  window.ReplyLabCmi5 = {
    adapter: function (course, started) {
      var q = new URLSearchParams(window.location.search);
      var endpoint = (q.get('endpoint') || '').replace(/\/?$/, '/');
      var actor = JSON.parse(q.get('actor') || 'null');
      var registration = q.get('registration');
      var activityId = q.get('activityId');
      var session = uuid();
      var token = fetch(q.get('fetch'), { method: 'POST' })
        .then(function (r) {
          return r.json();
        })
        .then(function (j) {
          return j['auth-token'];
        });
      var queue = Promise.resolve();
      function send(verb, result, moveOn) {
        var st = {
          id: uuid(),
          actor: actor,
          verb: { id: VERBS[verb], display: { 'en-US': verb } },
          object: { objectType: 'Activity', id: activityId },
          context: {
            registration: registration,
            contextActivities: {
              category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }].concat(
                moveOn ? [{ id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' }] : [],
              ),
            },
            extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': session },
          },
          timestamp: new Date().toISOString(),
        };
        if (result) st.result = result;
        queue = queue
          .then(function () {
            return token;
          })
          .then(function (t) {
            return fetch(endpoint + 'statements', {
              method: 'POST',
              headers: {
                'Content-Type': 'application/json',
                'X-Experience-API-Version': '1.0.3',
                Authorization: 'Basic ' + t,
              },
              body: JSON.stringify(st),
            });
          });
        return queue;
      }
      function duration() {
        return 'PT' + Math.round((Date.now() - started) / 100) / 10 + 'S';
      }
      var completed = false;
      var judged = false;
      return {
        start: function () {
          send('initialized');
          return '';
        },
        save: function (_data, complete) {
          if (complete && !completed) {
            completed = true;
            send('completed', { completion: true, duration: duration() }, true);
          }
        },
        result: function (percent, passed, areas) {
          if (judged) return;
          judged = true;
          var ext = {};
          ext[IRI + 'area-scores'] = areas;
          send(
            passed ? 'passed' : 'failed',
            {
              score: { scaled: percent / 100, raw: percent, min: 0, max: 100 },
              success: passed,
              duration: duration(),
              extensions: ext,
            },
            true,
          );
        },
        finish: function () {
          send('terminated', { duration: duration() });
        },
        sent: function () {
          return queue;
        },
      };
    },
  };
})();

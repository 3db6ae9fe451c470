/* global window, document */
// ReplyLab course player for SCORM 1.2, SCORM 2004 4th edition and cmi5 packages. Plain
// browser JavaScript without dependencies or network requests other than the LMS/LRS. Course
// data comes from data.js (window.REPLYLAB = { mode, course, ui }). All content text is set
// with textContent; lesson HTML was rendered and escaped at export time.
(function () {
  'use strict';
  var R = window.REPLYLAB;
  var course = R.course;
  var ui = R.ui;
  var items = course.exam.itemIds.map(function (id) {
    return course.quiz.find(function (q) {
      return q.id === id;
    });
  });
  var started = Date.now();
  // Learner state, kept compact for suspend_data (SCORM 1.2 allows 4,096 characters):
  // l = lessons opened ("1"/"0" per lesson), e = exam answers, s = final score or -1.
  var state = {
    l: course.lessons
      .map(function () {
        return '0';
      })
      .join(''),
    e: {},
    s: -1,
  };

  function findApi(name) {
    var win = window;
    for (var i = 0; i < 10 && win; i++) {
      try {
        if (win[name]) return win[name];
      } catch {
        /* cross-origin frame */
      }
      if (win.parent && win.parent !== win) win = win.parent;
      else if (win.opener) win = win.opener;
      else break;
    }
    return null;
  }

  function duration12(ms) {
    var s = Math.round(ms / 1000);
    var pad = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    return pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
  }
  function isoDuration(ms) {
    return 'PT' + Math.round(ms / 100) / 10 + 'S';
  }

  // --- LMS adapters: the same five operations for every standard ---
  var lms = {
    start: function () {
      return '';
    },
    save: function () {},
    result: function () {},
    finish: function () {},
  };
  if (R.mode === 'scorm12' && findApi('API')) {
    var a = findApi('API');
    lms = {
      start: function () {
        a.LMSInitialize('');
        if (a.LMSGetValue('cmi.core.lesson_status') === 'not attempted')
          a.LMSSetValue('cmi.core.lesson_status', 'incomplete');
        return a.LMSGetValue('cmi.suspend_data');
      },
      save: function (data) {
        a.LMSSetValue('cmi.suspend_data', data);
        a.LMSCommit('');
      },
      result: function (percent, passed) {
        a.LMSSetValue('cmi.core.score.min', '0');
        a.LMSSetValue('cmi.core.score.max', '100');
        a.LMSSetValue('cmi.core.score.raw', String(percent));
        a.LMSSetValue('cmi.core.lesson_status', passed ? 'passed' : 'failed');
        a.LMSCommit('');
      },
      finish: function (done) {
        a.LMSSetValue('cmi.core.exit', done ? '' : 'suspend');
        a.LMSSetValue('cmi.core.session_time', duration12(Date.now() - started));
        a.LMSCommit('');
        a.LMSFinish('');
      },
    };
  } else if (R.mode === 'scorm2004' && findApi('API_1484_11')) {
    var b = findApi('API_1484_11');
    lms = {
      start: function () {
        b.Initialize('');
        b.SetValue(
          'cmi.completion_status',
          b.GetValue('cmi.completion_status') === 'completed' ? 'completed' : 'incomplete',
        );
        return b.GetValue('cmi.suspend_data');
      },
      save: function (data, complete) {
        b.SetValue('cmi.suspend_data', data);
        if (complete) b.SetValue('cmi.completion_status', 'completed');
        b.Commit('');
      },
      result: function (percent, passed) {
        b.SetValue('cmi.score.min', '0');
        b.SetValue('cmi.score.max', '100');
        b.SetValue('cmi.score.raw', String(percent));
        b.SetValue('cmi.score.scaled', String(percent / 100));
        b.SetValue('cmi.success_status', passed ? 'passed' : 'failed');
        b.Commit('');
      },
      finish: function (done) {
        b.SetValue('cmi.exit', done ? 'normal' : 'suspend');
        b.SetValue('cmi.session_time', isoDuration(Date.now() - started));
        b.Commit('');
        b.Terminate('');
      },
    };
  } else if (R.mode === 'cmi5' && window.ReplyLabCmi5) {
    lms = window.ReplyLabCmi5.adapter(course, started);
  }
  var standalone =
    lms.start === undefined ||
    (R.mode !== 'cmi5' && !findApi(R.mode === 'scorm12' ? 'API' : 'API_1484_11'));

  // --- scoring (the site's rules: partial credit, see src/lib/quiz/score.ts) ---
  function points(item, r) {
    if (!r) return 0;
    if (item.type === 'single')
      return item.options.some(function (o) {
        return o.correct && o.id === r;
      })
        ? 1
        : 0;
    if (item.type === 'truefalse') return (r === 't') === item.answer ? 1 : 0;
    if (item.type === 'multiple') {
      var keyed = item.options.filter(function (o) {
        return o.correct;
      });
      var right = keyed.filter(function (o) {
        return r.indexOf(o.id) >= 0;
      }).length;
      var wrong = item.options.filter(function (o) {
        return !o.correct && r.indexOf(o.id) >= 0;
      }).length;
      return Math.max(0, (right - wrong) / keyed.length);
    }
    if (item.type === 'matching') {
      return (
        item.pairs.filter(function (p, i) {
          return r[i] === p.id;
        }).length / item.pairs.length
      );
    }
    // ordering: r[i] = position chosen for step i; share of step pairs in the right relative order
    var n = item.steps.length,
      good = 0,
      all = 0;
    for (var i = 0; i < n; i++)
      for (var j = i + 1; j < n; j++) {
        all++;
        if (r[i] && r[j] && r[i] < r[j]) good++;
      }
    return good / all;
  }

  function save() {
    lms.save(JSON.stringify(state), lessonsDone() && state.s >= 0);
  }
  function lessonsDone() {
    return state.l.indexOf('0') < 0;
  }

  // --- rendering ---
  var main = document.getElementById('main');
  function h(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function nav() {
    var list = document.getElementById('nav');
    list.textContent = '';
    course.lessons.forEach(function (l, i) {
      var li = h('li');
      var btn = h('button', l.title + (state.l[i] === '1' ? ' ✓' : ''), {
        type: 'button',
        'data-lesson': String(i),
      });
      btn.addEventListener('click', function () {
        showLesson(i);
      });
      li.appendChild(btn);
      list.appendChild(li);
    });
    var li2 = h('li');
    var ex = h('button', ui.exam + (state.s >= 0 ? ' ✓' : ''), { type: 'button', id: 'go-exam' });
    ex.addEventListener('click', showExam);
    li2.appendChild(ex);
    list.appendChild(li2);
  }
  function showLesson(i) {
    var l = course.lessons[i];
    state.l = state.l.slice(0, i) + '1' + state.l.slice(i + 1);
    save();
    main.textContent = '';
    main.appendChild(h('h1', l.title));
    var body = h('div', null, { class: 'lesson' });
    body.innerHTML = l.html; // rendered and escaped at export time (src/lib/export/lesson-html.ts)
    main.appendChild(body);
    main.appendChild(h('h2', ui.check));
    l.check.forEach(function (q, qi) {
      var fs = h('fieldset');
      fs.appendChild(h('legend', q.question));
      var out = h('p', '', { 'aria-live': 'polite' });
      q.options.forEach(function (o, oi) {
        var lab = h('label');
        var inp = h('input', null, { type: 'radio', name: 'c' + i + '-' + qi, value: String(oi) });
        inp.addEventListener('change', function () {
          out.textContent = o.feedback;
        });
        lab.appendChild(inp);
        lab.appendChild(document.createTextNode(' ' + o.text));
        fs.appendChild(lab);
      });
      fs.appendChild(out);
      main.appendChild(fs);
    });
    nav();
    main.focus();
  }
  function showExam() {
    main.textContent = '';
    main.appendChild(h('h1', ui.exam));
    var form = h('form', null, { id: 'exam' });
    items.forEach(function (item, n) {
      var fs = h('fieldset', null, { 'data-item': item.id });
      fs.appendChild(h('legend', n + 1 + '. ' + item.prompt));
      var name = 'q' + n;
      var r = state.e[item.id];
      var add = function (type, value, text, checked) {
        var lab = h('label');
        var inp = h('input', null, { type: type, name: name, value: value });
        inp.checked = !!checked;
        lab.appendChild(inp);
        lab.appendChild(document.createTextNode(' ' + text));
        fs.appendChild(lab);
      };
      if (item.type === 'single' || item.type === 'multiple') {
        item.options.forEach(function (o) {
          add(
            item.type === 'single' ? 'radio' : 'checkbox',
            o.id,
            o.text,
            item.type === 'single' ? r === o.id : r && r.indexOf(o.id) >= 0,
          );
        });
      } else if (item.type === 'truefalse') {
        add('radio', 't', ui.true, r === 't');
        add('radio', 'f', ui.false, r === 'f');
      } else {
        var rows = item.type === 'matching' ? item.pairs : item.steps;
        var choices =
          item.type === 'matching'
            ? item.pairs
                .map(function (p) {
                  return [p.id, p.right];
                })
                .sort(function (x, y) {
                  return x[1] < y[1] ? -1 : 1;
                })
            : item.steps.map(function (s, k) {
                return [k + 1, String(k + 1)];
              });
        rows.forEach(function (row, k) {
          var lab = h('label', item.type === 'matching' ? row.left : row.text);
          var sel = h('select', null, { name: name + '-' + k });
          sel.appendChild(h('option', '–', { value: '' }));
          choices.forEach(function (c) {
            var opt = h('option', c[1], { value: String(c[0]) });
            if (r && String(r[k]) === String(c[0])) opt.selected = true;
            sel.appendChild(opt);
          });
          lab.appendChild(sel);
          fs.appendChild(lab);
        });
      }
      form.appendChild(fs);
    });
    form.appendChild(h('button', ui.submit, { type: 'submit', id: 'submit-exam' }));
    var out = h('p', '', { id: 'result', role: 'status' });
    form.addEventListener('change', function () {
      collect(form);
      save();
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      collect(form);
      var total = 0;
      items.forEach(function (item) {
        total += points(item, state.e[item.id]);
      });
      var percent = Math.floor((total / items.length) * 100);
      state.s = percent;
      var passed = percent >= course.exam.passPercent;
      lms.result(percent, passed, areaScores());
      save();
      out.textContent =
        ui.score.replace('{n}', String(percent)) + ' – ' + (passed ? ui.passed : ui.failed);
      nav();
    });
    main.appendChild(form);
    main.appendChild(out);
    main.focus();
  }
  function areaScores() {
    var sums = {};
    items.forEach(function (item) {
      var s = sums[item.area] || (sums[item.area] = [0, 0]);
      s[0] += points(item, state.e[item.id]);
      s[1] += 1;
    });
    var out = {};
    for (var k in sums) out[k] = Math.floor((sums[k][0] / sums[k][1]) * 100);
    return out;
  }
  function collect(form) {
    items.forEach(function (item, n) {
      var name = 'q' + n;
      if (item.type === 'single' || item.type === 'truefalse') {
        var c = form.querySelector('input[name="' + name + '"]:checked');
        state.e[item.id] = c ? c.value : '';
      } else if (item.type === 'multiple') {
        state.e[item.id] = Array.prototype.map.call(
          form.querySelectorAll('input[name="' + name + '"]:checked'),
          function (x) {
            return x.value;
          },
        );
      } else {
        var rows = item.type === 'matching' ? item.pairs : item.steps;
        state.e[item.id] = rows.map(function (_, k) {
          var v = form.querySelector('select[name="' + name + '-' + k + '"]').value;
          return item.type === 'ordering' ? Number(v) || 0 : v;
        });
      }
    });
  }

  // --- start ---
  var saved = lms.start();
  try {
    var parsed = saved ? JSON.parse(saved) : null;
    if (parsed && typeof parsed.l === 'string' && parsed.l.length === state.l.length)
      state = parsed;
  } catch {
    /* damaged suspend_data: start fresh */
  }
  if (standalone) document.getElementById('notice').textContent = ui.standalone;
  var finished = false;
  var finish = function () {
    if (finished) return;
    finished = true;
    lms.finish(state.s >= 0 && lessonsDone());
  };
  document.getElementById('finish').addEventListener('click', finish);
  window.addEventListener('pagehide', finish);
  window.__replylab = {
    state: function () {
      return state;
    },
    ready: true,
  };
  nav();
  showLesson(0);
})();

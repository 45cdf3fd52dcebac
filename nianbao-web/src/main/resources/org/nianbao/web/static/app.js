// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  var csrf = document.body.getAttribute('data-csrf') || '';

  // htmx requests carry the session's CSRF token
  document.body.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-CSRF-Token'] = csrf;
  });

  // clicking a value of a drawn table fills the correction form instead of reloading the page
  document.addEventListener('click', function (event) {
    var link = event.target.closest('table.grid td[data-cell] a');
    var cellInput = document.getElementById('cell');
    if (!link || !cellInput) { return; }
    event.preventDefault();
    cellInput.value = link.parentElement.getAttribute('data-cell');
    var text = link.textContent.trim();
    document.getElementById('value').value = text === '\u3000' ? '' : text;
    document.getElementById('correct').scrollIntoView({ behavior: 'smooth' });
    document.getElementById('value').focus();
  });

  // upload: one request per file, each with its own progress bar and result
  var form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  form.addEventListener('submit', function (event) {
    var input = document.getElementById('file');
    if (!input.files || input.files.length === 0) { return; }
    event.preventDefault();
    var list = document.getElementById('progress');
    list.innerHTML = '';
    var files = Array.prototype.slice.call(input.files);
    var items = files.map(function (file) {
      var item = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = file.name;
      var bar = document.createElement('progress');
      bar.max = 100; bar.value = 0;
      var status = document.createElement('span');
      status.className = 'status';
      status.textContent = '等待';
      item.appendChild(name); item.appendChild(bar); item.appendChild(status);
      list.appendChild(item);
      return { file: file, bar: bar, status: status, item: item };
    });
    var next = 0;
    function uploadNext() {
      if (next >= items.length) { return; }
      var entry = items[next++];
      var data = new FormData();
      data.append('file', entry.file, entry.file.name);
      var request = new XMLHttpRequest();
      request.open('POST', '/api/reports');
      request.setRequestHeader('X-CSRF-Token', csrf);
      request.setRequestHeader('Accept', 'application/json');
      request.upload.onprogress = function (e) {
        if (e.lengthComputable) { entry.bar.value = Math.round(e.loaded * 90 / e.total); }
      };
      entry.status.textContent = '上传中';
      request.onload = function () {
        entry.bar.value = 100;
        var body = null;
        try { body = JSON.parse(request.responseText); } catch (ignored) { body = null; }
        entry.status.textContent = '';
        if (request.status === 201 && body) {
          var errors = (body.findings || []).filter(function (f) { return f.severity === 'error'; }).length;
          var link = document.createElement('a');
          link.href = '/reports/' + body.id;
          link.textContent = '已保存（错误 ' + errors + ' 项）';
          entry.status.appendChild(link);
          entry.item.className = 'ok';
        } else {
          entry.status.textContent = body && body.message ? body.message : '失败（' + request.status + '）';
          entry.item.className = 'error-message';
        }
        uploadNext();
      };
      request.onerror = function () {
        entry.status.textContent = '网络错误，未保存';
        entry.item.className = 'error-message';
        uploadNext();
      };
      request.send(data);
    }
    uploadNext();
  });
})();

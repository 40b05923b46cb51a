/*
 * The host pages' script: sizes Custom UI frames and acts on what their
 * bridge asks (navigate, done, reload), after checking that a message
 * comes from one of this page's frames and from that frame's origin.
 */
(function () {
  'use strict';

  var LOCAL_PATH = /^\/(?![/\\])/;

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe.forge-frame');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== 'local-site-bridge') return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var expected = frame.getAttribute('data-origin') || window.location.origin;
    if (event.origin !== expected) return;

    if (data.kind === 'resize') {
      var height = Number(data.height);
      if (height > 0)
        frame.style.height = Math.min(Math.max(height, 40), 5000) + 'px';
    } else if (data.kind === 'navigate') {
      var url = String(data.url || '');
      if (!LOCAL_PATH.test(url)) return;
      if (data.newTab) window.open(url, '_blank', 'noopener');
      else window.location.assign(url);
    } else if (data.kind === 'done') {
      var back = frame.getAttribute('data-return') || window.location.pathname;
      if (LOCAL_PATH.test(back)) window.location.assign(back);
    } else if (data.kind === 'reload') {
      window.location.reload();
    }
  });
})();

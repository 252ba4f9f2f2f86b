/*
 * A running calculation: every second the page asks for the progress and shows it; once the run is no longer
 * running, the page reloads with the result. The URL and the texts come from the progress list's data attributes
 * (data-url, data-points, data-seconds, data-none); without this script the link "Vernieuwen" does the same by hand.
 */
(function () {
  'use strict';

  var box = document.getElementById('progress');
  if (!box) {
    return;
  }
  var points = box.dataset.points;
  var seconds = box.dataset.seconds;
  var none = box.dataset.none;

  function show(id, text) {
    document.getElementById(id).textContent = text;
  }

  function poll() {
    fetch(box.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (run) {
        if (run.status !== 'RUNNING') {
          window.location.reload();
          return;
        }
        var p = run.progress;
        if (p) {
          show('progress-best', p.best == null ? none : points.replace('{0}', p.best));
          show('progress-bound', points.replace('{0}', p.bound));
          show('progress-gap', p.gap == null ? '–' : points.replace('{0}', p.gap));
          show('progress-elapsed', seconds.replace('{0}', Math.floor(p.elapsedMillis / 1000)));
        }
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 1000); });
  }

  setTimeout(poll, 1000);
}());

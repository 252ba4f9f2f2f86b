/*
 * The weight sliders of a run: each slider's output says its value in words while it moves. The words come from
 * the form's data attributes (data-value-0 to data-value-5); without this script the output shows the value the
 * page was sent with.
 */
(function () {
  'use strict';

  document.querySelectorAll('.weights input[type=range]').forEach(function (input) {
    input.addEventListener('input', function () {
      document.getElementById(input.id + '-value').textContent =
        input.form.getAttribute('data-value-' + input.value);
    });
  });
}());

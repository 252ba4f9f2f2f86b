/*
 * Ranked lists: a trainee's choices and a host's candidates. The buttons work without this script; it adds two things.
 * 1. After a move the page comes back at the moved line (#choice-12, #candidate-7): the focus goes there too, so the
 *    keyboard carries on from the line that moved.
 * 2. Lines can be dragged with a mouse; on a drop the list is saved in the order shown, with the "save" button.
 */
(function () {
  'use strict';

  var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && target.classList.contains('ranked')) {
    target.focus();
  }

  var list = document.querySelector('ol.ranking[data-sortable="true"]');
  var save = document.getElementById('save-list');
  if (!list || !save) {
    return;
  }
  var dragged = null;

  Array.prototype.forEach.call(list.children, function (line) {
    line.setAttribute('draggable', 'true');
    line.addEventListener('dragstart', function (event) {
      dragged = line;
      line.classList.add('dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', line.id);
    });
    line.addEventListener('dragend', function () {
      line.classList.remove('dragging');
      dragged = null;
    });
    line.addEventListener('dragover', function (event) {
      if (dragged && dragged !== line) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }
    });
    line.addEventListener('drop', function (event) {
      if (!dragged || dragged === line) {
        return;
      }
      event.preventDefault();
      var lines = Array.prototype.slice.call(list.children);
      var from = lines.indexOf(dragged);
      var to = lines.indexOf(line);
      list.insertBefore(dragged, from < to ? line.nextSibling : line);
      renumber();
      save.form.requestSubmit(save);
    });
  });

  /* The lines' fields are named by their place (choices[2].motivation): after a drop they take their new place. */
  function renumber() {
    Array.prototype.forEach.call(list.children, function (line, index) {
      line.querySelectorAll('[name^="choices["]').forEach(function (field) {
        field.name = field.name.replace(/^choices\[\d+\]/, 'choices[' + index + ']');
      });
    });
  }
}());

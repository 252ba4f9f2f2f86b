/*
 * The proposal's board: a placement can be dragged with a mouse onto another placement (swap) or onto a free place
 * (move); on a drop the hidden form for that change is sent. The links "Wijzigen" do the same without this script.
 * The texts for the screen reader come from the status line's data attributes (data-picked, data-checking).
 */
(function () {
  'use strict';

  var status = document.getElementById('dnd-status');
  if (!status) {
    return;
  }
  var picked = status.dataset.picked;
  var checking = status.dataset.checking;
  var dragged = null;

  function target(el) {
    var t = el && el.closest ? el.closest('td[data-placement], li[data-assignment]') : null;
    return t && t !== dragged && t.dataset.pinned !== 'true' ? t : null;
  }

  function clear() {
    document.querySelectorAll('.drop-target').forEach(function (t) { t.classList.remove('drop-target'); });
  }

  document.querySelectorAll('td[draggable=true]').forEach(function (cell) {
    cell.addEventListener('dragstart', function (e) {
      dragged = cell;
      e.dataTransfer.setData('text/plain', cell.dataset.placement);
      e.dataTransfer.effectAllowed = 'move';
      cell.classList.add('dragging');
      status.textContent = picked.replace('{0}', cell.dataset.trainee);
    });
    cell.addEventListener('dragend', function () {
      cell.classList.remove('dragging');
      clear();
      dragged = null;
    });
  });

  document.addEventListener('dragover', function (e) {
    var t = target(e.target);
    if (dragged && t) {
      e.preventDefault();
      clear();
      t.classList.add('drop-target');
    }
  });

  document.addEventListener('drop', function (e) {
    var t = target(e.target);
    if (!dragged || !t) {
      return;
    }
    e.preventDefault();
    var form = document.getElementById(t.dataset.assignment ? 'dnd-move' : 'dnd-swap');
    form.elements.placement.value = dragged.dataset.placement;
    form.elements.version.value = dragged.dataset.version;
    if (t.dataset.assignment) {
      form.elements.assignment.value = t.dataset.assignment;
    } else {
      form.elements.other.value = t.dataset.placement;
      form.elements.otherVersion.value = t.dataset.version;
    }
    status.textContent = checking;
    form.submit();
  });
}());

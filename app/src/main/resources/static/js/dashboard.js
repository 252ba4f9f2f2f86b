/*
 * The coordinator's overview: draws the timeline and the charts with Chart.js from the numbers each canvas carries in
 * its data attributes (data-timeline, data-chart). The same numbers are in the tables beside them, so nothing is lost
 * without this script; the canvases have their summary as their accessible name.
 */
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }
  var COLOURS = ['#0b4f6c', '#b35900', '#2e7d32', '#6a3d9a', '#a4262c', '#00796b', '#5d4037'];
  var DAY = 86400000;

  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#1b1b1b';

  function dateText(lang, ms) {
    return new Date(ms).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL',
      { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function ms(isoDate) {
    return Date.parse(isoDate + 'T00:00:00Z');
  }

  function timeline(canvas) {
    var rounds = JSON.parse(canvas.dataset.timeline);
    var lang = canvas.dataset.lang;
    var today = ms(canvas.dataset.today);
    var deadlines = [];
    rounds.forEach(function (r) {
      r.deadlines.forEach(function (d) {
        deadlines.push({ x: ms(d.date), y: r.name, text: d.text + ': ' + dateText(lang, ms(d.date)) });
      });
    });
    var first = Math.min.apply(null, rounds.map(function (r) { return ms(r.start); }).concat(deadlines.map(function (d) { return d.x; }), [today]));
    var last = Math.max.apply(null, rounds.map(function (r) { return ms(r.end); }).concat([today]));
    var todayLine = {
      id: 'today',
      afterDatasetsDraw: function (chart) {
        var x = chart.scales.x.getPixelForValue(today);
        var area = chart.chartArea;
        var g = chart.ctx;
        g.save();
        g.strokeStyle = '#a4262c';
        g.lineWidth = 2;
        g.setLineDash([6, 4]);
        g.beginPath();
        g.moveTo(x, area.top);
        g.lineTo(x, area.bottom);
        g.stroke();
        g.setLineDash([]);
        g.fillStyle = '#a4262c';
        g.textAlign = 'center';
        g.fillText(canvas.dataset.todayLabel, x, area.top - 4);
        g.restore();
      }
    };
    new Chart(canvas, {
      data: {
        labels: rounds.map(function (r) { return r.name; }),
        datasets: [{
          type: 'bar',
          label: canvas.dataset.periodLabel,
          data: rounds.map(function (r) { return [ms(r.start), ms(r.end)]; }),
          backgroundColor: rounds.map(function (r) { return r.current ? '#0b4f6c' : '#8fb3c6'; }),
          barPercentage: 0.6,
          order: 2
        }, {
          type: 'scatter',
          label: canvas.dataset.deadlineLabel,
          data: deadlines,
          pointStyle: 'triangle',
          pointRadius: 7,
          pointHoverRadius: 9,
          backgroundColor: '#b35900',
          borderColor: '#ffffff',
          order: 1
        }]
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        layout: { padding: { top: 18 } },
        scales: {
          x: {
            type: 'linear',
            min: first - 14 * DAY,
            max: last + 14 * DAY,
            ticks: { callback: function (v) { return dateText(lang, v); }, maxTicksLimit: 8 }
          },
          y: { type: 'category' }
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: function (item) {
                if (item.raw && item.raw.text) {
                  return item.raw.text;
                }
                var r = rounds[item.dataIndex];
                return r.name + ': ' + dateText(lang, ms(r.start)) + ' – ' + dateText(lang, ms(r.end)) + ' (' + r.statusText + ')';
              }
            }
          }
        }
      },
      plugins: [todayLine]
    });
  }

  function chart(canvas) {
    var c = JSON.parse(canvas.dataset.chart);
    var line = c.kind === 'line';
    var bars = c.kind === 'bars';
    new Chart(canvas, {
      type: line ? 'line' : 'bar',
      data: {
        labels: c.labels,
        datasets: c.series.map(function (s, i) {
          return {
            label: s.name,
            data: s.values,
            backgroundColor: COLOURS[i % COLOURS.length],
            borderColor: COLOURS[i % COLOURS.length],
            borderWidth: line ? 3 : 0,
            pointRadius: line ? 5 : undefined,
            tension: 0
          };
        })
      },
      options: {
        indexAxis: bars ? 'y' : 'x',
        maintainAspectRatio: false,
        scales: {
          x: { stacked: bars, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: bars, beginAtZero: true }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  document.querySelectorAll('canvas[data-timeline]').forEach(timeline);
  document.querySelectorAll('canvas[data-chart]').forEach(chart);
})();

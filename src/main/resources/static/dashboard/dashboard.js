/*
 * govmedia-workflow: the supervisors' dashboard (监管看板). Reads the figures from
 * /api/dashboard/figures and draws them with Apache ECharts (served by the application, no CDN);
 * every bar, point and day opens the list behind it (/api/dashboard/list?...).
 */
(function () {
  'use strict';
  var body = document.body;
  var FIGURES = body.getAttribute('data-figures');
  var LIST = body.getAttribute('data-list');
  var RED = '#c62828';

  function listUrl(params) {
    var query = Object.keys(params).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
    }).join('&');
    return LIST + '?' + query;
  }

  function chart(id, option, onClick, height) {
    var el = document.getElementById(id);
    if (height) {
      el.style.height = height + 'px';
    }
    var c = echarts.init(el, null, { locale: 'ZH', renderer: 'canvas' });
    // Drawn at once, without growing bars and wedges: a supervisor reads the figures, not a show.
    option.animation = false;
    c.setOption(option);
    if (onClick) {
      c.on('click', function (p) {
        var url = onClick(p);
        if (url) {
          window.location.href = url;
        }
      });
    }
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }

  function empty(text) {
    return { type: 'text', left: 'center', top: 'middle', style: { text: text || '暂无数据', fontSize: 16, fill: '#888' } };
  }

  function bars(id, counts, color, onClick) {
    chart(id, {
      tooltip: { trigger: 'axis', formatter: function (ps) { return ps[0].name + '：' + ps[0].value + ' 件'; } },
      grid: { left: 48, right: 16, top: 16, bottom: 72 },
      xAxis: { type: 'category', data: counts.map(function (c) { return c.name; }), axisLabel: { interval: 0, rotate: counts.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1, name: '件' },
      series: [{ type: 'bar', data: counts.map(function (c) { return c.count; }), itemStyle: { color: color }, barMaxWidth: 48,
        label: { show: true, position: 'top' } }],
      graphic: counts.length ? [] : [empty('暂无逾期事项')]
    }, function (p) { return onClick(counts[p.dataIndex]); });
  }

  function draw(f) {
    document.getElementById('generated-at').textContent = f.generatedAt;

    bars('overdue-process', f.overdueByProcess, RED, function (c) {
      return listUrl({ kind: 'overdue', process: c.code });
    });
    bars('overdue-unit', f.overdueByUnit, '#ef6c00', function (c) {
      return listUrl({ kind: 'overdue', unit: c.code == null ? '' : c.code });
    });

    chart('timeliness', {
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var m = f.timeliness[ps[0].dataIndex];
        return m.month.replace('-', '年') + '月<br>答复 ' + m.replies + ' 件，按时 ' + m.onTime + ' 件'
          + (m.rate == null ? '' : '<br>及时率 ' + m.rate + '%');
      } },
      grid: { left: 56, right: 16, top: 40, bottom: 40 },
      graphic: f.timeliness.some(function (m) { return m.replies > 0; }) ? [] : [empty('近12个月暂无答复')],
      xAxis: { type: 'category', data: f.timeliness.map(function (m) { return m.month.replace('-', '年') + '月'; }) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, name: '及时率' },
      series: [{ type: 'line', data: f.timeliness.map(function (m) { return m.rate; }), connectNulls: false,
        symbolSize: 10, itemStyle: { color: '#1565c0' }, label: { show: true, formatter: '{c}%' } }]
    }, function (p) { return listUrl({ kind: 'replies', month: f.timeliness[p.dataIndex].month }); });

    chart('accounts', {
      tooltip: { trigger: 'item', formatter: '{b}：{c} 个（{d}%）' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
        data: f.accountsByStatus.map(function (c) { return { name: c.name, value: c.count }; }),
        label: { formatter: '{b}\n{c} 个' } }],
      graphic: f.accountsByStatus.length ? [] : [empty('台账中暂无账号')]
    }, function (p) { return listUrl({ kind: 'accounts', status: f.accountsByStatus[p.dataIndex].code }); });

    bars('ladder', f.ladderSteps, '#6a1b9a', function (c) {
      return listUrl({ kind: 'ladder', step: c.code, year: f.ladderYear });
    });

    var h = f.heat;
    var caption = document.getElementById('heat-caption');
    if (!h.roundId) {
      caption.textContent = '尚无检查轮次。';
      chart('heat', { graphic: [empty('尚无检查轮次')] });
      return;
    }
    caption.textContent = h.ruleSetName + ' · 检查期间 ' + h.period + '（' + h.from + ' 至 ' + h.to + '）'
      + ' · 颜色越深，当日被更新频次问题覆盖的账号越多'
      + (h.otherUnits > 0 ? ' · 另有 ' + h.otherUnits + ' 个单位见清单' : '');
    if (!h.units.length) {
      chart('heat', { graphic: [empty('本轮未发现更新频次问题')] });
      return;
    }
    // Cells about square: a month's five or six weeks are not stretched over the whole width, a
    // quarter's thirteen still fit; rows tall enough for the weekday names.
    var per = 190;
    var weeks = Math.ceil((Date.parse(h.to) - Date.parse(h.from)) / (7 * 86400000)) + 2;
    var width = Math.max(300, document.getElementById('heat').clientWidth - 90);
    var cell = [Math.max(14, Math.min(36, Math.floor(width / weeks))), 18];
    var calendars = [], series = [], titles = [];
    h.units.forEach(function (u, i) {
      titles.push({ text: u.unit + '（' + u.total + ' 账号·日）', left: 8, top: 40 + i * per, textStyle: { fontSize: 13 } });
      calendars.push({ range: [h.from, h.to], top: 86 + i * per, left: 60, cellSize: cell,
        orient: 'horizontal', dayLabel: { nameMap: 'ZH', firstDay: 1, fontSize: 11 }, monthLabel: { nameMap: 'ZH' },
        yearLabel: { show: false } });
      series.push({ type: 'heatmap', coordinateSystem: 'calendar', calendarIndex: i, name: u.unit, data: u.days });
    });
    chart('heat', {
      tooltip: { formatter: function (p) { return p.seriesName + '<br>' + p.value[0] + '：' + p.value[1] + ' 个账号'; } },
      visualMap: { min: 0, max: Math.max(1, h.max), calculable: true, orient: 'horizontal', left: 'center', top: 0,
        text: ['多', '少'], inRange: { color: ['#fff3e0', '#e65100', '#b71c1c'] } },
      title: titles, calendar: calendars, series: series
    }, function (p) {
      return listUrl({ kind: 'findings', round: h.roundId, unit: p.seriesName, day: p.value[0] });
    }, 60 + h.units.length * per);
  }

  fetch(FIGURES, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(draw)
    .catch(function () { document.getElementById('error').hidden = false; });
})();

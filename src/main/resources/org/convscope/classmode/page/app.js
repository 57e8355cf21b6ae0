// The student page: draw on the canvas (finger, pen or mouse), send the PNG with the join code, show the answer.
// Nothing here writes HTML from text: every text goes through textContent.
'use strict';
(function () {
  const TEXTS = {
    en: {
      title: 'Draw a digit', undo: 'Undo', clear: 'Clear', meant: 'I meant', name: 'Nickname (optional)',
      code: 'Join code', send: 'Send', answer: 'The network reads',
      local: "This page comes from your teacher's computer, on this local network only.",
      sending: 'Sending…', sent: 'Sent! Draw another one if you like.', empty: 'Draw a digit first.',
      needCode: 'Type the four digits shown on the projector.',
      e403: 'Wrong join code: look at the projector.', e429: 'Too fast: wait a second, then send again.',
      e503: 'Your teacher cannot take more drawings right now.', e400: 'This drawing could not be read.',
      offline: "No connection to the teacher's computer."
    },
    ko: {
      title: '숫자를 그려 보세요', undo: '되돌리기', clear: '지우기', meant: '내가 쓴 숫자', name: '별명 (선택)',
      code: '참여 코드', send: '보내기', answer: '신경망의 답',
      local: '이 페이지는 선생님 컴퓨터가 이 교실 네트워크 안에서만 보여 줍니다.',
      sending: '보내는 중…', sent: '보냈어요! 하나 더 그려도 좋아요.', empty: '먼저 숫자를 그려 주세요.',
      needCode: '프로젝터에 나온 네 자리 숫자를 입력하세요.',
      e403: '참여 코드가 틀렸어요. 프로젝터를 보세요.', e429: '너무 빨라요. 1초 기다렸다가 다시 보내세요.',
      e503: '지금은 선생님이 그림을 더 받을 수 없어요.', e400: '이 그림은 읽을 수 없었어요.',
      offline: '선생님 컴퓨터에 연결되지 않았어요.'
    }
  };
  const lang = document.documentElement.lang === 'ko' ? 'ko' : 'en';
  const t = TEXTS[lang];
  document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = t[el.dataset.t]; });
  document.title = 'ConvScope · ' + t.title;

  const pad = document.getElementById('pad');
  const ctx = pad.getContext('2d');
  const PEN = 20; // on a 280-pixel canvas: MNIST's stroke width once the digit is scaled to 20 pixels
  let strokes = [];
  let current = null;

  function paint() {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, pad.width, pad.height);
    ctx.strokeStyle = '#000';
    ctx.fillStyle = '#000';
    ctx.lineWidth = PEN;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    strokes.forEach(function (s) {
      if (s.length === 1) {
        ctx.beginPath();
        ctx.arc(s[0][0], s[0][1], PEN / 2, 0, 2 * Math.PI);
        ctx.fill();
        return;
      }
      ctx.beginPath();
      ctx.moveTo(s[0][0], s[0][1]);
      for (let i = 1; i < s.length; i++) ctx.lineTo(s[i][0], s[i][1]);
      ctx.stroke();
    });
  }

  function point(e) {
    const r = pad.getBoundingClientRect();
    return [(e.clientX - r.left) * pad.width / r.width, (e.clientY - r.top) * pad.height / r.height];
  }

  pad.addEventListener('pointerdown', function (e) {
    e.preventDefault();
    pad.setPointerCapture(e.pointerId);
    current = [point(e)];
    strokes.push(current);
    paint();
  });
  pad.addEventListener('pointermove', function (e) {
    if (!current) return;
    const events = e.getCoalescedEvents ? e.getCoalescedEvents() : [e];
    (events.length ? events : [e]).forEach(function (c) { current.push(point(c)); });
    paint();
  });
  function end() { current = null; }
  pad.addEventListener('pointerup', end);
  pad.addEventListener('pointercancel', end);

  document.getElementById('undo').addEventListener('click', function () { strokes.pop(); paint(); });
  document.getElementById('clear').addEventListener('click', function () {
    strokes = [];
    paint();
    result.hidden = true;
    say('', false);
  });

  const code = document.getElementById('code');
  if (/^#[0-9]{4}$/.test(location.hash)) code.value = location.hash.slice(1); // the QR code carries it
  const status = document.getElementById('status');
  const result = document.getElementById('result');
  const send = document.getElementById('send');

  function say(text, bad) {
    status.textContent = text;
    status.classList.toggle('bad', bad);
  }

  function show(reply) {
    const answer = document.getElementById('answer');
    answer.textContent = String(reply['class']);
    const bars = document.getElementById('bars');
    bars.replaceChildren();
    reply.probabilities.slice(0, 10).forEach(function (p, c) {
      const li = document.createElement('li');
      if (c === reply['class']) li.className = 'top';
      const digit = document.createElement('span');
      digit.textContent = String(c);
      const track = document.createElement('span');
      track.className = 'track';
      const fill = document.createElement('span');
      fill.className = 'fill';
      fill.style.width = Math.max(0, Math.min(100, p * 100)).toFixed(1) + '%';
      track.appendChild(fill);
      const pct = document.createElement('span');
      pct.className = 'pct';
      pct.textContent = (p * 100).toFixed(1) + '%';
      li.append(digit, track, pct);
      bars.appendChild(li);
    });
    result.hidden = false;
    result.scrollIntoView({ block: 'nearest' }); // on a phone the answer is below the pad
  }

  send.addEventListener('click', function () {
    if (strokes.length === 0) { say(t.empty, true); return; }
    if (!/^[0-9]{4}$/.test(code.value)) { say(t.needCode, true); code.focus(); return; }
    const body = { code: code.value, image: pad.toDataURL('image/png') };
    const label = document.getElementById('label').value;
    if (label !== '') body.label = Number(label);
    const name = document.getElementById('name').value.trim();
    if (name !== '') body.name = name.slice(0, 20);
    send.disabled = true;
    say(t.sending, false);
    fetch('/api/drawings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (r) {
      if (r.ok) return r.json().then(function (reply) { show(reply); say(t.sent, false); });
      say(t['e' + r.status] || t.e400, true);
    }).catch(function () {
      say(t.offline, true);
    }).finally(function () {
      send.disabled = false;
    });
  });

  paint();
})();

// The augmentation-vs-overfitting page: asks the server to train (GET /api/overfitting/stream, server-sent events)
// and draws each frame it streams. All training happens on the server; this file only parses and draws.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const ORANGE = [245, 147, 34];
  const BLUE = [8, 119, 189];

  const state = {
    controller: null,   // aborts the running stream (the server then stops training)
    scene: null,        // plane, points and pipeline of the current run
    frame: null,        // the latest frame
    result: null,       // the done event
    armed: false,       // Train was pressed and not Reset: control changes train again
    pending: 0,         // requestAnimationFrame handle; frames arriving faster than the screen are coalesced
  };

  // ---------- the request ----------

  function settings() {
    return {
      strength: $('strength').value,
      noise: $('noise').value,
      seed: $('seed').value.trim() || '0',
      steps: $('steps').value.trim() || '2000',
    };
  }

  function stop() {
    if (state.controller) state.controller.abort();
    state.controller = null;
  }

  async function train() {
    stop();
    const controller = new AbortController();
    state.controller = controller;
    state.armed = true;
    const s = settings();
    $('command').textContent = `sharpaugment demo overfitting --strength ${s.strength} --noise ${s.noise} --seed ${s.seed} --steps ${s.steps} --out demo.png`;
    showError(null);
    document.body.classList.add('training');
    try {
      const response = await fetch('/api/overfitting/stream?' + new URLSearchParams(s), {
        signal: controller.signal, headers: { Accept: 'text/event-stream' },
      });
      if (!response.ok) {
        let body;
        try { body = await response.json(); } catch { body = { error: `HTTP ${response.status}` }; }
        showError(body.error || `HTTP ${response.status}`);
        return;
      }
      await readEvents(response.body, onEvent);
      if (!state.result && !controller.signal.aborted) showError('the server ended the run early; press Train to try again');
    } catch (e) {
      if (!controller.signal.aborted) showError(`training stopped: ${e.message}`);
    } finally {
      if (state.controller === controller) {
        state.controller = null;
        document.body.classList.remove('training');
      }
    }
  }

  // Server-sent events: blocks separated by a blank line, "event: NAME" and "data: JSON" lines.
  async function readEvents(body, handle) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length) handle(name, JSON.parse(data.join('\n')));
      }
    }
  }

  function onEvent(name, data) {
    if (name === 'scene') {
      state.scene = data;
      state.frame = null;
      state.result = null;
      $('pipeline').textContent = data.pipeline || '(none: strength 0, the two networks are identical)';
    } else if (name === 'frame') {
      state.frame = data;
    } else if (name === 'done') {
      state.result = data;
    }
    schedule();
  }

  // ---------- drawing ----------

  function schedule() {
    if (!state.pending) state.pending = requestAnimationFrame(() => { state.pending = 0; render(); });
  }

  const pct = (x) => (100 * x).toFixed(1);

  function render() {
    const f = state.frame;
    if (f) {
      const a = f.no_augmentation;
      const b = f.with_augmentation;
      $('accuracy').textContent = `No Aug: ${pct(a.train_accuracy)}/${pct(a.test_accuracy)}% | With Aug: ${pct(b.train_accuracy)}/${pct(b.test_accuracy)}%`;
      $('progress').value = f.steps ? f.step / f.steps : 0;
      $('step').textContent = state.result
        ? `done: ${f.step} steps; test accuracy gain from augmentation ${signed(100 * state.result.test_accuracy_gain)} points`
        : `step ${f.step} of ${f.steps}`;
      $('plain-caption').textContent = `train loss ${a.train_loss.toFixed(3)}`;
      $('augmented-caption').textContent = `train loss ${b.train_loss.toFixed(3)}`;
    } else {
      $('accuracy').textContent = 'No Aug: -/-% | With Aug: -/-%';
      $('progress').value = 0;
      $('step').textContent = state.controller ? 'starting' : 'not trained';
      $('plain-caption').textContent = '';
      $('augmented-caption').textContent = '';
    }
    drawPanel($('plain'), f && f.no_augmentation);
    drawPanel($('augmented'), f && f.with_augmentation);
  }

  const signed = (x) => (x >= 0 ? '+' : '') + x.toFixed(1);

  function drawPanel(canvas, snapshot) {
    const ctx = canvas.getContext('2d');
    const w = canvas.width;
    const h = canvas.height;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    const scene = state.scene;
    if (!scene) return;
    if (snapshot) {
      shade(ctx, w, h, scene.grid_resolution, snapshot.probabilities);
      boundary(ctx, w, h, scene.grid_resolution, snapshot.probabilities);
    }
    const toX = (x) => ((x + scene.extent) / (2 * scene.extent)) * w;
    const toY = (y) => ((scene.extent - y) / (2 * scene.extent)) * h;
    if ($('show-test').checked) points(ctx, scene.test_points, scene.test_labels, toX, toY, 1.8, 0);
    points(ctx, scene.train_points, scene.train_labels, toX, toY, 6, 1.5);
  }

  // The probability grid as one pixel per cell, scaled up smoothly: P(class 1) from orange through white to blue.
  function shade(ctx, w, h, n, p) {
    const cells = new ImageData(n, n);
    for (let i = 0; i < n * n; i++) {
      const colour = p[i] >= 0.5 ? BLUE : ORANGE;
      const t = 0.55 * Math.abs(p[i] - 0.5) * 2;
      for (let c = 0; c < 3; c++) cells.data[4 * i + c] = Math.round(255 + (colour[c] - 255) * t);
      cells.data[4 * i + 3] = 255;
    }
    const small = document.createElement('canvas');
    small.width = n;
    small.height = n;
    small.getContext('2d').putImageData(cells, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(small, 0, 0, w, h);
  }

  // The 0.5 contour by marching squares over the cell centres, with linear interpolation along each square's sides.
  function boundary(ctx, w, h, n, p) {
    const sx = w / n;
    const sy = h / n;
    ctx.strokeStyle = 'rgba(70, 70, 70, 0.9)';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    for (let r = 0; r + 1 < n; r++) {
      for (let c = 0; c + 1 < n; c++) {
        const v = [p[r * n + c] - 0.5, p[r * n + c + 1] - 0.5, p[(r + 1) * n + c + 1] - 0.5, p[(r + 1) * n + c] - 0.5];
        const corners = [[c, r], [c + 1, r], [c + 1, r + 1], [c, r + 1]];
        const cuts = [];
        for (let k = 0; k < 4; k++) {
          const a = v[k];
          const b = v[(k + 1) % 4];
          if ((a < 0) !== (b < 0)) {
            const t = a / (a - b);
            const [x0, y0] = corners[k];
            const [x1, y1] = corners[(k + 1) % 4];
            cuts.push([(x0 + t * (x1 - x0) + 0.5) * sx, (y0 + t * (y1 - y0) + 0.5) * sy]);
          }
        }
        for (let k = 0; k + 1 < cuts.length; k += 2) {
          ctx.moveTo(cuts[k][0], cuts[k][1]);
          ctx.lineTo(cuts[k + 1][0], cuts[k + 1][1]);
        }
      }
    }
    ctx.stroke();
  }

  function points(ctx, xy, labels, toX, toY, radius, ring) {
    for (let i = 0; i < labels.length; i++) {
      const x = toX(xy[2 * i]);
      const y = toY(xy[2 * i + 1]);
      const [r, g, b] = labels[i] === 1 ? BLUE : ORANGE;
      ctx.beginPath();
      ctx.arc(x, y, radius + ring, 0, 2 * Math.PI);
      if (ring > 0) {
        ctx.fillStyle = '#fff';
        ctx.fill();
        ctx.strokeStyle = 'rgb(40, 40, 40)';
        ctx.lineWidth = 1;
        ctx.stroke();
        ctx.beginPath();
        ctx.arc(x, y, radius, 0, 2 * Math.PI);
      }
      ctx.fillStyle = ring > 0 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, 0.55)`;
      ctx.fill();
    }
  }

  function showError(message) {
    $('error').hidden = !message;
    $('error').textContent = message || '';
  }

  // ---------- controls ----------

  function reset() {
    stop();
    state.armed = false;
    state.scene = null;
    state.frame = null;
    state.result = null;
    document.body.classList.remove('training');
    $('pipeline').textContent = '(press Train)';
    $('command').textContent = '';
    showError(null);
    render();
  }

  const retrain = window.Playground.debounce(() => { if (state.armed) train(); }, 300);

  function init() {
    for (const id of ['strength', 'noise']) {
      const update = () => { $(`${id}-value`).textContent = Number($(id).value).toFixed(2); };
      update();
      $(id).addEventListener('input', () => { update(); retrain(); });
    }
    $('seed').addEventListener('change', retrain);
    $('steps').addEventListener('change', retrain);
    $('show-test').addEventListener('change', render);
    $('train').addEventListener('click', train);
    $('reset').addEventListener('click', reset);
    render();
  }

  document.addEventListener('DOMContentLoaded', init);
})();

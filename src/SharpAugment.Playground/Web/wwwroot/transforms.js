// The transforms page: pick a transform or write a pipeline, slide the magnitude, compare original and augmented.
// Every pixel shown comes from the server (POST /api/apply); nothing here reimplements an augmentation.
'use strict';

(() => {
  const { getJson, apply, debounce, el } = window.Playground;
  const $ = (id) => document.getElementById(id);
  const STRIP = 8;

  const state = {
    transforms: [],
    byName: new Map(),
    samples: [],
    mode: 'single',
    upload: null,          // a File chosen or dropped by the user
    custom: false,         // the parameter panel, not the slider, defines the transform
    steps: [],             // pipeline mode: one text per step
    seq: 0,                // requests are numbered so stale answers are dropped
    controller: null,
    urls: [],
  };

  // ---------- what to send ----------

  function current() { return state.byName.get($('transform').value); }

  function panelPipeline(t) {
    const args = [];
    for (const p of t.parameters) {
      const input = $('params').querySelector(`[data-param="${p.name}"]`);
      if (!input) continue;
      const value = input.type === 'checkbox' ? String(input.checked) : input.value.trim();
      if (value !== '' && value !== p.default) args.push(`${p.name}=${value}`);
    }
    return args.length ? `${t.name}(${args.join(', ')})` : t.name;
  }

  function request() {
    if (state.mode === 'pipeline') return { pipeline: $('pipeline-text').value.trim() };
    const t = current();
    if (t.magnitude && !state.custom) return { pipeline: t.name, magnitude: $('magnitude').value };
    return { pipeline: panelPipeline(t) };
  }

  function source() {
    const fields = { seed: $('seed').value || '0' };
    if (state.upload) fields.image = state.upload;
    else fields.sample = $('sample').value;
    const kind = state.samples.find((s) => s.key === $('sample').value)?.kind;
    if (!state.upload && $('overlay').checked && (kind === 'boxes' || kind === 'keypoints' || kind === 'masks')) fields.overlay = '1';
    return fields;
  }

  // ---------- rendering ----------

  function setImage(img, blob) {
    const url = URL.createObjectURL(blob);
    state.urls.push(url);
    if (state.urls.length > 40) URL.revokeObjectURL(state.urls.shift());
    img.onload = () => img.classList.toggle('pixelated', img.naturalWidth < 128 && img.naturalHeight < 128);
    img.src = url;
  }

  function showError(message, position) {
    const box = state.mode === 'pipeline' ? $('pipeline-error') : $('error');
    const other = state.mode === 'pipeline' ? $('error') : $('pipeline-error');
    other.hidden = true;
    if (!message) { box.hidden = true; box.textContent = ''; return; }
    box.hidden = false;
    box.textContent = message;
    if (state.mode === 'pipeline' && position !== undefined) {
      const text = $('pipeline-text');
      text.focus();
      text.setSelectionRange(position, Math.min(position + 1, text.value.length));
    }
  }

  function quoteShell(s) { return `'${s.replaceAll("'", "'\\''")}'`; }

  function showReproduction(pipeline, seed) {
    $('repro-pipeline').textContent = pipeline;
    $('repro-cli').textContent = `sharpaugment apply input.png output.png --pipeline ${quoteShell(pipeline)} --seed ${seed}`;
    $('repro-csharp').textContent = [
      'using SharpAugment.Imaging;',
      'using SharpAugment.Imaging.Skia;',
      'using SharpAugment.Pipelines;',
      'using SharpAugment.Transforms;',
      '',
      'var registry = new TransformRegistry().AddImageTransforms().AddCodecTransforms();',
      `var pipeline = registry.Parse<Sample>(@"${pipeline.replaceAll('"', '""')}");`,
      'var input = new Sample(ImageCodec.Load("input.png"));',
      `var result = SingleImageAugmenter.Apply(pipeline, input, seed: ${seed});`,
      'ImageCodec.Save(ImageConversions.ToBytes(result.Image), "output.png");',
    ].join('\n');
  }

  function fillPanel(argumentsJson) {
    if (!argumentsJson) return;
    const values = JSON.parse(argumentsJson);
    for (const [name, value] of Object.entries(values)) {
      const input = $('params').querySelector(`[data-param="${name}"]`);
      if (!input) continue;
      if (input.type === 'checkbox') input.checked = value === 'true';
      else input.value = value;
      const twin = $('params').querySelector(`[data-twin="${name}"]`);
      if (twin && !Number.isNaN(Number(value))) twin.value = value;
    }
  }

  async function refresh() {
    const seq = ++state.seq;
    state.controller?.abort();
    const controller = new AbortController();
    state.controller = controller;
    const req = request();
    if (!req.pipeline) { showError('Write a pipeline, or add a step.'); return; }
    const seed = BigInt($('seed').value || '0');
    $('busy').hidden = false;
    let main;
    try {
      main = await apply({ ...source(), ...req }, controller.signal);
    } catch (e) {
      if (e.name !== 'AbortError') showError(String(e));
      return;
    } finally {
      if (seq === state.seq) $('busy').hidden = true;
    }
    if (seq !== state.seq) return;
    // A failed request leaves the last good result on screen, dimmed, so it is not mistaken for this setting's.
    $('augmented').classList.toggle('stale', !main.ok);
    if (!main.ok) { showError(main.error, main.position); markStripStale(); return; }
    showError(null);
    setImage($('augmented'), main.blob);
    $('augmented-size').textContent = main.headers.get('X-Image-Size') || '';
    $('elapsed').textContent = `${main.headers.get('X-Elapsed-Ms')} ms on the server`;
    const sampled = JSON.parse(main.headers.get('X-Sampled-Params') || '[]');
    $('sampled').textContent = JSON.stringify(sampled, null, 2);
    const pipeline = main.headers.get('X-Pipeline') || req.pipeline;
    showReproduction(pipeline, seed);
    if (state.mode === 'single' && !state.custom) fillPanel(main.headers.get('X-Arguments'));
    await refreshStrip(seq, req, seed, controller.signal);
  }

  function markStripStale() {
    for (const cell of $('strip').children) cell.classList.add('stale');
  }

  async function refreshStrip(seq, req, seed, signal) {
    const strip = $('strip');
    markStripStale();
    $('strip-seeds').textContent = `${seed}..${seed + BigInt(STRIP - 1)}`;
    const cells = [...strip.children];
    // Two at a time: the server works on the main image's neighbours without queueing behind eight uploads.
    for (let i = 0; i < STRIP; i += 2) {
      const batch = [i, i + 1].map(async (k) => {
        const r = await apply({ ...source(), ...req, seed: String(seed + BigInt(k)) }, signal);
        if (seq !== state.seq || !r.ok) return;
        setImage(cells[k].querySelector('img'), r.blob);
        cells[k].classList.remove('stale');
        cells[k].dataset.seed = String(seed + BigInt(k));
        cells[k].title = `seed ${seed + BigInt(k)}`;
      });
      try { await Promise.all(batch); } catch (e) { if (e.name === 'AbortError') return; throw e; }
      if (seq !== state.seq) return;
    }
  }

  const refreshSoon = debounce(refresh, 120);

  function showOriginal() {
    const img = $('original');
    if (state.upload) {
      setImage(img, state.upload);
      $('original-size').textContent = state.upload.name;
      return;
    }
    const key = $('sample').value;
    const kind = state.samples.find((s) => s.key === key)?.kind;
    const overlay = $('overlay').checked && (kind === 'boxes' || kind === 'keypoints' || kind === 'masks') ? '?overlay=1' : '';
    img.onload = () => {
      img.classList.toggle('pixelated', img.naturalWidth < 128 && img.naturalHeight < 128);
      $('original-size').textContent = overlay ? '' : `${img.naturalWidth}x${img.naturalHeight}`;
    };
    img.src = `/api/samples/${key}${overlay}`;
  }

  // ---------- single-transform mode ----------

  function paramControl(p) {
    const id = `param-${p.name}`;
    let input;
    if (p.type === 'bool') {
      input = el('input', { type: 'checkbox', id, checked: p.default === 'true' });
    } else if (p.type === 'enum') {
      input = el('select', { id });
      if (p.nullable) input.append(el('option', { value: 'none', textContent: 'none' }));
      for (const v of p.values) input.append(el('option', { value: v, textContent: v }));
      input.value = p.default;
    } else {
      input = el('input', { type: 'text', id, value: p.default, spellcheck: false });
    }
    input.dataset.param = p.name;
    input.addEventListener('input', () => { state.custom = true; markCustom(); refreshSoon(); });
    const row = el('div', { className: 'param' }, [
      el('label', { htmlFor: id, textContent: p.name, title: p.help }),
    ]);
    const bounded = (p.type === 'number' || p.type === 'integer' || p.type === 'range') && p.min !== null && p.max !== null;
    if (bounded) {
      const slider = el('input', { type: 'range', min: p.min, max: p.max, step: p.type === 'integer' ? 1 : (p.max - p.min) / 100 });
      slider.dataset.twin = p.name;
      if (!Number.isNaN(Number(p.default))) slider.value = p.default;
      slider.addEventListener('input', () => { input.value = slider.value; input.dispatchEvent(new Event('input')); });
      row.append(el('div', { className: 'twin' }, [slider, input]));
    } else {
      row.append(input);
    }
    const range = p.min !== null || p.max !== null ? ` ${p.min_exclusive ? '(' : '['}${p.min ?? '-inf'}, ${p.max ?? 'inf'}]` : '';
    row.append(el('div', { className: 'hint', textContent: `${p.help} - ${p.type_description}${range}` }));
    return row;
  }

  function markCustom() {
    const t = current();
    $('magnitude-value').textContent = state.custom || !t.magnitude ? 'custom' : Number($('magnitude').value).toFixed(2);
    $('reset-params').hidden = !(state.custom && t.magnitude);
  }

  function selectTransform() {
    const t = current();
    state.custom = false;
    $('description').textContent = t.description;
    $('magnitude').disabled = !t.magnitude;
    $('magnitude-note').hidden = t.magnitude;
    $('magnitude-note').textContent = t.magnitude ? '' : `No magnitude: ${t.magnitude_note}.`;
    const params = $('params');
    params.replaceChildren(...t.parameters.map(paramControl));
    $('params-box').open = !t.magnitude;
    markCustom();
    history.replaceState(null, '', `#${t.name}`);
    refreshSoon();
  }

  function fillTransformSelect(select, withDisabled) {
    let group = null;
    let optgroup = null;
    for (const t of state.transforms) {
      if (t.group !== group) {
        group = t.group;
        optgroup = el('optgroup', { label: group });
        select.append(optgroup);
      }
      optgroup.append(el('option', { value: t.name, textContent: withDisabled && !t.magnitude ? `${t.name} (no magnitude)` : t.name }));
    }
  }

  // ---------- pipeline mode ----------

  // Splits pipeline text on top-level '|' (not inside brackets or quotes).
  function splitSteps(text) {
    const steps = [];
    let depth = 0; let quote = false; let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"' && text[i - 1] !== '\\') quote = !quote;
      else if (!quote && (c === '(' || c === '[')) depth++;
      else if (!quote && (c === ')' || c === ']')) depth--;
      else if (!quote && depth === 0 && c === '|') { steps.push(text.slice(start, i).trim()); start = i + 1; }
    }
    steps.push(text.slice(start).trim());
    return steps.filter((s) => s.length > 0);
  }

  function renderSteps() {
    const list = $('steps');
    list.replaceChildren(...state.steps.map((step, i) => {
      const input = el('input', { type: 'text', value: step, spellcheck: false, className: 'step-text' });
      input.setAttribute('aria-label', `step ${i + 1}`);
      input.addEventListener('input', () => { state.steps[i] = input.value; syncText(); });
      const button = (label, title, action, disabled) => {
        const b = el('button', { type: 'button', textContent: label, title, disabled, className: 'icon' });
        b.addEventListener('click', action);
        return b;
      };
      return el('li', {}, [
        input,
        button('\u2191', 'move up', () => move(i, -1), i === 0),
        button('\u2193', 'move down', () => move(i, 1), i === state.steps.length - 1),
        button('\u00d7', 'remove', () => { state.steps.splice(i, 1); renderSteps(); syncText(); }, false),
      ]);
    }));
  }

  function move(i, delta) {
    const j = i + delta;
    [state.steps[i], state.steps[j]] = [state.steps[j], state.steps[i]];
    renderSteps();
    syncText();
  }

  function syncText() {
    $('pipeline-text').value = state.steps.join(' | ');
    refreshSoon();
  }

  function setMode(mode) {
    state.mode = mode;
    $('tab-single').classList.toggle('active', mode === 'single');
    $('tab-pipeline').classList.toggle('active', mode === 'pipeline');
    $('single').hidden = mode !== 'single';
    $('pipeline-mode').hidden = mode !== 'pipeline';
    if (mode === 'pipeline' && state.steps.length === 0) {
      state.steps = splitSteps($('repro-pipeline').textContent || current().name);
      $('pipeline-text').value = state.steps.join(' | ');
      renderSteps();
    }
    refreshSoon();
  }

  // ---------- start ----------

  function setUpload(file) {
    if (!file) return;
    state.upload = file;
    $('drop-text').textContent = `${file.name} (click to choose another)`;
    const option = $('sample').querySelector('option[value="__upload"]') || el('option', { value: '__upload' });
    option.textContent = `Your image: ${file.name}`;
    $('sample').prepend(option);
    $('sample').value = '__upload';
    showOriginal();
    refreshSoon();
  }

  async function start() {
    [state.transforms, state.samples] = await Promise.all([getJson('/api/transforms'), getJson('/api/samples')]);
    for (const t of state.transforms) state.byName.set(t.name, t);
    fillTransformSelect($('transform'), true);
    fillTransformSelect($('add-transform'), false);
    const groups = { smiley: 'The article', photo: 'Photos', boxes: 'With boxes (YOLO)', keypoints: 'With boxes and keypoints (COCO)', masks: 'With masks (segmentation)', folder: 'Your folder' };
    const optgroups = {};
    for (const s of state.samples) {
      optgroups[s.kind] ??= $('sample').appendChild(el('optgroup', { label: groups[s.kind] || s.kind }));
      optgroups[s.kind].append(el('option', { value: s.key, textContent: s.title }));
    }
    for (let i = 0; i < STRIP; i++) {
      const cell = el('button', { type: 'button', className: 'cell' }, [el('img', { alt: `sample ${i + 1}` })]);
      cell.addEventListener('click', () => { if (cell.dataset.seed) { $('seed').value = cell.dataset.seed; refreshSoon(); } });
      $('strip').append(cell);
    }
    const wanted = location.hash.slice(1);
    $('transform').value = state.byName.has(wanted) ? wanted : 'rotate';
    $('sample').value = 'smiley';

    $('transform').addEventListener('change', selectTransform);
    $('magnitude').addEventListener('input', () => { state.custom = false; markCustom(); refreshSoon(); });
    $('reset-params').addEventListener('click', () => { state.custom = false; markCustom(); refreshSoon(); });
    $('seed').addEventListener('input', refreshSoon);
    $('new-sample').addEventListener('click', () => { $('seed').value = String(BigInt($('seed').value || '0') + BigInt(STRIP)); refreshSoon(); });
    $('sample').addEventListener('change', () => {
      if ($('sample').value !== '__upload') { state.upload = null; $('drop-text').textContent = 'Upload or drop your own image'; }
      showOriginal();
      refreshSoon();
    });
    $('overlay').addEventListener('change', () => { showOriginal(); refreshSoon(); });
    $('upload').addEventListener('change', () => setUpload($('upload').files[0]));
    for (const target of [$('drop'), document.querySelector('.stage')]) {
      target.addEventListener('dragover', (e) => { e.preventDefault(); $('drop').classList.add('over'); });
      target.addEventListener('dragleave', () => $('drop').classList.remove('over'));
      target.addEventListener('drop', (e) => { e.preventDefault(); $('drop').classList.remove('over'); setUpload(e.dataTransfer.files[0]); });
    }
    $('tab-single').addEventListener('click', () => setMode('single'));
    $('tab-pipeline').addEventListener('click', () => setMode('pipeline'));
    $('add-step').addEventListener('click', () => { state.steps.push($('add-transform').value); renderSteps(); syncText(); });
    $('pipeline-text').addEventListener('input', () => { state.steps = splitSteps($('pipeline-text').value); renderSteps(); refreshSoon(); });

    showOriginal();
    selectTransform();
  }

  document.addEventListener('DOMContentLoaded', () => start().catch((e) => showError(String(e))));
})();

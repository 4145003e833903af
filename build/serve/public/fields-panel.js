// "Tag fields": the template's own ___TEMPLATE_PARAMETERS___ as a form, like GTM's tag editor: groups,
// text, checkbox, select, radio (with nested fields), simple tables, enabling conditions and help.
// Every change replaces the tag's fields through PUT /api/fields.
import { el } from './dom.js';

const SAFE_TAGS = new Set(['B', 'I', 'EM', 'STRONG', 'CODE', 'BR']);

/** GTM's help text allows a little HTML; only formatting and http(s) links are kept, as elements. */
function helpContent(html) {
  const source = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstChild;
  const copy = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
    if (node.nodeType !== Node.ELEMENT_NODE) return document.createTextNode('');
    const href = node.getAttribute('href');
    let out;
    if (SAFE_TAGS.has(node.tagName)) out = el(node.tagName.toLowerCase());
    else if (node.tagName === 'A' && /^https?:\/\//.test(href ?? ''))
      out = el('a', { href, target: '_blank', rel: 'noopener noreferrer' });
    else out = document.createDocumentFragment();
    for (const child of node.childNodes) out.append(copy(child));
    return out;
  };
  return copy(source);
}

/** A "?" button next to the field's label that shows its help under the field. */
function withHelp(param, node) {
  if (!param.help) return node;
  const text = el('p', { class: 'help' }, helpContent(param.help));
  text.hidden = true;
  const toggle = el('button', { type: 'button', class: 'help-toggle', title: 'Help' }, '?');
  toggle.addEventListener('click', (event) => {
    event.preventDefault();
    text.hidden = !text.hidden;
  });
  const label = node.querySelector(':scope > .label, :scope > legend, :scope > summary') ?? node;
  label.append(toggle);
  node.append(text);
  return node;
}

/** GTM shows a field when any of its enabling conditions holds. */
function conditionHolds(condition, values) {
  const value = values[condition.paramName];
  const present = value !== undefined && value !== null && value !== '' && value !== false;
  switch (condition.type) {
    case 'EQUALS':
      return String(value) === String(condition.paramValue);
    case 'NOT_EQUALS':
      return String(value) !== String(condition.paramValue);
    case 'PRESENT':
      return present;
    case 'NOT_PRESENT':
      return !present;
    case 'GREATER_THAN':
      return Number(value) > Number(condition.paramValue);
    case 'LESS_THAN':
      return Number(value) < Number(condition.paramValue);
    default:
      return true;
  }
}

function selectControl(name, items, value, onChange) {
  const select = el('select', { 'data-field': name });
  const known = items.map((item) => item.value);
  const options = known.includes(value)
    ? items
    : [...items, { value, displayValue: String(value) }];
  for (const item of options) {
    const option = el('option', {}, item.displayValue ?? String(item.value));
    option.value = String(item.value);
    option.selected = item.value === value;
    select.append(option);
  }
  select.addEventListener('change', () => onChange(options[select.selectedIndex].value));
  return select;
}

function textControl(param, value, onChange) {
  const multi = Number(param.lineCount) > 1;
  const input = el(multi ? 'textarea' : 'input', { 'data-field': param.name });
  if (multi) input.rows = Number(param.lineCount);
  input.value = value === undefined || value === null ? '' : String(value);
  if (param.valueHint) input.placeholder = param.valueHint;
  input.addEventListener('change', () => onChange(input.value));
  return input;
}

function tableControl(param, rows, onChange) {
  const columns = param.simpleTableColumns ?? [];
  const table = el('table', { class: 'simple-table', 'data-field': param.name });
  const body = el('tbody');
  let current = Array.isArray(rows) ? rows.map((r) => ({ ...r })) : [];
  const draw = () => {
    body.replaceChildren(
      ...current.map((rowValues, index) => {
        const cells = columns.map((column) => {
          const set = (v) => {
            rowValues[column.name] = v;
            onChange(current);
          };
          const value = rowValues[column.name] ?? column.defaultValue ?? '';
          return el(
            'td',
            {},
            column.type === 'SELECT'
              ? selectControl(column.name, column.selectItems ?? [], value, set)
              : textControl(column, value, set),
          );
        });
        const remove = el('button', { type: 'button', class: 'remove-row', title: 'Remove' }, '×');
        remove.addEventListener('click', () => {
          current = current.filter((_, i) => i !== index);
          draw();
          onChange(current);
        });
        return el('tr', {}, ...cells, el('td', {}, remove));
      }),
    );
  };
  const head = el('tr', {}, ...columns.map((c) => el('th', {}, c.displayName ?? c.name)), el('th'));
  const add = el(
    'button',
    { type: 'button', class: 'add-row' },
    param.newRowButtonText ?? 'Add row',
  );
  add.addEventListener('click', () => {
    current = [...current, Object.fromEntries(columns.map((c) => [c.name, c.defaultValue ?? '']))];
    draw();
    onChange(current);
  });
  draw();
  table.append(el('thead', {}, head), body);
  return el('div', { class: 'table-field' }, table, add);
}

export function createFieldsPanel(form, status, parameters, initialValues) {
  const values = { ...initialValues };
  /** [element, param] for the fields that have enabling conditions. */
  const conditional = [];
  let saving = Promise.resolve();

  const refresh = () => {
    for (const [node, param] of conditional) {
      node.hidden = !param.enablingConditions.some((c) => conditionHolds(c, values));
    }
  };

  const save = () => {
    refresh();
    const body = JSON.stringify(values);
    status.textContent = 'Saving…';
    saving = saving
      .then(() => fetch('/api/fields', { method: 'PUT', body }))
      .then(async (response) => {
        status.textContent = response.ok
          ? 'Saved: the next events use these fields.'
          : `Not saved: ${await response.text()}`;
      })
      .catch((error) => (status.textContent = `Not saved: ${error}`));
  };

  const setter = (name) => (value) => {
    values[name] = value;
    save();
  };

  const label = (param) => el('span', { class: 'label' }, param.displayName || param.name);

  function render(param) {
    const set = setter(param.name);
    const labelled = (tag, control) => el(tag, { class: 'field' }, label(param), control);
    let node;
    switch (param.type) {
      case 'GROUP': {
        const children = (param.subParams ?? []).map(render);
        if (param.groupStyle === 'NO_ZIPPY') {
          node = el(
            'fieldset',
            { class: 'group' },
            el('legend', {}, param.displayName ?? ''),
            ...children,
          );
        } else {
          node = el(
            'details',
            { class: 'group' },
            el('summary', {}, param.displayName ?? param.name),
          );
          node.open = param.groupStyle !== 'ZIPPY_CLOSED';
          node.append(...children);
        }
        break;
      }
      case 'TEXT':
        node = labelled('label', textControl(param, values[param.name], set));
        break;
      case 'CHECKBOX': {
        const box = el('input', { type: 'checkbox', 'data-field': param.name });
        box.checked = values[param.name] === true;
        box.addEventListener('change', () => set(box.checked));
        node = el(
          'label',
          { class: 'field checkbox' },
          box,
          ` ${param.checkboxText ?? param.displayName ?? param.name}`,
        );
        break;
      }
      case 'SELECT':
        node = labelled(
          'label',
          selectControl(param.name, param.selectItems ?? [], values[param.name], set),
        );
        break;
      case 'RADIO': {
        node = el(
          'fieldset',
          { class: 'field radio', 'data-field': param.name },
          el('legend', {}, label(param)),
        );
        const nested = [];
        for (const item of param.radioItems ?? []) {
          const radio = el('input', { type: 'radio', name: `radio-${param.name}` });
          radio.value = String(item.value);
          radio.checked = values[param.name] === item.value;
          const sub = el('div', { class: 'radio-sub' }, ...(item.subParams ?? []).map(render));
          nested.push([sub, item.value]);
          radio.addEventListener('change', () => {
            if (!radio.checked) return;
            for (const [box, v] of nested) box.hidden = v !== item.value;
            set(item.value);
          });
          sub.hidden = !radio.checked;
          node.append(
            withHelp(item, el('label', {}, radio, ` ${item.displayValue ?? item.value}`)),
            sub,
          );
        }
        break;
      }
      case 'SIMPLE_TABLE':
        node = labelled('div', tableControl(param, values[param.name], set));
        break;
      case 'LABEL':
        node = el('p', { class: 'field label-only' }, param.displayName ?? '');
        break;
      default:
        node = el(
          'p',
          { class: 'field unsupported' },
          `${param.displayName || param.name}: ${param.type} fields cannot be edited here; the value stays as in the fields file.`,
        );
    }
    withHelp(param, node);
    if (Array.isArray(param.enablingConditions) && param.enablingConditions.length) {
      conditional.push([node, param]);
    }
    return node;
  }

  form.replaceChildren(...parameters.map(render));
  form.addEventListener('submit', (event) => event.preventDefault());
  refresh();
  return {
    /** Resolves once every change so far has reached the server. */
    saved: () => saving,
  };
}

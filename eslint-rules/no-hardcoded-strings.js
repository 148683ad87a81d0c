// Flags user-facing text written directly in JSX, which would bypass i18n (namespace `journalkit`).
//   <p>Loading…</p>                    → JSX text with letters
//   <button aria-label="Close">        → string literal in a user-facing attribute
//   <img alt={'Logo'} />               → same, inside an expression container
//   <p>{'Hello'}</p>, <p>{`Hi ${n}`}</p> → string/template literal as a child
// Text without letters ("*", "·", "/", numbers) is allowed. Use t('…') / useT() instead, or take the
// text as a prop (the caller translates it).

const LETTER = /\p{L}/u;
const DEFAULT_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
];

function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join('');
  if (node.type === 'JSXExpressionContainer') return literalText(node.expression);
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noHardcodedStrings = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow hard-coded user-facing strings in JSX; route them through i18next.' },
    schema: [
      {
        type: 'object',
        properties: { attributes: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      text: 'Hard-coded text "{{text}}" in JSX: use t(\'…\') from useT() (namespace journalkit) or take it as a prop.',
      attribute: 'Hard-coded {{name}}="{{text}}": user-facing attributes must be translated with t(\'…\').',
    },
  },
  create(context) {
    const attributes = new Set(context.options[0]?.attributes ?? DEFAULT_ATTRIBUTES);
    const short = (s) => {
      const trimmed = s.trim().replace(/\s+/g, ' ');
      return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
    };
    return {
      JSXText(node) {
        if (LETTER.test(node.value))
          context.report({ node, messageId: 'text', data: { text: short(node.value) } });
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type !== 'JSXElement' && node.parent?.type !== 'JSXFragment') return;
        const text = literalText(node.expression);
        if (text !== null && LETTER.test(text))
          context.report({ node, messageId: 'text', data: { text: short(text) } });
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (!name || !attributes.has(name)) return;
        const text = literalText(node.value);
        if (text !== null && LETTER.test(text))
          context.report({ node, messageId: 'attribute', data: { name, text: short(text) } });
      },
    };
  },
};

export default {
  meta: { name: 'journalkit' },
  rules: { 'no-hardcoded-strings': noHardcodedStrings },
};

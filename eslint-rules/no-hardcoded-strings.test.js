// @vitest-environment node
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { noHardcodedStrings } from './no-hardcoded-strings.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('journalkit/no-hardcoded-strings', noHardcodedStrings, {
  valid: [
    'const a = <p>{t("stat.increase")}</p>;',
    'const a = <button aria-label={t("dialog.close")} />;',
    'const a = <span aria-hidden>*</span>;',
    'const a = <p>{count} / {max}</p>;',
    'const a = <p>{label}</p>;',
    'const a = <div data-part="title" className="x" role="alert" />;',
    'const a = <input type="text" autoComplete="off" />;',
    'const a = <p>  · </p>;',
  ],
  invalid: [
    { code: 'const a = <p>Loading…</p>;', errors: [{ messageId: 'text' }] },
    { code: 'const a = <p>جارٍ التحميل</p>;', errors: [{ messageId: 'text' }] },
    { code: 'const a = <button aria-label="Close" />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <img alt={"Logo"} />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <input placeholder={`Search`} />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <p>{"Hello"}</p>;', errors: [{ messageId: 'text' }] },
    {
      code: 'const a = <abbr title="Profit and loss">P&L</abbr>;',
      errors: [{ messageId: 'attribute' }, { messageId: 'text' }],
    },
  ],
});

/** English strings of AccountSwitcher, registered by `useT(accountSwitcher)` on first render. */

export const accountSwitcherStrings = {
  label: 'Account',
  placeholder: 'Choose an account',
  all: 'All accounts',
  active: 'Accounts',
  archived: 'Archived',
  option: '{{name}} · {{broker}} · {{currency}}',
};

export const accountSwitcher = { accountSwitcher: accountSwitcherStrings };

/**
 * English strings of the sign-in page: namespace `signIn`, the source of its keys. Every other language's
 * file has each of them (its type, `LocaleCatalog<'signIn'>`, lists a missing one).
 */
const signIn = {
  pageTitle: 'Sign in',
  title: 'Sign in to {{name}}',
  description: 'Use the email address and password of your account.',
  email: 'Email',
  password: 'Password',
  submit: 'Sign in',
  invalid: 'That email and password do not match an account here.',
  rateLimited: 'Too many attempts. Wait a minute, then try again.',
  throttled: 'Too many attempts to sign in. You can try again at {{time}}.',
  throttledNow: 'You can try again now.',
  network: 'We could not reach the server. Check your connection and try again.',
  failed: 'Signing in did not work: {{reason}}',
};

export default signIn;

/**
 * English strings of the learn section: namespace `learn`, the source of its keys. Every other language's
 * file has each of them (its type, `LocaleCatalog<'learn'>`, lists a missing one).
 */
const learn = {
  title: 'Learn',
  emptyTitle: 'Courses are coming',
  emptyDescription: 'Lessons, quizzes and certificates from {{name}} will appear here.',
};

export default learn;

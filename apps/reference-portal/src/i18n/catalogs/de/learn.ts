import type { LocaleCatalog } from '../../types';

/** German strings of the learn section: namespace `learn`, every English key. */
const learn: LocaleCatalog<'learn'> = {
  title: 'Lernen',
  emptyTitle: 'Kurse folgen bald',
  emptyDescription: 'Lektionen, Quiz und Zertifikate von {{name}} erscheinen hier.',
};

export default learn;

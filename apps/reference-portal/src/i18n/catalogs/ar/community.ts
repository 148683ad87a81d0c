import type { LocaleCatalog } from '../../types';

/** Arabic strings of the community section: namespace `community`, every English key. */
const community: LocaleCatalog<'community'> = {
  title: 'المجتمع',
  emptyTitle: 'المجتمع قادم',
  emptyDescription: 'ناقش الصفقات والأفكار مع متداولي {{name}} الآخرين.',
};

export default community;

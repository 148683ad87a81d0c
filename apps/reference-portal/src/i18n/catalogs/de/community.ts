import type { LocaleCatalog } from '../../types';

/** German strings of the community section: namespace `community`, every English key. */
const community: LocaleCatalog<'community'> = {
  title: 'Community',
  emptyTitle: 'Die Community folgt bald',
  emptyDescription: 'Diskutieren Sie Trades und Ideen mit den anderen Tradern von {{name}}.',
};

export default community;
